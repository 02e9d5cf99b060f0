/**
 * Drupal JSON:API, `/jsonapi/node/article`. Items in `data`, fields in
 * `attributes`, images through `relationships` + `included` (add
 * `?include=field_image` to the endpoint), UTC dates, `page[limit]` ≤ 50.
 */
import { addDays } from '../../core/days.js';
import { startOfDayInZone } from '../../core/zone.js';
import { childUrl, count, setDefault, type Preset } from '../preset.js';

type Rec = Record<string, unknown>;

const midnight = (date: string, timeZone: string): number => Math.floor(startOfDayInZone(date, timeZone) / 1000);

function filter(url: URL, name: string, operator: string, value: number): void {
  url.searchParams.set(`filter[${name}][condition][path]`, 'created');
  url.searchParams.set(`filter[${name}][condition][operator]`, operator);
  url.searchParams.set(`filter[${name}][condition][value]`, String(value));
}

const drupal: Preset = {
  items: ['data'],
  records: (body) => {
    const b = body as Rec | null;
    const data = b?.data;
    const list = Array.isArray(data) ? data : data && typeof data === 'object' ? [data] : undefined;
    if (!list) return undefined;
    const files = new Map<string, Rec>();
    for (const inc of (b?.included as Rec[] | undefined) ?? []) files.set(`${inc.type}:${inc.id}`, inc);
    return list.map((item: Rec) => {
      const rels = (item.relationships ?? {}) as Rec;
      const rel = ((rels.field_image ?? rels.field_media_image ?? rels.image) as Rec | undefined)?.data as
        Rec | undefined;
      const get = (r: Rec | undefined) => r && files.get(`${r.type}:${r.id}`);
      let file = get(rel);
      let alt = (rel?.meta as Rec | undefined)?.alt;
      // A media entity (field_media_image → media → file, with include=field_media_image.field_media_image).
      if (typeof file?.type === 'string' && file.type.startsWith('media--')) {
        const own = (file.relationships ?? {}) as Rec;
        const inner = ((own.field_media_image ?? own.thumbnail) as Rec | undefined)?.data as Rec | undefined;
        alt = (inner?.meta as Rec | undefined)?.alt ?? alt;
        file = get(inner);
      }
      const uri = (file?.attributes as Rec | undefined)?.uri as Rec | undefined;
      const src = uri?.url ?? uri?.value;
      return src ? { ...item, letopisImage: { src, alt: alt ?? '' } } : item;
    });
  },
  map: {
    id: 'id',
    title: 'attributes.title',
    date: ['attributes.created', 'attributes.changed'],
    lead: 'attributes.body.summary',
    body: ['attributes.body.processed', 'attributes.body.value'],
    url: 'attributes.path.alias',
    image: 'letopisImage',
    section: 'attributes.field_section',
    titleType: 'text',
    leadType: 'auto',
    bodyType: 'html',
  },
  paging: { offset: 'page[offset]', size: 'page[limit]', max: 50 },
  // Newest first for collections; one resource (its UUID ends the path) takes no sort.
  prepare: (url) =>
    /[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(url.pathname) || setDefault(url, 'sort', '-created'),
  // Sparse fieldsets: the resource's `id` always comes; `created` is the date (map.date). The type is the path's
  // last two segments (`/jsonapi/node/article` → `node--article`); no included images.
  fields: (url) => {
    const [entity, bundle] = url.pathname.replace(/\/+$/, '').split('/').slice(-2);
    url.searchParams.delete('include');
    url.searchParams.set(`fields[${entity}--${bundle}]`, 'created');
  },
  range: (url, from, to, timeZone) => {
    filter(url, 'letopis-from', '>=', midnight(from, timeZone));
    filter(url, 'letopis-to', '<', midnight(addDays(to, 1), timeZone));
  },
  ascending: (url) => url.searchParams.set('sort', 'created'),
  next: (body) => {
    const next = ((body as Rec | null)?.links as Rec | undefined)?.next;
    return typeof next === 'string' ? next : ((next as Rec | undefined)?.href as string | undefined);
  },
  totals: (body) => ({ total: count(((body as Rec | null)?.meta as Rec | undefined)?.count) }),
  article: (endpoint, id) => childUrl(endpoint, id),
};

export default drupal;
