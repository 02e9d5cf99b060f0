import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { clampDate, isISODate, isISOMonth } from '../../core/date.js';
import { addMonthsToMonth, dayOfWeek, weeksOf } from '../../core/days.js';
import { formatDayLabel, formatNewsCount, monthYear, weekdayNames } from '../../core/labels.js';
import { wordsFor } from '../../core/strings.js';
import type { ISODate, ISOMonth, Weekday } from '../../core/types.js';
import { isWebUrl } from '../../core/links.js';
import { isTimeZone, siteToday } from '../../core/zone.js';
import type { NewsSource } from '../../data/news-source.js';
import { checks } from '../shared/checked.js';
import { defineOnce } from '../shared/define.js';
import { LetopisElement } from '../shared/element.js';
import { isPlainClick, sourceAncestor } from '../shared/composed.js';
import { PageParamController } from '../shared/page-param.js';
import { hostStyles } from '../shared/styles.js';
import type * as Data from './calendar-data.js';
import { calendarWords, type CalendarWords } from './calendar.strings.js';
import { calendarStyles } from './calendar.styles.js';
import type * as Interactions from './interactions.js';
import { allowed, isNavKey, type Action, type CalendarState, type CalendarView } from './view.js';

/** Detail of `letopis-month-change`. */
export interface MonthChangeDetail {
  month: ISOMonth;
}

/** A real `YYYY-MM-DD` day, else undefined. */
const asDate = (v: unknown): ISODate | undefined => (isISODate(v) ? v : undefined);

/** Attributes it cannot use are named in the console (calendar.mistakes.ts) and left out. */
const { checked, mistake } = checks(() => import('./calendar.mistakes.js'));

/** A month the calendar can show: `YYYY-MM` from year 1 (year 0 would be 1 BC). */
const isShownMonth = (v: unknown): v is ISOMonth => isISOMonth(v) && !v.startsWith('0000');

/** 0 = Sunday … 6 = Saturday. */
const isWeekday = (v: unknown): v is Weekday => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 7;

/** `counts='{"2017-10-26": 3}'`; anything else is left out (and reported by the view), not thrown. */
const countsConverter = {
  fromAttribute(value: string | null): Record<string, number> | undefined {
    try {
      const counts: unknown = value && JSON.parse(value);
      if (counts && typeof counts === 'object') return counts as Record<string, number>;
    } catch {
      // Not JSON: the view reports it.
    }
    return undefined;
  },
};

/** Before the interactions load, their defaults are held: the keys that move, and a plain click on a day link. */
function held(event: Event, target: Element): boolean {
  const e = event as MouseEvent & KeyboardEvent;
  if (event.type === 'keydown') return isNavKey(e.key, target);
  return event.type === 'click' && isPlainClick(e) && !!target.closest('a[data-date]');
}

