/**
 * A list page straight from an endpoint that pages (and filters) itself.
 * When the page is larger than the endpoint allows, its pages are joined.
 */
import { INLINE } from './inline.js';
import { inRange, sameSection } from './items.js';
import type { Endpoint, Page, RequestVars } from './plan.js';
import { expandTemplate } from './template.js';
import type { ListResult, NewsItem } from './types.js';

/** The URL of a request: the template filled, then the preset's parameters where the template is silent. */
export function url(e: Endpoint, q: RequestVars, ascending = false): string {
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
  return u.href;
}

/** The URL of the page after `page` of the request `q`, or null at the end. */
export const next = (e: Endpoint, p: Page, q: RequestVars, page: number, size: number): string | null =>
  typeof p.next === 'string' ? p.next : p.next ? url(e, { ...q, page: page + 1, pageSize: size }) : null;

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
  for (let n = first; to && items.length <= (page - first + 1) * size && n < first + 500; n++) {
    const res = await e.get(to, signal);
    if (!e.check(res, n)) {
      to = null;
      break;
    }
    const p = await e.read(res, n, step);
    items.push(...p.items.filter(keep));
    total = server || !q.section ? p.total : undefined;
    to = next(e, p, query, n, step);
    if (!joined) break;
  }
  const start = joined ? (page - 1) * size : 0;
  return { items: items.slice(start, start + size), total, hasMore: items.length > start + size || !!to };
}
