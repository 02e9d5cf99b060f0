/**
 * Endpoint URL templates: `{from}`, `{to}`, `{date}`, `{month}`, `{year}`,
 * `{page}`, `{pageSize}`, `{offset}`, `{id}`, `{section}`.
 */
import { addDays, addMonthsToMonth, endOfMonth, startOfMonth } from '../core/days.js';
import { badOption } from '../core/errors.js';
import { MAX_ID_LENGTH, isArticleId } from '../core/links.js';
import type { ISODate } from '../core/types.js';

export type TemplateVars = Partial<
  Record<'from' | 'to' | 'date' | 'month' | 'year' | 'page' | 'pageSize' | 'offset' | 'id' | 'section', string | number>
>;

const PLACEHOLDER = /\{(from|to|date|month|year|page|pageSize|offset|id|section)\}/g;

/** Which placeholders a template uses. */
export function placeholders(template: string): Set<string> {
  return new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]));
}

/** Throws `bad-option` for an id that could change the path it is put into (`.`, `..`) or is no id at all. */
export function checkedId(id: string): string {
  if (!isArticleId(id)) badOption('id', id, `1–${MAX_ID_LENGTH} characters, not "." or ".."`);
  return id;
}

/**
 * Fills the placeholders, URL-encoding each value; a missing value becomes ''.
 * `{id}` takes only an id that cannot step out of its path segment (`checkedId`).
 */
export const expandTemplate = (template: string, vars: TemplateVars): string =>
  template.replace(PLACEHOLDER, (_, name: keyof TemplateVars) =>
    encodeURIComponent(name === 'id' && vars.id !== undefined ? checkedId(String(vars.id)) : (vars[name] ?? '')),
  );

/** The unit an endpoint is asked for: the whole range at once, or a day, a month or a year a request. */
export type PeriodUnit = 'range' | 'date' | 'month' | 'year';

/** The requests that cover `from..to` one `unit` at a time: each one's variables (`from`/`to` its own days too) and its first and last day. */
export function periods(unit: PeriodUnit, from: ISODate, to: ISODate): [TemplateVars, ISODate, ISODate][] {
  const out: [TemplateVars, ISODate, ISODate][] = [];
  const add = (vars: TemplateVars, a: ISODate, b: ISODate) => out.push([{ ...vars, from: a, to: b }, a, b]);
  if (unit === 'range') add({}, from, to);
  else if (unit === 'date') for (let d = from; d <= to; d = addDays(d, 1)) add({ date: d }, d, d);
  else if (unit === 'month')
    for (let m = from.slice(0, 7); m <= to; m = addMonthsToMonth(m, 1))
      add({ month: m, year: m.slice(0, 4) }, startOfMonth(m), endOfMonth(m));
  else for (let y = +from.slice(0, 4); y <= +to.slice(0, 4); y++) add({ year: y }, `${y}-01-01`, `${y}-12-31`);
  return out;
}
