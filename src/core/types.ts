/** The value types of the date core, shared by its modules. */

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
