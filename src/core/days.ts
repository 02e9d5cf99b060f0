/**
 * Calendar arithmetic on values already known to be valid: the fast path the
 * elements and the data layer use on every render and every item.
 *
 * The rule: `days.ts` trusts its input and never throws; `date.ts` exports the
 * same functions under the same names for the public API, each validating its
 * input first (a `LetopisError` for anything that is not a real date). Code
 * that has just read a value with `isISODate`/`isISOMonth`, or made it itself,
 * imports from here; anything taking a caller's value imports from `date.ts`.
 *
 * Day numbers are days since 1970-01-01 and come from `Date` in UTC only:
 * UTC has no DST and no zone, so no day can shift, and the platform's
 * proleptic Gregorian calendar needs no arithmetic of our own.
 */
import type { ISODate, ISOMonth, Weekday } from './types.js';

const DAY_MS = 86_400_000;

/** Two digits: 7 → `07`. */
export const two = (n: number): string => String(n).padStart(2, '0');

/** Day number of a year, month (1–12, or beyond: 13 is next January) and day (past the month's end rolls over). */
export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

/** Days in `month` (1–12) of `year`: from its 1st to the next month's 1st. */
export const daysInMonth = (year: number, month: number): number =>
  dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);

export const isLeapYear = (year: number): boolean => daysInMonth(year, 2) === 29;

/** Day number of a `YYYY-MM-DD` date (years outside 0–9999 written `+010000`, `-000001`, as ISO 8601 extends them). */
export const toEpochDay = (date: ISODate): number => Math.round(Date.parse(date) / DAY_MS);

/** `YYYY-MM-DD` of a day number; years outside 0–9999 as `Date#toISOString` writes them (`+010000`, `-000001`). */
export function fromEpochDay(n: number): ISODate {
  const iso = new Date(n * DAY_MS).toISOString();
  return iso.slice(0, iso.indexOf('T'));
}

/** The date `n` days later (earlier for negative `n`; a fraction is rounded down). */
export const addDays = (date: ISODate, n: number): ISODate => fromEpochDay(toEpochDay(date) + Math.floor(n));

/** 0 = Sunday … 6 = Saturday. 1970-01-01, day 0, was a Thursday. */
export const dayOfWeek = (date: ISODate): Weekday => ((((toEpochDay(date) + 4) % 7) + 7) % 7) as Weekday;

/** The month `n` months after `month`. */
export function addMonthsToMonth(month: ISOMonth, n: number): ISOMonth {
  const first = dayNumber(Number(month.slice(0, -3)), Number(month.slice(-2)) + Math.trunc(n), 1);
  return fromEpochDay(first).slice(0, -3);
}

/** The first day of a month. */
export const startOfMonth = (month: ISOMonth): ISODate => `${month}-01`;

/** The last day of a month. */
export const endOfMonth = (month: ISOMonth): ISODate =>
  `${month}-${two(daysInMonth(Number(month.slice(0, -3)), Number(month.slice(-2))))}`;

/** The first day of the week holding `date`, for weeks starting on `firstDayOfWeek`. */
export const startOfWeek = (date: ISODate, firstDayOfWeek: Weekday): ISODate =>
  addDays(date, -((dayOfWeek(date) - firstDayOfWeek + 7) % 7));

/** The weeks of `month`, seven dates each, with the adjacent months' days; always six weeks when `fixed`. */
export function weeksOf(month: ISOMonth, firstDayOfWeek: Weekday, fixed: boolean): ISODate[][] {
  const first = toEpochDay(startOfWeek(startOfMonth(month), firstDayOfWeek));
  const last = toEpochDay(startOfWeek(endOfMonth(month), firstDayOfWeek)) + 6;
  const count = fixed ? 6 : (last - first + 1) / 7;
  return Array.from({ length: count }, (_, w) => Array.from({ length: 7 }, (_, d) => fromEpochDay(first + w * 7 + d)));
}
