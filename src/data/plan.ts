/**
 * A fetching plan and what it sees of its endpoint. A plan (plan-range.ts for
 * endpoints that filter by date, plan-feed.ts for endpoints that only page)
 * is chosen by the source's settings (setup.ts) and loaded with them, like a
 * preset.
 */
import type { ISODate } from '../core/types.js';
import type { HttpResult } from './http.js';
import type { Normalized, NormalizeContext } from './normalize.js';
import type { Preset } from './preset.js';
import type { TemplateVars } from './template.js';
import type { ListResult, NewsItem } from './types.js';

/** How the endpoint narrows a request to dates: a range, one day, a month, a year, or not at all. */
export type Unit = 'range' | 'date' | 'month' | 'year' | undefined;

/** What the settings say about the endpoint, read once per source (setup.ts). */
export interface Setup {
  preset?: Preset;
  /** The integrator named the preset: its URL parameters apply. */
  explicit: boolean;
  /** Placeholders in the endpoint template. */
  vars: Set<string>;
  unit: Unit;
  paging?: 'template' | 'preset';
  ctx: NormalizeContext;
}

/** One answer, read. */
export interface Page extends Normalized {
  /** How many records the answer held, readable or not. */
  raw: number;
  /** The next page: its URL when the answer names it, true when it exists by number. */
  next: string | boolean;
  total?: number;
}

/** The values of one request: the template's placeholders and the section. */
export type RequestVars = TemplateVars & { section?: string };

/** The endpoint as a plan sees it: requests, answers read into items, and the settings. */
export interface Endpoint {
  setup: Setup;
  /** The endpoint template; undefined with inline data. */
  template?: string;
  pageSize: number;
  timeZone: string;
  /** Every item read so far, by id. */
  byId: Map<string, NewsItem>;
  /** Without a preset, the first answer tells the shape. */
  detect(res: HttpResult): Promise<void>;
  /** False for feeds a plan must not trust to be newest first. */
  sorted: boolean;
  get(url: string, signal?: AbortSignal): Promise<HttpResult>;
  peek(url: string): HttpResult | undefined;
  /** An answer read into items; `page`/`size` let it tell whether a next page exists. */
  read(res: HttpResult, page?: number, size?: number): Promise<Page>;
  /** Throws the HTTP error of a failed answer; false for the answer past the last page. */
  check(res: HttpResult, page: number): boolean;
  /** True when the endpoint filters by this section itself. */
  serverSection(section?: string): boolean;
  /** The largest page the endpoint allows, for walks through every page. */
  walkSize: number;
  /** Items of several pages, each id once, newest first (one memo per source). */
  merge(pages: NewsItem[][]): NewsItem[];
}

/** A fetching plan: how this endpoint answers the source's questions. */
export interface Plan {
  /** Every item of the inclusive site days `from..to`, newest first. */
  range(from: ISODate, to: ISODate, section: string | undefined, signal?: AbortSignal): Promise<NewsItem[]>;
  /** The newest `count` items. */
  newest(count: number, section: string | undefined, signal?: AbortSignal): Promise<NewsItem[]>;
  /** A list page, newest first. */
  list(
    q: { from?: ISODate; to?: ISODate; section?: string },
    page: number,
    size: number,
    signal?: AbortSignal,
  ): Promise<ListResult>;
  /** The oldest news day, when it can be known. */
  first(): Promise<ISODate | undefined>;
  /** Looks further for an item the cache does not hold (feeds page on). */
  find(id: string, signal?: AbortSignal): Promise<void>;
  /** True when every item is known (a feed read to its end, inline data). */
  knowsAll(): boolean;
  /** Forgets what it has read (a refresh). */
  reset(): void;
}
