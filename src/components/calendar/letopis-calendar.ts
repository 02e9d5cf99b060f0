import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  addDays,
  addMonthsToMonth,
  clampDate,
  dayOfWeek,
  daysInMonth,
  endOfMonth,
  endOfWeek,
  isISODate,
  isISOMonth,
  monthOf,
  startOfWeek,
  type ISODate,
  type ISOMonth,
  type Weekday,
} from '../../core/date.js';
import type { LetopisError } from '../../core/errors.js';
import { toWeekday, monthGrid } from '../../core/grid.js';
import { formatCount, formatDayLabel, formatMonthHeading, formatMonthName, weekdayNames } from '../../core/labels.js';
import { stringsFor, type LetopisStrings } from '../../core/strings.js';
import { DEFAULT_TIME_ZONE, todayInZone } from '../../core/zone.js';
import type { NewsSource } from '../../data/news-source.js';
import type { Bounds, DayCounts } from '../../data/types.js';
import { defineOnce } from '../shared/define.js';
import { isRtl, langOf, pageParam } from '../shared/locale.js';
import { Query } from '../shared/query.js';
import { SourceController } from '../shared/source-controller.js';
import { hostStyles } from '../shared/styles.js';
import { calendarStyles } from './calendar.styles.js';

/** Detail of `letopis-month-change`. */
export interface MonthChangeDetail {
  month: ISOMonth;
}

/** `{"2017-10-26": 3}` from an attribute; a clear console error for anything else. */
const countsConverter = {
  fromAttribute(value: string | null): Record<string, number> | undefined {
    if (!value) return undefined;
    try {
      return JSON.parse(value) as Record<string, number>;
    } catch {
      console.error(`letopis-calendar: counts is not JSON: ${value}. Expected {"2017-10-26": 3}`);
      return undefined;
    }
  },
};

const asDate = (v: unknown): ISODate | undefined => (isISODate(v) ? v : undefined);

/**
 * @summary A Monday-first month calendar of a news archive: days with news
 * are marked (and are links with `day-href`), the reader picks a day or
 * moves through months with a mouse, a keyboard or a screen reader.
 *
 * Without a source and without `counts` it is a plain date picker.
 *
 * @slot prev - Content of the previous-month button (default ‹).
 * @slot next - Content of the next-month button (default ›).
 *
 * @csspart heading - The month and year; a button that opens the month/year picker.
 * @csspart prev - The previous-month button.
 * @csspart next - The next-month button.
 * @csspart picker - The month/year picker panel.
 * @csspart grid - The table of days.
 * @csspart weekday - A weekday column header (also `weekend`).
 * @csspart day - Every day; with the tokens `outside`, `today`, `selected`, `has-news`, `empty`, `weekend`, `disabled`.
 * @csspart status - The status line (errors; announcements for screen readers).
 * @csspart retry - The retry button shown after an error.
 *
 * @cssproperty [--letopis-accent=#0b5cad] - Links, the selected day, focus rings.
 * @cssproperty [--letopis-accent-contrast=#fff] - Text on the accent colour.
 * @cssproperty [--letopis-news-bg=color-mix(in srgb, var(--letopis-accent) 12%, transparent)] - Background of days with news.
 * @cssproperty [--letopis-muted=color-mix(in srgb, currentColor 62%, transparent)] - Days of the adjacent months.
 * @cssproperty [--letopis-cell-size=2.75em] - Width and height of a day (44 px at 16 px text).
 * @cssproperty [--letopis-radius=0.25em] - Corner radius of days and buttons.
 * @cssproperty [--letopis-focus-ring=2px solid var(--letopis-accent)] - The focus outline.
 *
 * @fires {Event} change - The reader picked a day (`value` holds it). Bubbles, composed, cancelable: cancel it to stop a day link from navigating.
 * @fires {CustomEvent<{month: string}>} letopis-month-change - The reader moved to another month.
 */
export class LetopisCalendar extends LitElement {
  static override styles = [hostStyles, calendarStyles];
  static readonly tagName = 'letopis-calendar';

