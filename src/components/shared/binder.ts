/**
 * The seam between widgets and the data layer. A widget asks `bindSource`
 * for its data binding; the binding itself (finding the source, running
 * queries) is provided by the source module, so a calendar used as a plain
 * date picker, or with `counts`, never loads any of it.
 */
import type { ReactiveElement } from '@lit/reactive-element';
import type { NewsSource } from '../../data/news-source.js';
import type { Bounds, DayCounts } from '../../data/types.js';

export type QueryStatus = 'idle' | 'pending' | 'complete' | 'error';

/** Async work bound to an element; see `Query` in source-binding.ts. */
export interface QueryLike<T> {
  readonly status: QueryStatus;
  readonly value?: T;
  readonly error?: unknown;
  /** Runs again (a retry button). */
  run(): void;
}

/** An element that reads from a source: `source` is a NewsSource, an element id, or empty. */
export interface SourceHost extends ReactiveElement {
  source?: NewsSource | string | null;
}

export interface Binding {
  /** The resolved source, once found. */
  readonly value?: NewsSource;
  /** A source is expected (an id, an ancestor) but not ready: show loading, never an error. */
  readonly waiting: boolean;
  /** Bumped whenever the source or its data changes: part of every query key. */
  readonly generation: number;
  /** Work that runs when `key` changes (undefined: nothing to run), with the resolved source. */
  query<T>(task: (source: NewsSource, signal: AbortSignal) => Promise<T>, key: () => string | undefined): QueryLike<T>;
}

/** What a calendar shows of its source: the marks, the news bounds, and the state of the query. */
export interface CalendarData {
  counts?: DayCounts;
  bounds?: Bounds;
  /** The source's zone, for "today". */
  zone?: string;
  /** The source itself, for the month moves that look ahead (`skip-empty-months`). */
  source?: NewsSource;
  /** A source is expected or a query runs: `aria-busy`. */
  busy: boolean;
  /** The error line and retry button, when the query failed. */
  status?: unknown;
}

/** The calendar's query: its visible days, and whether it may run before the news bounds are known. */
export interface CalendarQuery {
  from: string;
  to: string;
  section?: string;
  /** The month was given (`month` or `value`): no need to wait for the newest news month. */
  given: boolean;
}

export interface Binder {
  source(host: SourceHost): Binding;
  calendar(host: SourceHost, query: () => CalendarQuery | undefined): (lang: string) => CalendarData;
}

let binder: Binder | undefined;
const waiting = new Set<ReactiveElement>();

/** The binder, or undefined while no source module is on the page (the host is updated when one comes). */
export function binding(host: ReactiveElement): Binder | undefined {
  if (!binder) waiting.add(host);
  return binder;
}

/** The host's binding, or undefined while no source module is on the page. */
export const bindSource = (host: SourceHost): Binding | undefined => binding(host)?.source(host);

/** Called by the source module; hosts that asked before are updated. */
export function provideBinder(b: Binder): void {
  binder ??= b;
  for (const host of waiting) host.requestUpdate();
  waiting.clear();
}