/**
 * @tagname letopis-calendar
 * @summary A Monday-first month calendar of a news archive: days with news
 * are marked (and are links with `day-href`), the reader picks a day or
 * moves through months with a mouse, a keyboard or a screen reader.
 *
 * Without a source and without `counts` it is a plain date picker. Day
 * links work with no script at all; the code for moving through months,
 * the keyboard and the month/year picker loads on the reader's first
 * pointer or focus contact with the calendar.
 *
 * @attr {string} lang - The language of labels; default: the nearest `[lang]` ancestor, else `ru`.
 * @attr {boolean} debug - Show the technical sentence of a failed query under "Подробнее" (also set by any ancestor or by the source named in `source="ID"`).
 * @attr {'light' | 'dark' | 'auto' | 'lv-white' | 'lv-black' | 'lv-blue' | 'lv-brown' | 'lv-green'} theme - The colour scheme: light, dark, the reader's preference (`auto`) or a low-vision scheme (black on white, white on black, blue, brown, green); default: the page's `data-letopis-theme`, else the bvi panel's, else the page's own colours.
 * @attr {string} font-scale - Text size over the page's, `150%` or `1.5`; default: the page's `data-letopis-font-scale`.
 *
 * @slot prev - Content of the previous-month button (default ‹).
 * @slot next - Content of the next-month button (default ›).
 *
 * @csspart heading - The month and year; a button that opens the month/year picker.
 * @csspart prev - The previous-month button.
 * @csspart next - The next-month button.
 * @csspart picker - The month/year picker panel.
 * @csspart grid - The table of days.
 * @csspart weekday - A weekday column header (its `abbr` is the full name).
 * @csspart day - Every day; with the tokens `outside`, `today`, `selected`, `has-news`, `empty`, `weekend`, `disabled`.
 * @csspart status - The status line (errors; announcements for screen readers).
 * @csspart retry - The retry button shown after an error.
 *
 * @cssproperty [--letopis-accent=#0b5cad] - Links, the selected day, focus rings.
 * @cssproperty [--letopis-accent-contrast=#fff] - Text on the accent colour.
 * @cssproperty [--letopis-news-bg=color-mix(in srgb, var(--letopis-accent) 12%, transparent)] - Background of days with news.
 * @cssproperty [--letopis-muted=color-mix(in srgb, currentColor 75%, transparent)] - Days of the adjacent months.
 * @cssproperty [--letopis-surface=Canvas] - Background of the month/year picker.
 * @cssproperty [--letopis-surface-dark=#1e1e1e] - Background of the month/year picker in the dark scheme.
 * @cssproperty [--letopis-text=currentColor] - Text; the light and dark schemes default to #1a1a1a and #f0f0f0.
 * @cssproperty [--letopis-background=#fff] - Background in the light scheme (`theme="light"`).
 * @cssproperty [--letopis-background-dark=#121212] - Background in the dark scheme (`theme="dark"`).
 * @cssproperty [--letopis-accent-dark=#8ab4f8] - The accent in the dark scheme.
 * @cssproperty [--letopis-cell-size=2.75em] - Width and height of a day (44 px at 16 px text).
 * @cssproperty [--letopis-radius=0.25em] - Corner radius of days and buttons.
 * @cssproperty [--letopis-focus-ring=2px solid var(--letopis-accent)] - The focus outline.
 *
 * @fires {Event} change - The reader picked a day (`value` holds it). Bubbles, composed, cancelable: cancel it to stop a day link from navigating.
 * @fires {CustomEvent<{month: string}>} letopis-month-change - The reader moved to another month.
 */
export class LetopisCalendar extends LetopisElement {
  static override styles = [hostStyles, calendarStyles];
  static override properties = {
    source: {},
    month: {},
    value: {},
    min: {},
    max: {},
    firstDayOfWeek: { attribute: 'first-day-of-week', type: Number },
    fitWeeks: { attribute: 'fit-weeks', type: Boolean },
    dayHref: { attribute: 'day-href' },
    section: {},
    dateParam: { attribute: 'date-param' },
    controls: {},
    counts: { converter: countsConverter },
    timeZone: { attribute: 'time-zone' },
    skipEmptyMonths: { attribute: 'skip-empty-months', type: Boolean },
    strings: { attribute: false },
  };

  /** Registers `<letopis-calendar>` unless the tag is taken. */
  static define(tag = 'letopis-calendar'): void {
    defineOnce(tag, LetopisCalendar);
  }

  /** A NewsSource (property), or the id of a `<letopis-source>` (attribute). Empty: the nearest `<letopis-source>` ancestor. */
  source?: NewsSource | string | null;
  /** The month shown, `YYYY-MM`. Default: the selected day's month, else the newest news month, else today's. */
  month?: string;
  /** The selected day, `YYYY-MM-DD`. */
  value?: string;
  /** The first day that can be picked; default: the first news day when the source knows it. */
  min?: string;
  /** The last day that can be picked; default: the last news day when the source knows it. */
  max?: string;
  /** 0 = Sunday … 6 = Saturday. */
  firstDayOfWeek: Weekday | number = 1;
  /** Only the weeks the month needs (default: always 6 weeks, so the height never changes). */
  fitWeeks = false;
  /** Makes days with news real links: `/news/?date={date}`. */
  dayHref?: string;
  /** Marks only the news of this section (agrees with a list filtered the same way). */
  section?: string;
  /** Reads the selected day from this page URL parameter (`date` → `?date=2017-10-26`). */
  dateParam?: string;
  /** The id of an element (a news list) whose `date` is set when the reader picks a day. */
  controls?: string;
  /** Days with news without a source, as JSON: `{"2017-10-26": 3}` (wins over the source). */
  counts?: Record<string, number> | Map<string, number>;
  /** The zone for "today" when there is no source (a source brings its own). */
  timeZone?: string;
  /** Prev/next jump over months without news, as WordPress's calendar widget does. */
  skipEmptyMonths = false;
  /** Words to use instead of the language's table (property only). */
  strings?: Partial<CalendarWords>;
  /** @internal The month/year picker is open (the interactions set it and ask for an update). */
  picking = false;

