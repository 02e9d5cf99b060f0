/**
 * What a fetching plan sees of its source. A plan (plan-range.ts for
 * endpoints that filter by date, plan-feed.ts for endpoints that only page)
 * is chosen by the source's configuration and loaded with it, like a preset.
 */
import type { ISODate } from '../core/date.js';
import type { HttpResult } from './http.js';
import { byNewest, type Normalized, type NormalizeContext } from './normalize.js';
import type { Preset } from './preset.js';
import type { TemplateVars } from './template.js';
import type { ListResult, NewsItem } from './types.js';

/** How the endpoint narrows a request to dates: a range, one day, a month, a year, or not at all. */
export type Unit = 'range' | 'date' | 'month' | 'year' | undefined;

export interface Setup {
  preset?: Preset;
  /** The integrator named the preset: its URL parameters apply. */
  explicit: boolean;
  /** Placeholders in the endpoint template. */
  vars: Set<string>;
  unit: Unit;
  paging?: 'template' | 'preset';
  ctx: NormalizeContext;
  plan: Plan;
}

/** One response, read. */
export interface Page extends Normalized {
  raw: number;
  /** The next page: its URL when the answer names it, true when it exists by number. */
  next: string | boolean;
  total?: number;
}

export type Query = TemplateVars & { section?: string };

export interface Engine {
  setup: Setup;
  /** The endpoint template; undefined with inline data. */
  endpoint?: string;
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
  /** A response read into items; `page`/`size` let it tell whether a next page exists. */
  read(res: HttpResult, page?: number, size?: number): Promise<Page>;
  /** Throws the HTTP error of a failed response; false for the answer past the last page. */
  check(res: HttpResult, page: number): boolean;
  /** True when the endpoint filters by this section itself. */
  serverSection(section?: string): boolean;
  /** The largest page the endpoint allows, for walks through every page. */
  walkSize: number;
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
  complete(): boolean;
  reset(): void;
}

/** Items of several lists, each id once, newest first; the array may be shared, so callers never change it. */
export function uniqueNewest(lists: NewsItem[][]): NewsItem[] {
  // One page is already unique and newest first (normalizeItems); the same pages merge once.
  if (lists.length === 1) return lists[0];
  if (merged && merged[0].length === lists.length && merged[0].every((list, i) => list === lists[i])) return merged[1];
  const byId = new Map<string, NewsItem>();
  for (const list of lists) for (const item of list) if (!byId.has(item.id)) byId.set(item.id, item);
  const all = [...byId.values()].sort(byNewest);
  merged = [lists, all];
  return all;
}

/** The last merge: a calendar switching between cached months asks for the same pages again and again. */
let merged: [NewsItem[][], NewsItem[]] | undefined;

/** Section names compare without case and without the entities some CMSs leave in them. */
const plain = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .toLocaleLowerCase();
export const sameSection = (item: NewsItem, section?: string): boolean =>
  !section || (!!item.section && plain(item.section) === plain(section));
export const inRange = (item: NewsItem, from: ISODate, to: ISODate): boolean =>
  item.siteDate >= from && item.siteDate <= to;

/** The items of a newest-first list dated `from`–`to`, found by binary search, of `section` when given. */
export function within(all: NewsItem[], from: ISODate, to: ISODate, section?: string): NewsItem[] {
  const first = (after: (date: ISODate) => boolean) => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (after(all[mid].siteDate)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out = all.slice(
    first((d) => d > to),
    first((d) => d >= from),
  );
  return section ? out.filter((i) => sameSection(i, section)) : out;
}

export const slice = (all: NewsItem[], page: number, size: number): ListResult => ({
  items: all.slice((page - 1) * size, page * size),
  total: all.length,
  hasMore: all.length > page * size,
});
