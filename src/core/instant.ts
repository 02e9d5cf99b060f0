/**
 * Reading the date forms most endpoints send: ISO 8601 with or without an
 * offset, `DD.MM.YYYY HH:MM[:SS]` (Bitrix), epoch seconds or milliseconds, a
 * `Date`. This is what every item of every answer goes through; `parse.ts`
 * adds the rarer forms (RFC 2822, custom patterns) for code that meets them.
 */
import { daysInMonth } from './days.js';
import { badDate } from './errors.js';
import { instantFromWallClock, wallMs } from './zone.js';

/** A value a news endpoint may send as a date. */
export type DateInput = string | number | Date;

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

const DAY_MS = 86_400_000;
/** The widest offset any zone has used: ±18:00. */
const MAX_OFFSET_MINUTES = 18 * 60;
/** Numbers below this are epoch seconds, above it milliseconds (1e11 s is the year 5138; 1e11 ms is 1973). */
const SECONDS_BELOW = 1e11;

const ISO_RE =
  /^([+-]\d{6}|\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?)?$/i;
const RU_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(\d{1,2}):(\d\d)(?::(\d\d))?)?$/;
const EPOCH_RE = /^-?\d{9,13}(\.\d+)?$/;

/** `Z`, `+03:00`, `+0300` or `+03` → minutes. */
export function offsetMinutes(text: string): number {
  if (text === 'Z' || text === 'z') return 0;
  const hours = Number(text.slice(1, 3));
  const minutes = Number(text[3] === ':' ? text.slice(4, 6) : text.slice(3, 5) || 0);
  const total = hours * 60 + minutes;
  return text[0] === '-' ? -total : total;
}

/** True when the reading is a real date and time (24:00:00 and a leap second already folded). */
function isReal({ year, month, day, h = 0, m = 0, s = 0, offset }: Reading): boolean {
  return (
    Number.isInteger(year) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    h < 24 &&
    m < 60 &&
    s < 60 &&
    Math.abs(offset ?? 0) <= MAX_OFFSET_MINUTES
  );
}

/** The instant of a reading; without an offset it is wall-clock time in the zone. */
export function toInstant(reading: Reading, timeZone: string, original: unknown): number {
  const r = { ...reading };
  if (r.s === 60) r.s = 59; // a leap second is read as the second before it
  const midnight = r.h === 24 && !r.m && !r.s; // 24:00 is the next day's 00:00
  if (midnight) r.h = 0;
  if (!isReal(r)) badDate(original);
  const date = { year: r.year, month: r.month, day: r.day };
  const instant =
    r.offset === undefined
      ? instantFromWallClock(date, timeZone, r.h, r.m, r.s, r.ms)
      : wallMs(date, r.h, r.m, r.s, r.ms) - r.offset * 60_000;
  return midnight ? instant + DAY_MS : instant;
}

const optionalNumber = (text?: string): number | undefined => (text === undefined ? undefined : Number(text));

/**
 * Epoch ms from a `Date`, epoch seconds or milliseconds (numbers below 1e11
 * are seconds), ISO 8601 with or without offset, or `DD.MM.YYYY HH:MM[:SS]`;
 * null for a string of another form (see `parseInstant` for more forms).
 * @throws {LetopisError} `bad-date` for a value of a known form that is no real date.
 */
export function readInstant(value: DateInput, timeZone: string): number | null {
  if (value instanceof Date || typeof value === 'number') {
    const t = Number(value);
    if (!Number.isFinite(t)) badDate(value);
    const ms = value instanceof Date || Math.abs(t) >= SECONDS_BELOW ? t : t * 1000;
    return Math.round(ms);
  }
  if (typeof value !== 'string') badDate(value);
  const text = value.trim();
  if (EPOCH_RE.test(text)) return readInstant(Number(text), timeZone);
  const iso = ISO_RE.exec(text);
  if (iso) {
    const reading: Reading = {
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
      h: optionalNumber(iso[4]),
      m: optionalNumber(iso[5]),
      s: optionalNumber(iso[6]),
      ms: iso[7] === undefined ? undefined : Math.floor(Number(`0.${iso[7]}`) * 1000),
      offset: iso[8] ? offsetMinutes(iso[8]) : undefined,
    };
    return toInstant(reading, timeZone, value);
  }
  const ru = RU_RE.exec(text);
  if (!ru) return null;
  const reading: Reading = {
    year: Number(ru[3]),
    month: Number(ru[2]),
    day: Number(ru[1]),
    h: optionalNumber(ru[4]),
    m: optionalNumber(ru[5]),
    s: optionalNumber(ru[6]),
  };
  return toInstant(reading, timeZone, value);
}
