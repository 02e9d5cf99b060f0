/**
 * Calendar dates as `YYYY-MM-DD` strings: the public, validating face of the
 * arithmetic in `days.ts` (same names; see the rule there). Every function
 * here throws a `LetopisError` — `bad-date` for a value that is not a real
 * calendar date, `bad-option` for a count or a month that cannot be used —
 * and never returns an Invalid Date or a rolled-over day.
 */
import * as days from './days.js';
import { badDate, badOption } from './errors.js';
import type { ISODate, ISOMonth, PlainDate, Weekday } from './types.js';

export type { ISODate, ISOMonth, PlainDate, Weekday } from './types.js';
export { daysInMonth } from './days.js';

const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `{ year, month, day }` → `YYYY-MM-DD`. */
export const formatISODate = ({ year, month, day }: PlainDate): ISODate =>
  `${String(year).padStart(4, '0')}-${days.two(month)}-${days.two(day)}`;

/** Reads `YYYY-MM-DD`; `null` when the string is not a real calendar date. */
export function parseISODate(value: string): PlainDate | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const real = month >= 1 && month <= 12 && day >= 1 && day <= days.daysInMonth(year, month);
  return real ? { year, month, day } : null;
}

/** True for a real calendar date written `YYYY-MM-DD` (`2017-02-30` is not one). */
export const isISODate = (value: unknown): value is ISODate => typeof value === 'string' && !!parseISODate(value);

/** True for a month written `YYYY-MM`. */
export const isISOMonth = (value: unknown): value is ISOMonth => typeof value === 'string' && ISO_MONTH.test(value);

/** The value itself when it is a real `YYYY-MM-DD` date; throws `bad-date` otherwise. */
export function checkedDate(value: ISODate): ISODate {
  if (!isISODate(value)) badDate(value);
  return value;
}

/** The value itself when it is a `YYYY-MM` month; throws `bad-option` otherwise. */
export function checkedMonth(value: ISOMonth): ISOMonth {
  if (!isISOMonth(value)) badOption('month', value, 'YYYY-MM');
  return value;
}

/** The value itself when it is a finite number; throws `bad-option` otherwise. */
function checkedCount(name: string, value: number): number {
  if (!Number.isFinite(value)) badOption(name, value, 'a number');
  return value;
}

/** Reads `YYYY-MM` into `[year, month]`; throws `bad-option` otherwise. */
export function parseISOMonth(value: ISOMonth): [year: number, month: number] {
  checkedMonth(value);
  return [Number(value.slice(0, 4)), Number(value.slice(5))];
}

/** Days since 1970-01-01 (negative before). */
export function toEpochDay(value: ISODate | PlainDate): number {
  const { year, month, day } = typeof value === 'string' ? (parseISODate(value) ?? badDate(value)) : value;
  return days.dayNumber(year, month, day);
}

/** The date `n` days after 1970-01-01. */
export function fromEpochDay(n: number): ISODate {
  if (!Number.isInteger(n)) badOption('day number', n, 'a whole number of days');
  return days.fromEpochDay(n);
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`. */
export const dayOfWeek = (value: ISODate): Weekday => days.dayOfWeek(checkedDate(value));

/** The date `n` days later (earlier for negative `n`; a fraction is rounded down). */
export const addDays = (value: ISODate, n: number): ISODate =>
  days.addDays(checkedDate(value), checkedCount('days', n));

/** Adds months, clamping the day: 2024-01-31 + 1 month = 2024-02-29. */
export function addMonths(value: ISODate, months: number): ISODate {
  const target = days.addMonthsToMonth(checkedDate(value).slice(0, 7), checkedCount('months', months));
  const last = Number(days.endOfMonth(target).slice(-2));
  return `${target}-${days.two(Math.min(Number(value.slice(8)), last))}`;
}

/** Adds years, clamping 29 February to the 28th in common years. */
export const addYears = (value: ISODate, years: number): ISODate => addMonths(value, checkedCount('years', years) * 12);

/** The first day of the week holding `value`, for weeks starting on `firstDayOfWeek`. */
export const startOfWeek = (value: ISODate, firstDayOfWeek: Weekday = 1): ISODate =>
  days.startOfWeek(checkedDate(value), firstDayOfWeek);

/** The last day of the week holding `value`. */
export const endOfWeek = (value: ISODate, firstDayOfWeek: Weekday = 1): ISODate =>
  days.addDays(startOfWeek(value, firstDayOfWeek), 6);

/** Whole days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: ISODate, b: ISODate): number => toEpochDay(b) - toEpochDay(a);

/** -1, 0 or 1, like a sort comparator. */
export const compareDates = (a: ISODate, b: ISODate): -1 | 0 | 1 => Math.sign(daysBetween(b, a)) as -1 | 0 | 1;

/** `YYYY-MM` of a date. */
export const monthOf = (value: ISODate): ISOMonth => checkedDate(value).slice(0, 7);

export const isSameMonth = (a: ISODate, b: ISODate): boolean => monthOf(a) === monthOf(b);

/** The month `n` months after `month`. */
export const addMonthsToMonth = (month: ISOMonth, n: number): ISOMonth =>
  days.addMonthsToMonth(checkedMonth(month), checkedCount('months', n));

/** The first day of a month. */
export const startOfMonth = (month: ISOMonth): ISODate => days.startOfMonth(checkedMonth(month));

/** The last day of a month. */
export const endOfMonth = (month: ISOMonth): ISODate => days.endOfMonth(checkedMonth(month));

/** `value` moved inside `[min, max]`; either bound may be absent. Plain strings compare as dates here. */
export function clampDate(value: ISODate, min?: ISODate, max?: ISODate): ISODate {
  if (min && value < min) return min;
  if (max && value > max) return max;
  return value;
}
