/**
 * Day arithmetic on `YYYY-MM-DD` strings that are already known to be valid:
 * what the elements and the data layer use on every item and render. `date.ts`
 * wraps these with validation for the public API. Day numbers (days since
 * 1970-01-01, proleptic Gregorian) come from integer arithmetic — no `Date`,
 * so no local zone or DST can enter, and no allocation on the data layer's
 * path through every item.
 */
import type { ISODate, ISOMonth } from './date.js';

const DAY = 864e5;
/** Days in a 400-year cycle of the Gregorian calendar. */
const ERA = 146097;
/** Day number of 0000-03-01, where the arithmetic's year starts (so leap days fall at its end). */
const MARCH_0 = -719468;

/** Day number of a year, month (1–12, or beyond: 13 is next January) and day (beyond the month rolls over). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = year + Math.floor((month - 1) / 12) - +((((month - 1) % 12) + 12) % 12 < 2);
  const m = (((month - 1) % 12) + 12) % 12; // 0 = January
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((m + 10) % 12) + 2) / 5) + day - 1;
  return era * ERA + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy + MARCH_0;
}

/** Two digits: 7 → `07`. */
export const two = (n: number): string => (n < 10 ? '0' : '') + n;

/** `YYYY-MM-DD` of a day number; years outside 0–9999 as `Date#toISOString` writes them (`+010000`, `-000001`). */
export function dateOfDay(n: number): ISODate {
  const z = n - MARCH_0;
  const era = Math.floor(z / ERA);
  const doe = z - era * ERA;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + +(month < 3);
  const y =
    year >= 0 && year <= 9999
      ? String(year).padStart(4, '0')
      : (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
  return `${y}-${two(month)}-${two(doy - Math.floor((153 * mp + 2) / 5) + 1)}`;
}

// What a calendar renders goes through `Date` (read as UTC midnight, so no zone
// enters): a few dozen calls a render, and fewer bytes than the arithmetic.
export const plusDays = (date: ISODate, n: number): ISODate =>
  new Date(Date.parse(date) + Math.floor(n) * DAY).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: ISODate): number => new Date(date).getUTCDay();

/** The month `n` months after `month`. */
export function plusMonths(month: ISOMonth, n: number): ISOMonth {
  const i = +month.slice(0, 4) * 12 + +month.slice(5) - 1 + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The last day of a month. */
export const lastDay = (month: ISOMonth): ISODate =>
  `${month}-${new Date(Date.UTC(+month.slice(0, 4), +month.slice(5), 0)).getUTCDate()}`;

/** The first day of the week holding `date`. */
export const weekStart = (date: ISODate, first: number): ISODate => plusDays(date, -((weekday(date) - first + 7) % 7));

/** The weeks of `month`, seven dates each, with the adjacent months' days; six weeks when `fixed`. */
export function weeksOf(month: ISOMonth, first: number, fixed: boolean): ISODate[][] {
  const start = weekStart(`${month}-01`, first);
  const end = plusDays(weekStart(lastDay(month), first), 6);
  const count = fixed ? 6 : ((Date.parse(end) - Date.parse(start)) / DAY + 1) / 7;
  return Array.from({ length: count }, (_, w) => Array.from({ length: 7 }, (_, d) => plusDays(start, w * 7 + d)));
}
