/**
 * WordPress REST API, `/wp-json/wp/v2/posts`. `date` is site-local without an
 * offset, `date_gmt` is UTC; `after`/`before` are exclusive and site-local;
 * `per_page` ≤ 100; totals in `X-WP-Total(Pages)`; 400 past the last page.
 */
import { addDays } from '../../core/days.js';
import { childUrl, count, setDefault, type Preset } from '../preset.js';
import { htmlToText } from '../text.js';

type Rec = Record<string, unknown>;
const EMBED = 'wp:featuredmedia,wp:term';
const POSTS = /\/wp\/v2\/posts\/?$/;

/**
 * The letopis plugin's routes beside the posts route: `…/wp-json/letopis/v1/days`
 * (or `?rest_route=/letopis/v1/days`). Not for an endpoint with parameters of
 * its own (`?categories=7`): the routes would count what it leaves out.
 */
function pluginRoutes(endpoint: URL): { days: URL; bounds: URL } | undefined {
  const route = endpoint.searchParams.get('rest_route');
  if ([...endpoint.searchParams.keys()].some((name) => name !== 'rest_route')) return undefined;
  if (route ? !POSTS.test(route) : !/\/wp-json\/wp\/v2\/posts\/?$/.test(endpoint.pathname)) return undefined;
  const at = (name: string) => {
    const url = new URL(endpoint.href);
    if (route) url.searchParams.set('rest_route', route.replace(POSTS, `/letopis/v1/${name}`));
    else url.pathname = url.pathname.replace(POSTS, `/letopis/v1/${name}`);
    return url;
  };
  return { days: at('days'), bounds: at('bounds') };
}

/** Text to compare: tags and entities gone, the ellipsis WordPress adds dropped, white space collapsed. */
const plain = (html: string): string =>
  htmlToText(html)
    .replace(/\s*\[(?:…|\.\.\.)\]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The excerpt, unless WordPress generated it from the content (no excerpt
 * was written): then it ends in "[…]" or is where the body starts, and a
 * lead would show the first paragraph twice.
 */
function lead(r: Rec): unknown {
  const excerpt = (r.excerpt as Rec | undefined)?.rendered;
  if (typeof excerpt !== 'string') return undefined;
  if (/\[(?:…|&hellip;|&#8230;|\.\.\.)\]\s*(?:<\/p>)?\s*$/.test(excerpt)) return undefined;
  const content = (r.content as Rec | undefined)?.rendered;
  const text = plain(excerpt);
  return typeof content === 'string' && text && plain(content).startsWith(text) ? undefined : excerpt;
}

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
    lead,
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
  routes: pluginRoutes,
};

export default wordpress;
