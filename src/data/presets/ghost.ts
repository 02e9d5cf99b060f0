/**
 * Ghost Content API, `/ghost/api/content/posts/?key=…`. UTC dates, `page` and
 * `limit`, `meta.pagination`, NQL `filter` for the date range.
 */
import { addDays } from '../../core/days.js';
import { startOfDayInZone } from '../../core/zone.js';
import { childUrl, count, setDefault, type Preset } from '../preset.js';

type Rec = Record<string, unknown>;

const utc = (date: string, timeZone: string): string => new Date(startOfDayInZone(date, timeZone)).toISOString();

const ghost: Preset = {
  items: ['posts'],
  map: {
    id: 'id',
    title: 'title',
    date: 'published_at',
    lead: ['custom_excerpt', 'excerpt'],
    body: 'html',
    url: 'url',
    image: 'feature_image',
    imageAlt: 'feature_image_alt',
    section: 'primary_tag.name',
    titleType: 'text',
    leadType: 'text',
    bodyType: 'html',
  },
  paging: { page: 'page', size: 'limit', max: 100 },
  prepare: (url) => {
    setDefault(url, 'include', 'tags');
    setDefault(url, 'order', 'published_at desc');
  },
  // The id and the date (map.date); no tags.
  fields: (url) => {
    url.searchParams.delete('include');
    url.searchParams.set('fields', 'id,published_at');
  },
  range: (url, from, to, timeZone) => {
    const own = url.searchParams.get('filter');
    const range = `published_at:>='${utc(from, timeZone)}'+published_at:<'${utc(addDays(to, 1), timeZone)}'`;
    url.searchParams.set('filter', own ? `${own}+${range}` : range);
  },
  ascending: (url) => url.searchParams.set('order', 'published_at asc'),
  totals: (body) => {
    const p = ((body as Rec | null)?.meta as Rec | undefined)?.pagination as Rec | undefined;
    return { total: count(p?.total), pages: count(p?.pages) };
  },
  article: (endpoint, id) => childUrl(endpoint, id, true),
};

export default ghost;
