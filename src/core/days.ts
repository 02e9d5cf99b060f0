/**
 * Day arithmetic on `YYYY-MM-DD` strings that are already known to be valid
 * (years 1000–9999): what the elements use on every render. `date.ts` wraps
 * these with validation for the public API. ECMAScript reads a date-only
 * string as UTC midnight, so no local zone or DST can enter.
 */
import type { ISODate, ISOMonth } from './date.js';

const DAY = 864e5;

export const plusDays = (date: ISODate, n: number): ISODate =>
  new Date(Date.parse(date) + n * DAY).toISOString().slice(0, 10);

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