  /** Registers `<letopis-calendar>` unless the tag is taken. */
  static define(tag = LetopisCalendar.tagName): void {
    defineOnce(tag, LetopisCalendar);
  }

  /** A NewsSource (property), or the id of a `<letopis-source>` (attribute). Empty: the nearest `<letopis-source>` ancestor. */
  @property() source?: NewsSource | string | null;
  /** The month shown, `YYYY-MM`. Default: the selected day's month, else the newest news month, else today's. */
  @property() month?: string;
  /** The selected day, `YYYY-MM-DD`. */
  @property() value?: string;
  /** The first day that can be picked; default: the first news day when the source knows it. */
  @property() min?: string;
  /** The last day that can be picked; default: the last news day when the source knows it. */
  @property() max?: string;
  /** 0 = Sunday … 6 = Saturday. */
  @property({ attribute: 'first-day-of-week', type: Number }) firstDayOfWeek = 1;
  /** Only the weeks the month needs (default: always 6 weeks, so the height never changes). */
  @property({ attribute: 'fit-weeks', type: Boolean }) fitWeeks = false;
  /** Makes days with news real links: `/news/?date={date}`. */
  @property({ attribute: 'day-href' }) dayHref?: string;
  /** Marks only the news of this section (agrees with a list filtered the same way). */
  @property() section?: string;
  /** Reads the selected day from this page URL parameter (`date` → `?date=2017-10-26`). */
  @property({ attribute: 'date-param' }) dateParam?: string;
  /** The id of an element (a news list) whose `date` is set when the reader picks a day. */
  @property() controls?: string;
  /** Days with news without a source: `{"2017-10-26": 3}` (wins over the source). */
  @property({ converter: countsConverter }) counts?: Record<string, number> | Map<string, number>;
  /** The zone for "today" when there is no source (a source brings its own). */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** Prev/next jump over months without news, as WordPress's calendar widget does. */
  @property({ attribute: 'skip-empty-months', type: Boolean }) skipEmptyMonths = false;
  /** The language of labels (the `lang` attribute); default: the nearest `[lang]`, else `ru`. */
  @property({ attribute: 'lang' }) language?: string;
  /** Words to use instead of the language's table (property only). */
  @property({ attribute: false }) strings?: Partial<LetopisStrings>;

  @state() private picking = false;
  @state() private pickerYear = 0;
  @state() private pickerFocus: ISOMonth = '';
  @state() private announcement = '';

  readonly #source = new SourceController(this);
  readonly #bounds = new Query<Bounds>(
    this,
    (signal) => this.#source.value!.bounds({ signal }),
    () => (this.#source.value ? String(this.#source.generation) : undefined),
  );
  readonly #days = new Query<DayCounts>(
    this,
    (signal) => {
      const [from, to] = this.#range();
      return this.#source.value!.days({ from, to, section: this.section || undefined }, { signal });
    },
    () => {
      if (!this.#source.value || this.counts || this.#waitingForBounds()) return undefined;
      return [this.#source.generation, ...this.#range(), this.section].join('|');
    },
  );
  #focus?: ISODate;
  #wantFocus: string | false = false;
  #dayMemory = 0;
  #busyStep = false;
  readonly #onPop = () => this.#readParam();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readParam();
    if (this.dateParam) addEventListener('popstate', this.#onPop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#onPop);
  }

  // ---- derived state -----------------------------------------------------

  get #zone(): string {
    return this.#source.value?.timeZone ?? (this.timeZone || DEFAULT_TIME_ZONE);
  }

