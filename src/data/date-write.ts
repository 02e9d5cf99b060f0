/**
 * `time-format` on a list or an article: dates written by a date-fns `format`
 * pattern in the site's zone. Loaded only when an element sets one.
 *
 * The wall clock of the instant in the site's zone is worked out by the
 * core's zone code and handed to date-fns as a `UTCDateMini`, so the
 * browser's zone never shows.
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns/locale';
import { dateOnlyPattern, isZoneToken, patternParts, toUnicodePattern } from '../core/date-patterns.js';
import { zoneOffset } from '../core/zone.js';

/** Writes an instant (epoch ms) in the site's zone; `dateOnly` leaves the time of day out. */
export type DateWriter = (ms: number, timeZone: string, dateOnly?: boolean) => string;

const SAMPLE = new UTCDateMini(2017, 9, 26, 14, 5);

/**
 * Whether `pattern` (date-fns tokens, or the Bitrix spelling) can write a
 * date: date-fns knows every token, and none is an offset (the site's zone
 * is not the one date-fns would name).
 */
export function isWritePattern(pattern: string): boolean {
  const unicode = toUnicodePattern(pattern);
  if (patternParts(unicode).some((p) => p.token && isZoneToken(p.token))) return false;
  try {
    format(SAMPLE, unicode);
    return true;
  } catch {
    return false;
  }
}

/**
 * A writer for `pattern` in the reader's language: Russian and English month
 * and weekday names; undefined for another language (its readers get the
 * default display, written by `Intl`) or a pattern `isWritePattern` refuses.
 */
export async function dateWriter(pattern: string, lang: string): Promise<DateWriter | undefined> {
  const language = lang.toLowerCase().split('-')[0];
  if ((language !== 'ru' && language !== 'en') || !isWritePattern(pattern)) return undefined;
  // English is date-fns's own default locale.
  const locale: Locale | undefined = language === 'ru' ? (await import('date-fns/locale/ru')).ru : undefined;
  const full = toUnicodePattern(pattern);
  const short = dateOnlyPattern(full);
  return (ms, timeZone, dateOnly = false) =>
    format(new UTCDateMini(ms + zoneOffset(ms, timeZone)), dateOnly ? short : full, locale && { locale });
}