  /** The source's data, once its code has loaded (calendars without a source never load it). */
  #data?: Data.CalendarData;
  #dataLoading?: Promise<unknown>;
  #loading?: Promise<typeof Interactions>;
  #interactions?: typeof Interactions;
  #announcement = '';
  #want?: string;
  readonly #state: CalendarState = {
    el: this,
    view: { month: '', first: 1, lang: 'ru', today: '', weeks: [] },
    pickerFocus: '',
    announce: (text) => (this.#announcement = text),
    want: (selector) => {
      this.#want = selector;
      this.requestUpdate();
    },
  };

  constructor() {
    super();
    new PageParamController(
      this,
      () => this.dateParam,
      (day) => {
        if (isISODate(day)) this.value = day;
        else mistake(this, 'dateParam', day);
      },
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#loadData();
  }

  /** A calendar with a source (the property, an id, or a `<letopis-source>` around it) loads its data code. */
  #loadData(): void {
    if (this.#dataLoading || !(this.source || sourceAncestor(this))) return;
    this.#dataLoading = import('./calendar-data.js').then(({ CalendarData }) => {
      this.#data = new CalendarData(this, () => this.#range());
      this.requestUpdate();
    });
  }

  /** The days the marks are asked for: the visible weeks; none when `counts` gives them. */
  #range(): Data.CalendarRange | undefined {
    if (this.counts) return undefined;
    const { weeks } = this.#state.view;
    const given = isShownMonth(this.month) || !!asDate(this.value);
    return { from: weeks[0][0], to: weeks.at(-1)![6], section: this.section || undefined, given };
  }

  /** Its marks are on their way: the data code loading (unless `counts` gives them), a source awaited, or a query running. */
  #busy(): boolean {
    if (!this.#dataLoading) return false;
    return this.#data ? this.#data.busy : !this.counts;
  }

  /** The view of the shown month, from the properties and the source's data. */
  #view(): CalendarView {
    const bounds = this.#data?.bounds;
    const value = checked(this, 'value', isISODate);
    let min = checked(this, 'min', isISODate);
    let max = checked(this, 'max', isISODate);
    if (min && max && min > max) {
      mistake(this, 'min:after-max');
      min = max = undefined;
    }
    const c = this.counts;
    let counts = this.#data?.counts;
    if (c) counts = c instanceof Map ? c : new Map(Object.entries(c).map(([day, n]) => [day, Number(n)]));
    else if (this.getAttribute('counts')) mistake(this, 'counts');
    const today = siteToday(this.#data?.zone ?? checked(this, 'timeZone', isTimeZone));
    const month = checked(this, 'month', isShownMonth) ?? (value ?? bounds?.last ?? today).slice(0, 7);
    const weekStart = checked(this, 'firstDayOfWeek', isWeekday) ?? 1;
    return {
      month,
      min: min ?? bounds?.first,
      max: max ?? bounds?.last,
      first: weekStart,
      lang: this.page.lang,
      counts,
      today,
      weeks: weeksOf(month, weekStart, !this.fitWeeks),
    };
  }

  /** Loads the interactions (on the reader's first pointer or focus contact, or a first action). */
  #load(): Promise<typeof Interactions> {
    this.#loading ??= import('./interactions.js').then((interactions) => {
      this.#interactions = interactions;
      return interactions;
    });
    return this.#loading;
  }

  /**
   * Every reader action goes to the interactions, in the order it came. Once
   * they are loaded an action is handled at once (they say whether the
   * browser's own response — scrolling, following a day link — is wanted);
   * before that, the keys that move and a plain click on a day link are held
   * and replayed when they arrive, so a key then Enter pressed at once pick
   * the day the key moved to.
   */
  #act(event: Event): void {
    // The target is read now: an event that crossed a shadow root has none once it has been dispatched.
    const action: Action = { event, target: event.target as HTMLElement };
    if (this.#interactions) {
      if (this.#interactions.handle(this.#state, action)) event.preventDefault();
      return;
    }
    action.held = held(event, action.target);
    if (action.held) event.preventDefault();
    void this.#load().then((interactions) => interactions.handle(this.#state, action));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source')) this.#loadData();
    const c = this.#state;
    c.source = this.#data?.source;
    const v = (c.view = this.#view());
    // A value set by code moves the roving focus to it.
    if (changed.has('value') && asDate(this.value)) c.focus = this.value;
    // The roving tabindex stays inside the shown month: the selected day, else today, else the 1st.
    if (!c.focus?.startsWith(v.month)) {
      const value = asDate(this.value);
      const { today } = v;
      const inMonth = value?.startsWith(v.month) ? value : today.startsWith(v.month) ? today : `${v.month}-01`;
      c.focus = clampDate(inMonth, v.min, v.max);
    }
    // A focused day redrawn as a link (its month's news arrived) or as a button is a new element: focus follows it.
    if (this.shadowRoot?.activeElement?.hasAttribute('data-date')) this.#want ??= '[data-date][tabindex="0"]';
  }

  protected override render(): TemplateResult {
    const c = this.#state;
    const v = c.view;
    const { month, lang, counts, min, max, first, today } = v;
    const t = wordsFor(calendarWords, lang, this.strings);
    const long = weekdayNames(lang, 'long', first);
    const dayHref = checked(this, 'dayHref', isWebUrl);
    // The status line is always there, so what it comes to say is announced.
    const failed = !!this.#data?.failed;
    const nav = (direction: 1 | -1, label: string) => {
      const target = addMonthsToMonth(month, direction);
      const name = direction < 0 ? 'prev' : 'next';
      return html`<button
        part=${name}
        aria-label="${label}: ${monthYear(target, lang, false)}"
        aria-disabled=${!allowed(v, target)}
      >
        <slot name=${name}><span aria-hidden="true">${direction < 0 ? '‹' : '›'}</span></slot>
      </button>`;
    };
    const day = (date: ISODate) => {
      const n = counts?.get(date) ?? 0;
      const dow = dayOfWeek(date);
      const disabled = (!!min && date < min) || (!!max && date > max);
      const outside = !date.startsWith(month);
      const inactive = disabled || (counts && !n && !outside);
      const selected = date === this.value;
      const tokens: Record<string, unknown> = {
        outside,
        today: date === today,
        selected,
        'has-news': n > 0,
        empty: counts && !n,
        weekend: dow === 0 || dow === 6,
        disabled,
      };
      const part = ['day', ...Object.keys(tokens).filter((token) => tokens[token])].join(' ');
      const label = n ? `${formatNewsCount(n, lang)}, ${formatDayLabel(date, lang)}` : formatDayLabel(date, lang);
      const href = !outside && !inactive && n && dayHref ? dayHref.replace(/\{date\}/g, date) : undefined;
      const tabindex = date === c.focus ? 0 : -1;
      // The focused element says it is picked too: a pressed button, or a link that is the current one.
      const current = date === today ? 'date' : selected ? 'true' : nothing;
      return html`<td role="gridcell" aria-selected=${selected || nothing}>
        ${
          href
            ? html`<a
                part=${part}
                href=${href}
                data-date=${date}
                tabindex=${tabindex}
                aria-label=${label}
                aria-current=${current}
                >${Number(date.slice(-2))}</a
              >`
            : html`<button
                part=${part}
                data-date=${date}
                tabindex=${tabindex}
                aria-label=${label}
                aria-current=${current}
                aria-pressed=${selected || nothing}
                aria-disabled=${inactive || nothing}
              >
                ${Number(date.slice(-2))}
              </button>`
        }
      </td>`;
    };
    return html`
      <div class="head" @click=${this.#act}>
        ${nav(-1, t.prevMonth)}
        <button part="heading" id="heading" aria-expanded=${this.picking} aria-controls="picker">
          <span id="label">${monthYear(month, lang)}</span><span class="sr">, ${t.chooseMonth}</span>
        </button>
        ${nav(1, t.nextMonth)}
      </div>
      <div class="body" @focusin=${this.#act} @keydown=${this.#act}>
        <table
          part="grid"
          role="grid"
          aria-labelledby="label"
          aria-busy=${this.#busy()}
          ?inert=${this.picking}
          @click=${this.#act}
        >
          <thead>
            <tr>
              ${weekdayNames(lang, 'short', first).map((name, i) => html`<th scope="col" part="weekday" abbr=${long[i]}>${name}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${v.weeks.map(
              (week) =>
                html`<tr>
                  ${week.map(day)}
                </tr>`,
            )}
          </tbody>
        </table>
        ${this.#interactions?.picker(this.#state) ?? nothing}
      </div>
      <div part="status" role="status" class=${failed ? '' : 'sr'}>
        ${failed ? this.#data!.message(lang, this.strings) : this.#announcement}
      </div>
      ${failed ? this.#data!.retry(lang, this.strings) : nothing}
    `;
  }

  protected override updated(): void {
    if (this.#want) this.renderRoot.querySelector<HTMLElement>(this.#want)?.focus();
    this.#want = undefined;
  }
}

declare global {
  interface HTMLElementEventMap {
    'letopis-month-change': CustomEvent<MonthChangeDetail>;
  }
}
