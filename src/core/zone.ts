/**
 * Instants placed into the site's time zone. `Intl.DateTimeFormat` is the
 * only source of zone rules (no bundled tz data). Offsets are cached per UTC
 * day — a day whose two ends share an offset has it throughout, since no zone
 * changes its offset and back within one day — and, for the day of a change,
 * per quarter hour, since no zone changes its offset twice within one.
 */
import { daysInMonth, type ISODate, type PlainDate } from './date.js';
import { dateOfDay, dayNumber, two } from './days.js';
import { LetopisError, badDate } from './errors.js';

/** The zone every date is placed by unless a source says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

const DAY = 864e5;
const QUARTER = 9e5;
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone: offsets by UTC day (NaN: it changes that day) and by quarter hour for those days. */
const offsets = new Map<string, [days: Map<number, number>, quarters: Map<number, number>]>();

/** The wall clock of `ms` in the zone, from Intl: `[year, month, day, hour, minute, second]`. Intl throws a RangeError for an unknown zone. */
function wall(ms: number, timeZone: string): number[] {
  let f = formatters.get(timeZone);
  if (!f) {
    const n = 'numeric';
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: n,
      month: n,
      day: n,
      hour: n,
      minute: n,
      second: n,
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const { type, value } of f.formatToParts(ms)) p[type] = value;
  return [p.era[0] === 'B' ? 1 - +p.year : +p.year, +p.month, +p.day, +p.hour, +p.minute, +p.second];
}

/** Throws `bad-time-zone` unless `timeZone` is an IANA zone `Intl` knows. */
export function assertTimeZone(timeZone: string): string {
  try {
    wall(0, timeZone);
  } catch (cause) {
    const zone = JSON.stringify(timeZone);
    throw new LetopisError(
      'bad-time-zone',
      `letopis: unknown time zone ${zone} (IANA, e.g. "Europe/Moscow")`,
      `letopis: неизвестный часовой пояс ${zone} (нужно имя IANA, например "Europe/Moscow")`,
      { value: timeZone, cause },
    );
  }
  return timeZone;
}

/** Milliseconds since the epoch of a wall-clock reading taken as UTC. */
export const wallMs = (date: PlainDate, h = 0, m = 0, s = 0, ms = 0): number =>
  dayNumber(date.year, date.month, date.day) * DAY + ((h * 60 + m) * 60 + s) * 1000 + ms;

function exactOffset(ms: number, timeZone: string): number {
  const [year, month, day, h, m, s] = wall(ms, timeZone);
  return wallMs({ year, month, day }, h, m, s) - Math.floor(ms / 1000) * 1000;
}

/** The offset over `[start, start + size)`, or NaN when it changes inside. */
function spanOffset(cache: Map<number, number>, start: number, size: number, timeZone: string): number {
  let known = cache.get(start);
  if (known === undefined) {
    known = exactOffset(start, timeZone);
    if (known !== exactOffset(start + size - 1000, timeZone)) known = NaN;
    cache.set(start, known);
  }
  return known;
}

/** The zone's offset from UTC, in milliseconds, at the instant `ms`. */
export function zoneOffset(ms: number, timeZone: string): number {
  let caches = offsets.get(timeZone);
  if (!caches || caches[0].size + caches[1].size > 5e4) offsets.set(timeZone, (caches = [new Map(), new Map()]));
  const day = spanOffset(caches[0], Math.floor(ms / DAY) * DAY, DAY, timeZone);
  if (day === day) return day;
  const quarter = spanOffset(caches[1], Math.floor(ms / QUARTER) * QUARTER, QUARTER, timeZone);
  // The quarter hour of the change itself asks Intl every time.
  return quarter === quarter ? quarter : exactOffset(ms, timeZone);
}

/** The site's calendar date of the instant `ms`. */
export const dateInZone = (ms: number, timeZone: string): ISODate =>
  dateOfDay(Math.floor((ms + zoneOffset(ms, timeZone)) / DAY));

/** Wall-clock time of `ms` in the zone, as `[date, hour, minute]`. */
export function wallClockInZone(ms: number, timeZone: string): [ISODate, number, number] {
  const local = ms + zoneOffset(ms, timeZone);
  const minutes = Math.floor((local % DAY) / 6e4 + 1440) % 1440;
  return [dateOfDay(Math.floor(local / DAY)), Math.floor(minutes / 60), minutes % 60];
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
  const early = local - before;
  const late = local - after;
  if (before === after) return early;
  const earlyOk = zoneOffset(early, timeZone) === before;
  const lateOk = zoneOffset(late, timeZone) === after;
  return earlyOk && lateOk ? Math.min(early, late) : lateOk ? late : early;
}

/** The instant a site day begins (its midnight, or the first moment after a DST gap). */
export function startOfDayInZone(date: ISODate, timeZone: string = DEFAULT_TIME_ZONE): number {
  return instantFromWallClock({ year: +date.slice(0, 4), month: +date.slice(5, 7), day: +date.slice(8) }, timeZone);
}

