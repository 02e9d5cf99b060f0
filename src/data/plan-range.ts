/**
 * The plan for endpoints that filter by date: a `{from}`/`{to}` range, one
 * `{date}`, a `{month}` or `{year}` file, or a preset's range parameters
 * (WordPress `after`/`before`). A range is fetched with every page of it and
 * then answered from the cache; overlapping months share their files.
 * Dated files may come with an index (dated-index.ts): then no file is asked
 * for a period without news; without one, periods are probed together.
 */
import { addDays, endOfMonth, startOfMonth } from '../core/days.js';
import type { ISODate } from '../core/types.js';
import { siteToday } from '../core/zone.js';
import { readIndex } from './dated-index.js';
import type { HttpResult } from './http.js';
import { slice, within } from './items.js';
import { fail } from './messages.js';
import { follow, serverPage, url as urlOf } from './paging.js';
import type { Endpoint, Plan, RequestVars } from './plan.js';
import { periods } from './template.js';
import type { NewsItem } from './types.js';

/** URLs whose pages together hold every item of `from..to` (for `section`, '*' = all). */
interface Coverage {
  from: ISODate;
  to: ISODate;
  section: string;
  urls: string[];
}

export default function rangePlan(e: Endpoint): Plan {
  const s = e.setup;
  let coverage: Coverage[] = [];
  /**
   * Dated files (`{date}`, `{month}`, `{year}`), as a static site keeps them:
   * no file for a period (404, 410) is a period without news. Only when no
   * file at all is found is the endpoint wrong.
   */
  const files = s.unit === 'date' || s.unit === 'month' || s.unit === 'year';
  const gone = (res: HttpResult) => files && (res.status === 404 || res.status === 410);
  let found = false;
  let missing: HttpResult | undefined;
  const covered = (from: ISODate, to: ISODate, section?: string) => {
    const key = e.serverSection(section) ? section : '*';
    return coverage.find((c) => c.section === key && c.from <= from && c.to >= to && c.urls.every((u) => e.peek(u)));
  };

  async function range(
    from: ISODate,
    to: ISODate,
    section: string | undefined,
    signal?: AbortSignal,
  ): Promise<NewsItem[]> {
    const server = e.serverSection(section);
    // Dated files with an index: no request for a period it says has no news.
    const index = files ? await readIndex(e, signal) : undefined;
    // This plan is chosen only for a source with a unit (engine.ts).
    const requests = periods(s.unit!, from, to).filter(([, a, b]) => !index || index.has(a, b));
    const lists = await Promise.all(
      requests.map(async ([vars, a, b]) => {
        let urls = covered(a, b, section)?.urls;
        const items: NewsItem[][] = [];
        if (urls)
          for (const u of urls) {
            const res = await e.get(u, signal);
            if (!gone(res)) items.push((await e.read(res)).items);
          }
        else {
          // Every page of this request: the range is then complete in the cache.
          const q: RequestVars = { ...vars, section: server ? section : undefined };
          const size = e.walkSize;
          let url: string | null = urlOf(e, { ...q, pageSize: size });
          const seen = new Set<string>();
          urls = [];
          for (let page = 1; url; page++) {
            seen.add(url);
            const res = await e.get(url, signal);
            if (page === 1 && gone(res)) {
              missing ??= res;
              urls.push(url);
              break;
            }
            if (!e.check(res, page)) break;
            const p = await e.read(res, page, size);
            found = true;
            urls.push(url);
            items.push(p.items);
            url = follow(e, seen, url, p, q, page, size);
          }
          coverage.push({ from: a, to: b, section: server ? section! : '*', urls });
          if (coverage.length > 200) coverage.shift();
        }
        return items.flat();
      }),
    );
    // A section the server filtered by (a WordPress term id) is not also compared with the items' section names.
    return within(e.merge(lists), from, to, server ? undefined : section);
  }

  /** The period (of the unit) that holds `day`: its first and last day. */
  const periodOf = (day: ISODate): [ISODate, ISODate] =>
    s.unit === 'date'
      ? [day, day]
      : s.unit === 'year'
        ? [`${day.slice(0, 4)}-01-01`, `${day.slice(0, 4)}-12-31`]
        : [startOfMonth(day.slice(0, 7)), endOfMonth(day.slice(0, 7))];

  async function newest(count: number, section: string | undefined, signal?: AbortSignal): Promise<NewsItem[]> {
    // The list's own first page when it holds enough: one request for both.
    if (s.paging) return (await serverPage(e, { section }, 1, Math.max(count, e.pageSize), signal)).items;
    const out: NewsItem[] = [];
    const index = await readIndex(e, signal);
    if (index) {
      // The index names the months with news: the newest ones' files only.
      for (const month of [...index.months.keys()].sort().reverse()) {
        if (out.length >= count) break;
        out.push(...(await range(startOfMonth(month), endOfMonth(month), section, signal)));
      }
      return out;
    }
    // No index: walk back from today, periods probed together, 4, then 8, then 12 at a time (a file
    // that is missing is a period without news), until enough news or 24 periods in a row without.
    let to = siteToday(e.timeZone);
    for (let empty = 0, batch = 4; out.length < count && empty < 24; batch = Math.min(batch + 4, 12)) {
      const wave: [ISODate, ISODate][] = [];
      for (let i = 0; i < batch; i++) {
        const [a] = periodOf(to);
        wave.push([a, to]);
        to = addDays(a, -1);
      }
      for (const got of await Promise.all(wave.map(([a, b]) => range(a, b, section, signal)))) {
        if (out.length >= count || empty >= 24) break;
        out.push(...got);
        empty = got.length ? 0 : empty + 1;
      }
    }
    if (!out.length && !found && missing) throw fail('http', { url: missing.url, status: missing.status });
    return out;
  }

  return {
    range,
    newest,
    async list(q, page, size, signal) {
      if (!q.from)
        return s.paging
          ? serverPage(e, q, page, size, signal)
          : slice(await newest(page * size + 1, q.section, signal), page, size);
      // A long range on an endpoint that filters and pages: let the server page it.
      if (s.unit === 'range' && s.paging && addDays(q.from, 62) < q.to! && !covered(q.from, q.to!, q.section)) {
        return serverPage(e, q, page, size, signal);
      }
      return slice(await range(q.from, q.to!, q.section, signal), page, size);
    },
    async first() {
      if (files) {
        // The index's oldest day, else the first day of its oldest month (no day before it has news).
        const index = await readIndex(e);
        const oldest = index?.days ? [...index.days.keys()].sort()[0] : [...(index?.months.keys() ?? [])].sort()[0];
        return oldest && oldest.length === 7 ? startOfMonth(oldest) : oldest;
      }
      if (!(s.explicit && s.preset?.ascending && s.paging)) return undefined;
      const res = await e.get(urlOf(e, { page: 1, pageSize: 1 }, true));
      e.check(res, 1);
      return (await e.read(res)).items.at(-1)?.siteDate;
    },
    async find() {},
    knowsAll: () => false,
    reset() {
      coverage = [];
      found = false;
      missing = undefined;
    },
  };
}
