import type { ReactiveElement } from '@lit/reactive-element';
import { DEFAULT_LOCALE } from '../../core/labels.js';

/**
 * The language of an element: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `ru`.
 */
export function langOf(element: Element, own?: string | null): string {
  if (own) return own;
  for (let n: Node | null = element; n;) {
    // `ru_RU` (as some CMS templates write it) is not a tag Intl takes: `ru-RU` is.
    if (n instanceof Element && n.getAttribute('lang')) return n.getAttribute('lang')!.replace(/_/g, '-');
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return DEFAULT_LOCALE;
}

/**
 * Follows a page URL parameter (`date-param`, `id-param`): `apply` gets its
 * value when the element connects and on every Back/Forward, so widgets on
 * separate CMS pages cooperate through plain links.
 */
export function followParam(
  host: ReactiveElement,
  name: () => string | undefined,
  apply: (value: string) => void,
): void {
  const read = () => {
    const value = name() && new URLSearchParams(location.search).get(name()!);
    if (value) apply(value);
  };
  host.addController({
    hostConnected() {
      read();
      if (name()) addEventListener('popstate', read);
    },
    hostDisconnected: () => removeEventListener('popstate', read),
  });
}