/** ISO 8601 with the zone's offset: `2017-10-26T14:05:00+03:00`. */
export function isoInZone(ms: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  const offset = zoneOffset(ms, timeZone);
  const local = ms + offset;
  const day = Math.floor(local / DAY);
  const seconds = Math.floor((local - day * DAY) / 1000);
  const abs = Math.abs(offset) / 6e4;
  return `${dateOfDay(day)}T${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** Today's date in `timeZone` (the site's today, not the visitor's). @throws {LetopisError} `bad-time-zone` */
export const todayInZone = (timeZone: string = DEFAULT_TIME_ZONE, now: number = Date.now()): ISODate =>
  siteToday(assertTimeZone(timeZone), now);

/** Today in a zone, for elements: an unknown zone falls back to Moscow rather than break a render. */
export function siteToday(timeZone: string, now = Date.now()): ISODate {
  try {
    // Asked once a render: Intl directly, without the offset cache the data layer uses.
    const key = `${timeZone}/date`;
    let f = formatters.get(key);
    if (!f)
      formatters.set(
        key,
        (f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })),
      );
    const p: Record<string, string> = {};
    for (const { type, value } of f.formatToParts(now)) p[type] = value;
    return `${p.year.padStart(4, '0')}-${p.month}-${p.day}`;
  } catch {
    return siteToday(DEFAULT_TIME_ZONE, now);
  }
}

/** Parts read from a date string; `offset` in minutes when the string had one. */
export interface Reading {
  year: number;
  month: number;
  day: number;
  h?: number;
  m?: number;
  s?: number;
  ms?: number;
  offset?: number;
}

/** `Z`, `+03:00`, `+0300` or `+03` → minutes. */
export function offsetMinutes(text: string): number {
  if (text === 'Z' || text === 'z') return 0;
  const minutes = +text.slice(1, 3) * 60 + +(text[3] === ':' ? text.slice(4, 6) : text.slice(3, 5) || 0);
  return text[0] === '-' ? -minutes : minutes;
}

/** The instant of a reading; without an offset it is wall-clock time in the zone. */
export function toInstant(r: Reading, timeZone: string, original: unknown): number {
  const { year, month, day, m = 0, offset } = r;
  let { h = 0, s = 0 } = r;
  if (s === 60) s = 59; // a leap second is read as the second before it
  const midnight = h === 24 && !m && !s; // 24:00 is the next day's 00:00
  if (midnight) h = 0;
  if (!(
    Number.isInteger(year) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    h < 24 &&
    m < 60 &&
    s < 60 &&
    !(Math.abs(offset ?? 0) > 1080)
  )) {
    badDate(original);
  }
  const date = { year, month, day };
  return (
    (midnight ? DAY : 0) +
    (offset === undefined
      ? instantFromWallClock(date, timeZone, h, m, s, r.ms)
      : wallMs(date, h, m, s, r.ms) - offset * 6e4)
  );
}

/** A value a news endpoint may send as a date. */
export type DateInput = string | number | Date;

const ISO_RE =
  /^([+-]\d{6}|\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?)?$/i;
const RU_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(\d{1,2}):(\d\d)(?::(\d\d))?)?$/;

/**
 * Epoch ms from a `Date`, epoch seconds or milliseconds (numbers below 1e11
 * are seconds), ISO 8601 with or without offset, or `DD.MM.YYYY HH:MM[:SS]`;
 * null for a string of another form (see `parseInstant` for more forms).
 * @throws {LetopisError} `bad-date` for a value of a known form that is no real date.
 */
export function readInstant(value: DateInput, timeZone: string): number | null {
  if (value instanceof Date || typeof value === 'number') {
    const t = +value;
    if (!Number.isFinite(t)) badDate(value);
    return value instanceof Date || Math.abs(t) >= 1e11 ? Math.round(t) : Math.round(t * 1000);
  }
  if (typeof value !== 'string') badDate(value);
  const text = value.trim();
  if (/^-?\d{9,13}(\.\d+)?$/.test(text)) return readInstant(+text, timeZone);
  const n = (v?: string) => (v === undefined ? undefined : +v);
  let r = ISO_RE.exec(text);
  if (r) {
    const ms = r[7] === undefined ? undefined : Math.floor(+`0.${r[7]}` * 1000);
    return toInstant(
      {
        year: +r[1],
        month: +r[2],
        day: +r[3],
        h: n(r[4]),
        m: n(r[5]),
        s: n(r[6]),
        ms,
        offset: r[8] ? offsetMinutes(r[8]) : undefined,
      },
      timeZone,
      value,
    );
  }
  r = RU_RE.exec(text);
  return r && toInstant({ year: +r[3], month: +r[2], day: +r[1], h: n(r[4]), m: n(r[5]), s: n(r[6]) }, timeZone, value);
}
