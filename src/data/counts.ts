/**
 * Day counts without the items: from a `days-endpoint` (`{"2017-10-26": 3}`,
 * `{"days": {…}}` or `[{"date": "2017-10-26", "count": 3}]`), for sites that
 * expose them; else from fields-only pages (ids and dates, the preset's
 * `fields`), kept as counts per day. Loaded only by sources that count so.
 */
import { addDays } from '../core/days.js';
import { readInstant, type DateInput } from '../core/instant.js';
import type { ISODate } from '../core/types.js';
import { dateInZone } from '../core/zone.js';
import { bodyOf, recordPaths } from './answer.js';
import type { HttpResult } from './http.js';
import { fail } from './messages.js';
import { asString, read } from './normalize.js';
import { MAX_PAGES, follow, url as urlOf } from './paging.js';
import { getPath } from './path.js';
import type { Endpoint, RequestVars, Setup } from './plan.js';
import { expandTemplate, periods, placeholders } from './template.js';
import type { DayCounts } from './types.js';

export async function countsFrom(
  template: string,
  from: ISODate,
  to: ISODate,
  section: string | undefined,
  get: (url: string) => Promise<HttpResult>,
): Promise<DayCounts> {
  const vars = placeholders(template);
  const unit = vars.has('month') ? 'month' : vars.has('year') ? 'year' : 'range';
  const requests = periods(unit, from, to).map(([v]) => v);
  const counts: DayCounts = new Map();
  for (const res of await Promise.all(
    requests.map((v) => get(new URL(expandTemplate(template, { ...v, section }), document.baseURI).href)),
  )) {
    const body = res.body as Record<string, unknown> | { date: string; count: number }[];
    const entries = Array.isArray(body)
      ? body.map((e) => [e.date, e.count] as const)
      : Object.entries((body.days as object) ?? body);
    for (const [date, n] of entries) if (date >= from && date <= to && +n! > 0) counts.set(date, +n!);
  }
  return counts;
}

// ---- fields-only pages ---------------------------------------------------

/**
 * The day counts a source has learned, per section ('*' for all): a count for
 * every day asked (0 for none), so a calendar switching back to a month asks
 * nothing, and a month costs counts, never records. Forgotten after `ttl` ms.
 */
export class DayStore {
  readonly #sections = new Map<string, Map<ISODate, { n: number; time: number }>>();
  constructor(readonly ttl: number) {}

  /** The count of a day, when known and fresh. */
  get(section: string, day: ISODate, now = Date.now()): number | undefined {
    const entry = this.#sections.get(section)?.get(day);
    return entry && now - entry.time <= this.ttl ? entry.n : undefined;
  }

  set(section: string, day: ISODate, n: number, time = Date.now()): void {
    let days = this.#sections.get(section);
    if (!days) this.#sections.set(section, (days = new Map()));
    days.set(day, { n, time });
  }
}

/** A yes or no that comes later: `value` once known, `settled` to wait for it. */
export interface Verdict {
  value?: boolean;
  settled: Promise<boolean>;
}

/** What counting by fields-only pages needs of the engine besides the endpoint. */
export interface FieldsCounting {
  store: DayStore;
  /** Drops an answer from the response cache: records with only ids and dates are never served as items. */
  forget(url: string): void;
  /** An answer was read (`letopis-load`). */
  loaded(url: string, count: number): void;
  /** Whether another answer made these pages needless (a plugin's route, wp-routes.ts). */
  answered?: Verdict;
}

