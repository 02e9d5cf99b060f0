/**
 * NewsSource: one news endpoint, read for every widget on the page. This
 * class holds the settings and the events; the engine that fetches, pages,
 * caches and normalises (core.ts) loads with the first query, so a page that
 * includes letopis without using a source never downloads it.
 */
import { DEFAULT_TIME_ZONE } from '../core/zone.js';
import type { Core } from './core.js';
import type { PresetName } from './presets/index.js';
import type { Bounds, DayCounts, DaysQuery, FieldMap, ListQuery, ListResult, NewsItem, QueryOptions } from './types.js';

export interface NewsSourceOptions {
  /** URL or URL template of the list endpoint. */
  endpoint?: string;
  /** `wordpress`, `jsonfeed`, `drupal`, `strapi`, `ghost`, `bitrix`, `rss`, `atom`. */
  preset?: PresetName | string;
  /** Field paths (object or JSON), overriding the preset field by field. */
  map?: FieldMap | string;
  /** The site's zone: every day is placed by it. Default `Europe/Moscow`. */
  timeZone?: string;
  /** URL template of one article, with `{id}`, for lists that carry only leads. */
  articleEndpoint?: string;
  /** URL template answering `{"2017-10-26": 3, …}` for a range, month or year. */
  daysEndpoint?: string;
  /** Items per list page. Default 20. */
  pageSize?: number;
  /** Pattern for dates the endpoint writes its own way: `DD.MM.YYYY HH:mm`. */
  dateFormat?: string;
  headers?: HeadersInit;
  credentials?: RequestCredentials;
  /** What relative links and media URLs resolve against. Default: the endpoint. */
  baseUrl?: string;
  /** Seconds a response stays fresh. Default 300. */
  cacheTtl?: number;
  /** Keep responses in sessionStorage across page loads. */
  persist?: boolean;
  /** Per-request timeout, ms. Default 10 000. */
  timeout?: number;
  /** Retries for network errors, 5xx and 429. Default 3. */
  retries?: number;
  /** First retry delay, ms, doubled each time. Default 500. */
  retryDelay?: number;
  /** The feed is newest first, so paging can stop past a range. Default true. */
  sorted?: boolean;
  /** The data itself (a parsed body, or JSON text): no network at all. */
  data?: unknown;
  /** A custom fetch. */
  fetch?: typeof fetch;
}

/** Detail of `letopis-load`. */
export interface LoadDetail {
  url: string;
  /** Items read from this response. */
  count: number;
  /** Records skipped as unreadable. */
  skipped: number;
}

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
  #core?: Promise<Core>;

  constructor(options: NewsSourceOptions = {}) {
    super();
    this.options = { ...options };
    this.timeZone = options.timeZone || DEFAULT_TIME_ZONE;
    this.pageSize = Math.max(1, Math.floor(options.pageSize || 20));
  }

  /** Days with news in `from..to` (inclusive, site zone) and how many each. */
  async days(query: DaysQuery, options?: QueryOptions): Promise<DayCounts> {
    return (await this.#engine()).days(query, options);
  }

  /** A page of news, newest first: one day (`date`), a range (`from`, `to`), or the whole feed. */
  async list(query?: ListQuery, options?: QueryOptions): Promise<ListResult> {
    return (await this.#engine()).list(query, options);
  }

  /** One article: from the cache when it holds the body, else from `article-endpoint` or the preset's article URL. */
  async article(id: string, options?: QueryOptions): Promise<NewsItem> {
    return (await this.#engine()).article(id, options);
  }

  /** The days of the oldest and newest news, when the endpoint lets them be known. */
  async bounds(options?: QueryOptions): Promise<Bounds> {
    return (await this.#engine()).bounds(options);
  }

  /** Drops every cached response and tells widgets to ask again. */
  refresh(): void {
    this.#core?.then((core) => core.refresh());
    this.dispatchEvent(new CustomEvent('letopis-change', { detail: {} }));
  }

  #engine(): Promise<Core> {
    return (this.#core ??= import('./core.js').then(({ Core }) => new Core(this)));
  }
}
