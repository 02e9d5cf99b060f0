/**
 * The plan for endpoints that cannot filter by date (JSON Feed, RSS, a plain
 * list, inline data): page through the feed from the newest, as far back as
 * a question needs, and answer everything else from the pages read so far.
 * Feeds are assumed newest first (`sorted`); an unsorted one is read to its end.
 */
import type { ISODate } from '../core/types.js';
import { sameSection, slice, within } from './items.js';
import { follow, serverPage, url as urlOf } from './paging.js';
import type { Endpoint, Plan } from './plan.js';
import { abortable } from './http.js';
import type { NewsItem } from './types.js';

export default function feedPlan(e: Endpoint): Plan {
  /** The pages read, newest first: one walk, so no page is read twice (a loop) and at most MAX_PAGES. */
  let urls = new Set<string>();
  /** The next page: undefined before the first, null after the last. */
  let next: string | null | undefined;
  /** The step on its way, shared: widgets asking at once wait for one request and share its outcome, an error too. */
  let stepping: Promise<void> | undefined;
  const pages = new Map<string, NewsItem[]>();

  /** Fetches the next page, one step at a time for all callers. */
  function step(signal?: AbortSignal): Promise<void> {
    // Not tied to one caller's signal: the page read serves every caller and the cache.
    stepping ??= (async () => {
      if (next === null) return;
      const size = e.walkSize;
      const page = urls.size + 1;
      const url = next ?? urlOf(e, { pageSize: size });
      const res = await e.get(url);
      if (!e.check(res, page)) {
        next = null;
        return;
      }
      const p = await e.read(res, page, size);
      pages.set(url, p.items);
      urls.add(url);
      next = follow(e, urls, url, p, {}, page, size);
    })().finally(() => {
      stepping = undefined;
    });
    return abortable(stepping, signal);
  }

  /** Pages on until the feed reaches back before `from`, holds `count` items, or ends. */
  async function until(
    from: ISODate | undefined,
    count: number,
    section?: string,
    signal?: AbortSignal,
  ): Promise<NewsItem[]> {
    // Expired pages start the feed over; stale ones are read again (and revalidate).
    if ([...urls].some((u) => !e.peek(u))) {
      urls = new Set();
      next = undefined;
    }
    for (const u of urls) pages.set(u, (await e.read(await e.get(u, signal))).items);
    for (;;) {
      const merged = e.merge([...urls].map((u) => pages.get(u) ?? []));
      const all = section ? merged.filter((i) => sameSection(i, section)) : merged;
      const oldest = all.at(-1)?.siteDate;
      if (next === null || (urls.size && all.length >= count && (!from || (e.sorted && !!oldest && oldest < from))))
        return all;
      await step(signal);
    }
  }

  return {
    range: (from, to, section, signal) => until(from, 0, section, signal).then((all) => within(all, from, to)),
    newest: (count, section, signal) => until(undefined, count, section, signal),
    async list(q, page, size, signal) {
      if (!q.from && e.setup.paging && next !== null) return serverPage(e, q, page, size, signal);
      return slice(
        q.from
          ? await this.range(q.from, q.to!, q.section, signal)
          : await until(undefined, page * size + 1, q.section, signal),
        page,
        size,
      );
    },
    async first() {
      return next === null ? e.merge([...urls].map((u) => pages.get(u) ?? [])).at(-1)?.siteDate : undefined;
    },
    async find(id, signal) {
      for (let i = 0; next !== null && i < 50 && ![...urls].some((u) => pages.get(u)?.some((it) => it.id === id)); i++)
        await step(signal);
    },
    knowsAll: () => next === null,
    reset() {
      urls = new Set();
      next = undefined;
      pages.clear();
    },
  };
}
