/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic is on day numbers
 * (`days.ts`, integer arithmetic on the proleptic Gregorian calendar), never
 * on a local `Date`, so neither DST nor the browser's zone can shift a day.
 */
import { dateOfDay, dayNumber, lastDay, plusDays, plusMonths, weekStart, weekday } from './days.js';
import { badDate, badOption } from './errors.js';

/** A calendar date, `YYYY-MM-DD`. */
export type ISODate = string;
/** A calendar month, `YYYY-MM`. */
export type ISOMonth = string;
/** Day of the week as `Date#getDay` counts it: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A date split into numbers; `month` is 1–12. */
export interface PlainDate {
  year: number;
  month: number;
  day: number;
}

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in `month` (1–12) of `year`. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? 28 + +isLeapYear(year) : 30 + ((month + (month >> 3)) & 1);

/** `{ year, month, day }` → `YYYY-MM-DD`. */
export const formatISODate = ({ year, month, day }: PlainDate): ISODate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Reads `YYYY-MM-DD`; `null` when the string is not a real calendar date. */
export function parseISODate(value: string): PlainDate | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (!m) return null;
  const date = { year: +m[1], month: +m[2], day: +m[3] };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month)
    ? date
    : null;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export const isISODate = (value: unknown): value is ISODate => typeof value === 'string' && !!parseISODate(value);

/** True for a month written `YYYY-MM`. */
export const isISOMonth = (value: unknown): value is ISOMonth =>
  typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** Reads `YYYY-MM` into `[year, month]`; throws `bad-option` otherwise. */
export function parseISOMonth(value: ISOMonth): [year: number, month: number] {
  if (!isISOMonth(value)) badOption('month', value, 'YYYY-MM');
  return [+value.slice(0, 4), +value.slice(5)];
}

/** Days since 1970-01-01 (negative before). */
export function toEpochDay(value: ISODate | PlainDate): number {
  const { year, month, day } = typeof value === 'string' ? (parseISODate(value) ?? badDate(value)) : value;
  return dayNumber(year, month, day);
}

/** The date `n` days after 1970-01-01. */
export const fromEpochDay = (n: number): ISODate =>
  Number.isInteger(n) ? dateOfDay(n) : badOption('day number', n, 'a whole number of days');

/** The value itself when it is a real `YYYY-MM-DD` date; throws `bad-date` otherwise. */
const checked = (value: ISODate): ISODate => (isISODate(value) ? value : badDate(value));

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`. */
export const dayOfWeek = (value: ISODate): Weekday => weekday(checked(value)) as Weekday;

export const addDays = (value: ISODate, days: number): ISODate =>
  Number.isFinite(days) ? plusDays(checked(value), days) : badOption('days', days, 'a number');

/** Adds months, clamping the day: 2024-01-31 + 1 month = 2024-02-29. */
export function addMonths(value: ISODate, months: number): ISODate {
  const { year, month, day } = parseISODate(value) ?? badDate(value);
  const index = year * 12 + month - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatISODate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Adds years, clamping 29 February to the 28th in common years. */
export const addYears = (value: ISODate, years: number): ISODate => addMonths(value, years * 12);

/** The first day of the week holding `value`, for weeks starting on `firstDayOfWeek`. */
export const startOfWeek = (value: ISODate, firstDayOfWeek: Weekday = 1): ISODate =>
  weekStart(checked(value), firstDayOfWeek);

/** The last day of the week holding `value`. */
export const endOfWeek = (value: ISODate, firstDayOfWeek: Weekday = 1): ISODate =>
  addDays(startOfWeek(value, firstDayOfWeek), 6);

/** Whole days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: ISODate, b: ISODate): number => toEpochDay(b) - toEpochDay(a);

/** -1, 0 or 1, like a sort comparator. */
export const compareDates = (a: ISODate, b: ISODate): -1 | 0 | 1 => Math.sign(daysBetween(b, a)) as -1 | 0 | 1;

/** `YYYY-MM` of a date. */
export const monthOf = (value: ISODate): ISOMonth => checked(value).slice(0, 7);

export const isSameMonth = (a: ISODate, b: ISODate): boolean => monthOf(a) === monthOf(b);

/** The month `n` months after `month`. */
export const addMonthsToMonth = (month: ISOMonth, n: number): ISOMonth => (parseISOMonth(month), plusMonths(month, n));

/** The first day of a month. */
export function startOfMonth(month: ISOMonth): ISODate {
  parseISOMonth(month);
  return `${month}-01`;
}

/** The last day of a month. */
export function endOfMonth(month: ISOMonth): ISODate {
  parseISOMonth(month);
  return lastDay(month);
}

/** `value` moved inside `[min, max]`; either bound may be absent. */
export const clampDate = (value: ISODate, min?: ISODate, max?: ISODate): ISODate =>
  min && value < min ? min : max && value > max ? max : value;
