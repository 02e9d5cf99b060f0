/** Operations on lists of items that the plans share. Lists are newest first and never changed in place. */
import type { ISODate } from '../core/types.js';
import { byNewest } from './normalize.js';
import type { ListResult, NewsItem } from './types.js';

/**
 * Merges pages into one newest-first list, each id once, remembering its
 * last merge: a calendar switching between cached months asks for the same
 * pages again and again. One per source, so sources never share a memo.
 */
export function newestMerger(): (pages: NewsItem[][]) => NewsItem[] {
  let last: { pages: NewsItem[][]; items: NewsItem[] } | undefined;
  return (pages) => {
    // One page is already unique and newest first (normalizeItems).
    if (pages.length === 1) return pages[0];
    if (last && last.pages.length === pages.length && last.pages.every((page, i) => page === pages[i]))
      return last.items;
    const byId = new Map<string, NewsItem>();
    for (const page of pages) for (const item of page) if (!byId.has(item.id)) byId.set(item.id, item);
    const items = [...byId.values()].sort(byNewest);
    last = { pages, items };
    return items;
  };
}

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
  /** The first index whose item is not `after` (the list is ordered, so `after` holds for a prefix). */
  const firstNot = (after: (date: ISODate) => boolean) => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (after(all[mid].siteDate)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out = all.slice(
    firstNot((d) => d > to),
    firstNot((d) => d >= from),
  );
  return section ? out.filter((i) => sameSection(i, section)) : out;
}

/** Page `page` (1-based) of `size` items. */
export const slice = (all: NewsItem[], page: number, size: number): ListResult => ({
  items: all.slice((page - 1) * size, page * size),
  total: all.length,
  hasMore: all.length > page * size,
});
