/**
 * Endpoint records → NewsItem, in two steps. This one, for every response:
 * the id, the instant placed in the site's zone, the section — all a calendar
 * needs. `full.ts` adds the rest (title, lead, body, links, image) when a list
 * or an article asks, so a calendar-only page never carries it.
 */
import { badDate } from '../core/errors.js';
import { readInstant, type DateInput } from '../core/instant.js';
import { isoInZone } from '../core/zone.js';
import type { SkipReason } from './messages.js';
import { firstPath } from './path.js';
import type { Field, FieldMap, NewsItem } from './types.js';

/** A preset's own way to read a field that a dotted path cannot express. */
export type Reader = (record: Record<string, unknown>, context: NormalizeContext) => unknown;
export type Readers = Partial<Record<Field, Reader>>;

export interface NormalizeContext {
  timeZone: string;
  /** Reads a date value; default: ISO 8601, `DD.MM.YYYY HH:MM[:SS]`, epoch (a `date-format` brings its own). */
  parse?: (value: DateInput, timeZone: string) => number;
  /** Whether a date value says a time of day; default: a string with `14:05` in it, or a number (a `date-format` brings its own). */
  timed?: (value: unknown) => boolean;
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
  /** Why, one entry per kind of problem (messages.ts words them). */
  reasons: SkipReason[];
}

/**
 * An item as `normalizeItems` makes it: to its readers a plain object (`id`,
 * `date`, `siteDate`, more added by `full.ts`), privately holding its instant
 * and the record it came from. Private fields, not side tables: a WeakMap
 * entry per item was the largest cost of reading a long feed.
 */
class Item {
  readonly #ms: number;
  readonly #record: Record<string, unknown>;
  readonly #ctx: NormalizeContext;
  #completed = false;
  declare id: string;
  declare date: string;
  declare siteDate: string;
  declare section?: string;

  constructor(id: string, ms: number, record: Record<string, unknown>, ctx: NormalizeContext) {
    this.id = id;
    this.date = isoInZone(ms, ctx.timeZone);
    // The date part of the site-zone time (`±YYYYYY` years included): the zone's offset is worked out once.
    this.siteDate = this.date.slice(0, this.date.indexOf('T'));
    this.#ms = ms;
    this.#record = record;
    this.#ctx = ctx;
  }

  static ms(item: object): number | undefined {
    return #ms in item ? (item as Item).#ms : undefined;
  }

  static claim(item: object): [Record<string, unknown>, NormalizeContext] | undefined {
    if (!(#ms in item) || (item as Item).#completed) return undefined;
    (item as Item).#completed = true;
    return [(item as Item).#record, (item as Item).#ctx];
  }
}

/**
 * The record and context an item came from, for `full.ts` to fill in:
 * once per item; undefined after that, and for items made elsewhere.
 */
export const claimOrigin = Item.claim;

/** The instant of an item in epoch ms. */
const instantOf = (item: NewsItem): number => Item.ms(item) ?? Date.parse(item.date);

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

/** An item needs one of these. */
const TEXT_FIELDS: readonly Field[] = ['title', 'lead', 'body'];

const readDate = (value: DateInput, timeZone: string): number => readInstant(value, timeZone) ?? badDate(value);

/** Why a record is no item; undefined when it is one. */
function skipKind(raw: unknown, ms: number, text: unknown): SkipReason['kind'] | undefined {
  if (raw == null || raw === '') return 'no-date';
  if (Number.isNaN(ms)) return 'bad-date';
  if (text === undefined) return 'no-text';
  return undefined;
}

/** Records normalised at most this many at a time between yields to the page (about 10 ms of work). */
export const SLICE = 2000;

/** Lets the page handle input and paint: `scheduler.yield()` where there is one, else a task. */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};

/** Normalises records, newest first, skipping (and counting) the broken ones. */
export function normalizeItems(records: readonly unknown[], ctx: NormalizeContext): Normalized {
  const reader = normalizer(ctx);
  for (const record of records) reader.add(record);
  return reader.done();
}

/**
 * The same, a slice of SLICE records at a time with a yield to the page in
 * between: an answer of 50 000 records never holds the main thread for long.
 */
export async function normalizeInSlices(records: readonly unknown[], ctx: NormalizeContext): Promise<Normalized> {
  const reader = normalizer(ctx);
  for (let i = 0; i < records.length; i++) {
    if (i && i % SLICE === 0) await yieldToPage();
    reader.add(records[i]);
  }
  return reader.done();
}

/** Reads records one by one into items, counting the ones it skips. */
function normalizer(ctx: NormalizeContext): { add(record: unknown): void; done(): Normalized } {
  const out: NewsItem[] = [];
  const times: number[] = [];
  const seen = new Set<string>();
  const reasons = new Map<SkipReason['kind'], SkipReason>();
  const skip = (kind: SkipReason['kind'], example?: string) => {
    let reason = reasons.get(kind);
    if (!reason) {
      reason = { kind, count: 0, examples: [] };
      if (kind === 'no-date') reason.path = JSON.stringify(ctx.map.date ?? 'date');
      if (kind === 'bad-date' && !ctx.parse) reason.formatHint = true;
      reasons.set(kind, reason);
    }
    reason.count++;
    if (example && reason.examples.length < 3 && !reason.examples.includes(example)) reason.examples.push(example);
  };
  function add(record: unknown): void {
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      skip('not-object');
      return;
    }
    const r = record as Record<string, unknown>;
    let ms = NaN;
    let raw: unknown;
    try {
      raw = read(r, 'date', ctx);
      if (raw != null && raw !== '') ms = (ctx.parse ?? readDate)(raw as DateInput, ctx.timeZone);
    } catch {
      // counted below as unreadable
    }
    let text: unknown;
    for (const field of TEXT_FIELDS) {
      const value = read(r, field, ctx);
      if (value != null && value !== '') {
        text = value;
        break;
      }
    }
    const why = skipKind(raw, ms, text);
    if (why) {
      skip(why, why === 'bad-date' ? JSON.stringify(raw).slice(0, 60) : undefined);
      return;
    }
    const id = asString(read(r, 'id', ctx)) ?? asString(read(r, 'url', ctx)) ?? `${ms}:${asString(text)}`;
    if (seen.has(id)) return;
    seen.add(id);
    const item = new Item(id, ms, r, ctx);
    const section = sectionOf(read(r, 'section', ctx));
    if (section) item.section = section;
    out.push(item as unknown as NewsItem);
    times.push(ms);
  }
  function done(): Normalized {
    // Newest first, equal instants in their order (sorting positions by number, then picking the items).
    const order = Array.from(out.keys()).sort((a, b) => times[b] - times[a]);
    let skipped = 0;
    for (const { count } of reasons.values()) skipped += count;
    return { items: order.map((i) => out[i]), skipped, reasons: [...reasons.values()] };
  }
  return { add, done };
}
