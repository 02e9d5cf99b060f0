/**
 * The one cache of `Intl` objects: creating a `DateTimeFormat` costs far more
 * than using one, and every render formats dozens of dates. Keys come partly
 * from attributes (`lang`, `time-zone`), so the cache is bounded: past
 * `LIMIT` entries the least recently used one is dropped.
 */
const LIMIT = 64;
const cache = new Map<string, Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value) {
    // Most recently used last: Map keeps insertion order.
    cache.delete(key);
  } else {
    value = make();
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, value);
  return value;
}

/** A cached `Intl.DateTimeFormat`. Throws a RangeError for a locale or zone `Intl` refuses. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

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
