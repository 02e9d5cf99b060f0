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

/** Keys the grid keyboard uses: the page must not scroll by them. */
const NAV_KEYS = /^(Arrow|Page|Home$|End$| $)/;

/** A key the grid handles on `target` (Space only on a day link: a button's own Space is its click). */
export const isNavKey = (key: string, target: Element): boolean =>
  NAV_KEYS.test(key) && (key !== ' ' || target.localName === 'a');

/** A reader's action on the calendar, as the interactions read it. */
export interface Action {
  event: Event;
  /** The event's target, kept: one that crossed a shadow root has none once dispatched. */
  target: HTMLElement;
  /** It came before the interactions loaded, and its default was held (prevented) for them to replay. */
  held?: boolean;
}

/** The calendar as its interactions see it. */
export interface CalendarHost extends HTMLElement {
  month?: string;
  value?: string;
  /** The id of the element whose `date` a pick sets. */
  controls?: string;
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
  /** Today in the site's zone. */
  today: ISODate;
  /** The weeks shown, seven days each. */
  weeks: ISODate[][];
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
  /** The last key pressed and where: a click it makes (Enter, Space) picks the day the focus is on. */
  lastKey?: { key: string; target: HTMLElement };
  /** The source, for the month moves that look ahead (`skip-empty-months`). */
  source?: NewsSource;
  announce(text: string): void;
  /** Focuses `selector` in the shadow root after the next render. */
  want(selector: string): void;
}

/** True when a month lies (at least partly) inside min..max. */
export const allowed = ({ min, max }: CalendarView, month: ISOMonth): boolean =>
  !((min && endOfMonth(month) < min) || (max && startOfMonth(month) > max));
