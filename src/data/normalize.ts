/**
 * Endpoint records → NewsItem. Dates are placed by the source's zone, text
 * fields become plain text, HTML bodies stay HTML (sanitised at render), and
 * a record that cannot be read is skipped and counted, never fatal.
 */
import { dateInZone, isoInZone, parseInstant } from '../core/zone.js';
import { firstPath } from './path.js';
import { firstWords, htmlToText, looksLikeHtml } from './text.js';
import type { Field, FieldMap, NewsItem, TextType } from './types.js';

/** A preset's own way to read a field that a dotted path cannot express. */
export type Reader = (record: Record<string, unknown>, context: NormalizeContext) => unknown;
export type Readers = Partial<Record<Field, Reader>>;

export interface NormalizeContext {
  timeZone: string;
  /** A custom pattern for dates (`DD.MM.YYYY HH:mm`). */
  dateFormat?: string;
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

/** The instant of an item in epoch ms. */
export const instantOf = (item: NewsItem): number => instants.get(item) ?? Date.parse(item.date);

/** Newest first by instant; equal instants keep their order. */
export const byNewest = (a: NewsItem, b: NewsItem): number => instantOf(b) - instantOf(a);

function read(record: Record<string, unknown>, field: Field, ctx: NormalizeContext): unknown {
  const reader = ctx.read?.[field];
  if (reader && !ctx.mapped?.has(field)) return reader(record, ctx);
  return firstPath(record, ctx.map[field]);
}

/** A string from a string, a number, or WordPress's `{ rendered }`. */
function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value && typeof value === 'object' && 'rendered' in value) return asString(value.rendered);
  return undefined;
}

function asText(value: unknown, type: TextType = 'auto'): string | undefined {
  const s = asString(value);
  if (s === undefined) return undefined;
  const text =
    type === 'html' || (type === 'auto' && looksLikeHtml(s)) ? htmlToText(s) : s.replace(/[ \t\n\r\f]+/g, ' ').trim();
  return text || undefined;
}

/** An absolute http(s) URL (or a `data:image/` one for images); anything else is dropped. */
export function safeUrl(value: unknown, base?: string, image = false): string | undefined {
  const s = asString(value)?.trim();
  if (!s) return undefined;
  if (image && /^data:image\/(?:png|gif|jpe?g|webp|avif);/i.test(s)) return s;
  try {
    const url = new URL(s, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function readImage(record: Record<string, unknown>, ctx: NormalizeContext): NewsItem['image'] {
  const v = read(record, 'image', ctx);
  const o = v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  const src = safeUrl(o ? (o.src ?? o.url ?? o.source_url ?? o.SRC ?? o.href) : v, ctx.base, true);
  if (!src) return undefined;
  const alt = read(record, 'imageAlt', ctx) ?? o?.alt ?? o?.ALT ?? o?.alt_text ?? o?.alternativeText ?? o?.title;
  return { src, alt: asText(alt, 'text') ?? '' };
}

function readSection(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return asText(o.name ?? o.title ?? o.label ?? o.term, 'auto');
  }
  return asText(v, 'auto');
}

/** One record → one item, or a reason why not. */
function normalizeOne(record: unknown, ctx: NormalizeContext): [NewsItem, number] | string {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return 'not an object';
  const r = record as Record<string, unknown>;
  const rawDate = read(r, 'date', ctx);
  if (rawDate == null || rawDate === '') return `no date at ${JSON.stringify(ctx.map.date ?? 'date')}`;
  let ms: number;
  try {
    ms = parseInstant(rawDate as string, ctx.timeZone, ctx.dateFormat);
  } catch {
    return `unreadable date ${JSON.stringify(rawDate)}${ctx.dateFormat ? '' : ' (set date-format)'}`;
  }

  const rawBody = read(r, 'body', ctx);
  let body: NewsItem['body'];
  if (rawBody && typeof rawBody === 'object' && ('html' in rawBody || 'text' in rawBody)) {
    body = rawBody as NewsItem['body'];
  } else {
    const s = asString(rawBody);
    if (s && s.trim()) {
      const type = ctx.map.bodyType ?? 'auto';
      body = type === 'html' || (type === 'auto' && looksLikeHtml(s)) ? { html: s } : { text: s };
    }
  }
  const lead = asText(read(r, 'lead', ctx), ctx.map.leadType);
  let title = asText(read(r, 'title', ctx), ctx.map.titleType);
  if (!title) {
    const source = body ? ('html' in body ? htmlToText(body.html) : body.text) : lead;
    if (!source) return 'no title, lead or body';
    title = firstWords(source);
  }

  const url = safeUrl(read(r, 'url', ctx), ctx.base);
  const rawId = asString(read(r, 'id', ctx));
  const item: NewsItem = {
    id: rawId ?? url ?? `${ms}:${title}`,
    title,
    date: isoInZone(ms, ctx.timeZone),
    siteDate: dateInZone(ms, ctx.timeZone),
  };
  if (lead) item.lead = lead;
  if (body) item.body = body;
  if (url) item.url = url;
  const image = readImage(r, ctx);
  if (image) item.image = image;
  const rawViews = read(r, 'views', ctx);
  const views = Number(rawViews);
  if (rawViews != null && rawViews !== '' && Number.isFinite(views) && views >= 0) item.views = Math.floor(views);
  const section = readSection(read(r, 'section', ctx));
  if (section) item.section = section;
  return [item, ms];
}

/** Normalises records, newest first, skipping (and counting) the broken ones. */
export function normalizeItems(records: readonly unknown[], ctx: NormalizeContext): Normalized {
  const out: NewsItem[] = [];
  const seen = new Set<string>();
  const reasons = new Map<string, number>();
  for (const record of records) {
    const result = normalizeOne(record, ctx);
    if (typeof result === 'string') {
      reasons.set(result, (reasons.get(result) ?? 0) + 1);
      continue;
    }
    const [item, ms] = result;
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    instants.set(item, ms);
    out.push(item);
  }
  out.sort(byNewest);
  let skipped = 0;
  for (const n of reasons.values()) skipped += n;
  return { items: out, skipped, reasons: [...reasons].map(([why, n]) => `${n} × ${why}`) };
}
