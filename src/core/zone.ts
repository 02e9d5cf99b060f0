/**
 * Instants placed into the site's time zone. `Intl.DateTimeFormat` is the
 * only source of zone rules (no bundled tz data); results are cached per
 * quarter hour, since no zone changes its offset twice within one.
 */
import { daysInMonth, fromEpochDay, toEpochDay } from './date.js';
import type { ISODate, PlainDate } from './date.js';
import { LetopisError, badDate } from './errors.js';

/** The zone every date is placed by unless a source says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

const DAY = 86_400_000;
const BUCKET = 900_000;

const partFormatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch (cause) {
      throw new LetopisError(
        'bad-time-zone',
        `letopis: unknown time zone ${JSON.stringify(timeZone)}; use an IANA name such as "Europe/Moscow"`,
        `letopis: неизвестный часовой пояс ${JSON.stringify(timeZone)}; укажите имя IANA, например "Europe/Moscow"`,
        { value: timeZone, cause },
      );
    }
    partFormatters.set(timeZone, f);
  }
  return f;
}

/** Throws `bad-time-zone` unless `timeZone` is an IANA zone `Intl` knows. */
export function assertTimeZone(timeZone: string): string {
  partFormatter(timeZone);
  return timeZone;
}

/** Milliseconds since the epoch of a wall-clock reading taken as UTC. */
export const wallMs = (date: PlainDate, h = 0, m = 0, s = 0, ms = 0): number =>
  toEpochDay(date) * DAY + ((h * 60 + m) * 60 + s) * 1000 + ms;

function exactOffset(ms: number, timeZone: string): number {
  const p: Record<string, string> = {};
  for (const { type, value } of partFormatter(timeZone).formatToParts(ms)) p[type] = value;
  const year = p.era === 'BC' || p.era === 'B' ? 1 - +p.year : +p.year;
  const local = wallMs({ year, month: +p.month, day: +p.day }, +p.hour, +p.minute, +p.second);
  return local - Math.floor(ms / 1000) * 1000;
}

/** The zone's offset from UTC, in milliseconds, at the instant `ms`. */
export function zoneOffset(ms: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (!cache || cache.size > 50_000) offsetCache.set(timeZone, (cache = new Map()));
  const bucket = Math.floor(ms / BUCKET);
  let known = cache.get(bucket);
  if (known === undefined) {
    const start = exactOffset(bucket * BUCKET, timeZone);
    known = start === exactOffset(bucket * BUCKET + BUCKET - 1000, timeZone) ? start : NaN;
    cache.set(bucket, known);
  }
  // NaN marks the rare quarter hour with a transition inside: ask Intl exactly.
  return Number.isNaN(known) ? exactOffset(ms, timeZone) : known;
}

/** The site's calendar date of the instant `ms`. */
export const dateInZone = (ms: number, timeZone: string): ISODate =>
  fromEpochDay(Math.floor((ms + zoneOffset(ms, timeZone)) / DAY));

/** Wall-clock time of `ms` in the zone, as `[date, hour, minute]`. */
export function wallClockInZone(ms: number, timeZone: string): [ISODate, number, number] {
  const local = ms + zoneOffset(ms, timeZone);
  const day = Math.floor(local / DAY);
  const minutes = Math.floor((local - day * DAY) / 60_000);
  return [fromEpochDay(day), Math.floor(minutes / 60), minutes % 60];
}

/**
 * The instant a wall clock in `timeZone` shows. A time skipped by a DST
 * change moves forward, an ambiguous one takes the earlier instant (the
 * "compatible" rule of Temporal and of most calendars).
 */
export function instantFromWallClock(date: PlainDate, timeZone: string, h = 0, m = 0, s = 0, ms = 0): number {
  const local = wallMs(date, h, m, s, ms);
  const before = zoneOffset(local - DAY, timeZone);
  const after = zoneOffset(local + DAY, timeZone);
  if (before === after) return local - before;
  const early = local - before;
  const late = local - after;
  const earlyOk = zoneOffset(early, timeZone) === before;
  const lateOk = zoneOffset(late, timeZone) === after;
  if (earlyOk && lateOk) return Math.min(early, late);
  if (earlyOk) return early;
  if (lateOk) return late;
  return early;
}

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

