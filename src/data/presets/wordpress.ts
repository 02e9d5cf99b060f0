/**
 * WordPress REST API, `/wp-json/wp/v2/posts`. `date` is site-local without an
 * offset, `date_gmt` is UTC; `after`/`before` are exclusive and site-local;
 * `per_page` ≤ 100; totals in `X-WP-Total(Pages)`; 400 past the last page.
 */
import { addDays } from '../../core/days.js';
import { childUrl, count, setDefault, type Preset } from '../preset.js';

type Rec = Record<string, unknown>;
const EMBED = 'wp:featuredmedia,wp:term';

const wordpress: Preset = {
  items: [''],
  map: {
    id: 'id',
    title: 'title.rendered',
    lead: 'excerpt.rendered',
    body: 'content.rendered',
    url: 'link',
    section: '_embedded["wp:term"][0][0].name',
    titleType: 'html',
    leadType: 'html',
    bodyType: 'html',
  },
  read: {
    date: (r) => {
      const gmt = r.date_gmt;
      return typeof gmt === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:]+$/.test(gmt) && !gmt.startsWith('0000')
        ? `${gmt}Z`
        : r.date;
    },
    // The featured media may be an error object ({ code: 'rest_forbidden' }) or missing.
    image: (r) => {
      const media = ((r._embedded as Rec | undefined)?.['wp:featuredmedia'] as Rec[] | undefined)?.[0];
      if (media && !media.code && media.source_url) return { src: media.source_url, alt: media.alt_text };
      return r.jetpack_featured_media_url;
    },
  },
  paging: { page: 'page', size: 'per_page', max: 100 },
  prepare: (url) => setDefault(url, '_embed', EMBED),
  // A day is counted from the id and the dates (`date_gmt`, else `date`, as `read.date` takes them); nothing embedded.
  fields: (url) => {
    url.searchParams.delete('_embed');
    url.searchParams.set('_fields', 'id,date,date_gmt');
  },
  range: (url, from, to) => {
    url.searchParams.set('after', `${addDays(from, -1)}T23:59:59`);
    url.searchParams.set('before', `${addDays(to, 1)}T00:00:00`);
  },
  ascending: (url) => url.searchParams.set('order', 'asc'),
  // `categories` takes term ids; a name or slug is filtered by letopis instead.
  section: (url, section) => /^\d+$/.test(section) && (url.searchParams.set('categories', section), true),
  totals: (_, headers) => ({ total: count(headers['x-wp-total']), pages: count(headers['x-wp-totalpages']) }),
  pastEnd: (status, body) => status === 400 && (body as Rec | null)?.code === 'rest_post_invalid_page_number',
  article: childUrl,
};

export default wordpress;
