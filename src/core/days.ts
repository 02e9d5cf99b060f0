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
 * Day numbers (days since 1970-01-01, proleptic Gregorian) come from integer
 * arithmetic: no `Date`, so no local zone or DST can enter, and nothing is
 * allocated on the data layer's path through every item (placing 10 000
 * items into days this way takes a ninth of the time `Date#toISOString`
 * does: docs/decisions/0001-plain-date-core.md).
 */
import type { ISODate, ISOMonth, Weekday } from './types.js';

/** Days in a 400-year cycle of the Gregorian calendar. */
const DAYS_PER_ERA = 146_097;
/** Day number of 0000-03-01: the arithmetic's years start in March, so a leap day falls at a year's end. */
const MARCH_1_YEAR_0 = -719_468;

/** Two digits: 7 → `07`. */
export const two = (n: number): string => String(n).padStart(2, '0');

/** Writes a year as `Date#toISOString` does: four digits, or `+010000` / `-000001` outside 0–9999. */
function yearText(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
}

/** Day number of a year, month (1–12, or beyond: 13 is next January) and day (past the month's end rolls over). */
export function dayNumber(year: number, month: number, day: number): number {
  const monthIndex = (((month - 1) % 12) + 12) % 12; // 0 = January
  // Years that start on 1 March: January and February belong to the year before.
  const y = year + Math.floor((month - 1) / 12) - (monthIndex < 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (monthIndex + 10) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra + MARCH_1_YEAR_0;
}

/** Days in `month` (1–12) of `year`: from its 1st to the next month's 1st. */
export const daysInMonth = (year: number, month: number): number =>
  dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);

/** Day number of a `YYYY-MM-DD` date (years outside 0–9999 written `+010000`, `-000001`). */
export function toEpochDay(date: ISODate): number {
  const dash = date.indexOf('-', 1); // the first character may be a year's sign
  return dayNumber(Number(date.slice(0, dash)), Number(date.slice(dash + 1, dash + 3)), Number(date.slice(dash + 4)));
}

/** `YYYY-MM-DD` of a day number. */
export function fromEpochDay(n: number): ISODate {
  const z = n - MARCH_1_YEAR_0;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month < 3 ? 1 : 0);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  return `${yearText(year)}-${two(month)}-${two(day)}`;
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
