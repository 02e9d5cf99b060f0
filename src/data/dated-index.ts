/**
 * The index of a static site's dated files, `{base}/index.json` beside the
 * `{month}` (`{date}`, `{year}`) files: which months have news and how many,
 * and optionally how many each day, so the newest month is known and a
 * calendar is marked with one request, and no file is asked for a period
 * without news:
 *
 *     { "months": { "2017-10": 42, "2017-11": 37 },
 *       "days": { "2017-10-02": 3, "2017-10-03": 1 } }
 *
 * Optional: without it (404), the plan probes periods (plan-range.ts). Only
 * for files in folders (`/static/{month}.json`), not for a date in the query.
 */
import type { ISODate } from '../core/types.js';
import type { HttpResult } from './http.js';
import type { Endpoint } from './plan.js';
import type { DayCounts } from './types.js';

export interface DatedIndex {
  /** News per month (`YYYY-MM`), months without news left out. */
  months: Map<string, number>;
  /** News per day, when the index tells them. */
  days?: Map<ISODate, number>;
  /** Whether the period `from..to` has news. */
  has(from: ISODate, to: ISODate): boolean;
  /** The counts of the days in `from..to` (with `days`). */
  counts(from: ISODate, to: ISODate): DayCounts;
}

/**
 * `/static/{month}.json` → `/static/index.json`: the folder of the first
 * placeholder. Undefined when the date is a query parameter
 * (`/news.php?month={month}`): a script answers, not files.
 */
export function indexUrl(template: string): string | undefined {
  const head = template.slice(0, template.search(/\{\w+\}/));
  if (/[?#]/.test(head)) return undefined;
  return new URL(`${head.slice(0, head.lastIndexOf('/') + 1)}index.json`, document.baseURI).href;
}

/** Counts keyed `YYYY-MM` (or `YYYY-MM-DD`): kept when whole and positive. */
function countsOf(value: unknown, key: RegExp): Map<string, number> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out = new Map<string, number>();
  for (const [k, n] of Object.entries(value)) if (key.test(k) && Number.isInteger(n) && n > 0) out.set(k, n);
  return out;
}

function makeIndex(months: Map<string, number>, days?: Map<ISODate, number>): DatedIndex {
  const sorted = [...months.keys()].sort();
  return {
    months,
    days,
    has(from, to) {
      if (days) {
        for (const day of days.keys()) if (day >= from && day <= to) return true;
        return false;
      }
      return sorted.some((m) => m >= from.slice(0, 7) && m <= to.slice(0, 7));
    },
    counts(from, to) {
      const counts: DayCounts = new Map();
      for (const [day, n] of days ?? []) if (day >= from && day <= to) counts.set(day, n);
      return counts;
    },
  };
}

/** Each answer read once (a revalidated index is read again). */
const read = new WeakMap<HttpResult, DatedIndex | undefined>();
const warned = new Set<string>();

function readOnce(res: HttpResult): DatedIndex | undefined {
  if (res.status !== 200) return undefined;
  const body = res.body as { months?: unknown; days?: unknown } | null;
  const months = countsOf(body?.months, /^\d{4}-\d{2}$/);
  if (!months) {
    if (!warned.has(res.url))
      console.warn(
        `letopis: ${res.url} is not an index of dated files: expected {"months": {"2017-10": 42, …}, "days": {"2017-10-02": 3, …}} (days optional); the files are probed instead`,
      );
    warned.add(res.url);
    return undefined;
  }
  return makeIndex(months, countsOf(body?.days, /^\d{4}-\d{2}-\d{2}$/));
}

/** The index of the endpoint's dated files, or undefined when there is none (or it cannot be read). */
export async function readIndex(e: Endpoint, signal?: AbortSignal): Promise<DatedIndex | undefined> {
  const url = e.template === undefined ? undefined : indexUrl(e.template);
  if (!url) return undefined;
  let res: HttpResult;
  try {
    res = await e.get(url, signal);
  } catch (error) {
    // Aborted: the caller's; any other failure: no index, the files are asked as without one.
    if ((error as Error)?.name === 'AbortError') throw error;
    return undefined;
  }
  if (!read.has(res)) read.set(res, readOnce(res));
  return read.get(res);
}