  get #first(): Weekday {
    try {
      return toWeekday(this.firstDayOfWeek);
    } catch {
      return 1;
    }
  }

  /** Waiting for the newest news month before the first query (no month or value given). */
  #waitingForBounds(): boolean {
    return !!this.#source.value && !isISOMonth(this.month) && !asDate(this.value) && this.#bounds.status === 'pending';
  }

  get #min(): ISODate | undefined {
    return asDate(this.min) ?? this.#bounds.value?.first;
  }

  get #max(): ISODate | undefined {
    return asDate(this.max) ?? this.#bounds.value?.last;
  }

  /** The month shown. */
  get #month(): ISOMonth {
    if (isISOMonth(this.month)) return this.month;
    const value = asDate(this.value);
    if (value) return monthOf(value);
    const last = this.#bounds.status === 'complete' ? this.#bounds.value?.last : undefined;
    return last ? monthOf(last) : monthOf(todayInZone(this.#zone));
  }

  /** The visible dates, outside days included. */
  #range(): [ISODate, ISODate] {
    const weeks = this.#weeks();
    return [weeks[0][0], weeks[weeks.length - 1][6]];
  }

  #weeks(): ISODate[][] {
    return monthGrid(this.#month, { firstDayOfWeek: this.#first, fixedWeeks: !this.fitWeeks });
  }

  #counts(): Map<string, number> | undefined {
    const c = this.counts;
    if (c) return c instanceof Map ? c : new Map(Object.entries(c).map(([k, v]) => [k, Number(v)]));
    return this.#source.value ? this.#days.value : undefined;
  }

  /** The day that holds the roving tabindex: kept inside the shown month. */
  #focusDay(month: ISOMonth, today: ISODate): ISODate {
    if (this.#focus && monthOf(this.#focus) === month) return this.#focus;
    const value = asDate(this.value);
    const candidate = value && monthOf(value) === month ? value : monthOf(today) === month ? today : `${month}-01`;
    return (this.#focus = clampDate(candidate, this.#min, this.#max));
  }

  #monthAllowed(month: ISOMonth): boolean {
    const min = this.#min;
    const max = this.#max;
    return !((min && endOfMonth(month) < min) || (max && `${month}-01` > max));
  }

  // ---- actions -----------------------------------------------------------

  #readParam(): void {
    const day = asDate(pageParam(this.dateParam));
    if (day) this.value = day;
  }

  /** Shows a month; from a reader action it is announced and fires `letopis-month-change`. */
  #goto(month: ISOMonth, reader: boolean): boolean {
    if (month === this.#month || !this.#monthAllowed(month)) return false;
    this.month = month;
    if (reader) {
      this.announcement = formatMonthHeading(month, this.#lang());
      this.dispatchEvent(
        new CustomEvent<MonthChangeDetail>('letopis-month-change', {
          detail: { month },
          bubbles: true,
          composed: true,
        }),
      );
    }
    return true;
  }

  async #step(direction: 1 | -1): Promise<void> {
    if (this.#busyStep) return;
    let month = addMonthsToMonth(this.#month, direction);
    if (this.skipEmptyMonths) {
      this.#busyStep = true;
      try {
        month = (await this.#nearestWithNews(month, direction)) ?? this.#month;
      } catch {
        // no answer: move one month as usual
      } finally {
        this.#busyStep = false;
      }
    }
    this.#goto(month, true);
  }

  /** The nearest month in `direction` (from `month` on) that has news, within min/max. */
  async #nearestWithNews(month: ISOMonth, direction: 1 | -1): Promise<ISOMonth | undefined> {
    const counts = this.counts ? this.#counts() : undefined;
    for (let m = month, i = 0; i < 240 && this.#monthAllowed(m); m = addMonthsToMonth(m, direction), i++) {
      if (counts) {
        if ([...counts].some(([d, n]) => d.startsWith(m) && n > 0)) return m;
      } else if (this.#source.value) {
        const found = await this.#source.value.days({
          from: `${m}-01`,
          to: endOfMonth(m),
          section: this.section || undefined,
        });
        if (found.size) return m;
      } else return m;
    }
    return undefined;
  }

  #pick(date: ISODate, event?: Event): void {
    this.value = date;
    this.#focus = date;
    const change = new Event('change', { bubbles: true, composed: true, cancelable: true });
    const go = this.dispatchEvent(change);
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = this.controls
      ? (root.getElementById?.(this.controls) ?? document.getElementById(this.controls))
      : null;
    if (target) (target as HTMLElement & { date?: string }).date = date;
    // A controlled list or a cancelled change takes over from the day link.
    if (event && (!go || target)) event.preventDefault();
  }

  #onDayClick(event: MouseEvent, date: ISODate, outside: boolean, inactive: boolean): void {
    if (outside) {
      event.preventDefault();
      this.#focus = date;
      if (this.#goto(monthOf(date), true)) this.#wantFocus = date;
      return;
    }
    if (inactive) {
      event.preventDefault();
      return;
    }
    // Middle, Ctrl or Shift clicks open the day link in a new tab or window: the browser's job.
    if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    this.#pick(date, event);
  }

  /** The roving tabindex follows focus, however it got there. */
  #onFocusIn(event: FocusEvent): void {
    const date = (event.target as HTMLElement).dataset?.date;
    if (date && date !== this.#focus && monthOf(date) === this.#month) {
      this.#focus = date;
      this.requestUpdate();
    }
  }

  #onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    const from = target.dataset?.date ?? this.#focus;
    if (!from) return;
    if ((event.key === ' ' || event.key === 'Spacebar') && target.localName === 'a') {
      event.preventDefault();
      target.click();
      return;
    }
    const flip = isRtl(this) ? -1 : 1;
    const page = (months: number) => {
      // PageUp/PageDown keep the day number through short months: 31 → 29 → 31.
      const month = addMonthsToMonth(monthOf(from), months);
      const [y, m] = month.split('-').map(Number);
      return `${month}-${String(Math.min(this.#dayMemory, daysInMonth(y, m))).padStart(2, '0')}`;
    };
    if (event.key.startsWith('Page')) this.#dayMemory ||= +from.slice(8);
    else if (event.key.length > 1 && !/^(Shift|Control|Alt|Meta)$/.test(event.key)) this.#dayMemory = 0;
    let to: ISODate;
    switch (event.key) {
      case 'ArrowLeft':
        to = addDays(from, -flip);
        break;
      case 'ArrowRight':
        to = addDays(from, flip);
        break;
      case 'ArrowUp':
        to = addDays(from, -7);
        break;
      case 'ArrowDown':
        to = addDays(from, 7);
        break;
      case 'Home':
        to = startOfWeek(from, this.#first);
        break;
      case 'End':
        to = endOfWeek(from, this.#first);
        break;
      case 'PageUp':
        to = page(event.shiftKey ? -12 : -1);
        break;
      case 'PageDown':
        to = page(event.shiftKey ? 12 : 1);
        break;
      default:
        return;
    }
    event.preventDefault();
    to = clampDate(to, this.#min, this.#max);
    this.#focus = to;
    this.#goto(monthOf(to), true);
    this.#wantFocus = to;
    this.requestUpdate();
  }

  #togglePicker(): void {
    this.picking = !this.picking;
    this.pickerYear = +this.#month.slice(0, 4);
    this.pickerFocus = this.#month;
    this.#wantFocus = this.picking ? 'picker' : 'heading';
  }

  #pickerTo(year: number): void {
    this.pickerYear = year;
    this.pickerFocus = `${year}${this.pickerFocus.slice(4)}`;
  }

  #pickMonth(month: ISOMonth): void {
    if (!this.#monthAllowed(month)) return;
    this.picking = false;
    this.#goto(month, true);
    this.#focus = undefined;
    this.#wantFocus = 'day';
  }

  #onPickerKey(event: KeyboardEvent): void {
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-month]');
    if (event.key === 'Escape') {
      event.preventDefault();
      this.picking = false;
      this.#wantFocus = 'heading';
      return;
    }
    if (!button) return;
    const flip = isRtl(this) ? -1 : 1;
    const moves: Record<string, number> = {
      ArrowLeft: -flip,
      ArrowRight: flip,
      ArrowUp: -3,
      ArrowDown: 3,
      PageUp: -12,
      PageDown: 12,
    };
    const [y, m] = button.dataset.month!.split('-').map(Number);
    let index = y * 12 + m - 1;
    if (event.key in moves) index += moves[event.key];
    else if (event.key === 'Home') index -= index % 12;
    else if (event.key === 'End') index += 11 - (index % 12);
    else return;
    event.preventDefault();
    this.pickerYear = Math.floor(index / 12);
    this.pickerFocus = `${this.pickerYear}-${String((index % 12) + 1).padStart(2, '0')}`;
    this.#wantFocus = `m:${this.pickerFocus}`;
  }

  #lang(): string {
    return langOf(this, this.language);
  }

  // ---- rendering ---------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A value set by code moves the roving focus to it.
    if (changed.has('value')) {
      const value = asDate(this.value);
      if (value) this.#focus = value;
    }
  }

  protected override render(): TemplateResult {
    const lang = this.#lang();
    const t = stringsFor(lang, this.strings);
    const month = this.#month;
    const today = todayInZone(this.#zone);
    const weeks = this.#weeks();
    const focus = this.#focusDay(month, today);
    const counts = this.#counts();
    const loading = this.#source.waiting || this.#days.status === 'pending' || this.#waitingForBounds();
    const error = !this.counts && this.#days.status === 'error' ? (this.#days.error as LetopisError) : undefined;
    const prev = addMonthsToMonth(month, -1);
    const next = addMonthsToMonth(month, 1);
    const label = (m: ISOMonth) => `${formatMonthName(+m.slice(5), lang)} ${m.slice(0, 4)}`;
    const first = this.#first;
    const long = weekdayNames(lang, 'long', first);
    return html`
      <div class="head">
        <button
          part="prev"
          class="nav"
          aria-label="${t.prevMonth}: ${label(prev)}"
          aria-disabled=${this.#monthAllowed(prev) ? 'false' : 'true'}
          @click=${() => this.#step(-1)}
        >
          <slot name="prev"><span aria-hidden="true">‹</span></slot>
        </button>
        <button
          part="heading"
          id="heading"
          aria-expanded=${this.picking ? 'true' : 'false'}
          aria-controls="picker"
          @click=${this.#togglePicker}
        >
          <span id="label">${formatMonthHeading(month, lang)}</span><span class="sr">, ${t.chooseMonth}</span>
        </button>
        <button
          part="next"
          class="nav"
          aria-label="${t.nextMonth}: ${label(next)}"
          aria-disabled=${this.#monthAllowed(next) ? 'false' : 'true'}
          @click=${() => this.#step(1)}
        >
          <slot name="next"><span aria-hidden="true">›</span></slot>
        </button>
      </div>
      <div class="body">
        <table
          part="grid"
          role="grid"
          aria-labelledby="label"
          aria-busy=${loading ? 'true' : 'false'}
          ?inert=${this.picking}
          @keydown=${this.#onKey}
          @focusin=${this.#onFocusIn}
        >
          <thead>
            <tr>
              ${weekdayNames(lang, 'short', first).map(
                (name, i) =>
                  html`<th scope="col" part=${[0, 6].includes((first + i) % 7) ? 'weekday weekend' : 'weekday'}>
                    <span aria-hidden="true">${name}</span><span class="sr">${long[i]}</span>
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${weeks.map(
              (week) =>
                html`<tr>
                  ${week.map((date) => this.#day(date, month, today, focus, counts, lang, t))}
                </tr>`,
            )}
          </tbody>
        </table>
        ${this.picking ? this.#picker(lang, t) : nothing}
      </div>
      <div part="status" role="status" class=${error ? 'status' : 'sr'}>
        ${error ? `${t.error} ${error.localized?.(lang) ?? ''}` : this.announcement}
      </div>
      ${error ? html`<button part="retry" class="retry" @click=${() => this.#days.retry()}>${t.retry}</button>` : nothing}
    `;
  }

  #day(
    date: ISODate,
    month: ISOMonth,
    today: ISODate,
    focus: ISODate,
    counts: DayCounts | undefined,
    lang: string,
    t: LetopisStrings,
  ): TemplateResult {
    const outside = !date.startsWith(month);
    const n = counts?.get(date) ?? 0;
    const marks = counts !== undefined;
    const min = this.#min;
    const max = this.#max;
    const disabled = (!!min && date < min) || (!!max && date > max);
    const dow = dayOfWeek(date);
    const selected = date === this.value;
    const part = [
      'day',
      outside && 'outside',
      date === today && 'today',
      selected && 'selected',
      n > 0 && 'has-news',
      marks && !n && 'empty',
      (dow === 0 || dow === 6) && 'weekend',
      disabled && 'disabled',
    ]
      .filter(Boolean)
      .join(' ');
    const inactive = disabled || (marks && !n && !outside);
    const name =
      n > 0 ? `${formatCount(n, lang, 'news', t)}, ${formatDayLabel(date, lang)}` : formatDayLabel(date, lang);
    const tabindex = date === focus ? 0 : -1;
    const current = date === today ? 'date' : nothing;
    const click = (e: MouseEvent) => this.#onDayClick(e, date, outside, inactive);
    const href = !outside && !inactive && n > 0 && this.dayHref ? this.dayHref.replace(/\{date\}/g, date) : undefined;
    return html`<td role="gridcell" aria-selected=${selected ? 'true' : nothing}>
      ${
        href
          ? html`<a
              part=${part}
              href=${href}
              data-date=${date}
              tabindex=${tabindex}
              aria-label=${name}
              aria-current=${current}
              @click=${click}
              >${+date.slice(8)}</a
            >`
          : html`<button
              part=${part}
              type="button"
              data-date=${date}
              tabindex=${tabindex}
              aria-label=${name}
              aria-current=${current}
              aria-disabled=${inactive ? 'true' : nothing}
              @click=${click}
            >
              ${+date.slice(8)}
            </button>`
      }
    </td>`;
  }

  #picker(lang: string, t: LetopisStrings): TemplateResult {
    const year = this.pickerYear;
    const shown = this.#month;
    const yearAllowed = (y: number) =>
      this.#monthAllowed(`${y}-01`) || this.#monthAllowed(`${y}-12`) || this.#monthAllowed(`${y}-06`);
    return html`<div
      part="picker"
      id="picker"
      class="picker"
      role="dialog"
      aria-labelledby="year"
      @keydown=${this.#onPickerKey}
    >
      <div class="years">
        <button
          class="nav"
          aria-label="${t.prevYear}: ${year - 1}"
          aria-disabled=${yearAllowed(year - 1) ? 'false' : 'true'}
          @click=${() => yearAllowed(year - 1) && this.#pickerTo(year - 1)}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <span id="year">${year}</span>
        <button
          class="nav"
          aria-label="${t.nextYear}: ${year + 1}"
          aria-disabled=${yearAllowed(year + 1) ? 'false' : 'true'}
          @click=${() => yearAllowed(year + 1) && this.#pickerTo(year + 1)}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <div class="months">
        ${Array.from({ length: 12 }, (_, i) => {
          const m = `${year}-${String(i + 1).padStart(2, '0')}`;
          const allowed = this.#monthAllowed(m);
          return html`<button
            data-month=${m}
            aria-pressed=${m === shown ? 'true' : 'false'}
            aria-disabled=${allowed ? 'false' : 'true'}
            tabindex=${m === this.pickerFocus ? 0 : -1}
            @click=${() => this.#pickMonth(m)}
          >
            ${formatMonthName(i + 1, lang, 'long')}
          </button>`;
        })}
      </div>
    </div>`;
  }

  protected override updated(): void {
    const want = this.#wantFocus;
    if (!want) return;
    this.#wantFocus = false;
    const root = this.renderRoot as ShadowRoot;
    const selector =
      want === 'heading'
        ? '#heading'
        : want === 'picker'
          ? '.months [tabindex="0"]'
          : want === 'day'
            ? `[data-date][tabindex="0"]`
            : want.startsWith('m:')
              ? `[data-month="${want.slice(2)}"]`
              : `[data-date="${want}"]`;
    root.querySelector<HTMLElement>(selector)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'letopis-calendar': LetopisCalendar;
  }
  interface HTMLElementEventMap {
    'letopis-month-change': CustomEvent<MonthChangeDetail>;
  }
}
