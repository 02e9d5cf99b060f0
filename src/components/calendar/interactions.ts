/**
 * The calendar's reader interactions beyond a plain pick: moving through
 * months (prev/next, skipping empty months, outside days), the APG grid
 * keyboard, and the month/year picker (which moves only when a month is
 * picked, never on a mere move through the months: WCAG 3.2.2). Loaded on
 * the reader's first pointer or focus contact with a calendar.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { clampDate } from '../../core/date.js';
import { addDays, addMonthsToMonth, daysInMonth, endOfMonth, startOfWeek, two } from '../../core/days.js';
import { formatMonthName, monthYear } from '../../core/labels.js';
import { wordsFor } from '../../core/strings.js';
import type { ISODate, ISOMonth } from '../../core/types.js';
import { adopt } from '../shared/adopt.js';
import { byId, isPlainClick } from '../shared/composed.js';
import { allowed, isNavKey, type Action, type CalendarState } from './view.js';

/** True when the calendar is laid out right to left (arrows flip). */
const isRtl = (element: Element): boolean => getComputedStyle(element).direction === 'rtl';

/** The picker's words (the calendar's own table holds what renders before it loads). */
export const yearWords = {
  ru: { prevYear: 'Предыдущий год', nextYear: 'Следующий год' },
  en: { prevYear: 'Previous year', nextYear: 'Next year' },
};

/** Shows a month; a reader's move is announced and fires `letopis-month-change`. */
export function goto(c: CalendarState, month: ISOMonth): boolean {
  if (month === c.view.month || !allowed(c.view, month)) return false;
  c.el.month = month;
  c.view.month = month;
  c.announce(monthYear(month, c.view.lang));
  c.el.dispatchEvent(new CustomEvent('letopis-month-change', { detail: { month }, bubbles: true, composed: true }));
  return true;
}

/** Prev/next; with `skip-empty-months`, on to the nearest month with news, within min/max. */
async function step(c: CalendarState, direction: 1 | -1): Promise<void> {
  let month = addMonthsToMonth(c.view.month, direction);
  const counts = c.el.counts && c.view.counts;
  const source = c.source;
  for (
    let i = 0;
    c.el.skipEmptyMonths && i < 240 && allowed(c.view, month);
    i++, month = addMonthsToMonth(month, direction)
  ) {
    if (counts ? [...counts].some(([d, n]) => d.startsWith(month) && n > 0) : !source) break;
    if (!counts) {
      const range = { from: `${month}-01`, to: endOfMonth(month), section: c.el.section || undefined };
      // No answer: stop here, as a plain step would.
      if ((await source!.days(range).catch(() => ({ size: 1 }))).size) break;
    }
  }
  goto(c, month);
}

/** A key on the grid (its default was stopped when it was pressed). */
function onKey(c: CalendarState, target: HTMLElement, key: string, shift: boolean): void {
  // From the roving focus, not the key's target: keys pressed while this chunk was loading (or before a
  // render) all had the same day as target, and each must start where the one before it left the focus.
  const from = target.dataset.date && (c.focus || target.dataset.date);
  if (!from) return;
  // Space activates a day link as it does a button.
  if (key === ' ' && target.localName === 'a') return target.click();
  let to: ISODate;
  if (key.startsWith('Page')) {
    // PageUp/PageDown keep the day number through short months: 31 → 29 → 31.
    c.dayMemory ||= Number(from.slice(8));
    const month = addMonthsToMonth(from.slice(0, 7), (key === 'PageUp' ? -1 : 1) * (shift ? 12 : 1));
    to = `${month}-${two(Math.min(c.dayMemory, daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5)))))}`;
  } else {
    // Left and right follow the reading direction (asked only for them: it costs a style lookup).
    const flip = key === 'ArrowLeft' || key === 'ArrowRight' ? (isRtl(c.el) ? -1 : 1) : 1;
    const moves: Record<string, number> = { ArrowLeft: -flip, ArrowRight: flip, ArrowUp: -7, ArrowDown: 7 };
    if (key in moves) to = addDays(from, moves[key]);
    else if (key === 'Home') to = startOfWeek(from, c.view.first);
    else if (key === 'End') to = addDays(startOfWeek(from, c.view.first), 6);
    else return;
    c.dayMemory = 0;
  }
  c.focus = clampDate(to, c.view.min, c.view.max);
  goto(c, c.focus.slice(0, 7));
  c.want(`[data-date="${c.focus}"]`);
}

function onPickerKey(c: CalendarState, event: KeyboardEvent): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    c.el.picking = false;
    return c.want('#heading');
  }
  const [year, month] = c.pickerFocus.split('-').map(Number);
  let index = year * 12 + month - 1;
  const flip = isRtl(c.el) ? -1 : 1;
  const moves: Record<string, number> = {
    ArrowLeft: -flip,
    ArrowRight: flip,
    ArrowUp: -3,
    ArrowDown: 3,
    PageUp: -12,
    PageDown: 12,
  };
  if (event.key in moves) index += moves[event.key];
  else if (event.key === 'Home') index -= index % 12;
  else if (event.key === 'End') index += 11 - (index % 12);
  else return;
  event.preventDefault();
  focusMonth(c, index);
}

/** Puts the picker's roving focus on a month, counted from year 0 (`year × 12 + month - 1`). */
function focusMonth(c: CalendarState, index: number, move = true): void {
  c.pickerFocus = `${Math.floor(index / 12)}-${two((index % 12) + 1)}`;
  if (move) c.want(`[data-month="${c.pickerFocus}"]`);
  else c.el.requestUpdate();
}

