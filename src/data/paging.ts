/**
 * A list page straight from an endpoint that pages (and filters) itself.
 * When the page is larger than the endpoint allows, its pages are joined.
 *
 * Every walk through pages goes through `follow`: a next link is followed
 * only on the endpoint's own origin, never to a page the walk has read, and
 * never past MAX_PAGES, so the data cannot send requests (with the
 * integrator's headers) elsewhere, nor spin the page in a loop.
 */
import { originOf } from './http.js';
import { INLINE } from './inline.js';
import { inRange, sameSection } from './items.js';
import type { Endpoint, Page, RequestVars } from './plan.js';
import { expandTemplate } from './template.js';
import type { ListResult, NewsItem } from './types.js';

/**
 * The URL of a request: the template filled, then the preset's parameters
 * where the template is silent; for a `purpose` (`days`), only the fields it
 * needs, when the preset can ask for them.
 */
export function url(e: Endpoint, q: RequestVars, ascending = false, purpose?: 'days'): string {
  if (e.template === undefined) return INLINE;
  const s = e.setup;
  const page = Number(q.page ?? 1);
  const size = Number(q.pageSize ?? e.pageSize);
  const u = new URL(
    expandTemplate(e.template, { ...q, page, pageSize: size, offset: (page - 1) * size }),
    document.baseURI,
  );
  const p = s.explicit ? s.preset : undefined;
  const set = (name: string | undefined, value: number) => name && u.searchParams.set(name, String(value));
  p?.prepare?.(u);
  if (q.from && s.unit === 'range' && !s.vars.has('from') && !s.vars.has('to'))
    p?.range?.(u, String(q.from), String(q.to), e.timeZone);
  if (s.paging === 'preset' && p?.paging) {
    set(p.paging.size, size);
    set(p.paging.page ?? p.paging.offset, p.paging.page ? page : (page - 1) * size);
  }
  if (q.section && !s.vars.has('section')) p?.section?.(u, q.section);
  if (ascending) p?.ascending?.(u);
  if (purpose) p?.fields?.(u, purpose);
  return u.href;
}

/** The URL of the page after `page` of the request `q`, or null at the end. */
const next = (e: Endpoint, p: Page, q: RequestVars, page: number, size: number): string | null =>
  typeof p.next === 'string' ? p.next : p.next ? url(e, { ...q, page: page + 1, pageSize: size }) : null;

/** Pages one walk reads at most: a feed whose next links never end stops here. */
export const MAX_PAGES = 500;

/** What each endpoint has said in the console, so a walk asked again does not say it again. */
const said = new WeakMap<Endpoint, Set<string>>();

function warnOnce(e: Endpoint, message: string): void {
  const heard = said.get(e) ?? new Set<string>();
  said.set(e, heard);
  if (!heard.has(message)) console.warn(message);
  heard.add(message);
}

/**
 * The page to read after `from` (whose answer is `p`), or null: at the end,
 * and where the next link leads to another origin than the endpoint's, back
 * to a page of this walk (`seen`, `from` included), or past MAX_PAGES — each
 * of those said once in the console.
 */
export function follow(
  e: Endpoint,
  seen: ReadonlySet<string>,
  from: string,
  p: Page,
  q: RequestVars,
  page: number,
  size: number,
): string | null {
  const to = next(e, p, q, page, size);
  if (!to) return null;
  const endpoint = url(e, {});
  if (originOf(to) !== originOf(endpoint)) {
    warnOnce(
      e,
      `letopis: not following the next page ${to} named by ${from}: it is on another origin than the endpoint ${endpoint}, and letopis follows next links only on the endpoint's own origin`,
    );
    return null;
  }
  if (seen.has(to)) {
    warnOnce(
      e,
      `letopis: the next page of ${from} is ${to}, already read: paging stops there (the endpoint's next links go round in a loop)`,
    );
    return null;
  }
  if (seen.size >= MAX_PAGES) {
    warnOnce(
      e,
      `letopis: stopped after ${MAX_PAGES} pages of ${endpoint}: older news is not read (next links that never end, or pages that are too small)`,
    );
    return null;
  }
  return to;
}

export async function serverPage(
  e: Endpoint,
  q: RequestVars,
  page: number,
  size: number,
  signal?: AbortSignal,
): Promise<ListResult> {
  const server = e.serverSection(q.section);
  const max = e.setup.paging === 'preset' ? e.walkSize : size;
  const query: RequestVars = { ...q, section: server ? q.section : undefined };
  const keep = (i: NewsItem) =>
    (server || sameSection(i, q.section)) && (!q.from || inRange(i, String(q.from), String(q.to)));
  const joined = size > max;
  const step = joined ? max : size;
  const first = joined ? 1 : page;
  const items: NewsItem[] = [];
  let total: number | undefined;
  let to: string | null = url(e, { ...query, page: first, pageSize: step });
  const seen = new Set<string>();
  for (let n = first; to && items.length <= (page - first + 1) * size; n++) {
    const res = await e.get(to, signal);
    seen.add(to);
    if (!e.check(res, n)) {
      to = null;
      break;
    }
    const p = await e.read(res, n, step);
    items.push(...p.items.filter(keep));
    total = server || !q.section ? p.total : undefined;
    to = follow(e, seen, to, p, query, n, step);
    if (!joined) break;
  }
  const start = joined ? (page - 1) * size : 0;
  return { items: items.slice(start, start + size), total, hasMore: items.length > start + size || !!to };
}
