/**
 * Windowing for long lists, loaded when a list passes 200 rows: only the rows
 * near the viewport are in the DOM, in reading order, between two spacers that
 * keep the page as tall as the whole list. Rows stay in normal flow (no
 * absolute positioning), so the site's CSS, text zoom and the browser's
 * scroll anchoring work as on any list; each row keeps `aria-posinset` and
 * `aria-setsize`, so a screen reader still hears where it is.
 *
 * Heights are measured after each render and remembered per item; rows not yet
 * seen count as the average of those that were.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export { repeat } from 'lit/directives/repeat.js';

/** Pixels rendered above and below the viewport, so Tab and fast scrolls find rows ready. */
const OVERSCAN = 600;
/** A focused row this close to the window stays rendered, so focus is not lost to a scroll. */
const KEEP_FOCUSED = 50;

export interface WindowRange {
  /** First and one-past-last rendered index. */
  start: number;
  end: number;
  /** Heights of the spacers before and after the rendered rows, in px. */
  before: number;
  after: number;
}

export class RowWindow implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #heights = new Map<string, number>();
  #items: readonly { id: string }[] = [];
  #count = 0;
  #offsets = new Float64Array(1);
  #dirty = true;
  #estimate = 64;
  #measuredSum = 0;
  #width = -1;
  #range: WindowRange = { start: 0, end: 0, before: 0, after: 0 };
  #frame = 0;
  readonly #onScroll = () => {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      if (!this.#same(this.#compute())) this.#host.requestUpdate();
    });
  };
  readonly #resize = new ResizeObserver(([entry]) => {
    const width = Math.round(entry.contentRect.width);
    if (width === this.#width) return;
    // New width, new line breaks: every remembered height is stale.
    if (this.#width >= 0) this.#forget();
    this.#width = width;
    this.#host.requestUpdate();
  });

  constructor(host: ReactiveElement) {
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    // Scroll events do not bubble, but a capturing listener on the document hears every scroller's.
    document.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    addEventListener('resize', this.#onScroll, { passive: true });
    this.#resize.observe(this.#host);
  }

  /** Stops listening: the list is gone, or no longer long. */
  hostDisconnected(): void {
    document.removeEventListener('scroll', this.#onScroll, { capture: true });
    removeEventListener('resize', this.#onScroll);
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Stops and detaches: the list is no longer long. */
  remove(): void {
    this.hostDisconnected();
    this.#host.removeController(this);
  }

  /** The rows to render of these items (the list's, in order; the array only ever grows or is replaced). */
  range(items: readonly { id: string }[]): WindowRange {
    if (items !== this.#items || items.length !== this.#count) {
      this.#items = items;
      this.#count = items.length;
      this.#dirty = true;
    }
    return (this.#range = this.#compute());
  }

  /**
   * After a render: sizes the two spacers (`.spacer`, first and last child of
   * the list; set through the CSSOM, which a strict CSP allows), reads the
   * rendered rows' heights (`[data-row]` marks the first element of each row),
   * and asks for another render when the window they imply differs.
   */
  measure(list: HTMLElement): void {
    const [before, end] = list.querySelectorAll<HTMLElement>(':scope > .spacer');
    const rows = list.querySelectorAll<HTMLElement>(':scope > [data-row]');
    if (!before || !end) return;
    before.style.height = `${this.#range.before}px`;
    end.style.height = `${this.#range.after}px`;
    if (!rows.length) return;
    let top = rows[0].getBoundingClientRect().top;
    rows.forEach((row, k) => {
      const next = (rows[k + 1] ?? end).getBoundingClientRect().top;
      const id = this.#items[Number(row.dataset.row)]?.id;
      const height = next - top;
      top = next;
      if (id === undefined || height <= 0) return;
      const old = this.#heights.get(id);
      if (old !== undefined && Math.abs(old - height) < 0.5) return;
      this.#measuredSum += height - (old ?? 0);
      this.#heights.set(id, height);
      this.#dirty = true;
    });
    if (this.#heights.size) this.#estimate = this.#measuredSum / this.#heights.size;
    if (!this.#same(this.#compute())) this.#host.requestUpdate();
  }

  #forget(): void {
    this.#heights.clear();
    this.#measuredSum = 0;
    this.#dirty = true;
  }

  #same(r: WindowRange): boolean {
    const o = this.#range;
    return (
      r.start === o.start && r.end === o.end && Math.abs(r.before - o.before) < 1 && Math.abs(r.after - o.after) < 1
    );
  }

  /** Top offset of every row (and the total height at the end), from measured heights and the estimate. */
  #layout(): Float64Array {
    if (!this.#dirty) return this.#offsets;
    const items = this.#items;
    const offsets = this.#offsets.length === items.length + 1 ? this.#offsets : new Float64Array(items.length + 1);
    for (let i = 0, y = 0; i < items.length; i++)
      offsets[i + 1] = y += this.#heights.get(items[i].id) ?? this.#estimate;
    this.#dirty = false;
    return (this.#offsets = offsets);
  }

  #compute(): WindowRange {
    const offsets = this.#layout();
    const count = this.#items.length;
    // Where the list's first row is relative to the viewport: the first spacer's top.
    const first = this.#host.renderRoot.querySelector('[part~="list"] > .spacer');
    const top = first ? first.getBoundingClientRect().top : 0;
    const from = -top - OVERSCAN;
    const to = -top + innerHeight + OVERSCAN;
    let start = Math.max(0, search(offsets, from) - 1);
    let end = Math.min(count, search(offsets, to));
    if (end <= start) end = Math.min(count, start + 1);
    // Keep the focused row (and the rows between it and the window) while it is near.
    const focused = this.#host.renderRoot instanceof ShadowRoot ? this.#host.renderRoot.activeElement : null;
    const row = Number(focused?.closest('li')?.getAttribute('aria-posinset') ?? NaN) - 1;
    if (row < start && row >= start - KEEP_FOCUSED) start = row;
    if (row >= end && row < end + KEEP_FOCUSED) end = row + 1;
    return { start, end, before: offsets[start], after: offsets[count] - offsets[end] };
  }
}

/** The first index whose offset is at or past `y` (offsets are ascending). */
function search(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsets[mid] < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
