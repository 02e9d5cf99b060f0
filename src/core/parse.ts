/**
 * The full date reader: everything `readInstant` (instant.ts) reads, plus
 * RFC 2822 (RSS `pubDate`) and custom patterns (`date-format`). Kept apart so
 * that code which never meets those forms does not carry them.
 */
import { badDate } from './errors.js';
import { offsetMinutes, readInstant, toInstant, type DateInput, type Reading } from './instant.js';
import type { ISODate } from './types.js';
import { DEFAULT_TIME_ZONE, assertTimeZone, dateInZone } from './zone.js';

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const NAMED_ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  MSK: 3,
};
const RFC_RE =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:([+-]\d{4})|([a-z]{1,3}))?$/i;

function readRfc(text: string): Reading | null {
  const r = RFC_RE.exec(text);
  if (!r) return null;
  const month = MONTHS.indexOf(r[2].toLowerCase()) + 1;
  if (!month) return null;
  let year = +r[3];
  if (r[3].length === 2) year += year < 50 ? 2000 : 1900;
  let offset: number | undefined;
  if (r[7]) offset = offsetMinutes(r[7]);
  else if (r[8]) {
    const named = NAMED_ZONES[r[8].toUpperCase()];
    if (named === undefined) return null;
    offset = named * 60;
  }
  return { year, month, day: +r[1], h: r[4] ? +r[4] : 0, m: r[5] ? +r[5] : 0, s: r[6] ? +r[6] : 0, offset };
}

const TOKEN_RE = /YYYY|YY|MM|M|DD|D|HH|H|mm|m|ss|s|SSS|Z/g;
const TOKEN_PATTERN: Record<string, string> = {
  YYYY: '(\\d{4})',
  YY: '(\\d{2})',
  MM: '(\\d{2})',
  M: '(\\d{1,2})',
  DD: '(\\d{2})',
  D: '(\\d{1,2})',
  HH: '(\\d{2})',
  H: '(\\d{1,2})',
  mm: '(\\d{2})',
  m: '(\\d{1,2})',
  ss: '(\\d{2})',
  s: '(\\d{1,2})',
  SSS: '(\\d{1,3})',
  Z: '(Z|[+-]\\d{2}(?::?\\d{2})?)',
};
const formatCache = new Map<string, [RegExp, string[]]>();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads `text` by a pattern such as `DD.MM.YYYY HH:mm:ss` or `YYYY/MM/DD HH:mm Z`.
 * Tokens: YYYY YY MM M DD D HH H mm m ss s SSS Z; everything else is literal.
 */
function readFormat(text: string, format: string): Reading | null {
  let compiled = formatCache.get(format);
  if (!compiled) {
    const tokens: string[] = [];
    let source = '';
    let last = 0;
    for (const t of format.matchAll(TOKEN_RE)) {
      source += escape(format.slice(last, t.index)) + TOKEN_PATTERN[t[0]];
      tokens.push(t[0]);
      last = t.index + t[0].length;
    }
    source += escape(format.slice(last));
    formatCache.set(format, (compiled = [new RegExp(`^${source}$`), tokens]));
  }
  const r = compiled[0].exec(text);
  if (!r) return null;
  const out: Reading = { year: NaN, month: 1, day: 1, h: 0, m: 0, s: 0 };
  compiled[1].forEach((token, i) => {
    const v = r[i + 1];
    if (token === 'YYYY') out.year = +v;
    else if (token === 'YY') out.year = 2000 + +v;
    else if (token[0] === 'M') out.month = +v;
    else if (token[0] === 'D') out.day = +v;
    else if (token[0] === 'H') out.h = +v;
    else if (token[0] === 'm') out.m = +v;
    else if (token === 'SSS') out.ms = +v.padEnd(3, '0');
    else if (token[0] === 's') out.s = +v;
    else out.offset = offsetMinutes(v);
  });
  return out;
}

/**
 * Reads the date values news endpoints send and returns epoch milliseconds:
 * ISO 8601 with or without an offset, `DD.MM.YYYY HH:MM[:SS]`, date-only,
 * RFC 2822 (RSS), epoch seconds or milliseconds (numbers below 1e11 are
 * seconds), a `Date`, or text in a custom `format`. Without an offset the
 * value is the wall-clock time in `timeZone`.
 *
 * @throws {LetopisError} `bad-date` with the value, never an Invalid Date.
 */
export function parseInstant(value: DateInput, timeZone: string = DEFAULT_TIME_ZONE, format?: string): number {
  if (format && typeof value === 'string') {
    const r = readFormat(value.trim(), format);
    return r ? toInstant(r, timeZone, value) : badDate(value);
  }
  const common = readInstant(value, timeZone);
  if (common !== null) return common;
  const r = readRfc((value as string).trim());
  return r ? toInstant(r, timeZone, value) : badDate(value);
}

/**
 * The site's calendar date (`YYYY-MM-DD`) of an instant, in `timeZone`.
 * Strings without an offset are wall-clock times in that zone.
 *
 * ```js
 * toSiteDate('2017-10-31T21:30:00Z', 'Europe/Moscow') // '2017-11-01'
 * ```
 * @throws {LetopisError} `bad-date` for input it cannot read, `bad-time-zone` for an unknown zone.
 */
export function toSiteDate(instant: DateInput, timeZone: string = DEFAULT_TIME_ZONE): ISODate {
  assertTimeZone(timeZone);
  return dateInZone(parseInstant(instant, timeZone), timeZone);
}
