/**
 * Calendar dates as `YYYY-MM-DD` strings. All arithmetic is integer
 * arithmetic on day numbers: no `Date` object, so neither DST nor the
 * browser's zone can shift a day.
 */
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

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in `month` (1–12) of `year`. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `{ year, month, day }` → `YYYY-MM-DD`. */
export const formatISODate = ({ year, month, day }: PlainDate): ISODate => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** Reads `YYYY-MM-DD`; `null` when the string is not a real calendar date. */
export function parseISODate(value: string): PlainDate | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export const isISODate = (value: unknown): value is ISODate =>
  typeof value === 'string' && parseISODate(value) !== null;

/** True for a month written `YYYY-MM`. */
export const isISOMonth = (value: unknown): value is ISOMonth => {
  const m = typeof value === 'string' && MONTH_RE.exec(value);
  return !!m && +m[2] >= 1 && +m[2] <= 12;
};

function plain(value: ISODate): PlainDate {
  return parseISODate(value) ?? badDate(value);
}

/** Reads `YYYY-MM` into `[year, month]`; throws `bad-option` otherwise. */
export function parseISOMonth(value: ISOMonth): [year: number, month: number] {
  if (!isISOMonth(value)) badOption('month', value, 'YYYY-MM');
  return [+value.slice(0, 4), +value.slice(5, 7)];
}

/**
 * Days since 1970-01-01 (negative before). The civil-from-days algorithm of
 * H. Hinnant, on a calendar whose years start in March.
 */
export function toEpochDay(value: ISODate | PlainDate): number {
  const { year, month, day } = typeof value === 'string' ? plain(value) : value;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `n` days after 1970-01-01. */
export function fromEpochDay(n: number): ISODate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatISODate({ year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day });
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`. */
export const dayOfWeek = (value: ISODate): Weekday => ((((toEpochDay(value) + 4) % 7) + 7) % 7) as Weekday;

export const addDays = (value: ISODate, days: number): ISODate => fromEpochDay(toEpochDay(value) + days);

/** Adds months, clamping the day: 2024-01-31 + 1 month = 2024-02-29. */
export function addMonths(value: ISODate, months: number): ISODate {
  const { year, month, day } = plain(value);
  const index = year * 12 + month - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatISODate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Adds years, clamping 29 February to the 28th in common years. */
export const addYears = (value: ISODate, years: number): ISODate => addMonths(value, years * 12);

/** The first day of the week holding `value`, for weeks starting on `firstDayOfWeek`. */
export function startOfWeek(value: ISODate, firstDayOfWeek: Weekday = 1): ISODate {
  return addDays(value, -((dayOfWeek(value) - firstDayOfWeek + 7) % 7));
}

/** The last day of the week holding `value`. */
export const endOfWeek = (value: ISODate, firstDayOfWeek: Weekday = 1): ISODate =>
  addDays(startOfWeek(value, firstDayOfWeek), 6);

/** -1, 0 or 1, like a sort comparator. */
export function compareDates(a: ISODate, b: ISODate): -1 | 0 | 1 {
  const d = toEpochDay(a) - toEpochDay(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: ISODate, b: ISODate): number => toEpochDay(b) - toEpochDay(a);

/** `YYYY-MM` of a date. */
export function monthOf(value: ISODate): ISOMonth {
  plain(value);
  return value.slice(0, 7);
}

export const isSameMonth = (a: ISODate, b: ISODate): boolean => monthOf(a) === monthOf(b);

/** The month `n` months after `month`. */
export const addMonthsToMonth = (month: ISOMonth, n: number): ISOMonth => addMonths(`${month}-01`, n).slice(0, 7);

/** The first day of a month. */
export const startOfMonth = (month: ISOMonth): ISODate => {
  parseISOMonth(month);
  return `${month}-01`;
};

/** The last day of a month. */
export function endOfMonth(month: ISOMonth): ISODate {
  const [y, m] = parseISOMonth(month);
  return formatISODate({ year: y, month: m, day: daysInMonth(y, m) });
}

/** `value` moved inside `[min, max]`; either bound may be absent. */
export function clampDate(value: ISODate, min?: ISODate, max?: ISODate): ISODate {
  if (min && compareDates(value, min) < 0) return min;
  if (max && compareDates(value, max) > 0) return max;
  return value;
}
