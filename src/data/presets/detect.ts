/**
 * Shape detection for an endpoint without a preset: find the list of items,
 * recognise the known shapes, else guess each field from common names. When
 * nothing fits, the error lists every path that was tried.
 */
import type { HttpResult } from '../http.js';
import { fail } from '../messages.js';
import { getPath } from '../path.js';
import type { Setup } from '../plan.js';
import type { FieldMap } from '../types.js';
import { loadPreset, type PresetName } from './load.js';

const ITEM_PATHS = [
  '',
  'items',
  'data',
  'posts',
  'news',
  'result.news',
  'result.items',
  'result',
  'results',
  'entries',
  'articles',
  'records',
  'rows',
  'list',
  'data.items',
  'data.news',
  'response.items',
];

const CANDIDATES: Record<string, string[]> = {
  id: ['id', 'ID', 'guid', 'uuid', 'documentId', 'slug', 'url', 'link'],
  title: ['title', 'NAME', 'name', 'headline', 'header', 'caption', 'subject'],
  date: [
    'date',
    'published',
    'publishedAt',
    'published_at',
    'date_published',
    'pubDate',
    'pub_date',
    'created',
    'created_at',
    'createdAt',
    'ACTIVE_FROM',
    'DATE_ACTIVE_FROM',
    'DATE_CREATE',
    'datetime',
    'time',
    'timestamp',
    'updated',
  ],
  lead: [
    'lead',
    'summary',
    'excerpt',
    'description',
    'announce',
    'anons',
    'teaser',
    'intro',
    'PREVIEW_TEXT',
    'subtitle',
  ],
  body: ['body', 'content', 'content_html', 'content_text', 'text', 'html', 'fulltext', 'DETAIL_TEXT', 'detail'],
  url: ['url', 'link', 'href', 'permalink', 'DETAIL_PAGE_URL', 'canonical_url'],
  image: [
    'image',
    'image_url',
    'imageUrl',
    'img',
    'picture',
    'photo',
    'thumbnail',
    'cover',
    'feature_image',
    'PREVIEW_PICTURE',
    'preview_image',
  ],
  views: ['views', 'view_count', 'viewCount', 'views_count', 'hits', 'counter', 'SHOW_COUNTER'],
  section: ['section', 'category', 'rubric', 'section_name', 'SECTION_NAME', 'categories', 'tags'],
};

export interface Detected {
  /** A known shape: use that preset's reading of fields. */
  preset?: PresetName;
  /** Where the items are. */
  items: string;
  /** The guessed fields, for a shape no preset knows. */
  map?: FieldMap;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Recognises the shape of a JSON body; throws `unknown-shape` naming what it tried. */
export function detect(body: unknown, url?: string): Detected {
  let items: string | undefined;
  let list: unknown[] | undefined;
  for (const path of ITEM_PATHS) {
    const v = getPath(body, path);
    if (Array.isArray(v) && (v.length === 0 || v.some(isObject))) {
      items = path;
      list = v;
      break;
    }
  }
  if (items === undefined || !list) throw fail('unknown-shape', { url, paths: ITEM_PATHS });
  const sample = list.filter(isObject).slice(0, 5);
  const has = (path: string) => sample.some((s) => getPath(s, path) != null);
  if (has('title.rendered') || (has('date_gmt') && has('link'))) return { preset: 'wordpress', items };
  if (items === 'items' && (has('content_html') || has('content_text') || has('date_published')))
    return { preset: 'jsonfeed', items };
  if (has('attributes.created') || has('attributes.drupal_internal__nid')) return { preset: 'drupal', items };
  if (has('attributes.publishedAt') || has('documentId')) return { preset: 'strapi', items };
  if (items === 'posts' && (has('published_at') || has('html'))) return { preset: 'ghost', items };
  if (has('ACTIVE_FROM') || (has('NAME') && has('ID'))) return { preset: 'bitrix', items };

  const map: FieldMap = { items };
  for (const [field, names] of Object.entries(CANDIDATES)) {
    const found = names.find(has);
    if (found) (map as Record<string, string>)[field] = found;
  }
  if (sample.length && !map.date)
    throw fail('unknown-shape', { url, value: items, paths: CANDIDATES.date }, 'no-date-field');
  return { items, map };
}

/**
 * Takes the shape of a source without a preset from its first answer: a
 * known shape brings that preset's reading of fields (not its URL
 * parameters: the template decides those), else the guessed fields. The
 * integrator's own `map` entries stay on top.
 */
export async function adopt(s: Setup, res: HttpResult): Promise<void> {
  // An XML body reaches here only because it looked like a feed.
  const found: Detected =
    typeof res.body === 'string'
      ? { preset: /<feed[\s>]/.test(res.body) ? 'atom' : 'rss', items: 'items' }
      : detect(res.body, res.url.includes(':') && !res.url.startsWith('inline:') ? res.url : undefined);
  const own = Object.fromEntries([...s.ctx.mapped!].map((k) => [k, s.ctx.map[k as keyof FieldMap]]));
  const preset = found.preset && (await loadPreset(found.preset));
  if (preset) {
    s.preset = { ...preset, items: [found.items, ...preset.items] };
    s.ctx.read = preset.read;
  }
  s.ctx.map = { ...(preset ? preset.map : found.map), ...own };
}
