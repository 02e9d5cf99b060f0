/**
 * Endpoint records → NewsItem, in two steps. This one, for every response:
 * the id, the instant placed in the site's zone, the section — all a calendar
 * needs. `full.ts` adds the rest (title, lead, body, links, image) when a list
 * or an article asks, so a calendar-only page never carries it.
 */
import { badDate } from '../core/errors.js';
import { dateInZone, isoInZone, readInstant, type DateInput } from '../core/zone.js';
import { firstPath } from './path.js';
import type { Field, FieldMap, NewsItem } from './types.js';

/** A preset's own way to read a field that a dotted path cannot express. */
export type Reader = (record: Record<string, unknown>, context: NormalizeContext) => unknown;
export type Readers = Partial<Record<Field, Reader>>;

export interface NormalizeContext {
  timeZone: string;
  /** Reads a date value; default: ISO 8601, `DD.MM.YYYY HH:MM[:SS]`, epoch (a `date-format` brings its own). */
  parse?: (value: DateInput, timeZone: string) => number;
  /** What relative links and images resolve against. */
  base?: string;
  map: FieldMap;
  /** Preset readers; a field named in the integrator's `map` skips its reader. */
  read?: Readers;
  /** Fields the integrator mapped explicitly. */
  mapped?: ReadonlySet<string>;
}

export interface Normalized {
  items: NewsItem[];
  /** Records that could not become items. */
  skipped: number;
  /** Why, one line per kind of problem. */
  reasons: string[];
}

const instants = new WeakMap<NewsItem, number>();
/** The record and context each item came from, for `full.ts`. */
export const origins = new WeakMap<NewsItem, [Record<string, unknown>, NormalizeContext]>();

/** The instant of an item in epoch ms. */
export const instantOf = (item: NewsItem): number => instants.get(item) ?? Date.parse(item.date);

/** Newest first by instant; equal instants keep their order. */
export const byNewest = (a: NewsItem, b: NewsItem): number => instantOf(b) - instantOf(a);

/** Reads a field: the integrator's path, else the preset's reader, else the preset's path. */
export function read(record: Record<string, unknown>, field: Field, ctx: NormalizeContext): unknown {
  const reader = ctx.read?.[field];
  return reader && !ctx.mapped?.has(field) ? reader(record, ctx) : firstPath(record, ctx.map[field]);
}

/** A string from a string, a number, or WordPress's `{ rendered }`. */
export function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value && typeof value === 'object' && 'rendered' in value) return asString(value.rendered);
}

/** The section's name: a string, the first of a list, or an object's name/title. */
export function sectionOf(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  const o = v as Record<string, unknown> | null;
  return asString(o && typeof o === 'object' ? (o.name ?? o.title ?? o.label ?? o.term) : v);
}

const readDate = (value: DateInput, timeZone: string): number => readInstant(value, timeZone) ?? badDate(value);

/** Normalises records, newest first, skipping (and counting) the broken ones. */
export function normalizeItems(records: readonly unknown[], ctx: NormalizeContext): Normalized {
  const out: NewsItem[] = [];
  const seen = new Set<string>();
  const reasons = new Map<string, number>();
  for (const record of records) {
    let why = 'not an object';
    if (record && typeof record === 'object' && !Array.isArray(record)) {
      const r = record as Record<string, unknown>;
      let ms = NaN;
      let raw: unknown;
      try {
        raw = read(r, 'date', ctx);
        if (raw != null && raw !== '') ms = (ctx.parse ?? readDate)(raw as DateInput, ctx.timeZone);
      } catch {
        // counted below as unreadable
      }
      const text = ['title', 'lead', 'body'].map((f) => read(r, f as Field, ctx)).find((v) => v != null && v !== '');
      why =
        raw == null || raw === ''
          ? `no date at ${JSON.stringify(ctx.map.date ?? 'date')}`
          : Number.isNaN(ms)
            ? `unreadable date ${JSON.stringify(raw)}${ctx.parse ? '' : ' (set date-format)'}`
            : text === undefined
              ? 'no title, lead or body'
              : '';
      if (!why) {
        const id = asString(read(r, 'id', ctx)) ?? asString(read(r, 'url', ctx)) ?? `${ms}:${asString(text)}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const item: NewsItem = {
          id,
          date: isoInZone(ms, ctx.timeZone),
          siteDate: dateInZone(ms, ctx.timeZone),
        } as NewsItem;
        const section = sectionOf(read(r, 'section', ctx));
        if (section) item.section = section;
        instants.set(item, ms);
        origins.set(item, [r, ctx]);
        out.push(item);
        continue;
      }
    }
    reasons.set(why, (reasons.get(why) ?? 0) + 1);
  }
  out.sort(byNewest);
  let skipped = 0;
  for (const n of reasons.values()) skipped += n;
  return { items: out, skipped, reasons: [...reasons].map(([why, n]) => `${n} × ${why}`) };
}