/** The picker's own styles, loaded with it and adopted into the calendar's shadow root (no inline style: CSP). */
const pickerStyles = css`
  /* The one surface drawn over a widget (styles.ts has the other tokens). */
  :host {
    --_surface: var(--letopis-surface, Canvas);
  }
  .picker {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    background: var(--_surface);
  }
  .months {
    flex: 1;
    display: grid;
    grid-template-columns: repeat(3, 1fr);
    gap: 2px;
  }
  .months button {
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  @media (forced-colors: active) {
    [aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
/** The picker: a year and its twelve months, over the grid (same size, no layout shift). */
export function picker(c: CalendarState): TemplateResult | typeof nothing {
  if (!c.el.picking) return nothing;
  const lang = c.view.lang;
  const t = wordsFor(yearWords, lang, c.el.strings as Partial<typeof yearWords.en>);
  const shown = c.view.month;
  const year = Number(c.pickerFocus.slice(0, 4));
  const yearButton = (to: number, label: string, arrow: string) => {
    const ok = allowed(c.view, `${to}-01`) || allowed(c.view, `${to}-12`);
    return html`<button
      class="nav"
      aria-label="${label}: ${to}"
      aria-disabled=${!ok}
      @click=${() => ok && focusMonth(c, to * 12 + Number(c.pickerFocus.slice(5)) - 1, false)}
    >
      <span aria-hidden="true">${arrow}</span>
    </button>`;
  };
  return html`<div
    part="picker"
    id="picker"
    class="picker"
    role="dialog"
    aria-labelledby="year"
    @keydown=${(e: KeyboardEvent) => onPickerKey(c, e)}
  >
    <div class="head">
      ${yearButton(year - 1, t.prevYear, '‹')}<span id="year">${year}</span>${yearButton(year + 1, t.nextYear, '›')}
    </div>
    <div class="months">
      ${Array.from({ length: 12 }, (_, i) => {
        const month = `${year}-${two(i + 1)}`;
        const ok = allowed(c.view, month);
        // Named with its year, so a move to another year (PageUp/PageDown) is heard.
        return html`<button
          data-month=${month}
          aria-label=${monthYear(month, lang, false)}
          aria-pressed=${month === shown}
          aria-disabled=${!ok}
          tabindex=${month === c.pickerFocus ? 0 : -1}
          @click=${() => {
            if (!ok) return;
            c.el.picking = false;
            goto(c, month);
            c.focus = undefined;
            c.want('[data-date][tabindex="0"]');
          }}
        >
          ${formatMonthName(i + 1, lang)}
        </button>`;
      })}
    </div>
  </div>`;
}

/** Picks a day of the shown month, as a reader does; true when its day link must not be followed. */
function pick(c: CalendarState, day: HTMLElement, held: boolean): boolean {
  const date = day.dataset.date!;
  c.el.value = c.focus = date;
  const go = c.el.dispatchEvent(new Event('change', { bubbles: true, composed: true, cancelable: true }));
  const id = c.el.controls;
  const list = id && byId(c.el, id);
  if (list) (list as HTMLElement & { date?: string }).date = date;
  // A controlled list or a cancelled change takes over from the day link.
  if (!go || list) return true;
  // A click held while this module loaded: follow its link now.
  if (held && day instanceof HTMLAnchorElement) location.assign(day.href);
  return false;
}

/** A click on a control or a day. */
function onClick(c: CalendarState, { event, target, held }: Action): boolean {
  // A click that Enter or Space made on the day with focus (the keys before it may have moved on since).
  const keyboard = c.lastKey?.target === target && (c.lastKey.key === 'Enter' || c.lastKey.key === ' ');
  c.lastKey = undefined;
  const control = target.closest<HTMLElement>('[part~="prev"],[part~="next"],[part~="heading"],[data-date]');
  const part = control?.getAttribute('part') ?? '';
  if (part === 'prev' || part === 'next') void step(c, part === 'prev' ? -1 : 1);
  else if (part === 'heading') {
    adopt(c.el.shadowRoot, pickerStyles);
    c.el.picking = !c.el.picking;
    c.pickerFocus = c.view.month;
    c.want(c.el.picking ? `[data-month="${c.pickerFocus}"]` : '#heading');
  } else if (control?.dataset.date) {
    // Enter or Space picks the day the keys before it moved to, even when they were held.
    const day = keyboard
      ? (c.el.shadowRoot?.querySelector<HTMLElement>(`[data-date="${c.focus}"]`) ?? control)
      : control;
    const date = day.dataset.date!;
    if (!date.startsWith(c.view.month)) {
      // An outside day shows its month.
      c.focus = date;
      if (goto(c, c.focus.slice(0, 7))) c.want(`[data-date="${c.focus}"]`);
    } else if (day.getAttribute('aria-disabled') === 'true') return true;
    else if (isPlainClick(event as MouseEvent)) return pick(c, day, !!held);
  }
  return false;
}

/**
 * Handles what the calendar passed on: a click on a control or a day, a key
 * on the grid, focus coming in. True when the browser's own response to the
 * event (scrolling, following a link) must not happen.
 */
export function handle(c: CalendarState, action: Action): boolean {
  const { event, target } = action;
  const { type, key, shiftKey: shift } = event as KeyboardEvent;
  if (type === 'keydown') {
    c.lastKey = { key, target };
    if (!isNavKey(key, target)) return false;
    onKey(c, target, key, shift);
    return true;
  }
  if (type === 'focusin') {
    // The roving tabindex follows focus, however it got there.
    const date = target.dataset?.date;
    if (date && date !== c.focus && date.startsWith(c.view.month)) {
      c.focus = date;
      c.dayMemory = 0;
      c.el.requestUpdate();
    }
    return false;
  }
  return type === 'click' && onClick(c, action);
}
