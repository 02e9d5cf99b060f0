/**
 * NewsSource: one news endpoint, read for every widget on the page. This
 * class holds the settings and the events; the engine that fetches, pages,
 * caches and normalises (engine.ts) is a chunk of its own, loaded, with the
 * preset's, as the source is made, so a page that includes letopis without
 * a source never downloads it, and a page with one has it by its first query.
 */
import { DEFAULT_TIME_ZONE } from '../core/zone.js';
import type { Engine } from './engine.js';
import { loadPreset } from './presets/load.js';
import type {
  Bounds,
  DayCounts,
  DaysQuery,
  ListQuery,
  ListResult,
  NewsItem,
  NewsSourceOptions,
  QueryOptions,
} from './types.js';

export type { NewsSourceOptions, LoadDetail } from './types.js';

/**
 * One news endpoint for every widget on the page.
 *
 * @fires letopis-load - a response arrived and was read; `detail: { url, count, skipped }`
 * @fires letopis-error - a query failed; `detail: { error }` (a `LetopisError`)
 * @fires letopis-change - cached data changed (revalidated or refreshed): widgets query again
 */
export class NewsSource extends EventTarget {
  readonly options: Readonly<NewsSourceOptions>;
  /** The site's zone (an unknown one is reported by the first query, not thrown here). */
  readonly timeZone: string;
  readonly pageSize: number;
  #engine?: Promise<Engine>;

  constructor(options: NewsSourceOptions = {}) {
    super();
    this.options = { ...options };
    this.timeZone = options.timeZone || DEFAULT_TIME_ZONE;
    this.pageSize = Math.max(1, Math.floor(options.pageSize || 20));
    // A source is made to be read: its code starts loading now, so the first query does not wait for it.
    this.#start().catch(() => {});
  }

  /** Days with news in `from..to` (inclusive, site zone) and how many each. */
  async days(query: DaysQuery, options?: QueryOptions): Promise<DayCounts> {
    return (await this.#start()).days(query, options);
  }

  /** A page of news, newest first: one day (`date`), a range (`from`, `to`), or the whole feed. */
  async list(query?: ListQuery, options?: QueryOptions): Promise<ListResult> {
    return (await this.#start()).list(query, options);
  }

  /** One article: from the cache when it holds the body, else from `article-endpoint` or the preset's article URL. */
  async article(id: string, options?: QueryOptions): Promise<NewsItem> {
    return (await this.#start()).article(id, options);
  }

  /** The days of the oldest and newest news, when the endpoint lets them be known. */
  async bounds(options?: QueryOptions): Promise<Bounds> {
    return (await this.#start()).bounds(options);
  }

  /** Drops every cached response and tells widgets to ask again. */
  refresh(): void {
    this.#engine?.then((engine) => engine.refresh());
    this.dispatchEvent(new CustomEvent('letopis-change', { detail: {} }));
  }

  /**
   * The engine, and the preset's chunk beside it (the engine's setup asks for
   * the same module, then in flight or loaded): fetched together, not one
   * after the other. A preset that cannot be loaded is the first query's
   * error, not this call's.
   */
  #start(): Promise<Engine> {
    if (!this.#engine) {
      if (this.options.preset) loadPreset(this.options.preset).catch(() => {});
      this.#engine = import('./engine.js').then(
        ({ Engine }) => new Engine(this.options, this.timeZone, this.pageSize, this),
      );
    }
    return this.#engine;
  }
}
