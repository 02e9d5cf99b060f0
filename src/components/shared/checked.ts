/**
 * Attributes read through a rule: a value the rule refuses is reported once
 * in the console and left out, so the documented default applies — never
 * thrown from a render, never guessed at. Each element's sentences are a
 * module of their own, loaded with its first mistake: a page without one
 * never downloads them.
 */
import type { Report } from './warn.js';

/** What an element reads its attributes with. */
export interface Checks {
  /** Warns once a page about `key` on `el` (a key of the element's sentences); `given` is a page URL's value. */
  mistake(el: Element, key: string, given?: string): void;
  /** `el[property]` when `valid` says so; any other value given (not empty) is reported under `key` and left out (undefined). */
  checked<T>(el: Element, property: string, valid: (value: unknown) => value is T, key?: string): T | undefined;
}

/** The checks of an element whose sentences `load` brings (`() => import('./calendar.mistakes.js')`). */
export function checks(load: () => Promise<{ report: Report }>): Checks {
  const mistake: Checks['mistake'] = (el, key, given) => void load().then(({ report }) => report(el, key, given));
  return {
    mistake,
    checked(el, property, valid, key = property) {
      const value = (el as unknown as Record<string, unknown>)[property];
      if (valid(value)) return value;
      if (value != null && value !== '') mistake(el, key);
      return undefined;
    },
  };
}
