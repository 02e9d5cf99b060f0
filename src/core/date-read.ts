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
import { badOption } from './errors.js';
import { toInstant, type DateInput } from './instant.js';
import { parseInstant } from './parse.js';
import { isTextToken, isTimeToken, isZoneToken, patternParts, saysTime, toUnicodePattern } from './date-patterns.js';

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
 * in English; the Russian locale loads only for a pattern with names.
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

  /** Epoch ms by the pattern, or null when the text is not in it. */
  function read(text: string, timeZone: string): number | null {
    for (const locale of locales) {
      const d = parse(text, unicode, REFERENCE, locale && { locale });
      const t = d.getTime();
      if (Number.isNaN(t)) continue;
      if (zoned) return t;
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
    return null;
  }

  return {
    parse(value, timeZone) {
      const ms = typeof value === 'string' ? read(value.trim(), timeZone) : null;
      return ms ?? parseInstant(value, timeZone);
    },
    timed(value) {
      if (typeof value === 'string' && read(value.trim(), 'UTC') !== null) return withTime;
      return saysTime(value);
    },
  };
}
