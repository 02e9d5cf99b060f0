/**
 * `date-format` on a source: dates read by a date-fns `parse` pattern, in the
 * site's zone. Loaded only when a source sets one (data/setup.ts).
 *
 * date-fns reads the fields on a `UTCDateMini`, so the browser's zone never
 * touches them (a local `Date` would move a wall-clock time that the
 * visitor's DST skips); the fields are then placed in the site's zone by the
 * core's own zone code, as every other date is.
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { parse } from 'date-fns/parse';
import type { Locale } from 'date-fns/locale';
import { badOption } from '../core/errors.js';
import { toInstant, type DateInput } from '../core/instant.js';
import { parseInstant } from '../core/parse.js';
import {
  dateOnlyPattern,
  isTextToken,
  isTimeToken,
  isZoneToken,
  patternParts,
  toUnicodePattern,
} from '../core/date-patterns.js';
import { saysTime } from './full.js';

/** What a source reads its dates with. */
export interface DateReader {
  /** Epoch ms of a date value: by the pattern, else by the common forms. @throws {LetopisError} `bad-date` */
  parse(value: DateInput, timeZone: string): number;
  /** Whether the value says a time of day (`01.11.2017` does not). */
  timed(value: unknown): boolean;
}

/** The letters date-fns `parse` knows (`Y` and `D`, week-year and day-of-year, left out: no CMS writes them). */
const PARSE_TOKENS = /^[GyRuQqMLwIdEeicabBhHKkmsSXxtTPpo]/;
/** Any reference date: fields the pattern does not name are taken from it (midnight, the 1st). */
const REFERENCE = new UTCDateMini(2000, 0, 1);

/**
 * A reader for `pattern` (date-fns tokens, or the Bitrix spelling
 * `DD.MM.YYYY HH:MI:SS`). Month and weekday names are read in Russian, then
 * in English; the Russian locale loads only for a pattern with names. A
 * value without the pattern's time (`3 ноября 2017` for `d MMMM yyyy, HH:mm`)
 * is read by the pattern's date part, as a date without a time.
 * @throws {LetopisError} `bad-option` for a pattern date-fns cannot read by.
 */
export async function dateReader(pattern: string): Promise<DateReader> {
  const unicode = toUnicodePattern(pattern);
  const tokens = patternParts(unicode).flatMap((p) => (p.token ? [p.token] : []));
  if (!tokens.length || tokens.some((t) => !PARSE_TOKENS.test(t)))
    badOption(
      'dateFormat',
      pattern,
      'a date-fns pattern such as dd.MM.yyyy HH:mm or d MMMM yyyy, HH:mm, or the Bitrix DD.MM.YYYY HH:MI:SS',
      'шаблон date-fns, например dd.MM.yyyy HH:mm или d MMMM yyyy, HH:mm, или DD.MM.YYYY HH:MI:SS из Битрикса',
    );
  const locales: (Locale | undefined)[] = tokens.some(isTextToken)
    ? [(await import('date-fns/locale/ru')).ru, undefined]
    : [undefined];
  const zoned = tokens.some(isZoneToken);
  const withTime = tokens.some(isTimeToken);
  // The whole pattern first, then its date part; each in Russian, then English, when it has names.
  const tries = [unicode, ...(withTime ? [dateOnlyPattern(unicode)] : [])].flatMap((p, i) =>
    locales.map((locale) => ({ pattern: p, whole: i === 0, options: locale && { locale } })),
  );

  /** The date-fns reading of the text (fields on a UTC date), and whether the whole pattern read it; null when none does. */
  function match(text: string): { d: Date; whole: boolean } | null {
    for (const { pattern: p, whole, options } of tries) {
      const d = parse(text, p, REFERENCE, options);
      if (!Number.isNaN(d.getTime())) return { d, whole };
    }
    return null;
  }

  /** Epoch ms by the pattern, or null when the text is not in it. */
  function read(text: string, timeZone: string): number | null {
    const found = match(text);
    if (!found) return null;
    const { d, whole } = found;
    // An offset in the text: date-fns has placed it. Else the fields are the site's wall clock.
    if (zoned && whole) return d.getTime();
    const reading = {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      h: d.getUTCHours(),
      m: d.getUTCMinutes(),
      s: d.getUTCSeconds(),
      ms: d.getUTCMilliseconds(),
    };
    return toInstant(reading, timeZone, text);
  }

  return {
    parse(value, timeZone) {
      const ms = typeof value === 'string' ? read(value.trim(), timeZone) : null;
      return ms ?? parseInstant(value, timeZone);
    },
    timed(value) {
      const found = typeof value === 'string' ? match(value.trim()) : null;
      if (found) return withTime && found.whole;
      return saysTime(value);
    },
  };
}
