// bvi, the low-vision panel of Russian government sites, writes its settings
// to cookies with `domain=location.host`. On a site that is `example.ru`; on a
// local server it is `127.0.0.1:8080`, a domain with a port, which browsers
// refuse, so the panel would switch off again on the next page. Here, and only
// where the host has a port, the domain is left off bvi's cookies; everything
// else bvi does runs as it is. The demo and the tests (test/helpers/bvi.ts) use it.

/** Lets bvi's cookies in on a host with a port; a no-op anywhere else. */
export function letBviCookiesIn() {
  if (!location.port) return;
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get.call(document),
    set: (value) => {
      cookie.set.call(document, value.replace(/;\s*domain=[^;]*/i, ''));
    },
  });
}