/** The runs of consecutive days in `from..to` whose counts are not known: each is one request. */
function unknownRuns(known: (day: ISODate) => boolean, from: ISODate, to: ISODate): [ISODate, ISODate][] {
  const runs: [ISODate, ISODate][] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (known(day)) continue;
    const last = runs.at(-1);
    if (last && addDays(last[1], 1) === day) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/** The id and site day of every record of a fields-only answer (records without a readable date are left out). */
function datesOf(s: Setup, res: HttpResult): { dates: [string, ISODate][]; raw: number } {
  const body = bodyOf(s, res);
  let records = s.ctx.mapped?.has('items') ? undefined : s.preset?.records?.(body);
  for (const path of recordPaths(s)) {
    const value = getPath(body, path);
    if (!records && Array.isArray(value)) records = value;
  }
  if (!records) throw fail('unknown-shape', { url: res.url, paths: recordPaths(s) });
  const ctx = s.ctx;
  const dates: [string, ISODate][] = [];
  for (const record of records) {
    if (!record || typeof record !== 'object') continue;
    const r = record as Record<string, unknown>;
    const raw = read(r, 'date', ctx);
    let ms: number | null = null;
    try {
      if (raw != null && raw !== '')
        ms = ctx.parse ? ctx.parse(raw as DateInput, ctx.timeZone) : readInstant(raw as DateInput, ctx.timeZone);
    } catch {
      // an unreadable date: the list says so when it shows the day
    }
    if (ms === null || Number.isNaN(ms)) continue;
    // The record's id, else its instant: one record is counted once however the pages shift.
    dates.push([asString(read(r, 'id', ctx)) ?? String(ms), dateInZone(ms, ctx.timeZone)]);
  }
  return { dates, raw: records.length };
}

/**
 * Day counts from fields-only pages (the preset's `fields` hook: ids and
 * dates, nothing embedded), for the days of `from..to` not yet known. Each
 * run of unknown days is one range request: its first page says the total,
 * then its other pages are fetched together. Counts are exact: every record
 * is placed in the site's zone as a list places it.
 */
export async function countByFields(
  e: Endpoint,
  c: FieldsCounting,
  from: ISODate,
  to: ISODate,
  section: string | undefined,
  signal?: AbortSignal,
): Promise<DayCounts> {
  const key = section ?? '*';
  const known = (day: ISODate) => c.store.get(key, day) !== undefined;
  await Promise.all(unknownRuns(known, from, to).map(([a, b]) => countRun(e, c, a, b, section, signal)));
  const counts: DayCounts = new Map();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const n = c.store.get(key, day) ?? 0;
    if (n > 0) counts.set(day, n);
  }
  return counts;
}

async function countRun(
  e: Endpoint,
  c: FieldsCounting,
  from: ISODate,
  to: ISODate,
  section: string | undefined,
  signal?: AbortSignal,
): Promise<void> {
  const s = e.setup;
  const q: RequestVars = { from, to, section };
  const size = e.walkSize;
  const pageUrl = (page: number) => urlOf(e, { ...q, page, pageSize: size }, false, 'days');
  /** Each record's day by id: pages that shift while they are read count a record once. */
  const days = new Map<string, ISODate>();
  /** Reads one page; its totals and where the next page is, or undefined past the last page. */
  const readPage = async (url: string, page: number) => {
    // Calendars asking the same days at once share each request (http.ts); the last to leave cancels it.
    const res = await e.get(url, signal);
    c.forget(url);
    if (!e.check(res, page)) return undefined;
    const { dates, raw } = datesOf(s, res);
    for (const [id, day] of dates) days.set(id, day);
    c.loaded(url, dates.length);
    const body = bodyOf(s, res);
    const totals = s.preset?.totals?.(body, res.headers);
    const link = s.preset?.next?.(body, res.headers, new URL(res.url, document.baseURI));
    const pages = totals?.pages ?? (totals?.total === undefined ? undefined : Math.ceil(totals.total / size));
    const next: string | boolean = link ? new URL(link, res.url).href : link !== null && raw >= size;
    return { pages, next, raw };
  };
  // Days counted elsewhere (a plugin's route) need no pages: none asked, or none after the first, nothing kept.
  if (c.answered?.value) return;
  const first = pageUrl(1);
  const p1 = await readPage(first, 1);
  if (c.answered && (await c.answered.settled)) return;
  if (p1?.pages !== undefined) {
    // The total is known: every other page at once.
    const rest: Promise<unknown>[] = [];
    for (let page = 2; page <= Math.min(p1.pages, MAX_PAGES); page++) rest.push(readPage(pageUrl(page), page));
    await Promise.all(rest);
  } else if (p1) {
    // No total: page on as the answers say, one after another.
    const seen = new Set([first]);
    let at = first;
    let p: typeof p1 | undefined = p1;
    for (let page = 1; p?.next; page++) {
      const page1 = { items: [], skipped: 0, reasons: [], raw: p.raw, next: p.next };
      const next = typeof p.next === 'string' ? follow(e, seen, at, page1, q, page, size) : pageUrl(page + 1);
      if (!next || seen.size >= MAX_PAGES) break;
      seen.add(next);
      at = next;
      p = await readPage(next, page + 1);
    }
  }
  const counts = new Map<ISODate, number>();
  for (const day of days.values()) if (day >= from && day <= to) counts.set(day, (counts.get(day) ?? 0) + 1);
  const time = Date.now();
  for (let day = from; day <= to; day = addDays(day, 1)) c.store.set(section ?? '*', day, counts.get(day) ?? 0, time);
}
