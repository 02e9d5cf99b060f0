/**
 * Strapi v4 (`data[].attributes.*`, media in `.data.attributes`) and v5 (flat,
 * `documentId`). Schemas differ per site: common field names are tried, and
 * `map` names the rest. Media URLs are relative: set `base-url`.
 */
import { addDays } from '../../core/days.js';
import { startOfDayInZone } from '../../core/zone.js';
import { childUrl, count, setDefault, type Preset } from '../preset.js';

type Rec = Record<string, unknown>;

/** v4 wraps fields in `attributes` and relations in `{ data: { attributes } }`; v5 does not. */
function flat(value: unknown): Rec | undefined {
  let v = value as Rec | undefined;
  if (v && 'data' in v) v = v.data as Rec | undefined;
  if (Array.isArray(v)) v = v[0] as Rec | undefined;
  if (v && typeof v === 'object' && v.attributes && typeof v.attributes === 'object')
    v = { ...v, ...(v.attributes as Rec) };
  return v ?? undefined;
}

const pick = (r: Rec, names: string[]): unknown => {
  const f = flat(r);
  for (const n of names) if (f?.[n] != null && f[n] !== '') return f[n];
  return undefined;
};

/** Rich-text blocks (v5) → paragraphs of plain text. */
function blocksToText(blocks: unknown[]): string {
  const text = (node: unknown): string => {
    const n = node as Rec;
    return typeof n?.text === 'string' ? n.text : Array.isArray(n?.children) ? n.children.map(text).join('') : '';
  };
  return blocks.map(text).filter(Boolean).join('\n\n');
}

const utc = (date: string, timeZone: string): string => new Date(startOfDayInZone(date, timeZone)).toISOString();

const strapi: Preset = {
  items: ['data'],
  records: (body) => {
    const data = (body as Rec | null)?.data;
    const list: Rec[] | undefined = Array.isArray(data) ? data : data && typeof data === 'object' ? [data] : undefined;
    // v4 keeps fields under `attributes`: lifted beside them, so a map reads `title` in v4 as in v5.
    return list?.map((r) =>
      r?.attributes && typeof r.attributes === 'object' ? { ...(r.attributes as Rec), ...r } : r,
    );
  },
  map: {},
  read: {
    id: (r) => r.documentId ?? r.id,
    title: (r) => pick(r, ['title', 'Title', 'name', 'headline']),
    date: (r) => pick(r, ['publishedAt', 'published_at', 'date', 'createdAt']),
    lead: (r) => pick(r, ['description', 'excerpt', 'summary', 'lead']),
    body: (r) => {
      const b = pick(r, ['content', 'body', 'text', 'Content']);
      return Array.isArray(b) ? { text: blocksToText(b) } : b;
    },
    url: (r) => pick(r, ['url', 'link']),
    image: (r) => {
      const m = flat(pick(r, ['cover', 'image', 'picture', 'thumbnail', 'media']));
      return m?.url ? { src: m.url, alt: m.alternativeText ?? '' } : undefined;
    },
    views: (r) => pick(r, ['views', 'viewCount']),
    section: (r) => {
      const c = flat(pick(r, ['category', 'section', 'rubric']));
      return c?.name ?? c?.title ?? c;
    },
  },
  paging: { page: 'pagination[page]', size: 'pagination[pageSize]', max: 100 },
  prepare: (url) => {
    setDefault(url, 'sort', 'publishedAt:desc');
    if (![...url.searchParams.keys()].some((k) => k.startsWith('populate'))) url.searchParams.set('populate', '*');
  },
  // `id` and `documentId` always come; `publishedAt` is the field the range filters on. No relations populated.
  fields: (url) => {
    for (const key of [...url.searchParams.keys()]) if (key.startsWith('populate')) url.searchParams.delete(key);
    url.searchParams.set('fields[0]', 'publishedAt');
  },
  range: (url, from, to, timeZone) => {
    url.searchParams.set('filters[publishedAt][$gte]', utc(from, timeZone));
    url.searchParams.set('filters[publishedAt][$lt]', utc(addDays(to, 1), timeZone));
  },
  ascending: (url) => url.searchParams.set('sort', 'publishedAt:asc'),
  totals: (body) => {
    const p = ((body as Rec | null)?.meta as Rec | undefined)?.pagination as Rec | undefined;
    return { total: count(p?.total), pages: count(p?.pageCount) };
  },
  article: (endpoint, id) => childUrl(endpoint, id),
};

export default strapi;
