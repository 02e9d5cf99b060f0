/**
 * A calendar's data, for calendars that have a source (loaded by the
 * calendar itself, so a plain date picker never carries it): the news
 * bounds (for min/max and the opening month), then the counts of the
 * visible days — asked only once the month is known, so a calendar that
 * opens on the newest news month asks once.
 */
import { Task, TaskStatus, initialState } from '@lit/task';
import type { TemplateResult } from 'lit';
import type { ISODate } from '../../core/types.js';
import type { NewsSource } from '../../data/news-source.js';
import type { Bounds, DayCounts } from '../../data/types.js';
import { SourceController, type SourceHost } from '../shared/find-source.js';
import { adopt } from '../shared/adopt.js';
import { failureMessage, retryButton, statusStyles } from '../shared/status-line.js';

/** The days a calendar shows, and whether it may ask for them before the news bounds are known. */
export interface CalendarRange {
  from: ISODate;
  to: ISODate;
  section?: string;
  /** The month was given (`month` or `value`): no need to wait for the newest news month. */
  given: boolean;
}

export class CalendarData {
  readonly #source: SourceController;
  readonly #range: () => CalendarRange | undefined;
  readonly #bounds: Task<[NewsSource | undefined, number], Bounds>;
  readonly #days: Task<
    [NewsSource | undefined, number, ISODate | undefined, ISODate | undefined, string | undefined],
    DayCounts
  >;

  /** `range` is the days to mark; undefined when nothing is to be asked (`counts` given). */
  constructor(host: SourceHost, range: () => CalendarRange | undefined) {
    this.#range = range;
    adopt(host.shadowRoot, statusStyles);
    this.#source = new SourceController(host);
    this.#bounds = new Task(host, {
      task: ([source], { signal }) => (source ? source.bounds({ signal }) : initialState),
      args: () => [this.#source.value, this.#source.generation],
    });
    this.#days = new Task(host, {
      task: ([source, , from, to, section], { signal }) =>
        source && from && to ? source.days({ from, to, section }, { signal }) : initialState,
      args: () => {
        const range = this.#range();
        const r = this.#waitingForBounds(range) ? undefined : range;
        return [this.#source.value, this.#source.generation, r?.from, r?.to, r?.section];
      },
    });
  }

  /** True while the opening month (of `r`, the days to mark) depends on the news bounds still on their way. */
  #waitingForBounds(r: CalendarRange | undefined): boolean {
    const boundsKnown = this.#bounds.status === TaskStatus.COMPLETE || this.#bounds.status === TaskStatus.ERROR;
    return !!r && !r.given && !!this.#source.value && !boundsKnown;
  }

  /** Days with news of the last range answered. */
  get counts(): DayCounts | undefined {
    return this.#days.value;
  }

  /** The first and last news days, when known. */
  get bounds(): Bounds | undefined {
    return this.#bounds.value;
  }

  /** The source's zone, for "today". */
  get zone(): string | undefined {
    return this.#source.value?.timeZone;
  }

  /** The source, for the month moves that look ahead (`skip-empty-months`). */
  get source(): NewsSource | undefined {
    return this.#source.value;
  }

  /** Marks are to be asked for (no `counts` given), and a source is expected or a query runs: `aria-busy`. */
  get busy(): boolean {
    const range = this.#range();
    if (!range) return false;
    return this.#source.waiting || this.#days.status === TaskStatus.PENDING || this.#waitingForBounds(range);
  }

  /** The marks to be asked for could not be loaded. */
  get failed(): boolean {
    return !!this.#range() && this.#days.status === TaskStatus.ERROR;
  }

  /** What went wrong, for the calendar's status line. */
  message(lang: string, strings?: object): TemplateResult {
    return failureMessage(this.#days, lang, strings);
  }

  /** The "Повторить" button. */
  retry(lang: string, strings?: object): TemplateResult {
    return retryButton(this.#days, lang, strings);
  }
}
