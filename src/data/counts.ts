/**
 * Day counts from a `days-endpoint` (`{"2017-10-26": 3}`, `{"days": {…}}` or
 * `[{"date": "2017-10-26", "count": 3}]`), for sites that expose them.
 * Loaded only by sources that set one.
 */
import type { ISODate } from '../core/types.js';
import type { HttpResult } from './http.js';
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
