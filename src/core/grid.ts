import { parseISOMonth } from './date.js';
import { weeksOf } from './days.js';
import { badOption } from './errors.js';
import type { ISODate, ISOMonth, Weekday } from './types.js';

export interface MonthGridOptions {
  /** First day of the week, counted like `Date#getDay` (0 = Sunday). Default 1, Monday. */
  firstDayOfWeek?: Weekday | number;
  /** Always six weeks, so a calendar keeps its height from month to month. Default `false`. */
  fixedWeeks?: boolean;
}

/** Reads a week start from an attribute-like value; throws `bad-option` for anything but 0–6. */
function toWeekday(value: unknown): Weekday {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 6) {
    badOption('firstDayOfWeek', value, 'an integer 0–6 (0 = Sunday)');
  }
  return n as Weekday;
}

/**
 * The weeks of `month` as ISO dates, seven a week, including the adjacent
 * months' days that fill the first and last week.
 *
 * ```js
 * monthGrid('2017-10')[0] // ['2017-09-25', …, '2017-10-01']
 * ```
 */
export function monthGrid(month: ISOMonth, options: MonthGridOptions = {}): ISODate[][] {
  parseISOMonth(month);
  return weeksOf(month, toWeekday(options.firstDayOfWeek ?? 1), !!options.fixedWeeks);
}
