/**
 * What the calendar (letopis-calendar.ts) shares with its interactions
 * (interactions.ts, loaded on the reader's first contact): the view a
 * render computed, and the state both read and write.
 */
import { endOfMonth, startOfMonth } from '../../core/days.js';
import type { ISODate, ISOMonth, Weekday } from '../../core/types.js';
import type { NewsSource } from '../../data/news-source.js';
import type { DayCounts } from '../../data/types.js';
import type { CalendarWords } from './calendar.strings.js';

/** The calendar as its interactions see it. */
export interface CalendarHost extends HTMLElement {
  month?: string;
  value?: string;
  counts?: Record<string, number> | Map<string, number>;
  section?: string;
  skipEmptyMonths: boolean;
  strings?: Partial<CalendarWords>;
  /** The month/year picker is open. */
  picking: boolean;
  requestUpdate(): void;
}

/** What an update computed: the interactions read it instead of computing it again. */
export interface CalendarView {
  month: ISOMonth;
  min?: ISODate;
  max?: ISODate;
  first: Weekday;
  lang: string;
  counts?: DayCounts;
}

/** The state the calendar shares with its interactions. */
export interface CalendarState {
  el: CalendarHost;
  view: CalendarView;
  /** The day holding the roving tabindex. */
  focus?: ISODate;
  /** The day of the month PageUp/PageDown keep while they are pressed in a row (31 → 29 → 31). */
  dayMemory?: number;
  /** The month the picker's roving focus is on. */
  pickerFocus: ISOMonth;
  /** The source, for the month moves that look ahead (`skip-empty-months`). */
  source?: NewsSource;
  announce(text: string): void;
  /** Focuses `selector` in the shadow root after the next render. */
  want(selector: string): void;
  /** The month/year picker's template, once the interactions are loaded. */
  picker?: (state: CalendarState) => unknown;
}

/** True when a month lies (at least partly) inside min..max. */
export const allowed = ({ min, max }: CalendarView, month: ISOMonth): boolean =>
  !((min && endOfMonth(month) < min) || (max && startOfMonth(month) > max));
