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

/** Reads a parameter from the page URL (`?date=2017-10-26`). */
export const pageParam = (name: string | undefined): string | null =>
  name ? new URLSearchParams(location.search).get(name) : null;