const ISO_RE =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RU_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const RFC_RE =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:([+-]\d{4})|([a-z]{1,3}))?$/i;
const EPOCH_RE = /^-?\d{9,13}(?:\.\d+)?$/;

/** Parts read from a date string; `offset` in minutes when the string had one. */
interface Reading {
  year: number;
  month: number;
  day: number;
  h?: number;
  m?: number;
  s?: number;
  ms?: number;
  offset?: number;
}

function offsetMinutes(text: string): number {
  if (/^z$/i.test(text)) return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (+digits.slice(0, 2) * 60 + +(digits.slice(2, 4) || 0));
}

function readIso(text: string): Reading | null {
  const r = ISO_RE.exec(text);
  return (
    r && {
      year: +r[1],
      month: +r[2],
      day: +r[3],
      h: r[4] === undefined ? undefined : +r[4],
      m: r[5] === undefined ? undefined : +r[5],
      s: r[6] === undefined ? undefined : +r[6],
      ms: r[7] === undefined ? undefined : Math.floor(+`0.${r[7]}` * 1000),
      offset: r[8] === undefined ? undefined : offsetMinutes(r[8]),
    }
  );
}

function readRu(text: string): Reading | null {
  const r = RU_RE.exec(text);
  return r && { year: +r[3], month: +r[2], day: +r[1], h: r[4] ? +r[4] : 0, m: r[5] ? +r[5] : 0, s: r[6] ? +r[6] : 0 };
}

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
      source += format.slice(last, t.index).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + TOKEN_PATTERN[t[0]];
      tokens.push(t[0]);
      last = t.index + t[0].length;
    }
    source += format.slice(last).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

function toInstant(r: Reading, timeZone: string, original: unknown): number {
  const { year, month, day } = r;
  let h = r.h ?? 0;
  const m = r.m ?? 0;
  let s = r.s ?? 0;
  if (s === 60) s = 59; // a leap second is read as the second before it
  let extraDay = 0;
  if (h === 24 && m === 0 && s === 0) {
    h = 0;
    extraDay = DAY;
  }
  if (
    !Number.isInteger(year) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    h > 23 ||
    m > 59 ||
    s > 59 ||
    (r.offset !== undefined && Math.abs(r.offset) > 18 * 60)
  ) {
    badDate(original);
  }
  const date = { year, month, day };
  return (
    extraDay +
    (r.offset === undefined
      ? instantFromWallClock(date, timeZone, h, m, s, r.ms)
      : wallMs(date, h, m, s, r.ms) - r.offset * 60_000)
  );
}

/** A value a news endpoint may send as a date. */
export type DateInput = string | number | Date;

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
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isFinite(t) ? t : badDate(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) badDate(value);
    return Math.abs(value) < 1e11 ? Math.round(value * 1000) : Math.round(value);
  }
  if (typeof value !== 'string') badDate(value);
  const text = value.trim();
  if (EPOCH_RE.test(text)) return parseInstant(+text);
  const r = format ? readFormat(text, format) : (readIso(text) ?? readRu(text) ?? readRfc(text));
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

/** Today's date in `timeZone` (the site's today, not the visitor's). */
export const todayInZone = (timeZone: string = DEFAULT_TIME_ZONE, now: number = Date.now()): ISODate =>
  dateInZone(now, timeZone);

const two = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 with the zone's offset: `2017-10-26T14:05:00+03:00`. */
export function isoInZone(ms: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  const offset = zoneOffset(ms, timeZone);
  const local = new Date(ms + offset).toISOString().slice(0, 19);
  const abs = Math.abs(offset) / 60_000;
  return `${local}${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The instant a site day begins (its midnight, or the first moment after a DST gap). */
export function startOfDayInZone(date: ISODate, timeZone: string = DEFAULT_TIME_ZONE): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) ?? badDate(date);
  return instantFromWallClock({ year: +m[1], month: +m[2], day: +m[3] }, timeZone);
}
