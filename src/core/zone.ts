/**
 * Instants placed into the site's time zone. `Intl.DateTimeFormat` is the
 * only source of zone rules (no bundled tz data). Offsets are cached per UTC
 * day — a day whose two ends share an offset has it throughout, since no zone
 * changes its offset and back within one day — and, for the day of a change,
 * per quarter hour, since no zone changes its offset twice within one.
 */
import { dayNumber, fromEpochDay, two } from './days.js';
import { badTimeZone } from './errors.js';
import { dateTimeFormat } from './intl.js';
import type { ISODate, PlainDate } from './types.js';

/** The zone every date is placed by unless a source says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 900_000;
/** Past this many cached spans a zone's cache starts afresh (a 50 000-item archive needs a few thousand). */
const CACHE_LIMIT = 50_000;

/** Per zone: offsets by UTC day (NaN: it changes that day), and by quarter hour for those days. */
const offsets = new Map<string, { days: Map<number, number>; quarters: Map<number, number> }>();

const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  era: 'short',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

/** The wall clock of `ms` in the zone, from Intl: `[year, month, day, hour, minute, second]`. Intl throws a RangeError for an unknown zone. */
function wallClock(ms: number, timeZone: string): number[] {
  const parts: Record<string, string> = {};
  for (const { type, value } of dateTimeFormat('en-US', { ...WALL_CLOCK, timeZone }).formatToParts(ms))
    parts[type] = value;
  const year = parts.era.startsWith('B') ? 1 - Number(parts.year) : Number(parts.year);
  return [year, Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)];
}

/** Throws `bad-time-zone` unless `timeZone` is an IANA zone `Intl` knows. */
export function assertTimeZone(timeZone: string): string {
  try {
    wallClock(0, timeZone);
  } catch (cause) {
    badTimeZone(timeZone, cause);
  }
  return timeZone;
}

/** True for a time zone `Intl` knows (an element's `time-zone`: a wrong one is reported, not thrown). */
export function isTimeZone(value: unknown): value is string {
  try {
    return typeof value === 'string' && !!dateTimeFormat('en-US', { timeZone: value });
  } catch {
    return false;
  }
}

/** Milliseconds since the epoch of a wall-clock reading taken as UTC. */
export const wallMs = (date: PlainDate, h = 0, m = 0, s = 0, ms = 0): number =>
  dayNumber(date.year, date.month, date.day) * DAY_MS + ((h * 60 + m) * 60 + s) * 1000 + ms;

function exactOffset(ms: number, timeZone: string): number {
  const [year, month, day, h, m, s] = wallClock(ms, timeZone);
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
  if (!caches || caches.days.size + caches.quarters.size > CACHE_LIMIT) {
    caches = { days: new Map(), quarters: new Map() };
    offsets.set(timeZone, caches);
  }
  const day = spanOffset(caches.days, Math.floor(ms / DAY_MS) * DAY_MS, DAY_MS, timeZone);
  if (!Number.isNaN(day)) return day;
  const quarter = spanOffset(
    caches.quarters,
    Math.floor(ms / QUARTER_HOUR_MS) * QUARTER_HOUR_MS,
    QUARTER_HOUR_MS,
    timeZone,
  );
  // The quarter hour of the change itself asks Intl every time.
  return Number.isNaN(quarter) ? exactOffset(ms, timeZone) : quarter;
}

/** The site's calendar date of the instant `ms`. */
export const dateInZone = (ms: number, timeZone: string): ISODate =>
  fromEpochDay(Math.floor((ms + zoneOffset(ms, timeZone)) / DAY_MS));

/** Wall-clock time of `ms` in the zone, as `[date, hour, minute]`. */
export function wallClockInZone(ms: number, timeZone: string): [ISODate, number, number] {
  const local = ms + zoneOffset(ms, timeZone);
  const minutes = Math.floor((local % DAY_MS) / 60_000 + 1440) % 1440;
  return [fromEpochDay(Math.floor(local / DAY_MS)), Math.floor(minutes / 60), minutes % 60];
}

/**
 * The instant a wall clock in `timeZone` shows. A time skipped by a DST
 * change moves forward, an ambiguous one takes the earlier instant (the
 * "compatible" rule of Temporal and of most calendars).
 */
export function instantFromWallClock(date: PlainDate, timeZone: string, h = 0, m = 0, s = 0, ms = 0): number {
  const local = wallMs(date, h, m, s, ms);
  const before = zoneOffset(local - DAY_MS, timeZone);
  const after = zoneOffset(local + DAY_MS, timeZone);
  const early = local - before;
  const late = local - after;
  if (before === after) return early;
  const earlyOk = zoneOffset(early, timeZone) === before;
  const lateOk = zoneOffset(late, timeZone) === after;
  if (earlyOk && lateOk) return Math.min(early, late);
  return lateOk ? late : early;
}

/** The instant a site day begins (its midnight, or the first moment after a DST gap). */
export function startOfDayInZone(date: ISODate, timeZone: string = DEFAULT_TIME_ZONE): number {
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8))];
  return instantFromWallClock({ year, month, day }, timeZone);
}

/** ISO 8601 with the zone's offset: `2017-10-26T14:05:00+03:00`. */
export function isoInZone(ms: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  const offset = zoneOffset(ms, timeZone);
  const local = ms + offset;
  const day = Math.floor(local / DAY_MS);
  const seconds = Math.floor((local - day * DAY_MS) / 1000);
  const time = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  const offsetMinutes = Math.abs(offset) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  return `${fromEpochDay(day)}T${time}${sign}${two(Math.floor(offsetMinutes / 60))}:${two(offsetMinutes % 60)}`;
}

/** Today's date in `timeZone` (the site's today, not the visitor's). @throws {LetopisError} `bad-time-zone` */
export const todayInZone = (timeZone: string = DEFAULT_TIME_ZONE, now: number = Date.now()): ISODate =>
  siteToday(assertTimeZone(timeZone), now);

const TODAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/**
 * Today in a zone, for elements: no zone or an unknown one is Moscow's rather
 * than break a render. Asked once a render, so from Intl directly: a
 * calendar without a source never needs the offset arithmetic above.
 */
export function siteToday(timeZone: string | undefined = DEFAULT_TIME_ZONE, now = Date.now()): ISODate {
  let format: Intl.DateTimeFormat;
  try {
    format = dateTimeFormat('en-US', { ...TODAY, timeZone });
  } catch {
    return siteToday(DEFAULT_TIME_ZONE, now);
  }
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(now)) parts[type] = value;
  return `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}`;
}
