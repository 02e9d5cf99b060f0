/** Lets bvi's cookies in on a host with a port; a no-op anywhere else (demo/bvi-local.js). */
export function letBviCookiesIn(): void;
