/**
 * The one cache of `Intl` objects: creating a `DateTimeFormat` costs far more
 * than using one, and every render formats dozens of dates. Keys come partly
 * from attributes (`lang`, `time-zone`), so the cache is bounded: when it
 * holds `LIMIT` objects it starts afresh (a page uses a dozen or so).
 */
const LIMIT = 100;
const cache = new Map<string, Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    if (cache.size >= LIMIT) cache.clear();
    cache.set(key, (value = make()));
  }
  return value;
}

/** A cached `Intl.DateTimeFormat`. Throws a RangeError for a locale or zone `Intl` refuses. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat([locale, 'ru'], options));

/** Cached `Intl.PluralRules` for a locale. */
export const pluralRules = (locale: string): Intl.PluralRules =>
  cached(`p|${locale}`, () => new Intl.PluralRules(locale));

/**
 * A language tag `Intl` accepts, from what pages write in `lang`: `ru_RU` and
 * `ru-RU.UTF-8` (POSIX spellings CMS templates leave) become `ru-RU`;
 * undefined for what is no tag at all (`{LANG}`, an empty string).
 */
export function languageTag(value: string | null | undefined): string | undefined {
  const tag = value
    ?.trim()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-');
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
