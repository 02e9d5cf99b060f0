// Endpoints that behave like real ones, over a plain list of news items:
//   /wp-json/wp/v2/posts        the WordPress REST API (after, before, page, per_page, _embed,
//                               categories, order; X-WP-Total, X-WP-TotalPages; 400 past the last page)
//   /wp-json/wp/v2/posts/:id    one post, 404 rest_post_invalid_id
//   /bitrix/news.php            a 1C-Bitrix style export (from, to, date as DD.MM.YYYY; PAGEN_1, SIZEN_1; ID)
// Used by the demo server and by the test runner. An item is
//   { id, title, date (ISO with offset), lead, body (HTML), image?: { src, alt }, views?, section?, sectionId? }.

const two = (n) => String(n).padStart(2, '0');
const formatters = new Map();

/** Wall-clock parts of an instant in a zone. */
function wall(ms, timeZone) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(ms).map(({ type, value }) => [type, value]));
  return { y: +p.year, mo: +p.month, d: +p.day, h: +p.hour, mi: +p.minute, s: +p.second };
}

/** `2017-10-26T14:05:00` in the zone, no offset (WordPress `date`). */
export function localIso(ms, timeZone) {
  const w = wall(ms, timeZone);
  return `${w.y}-${two(w.mo)}-${two(w.d)}T${two(w.h)}:${two(w.mi)}:${two(w.s)}`;
}

/** The instant of a wall-clock time in the zone. */
export function fromLocal(y, mo, d, h, mi, s, timeZone) {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  let t = guess;
  for (let i = 0; i < 3; i++) {
    const w = wall(t, timeZone);
    const shown = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
    t += guess - shown;
  }
  return t;
}

/** WordPress reads `after`/`before` without an offset as site time. */
function parseWpDate(value, timeZone) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:?\d{2})?$/.exec(value ?? '');
  if (!m) return undefined;
  if (m[7]) return Date.parse(value);
  return fromLocal(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6], timeZone);
}

/** Bitrix `DD.MM.YYYY[ HH:MI:SS]` (or ISO `YYYY-MM-DD`) site time. */
function parseRuDate(value, timeZone, endOfDay = false) {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  const m = iso
    ? [iso[0], iso[3], iso[2], iso[1]]
    : /^(\d{2})\.(\d{2})\.(\d{4})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(value ?? '');
  if (!m) return undefined;
  if (m[4]) return fromLocal(+m[3], +m[2], +m[1], +m[4], +m[5], +m[6], timeZone);
  return fromLocal(+m[3], +m[2], +m[1], endOfDay ? 23 : 0, endOfDay ? 59 : 0, endOfDay ? 59 : 0, timeZone);
}

const json = (status, body, headers = {}) => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

const escapeHtml = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** What WordPress does to a title: escape, then wptexturize's Russian quotes and dashes. */
const wpTitle = (s) =>
  escapeHtml(s)
    .replace(/(^|[\s(])&quot;/g, '$1&#171;')
    .replace(/&quot;/g, '&#187;')
    .replace(/ - /g, ' &#8212; ');

/**
 * Returns `handle(url) → { status, headers, body } | null` (null: not an API route).
 * `items` is read on every call, so a test may push a new item between pages.
 */
/** The newest-first order of each item list, kept while the list keeps its length (a test may push an item). */
const orders = new WeakMap();

export function createApi(items, { timeZone = 'Europe/Moscow', siteUrl = 'http://localhost' } = {}) {
  // Sorted once per list, not once per request: the 50 000-item archive of the tests would cost a second a month.
  const sorted = () => {
    let order = orders.get(items);
    if (order?.length !== items.length) {
      const times = new Map(items.map((i) => [i, Date.parse(i.date)]));
      order = { length: items.length, list: [...items].sort((a, b) => times.get(b) - times.get(a)) };
      orders.set(items, order);
    }
    return order.list;
  };

  function wpPost(item, embed) {
    const ms = Date.parse(item.date);
    const post = {
      id: item.id,
      date: localIso(ms, timeZone),
      date_gmt: localIso(ms, 'UTC'),
      link: `${siteUrl}/news/${item.id}/`,
      title: { rendered: wpTitle(item.title) },
      excerpt: { rendered: item.lead ? `<p>${escapeHtml(item.lead)}</p>\n` : '', protected: false },
      content: { rendered: item.body ?? '', protected: false },
      featured_media: item.image ? item.id * 10 : 0,
      categories: item.sectionId ? [item.sectionId] : [],
      views: item.views,
    };
    if (embed) {
      post._embedded = {
        ...(item.image
          ? { 'wp:featuredmedia': [{ id: item.id * 10, source_url: item.image.src, alt_text: item.image.alt ?? '' }] }
          : {}),
        'wp:term': [item.section ? [{ id: item.sectionId, name: escapeHtml(item.section), taxonomy: 'category' }] : []],
      };
    }
    return post;
  }

  /**
   * What WordPress's `_fields` does to a post: only the fields listed (comma-separated, `title.rendered`
   * for one key of an object); `_embedded` only when listed. Without `_fields`, the post whole.
   */
  function wpFields(post, fields) {
    if (!fields) return post;
    const kept = {};
    for (const path of fields
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean)) {
      const [key, sub] = path.split('.', 2);
      if (!(key in post)) continue;
      if (sub === undefined) kept[key] = post[key];
      else if (post[key] && typeof post[key] === 'object' && sub in post[key])
        kept[key] = { ...kept[key], [sub]: post[key][sub] };
    }
    return kept;
  }

  function wordpress(url) {
    const m = /\/wp-json\/wp\/v2\/posts\/?(\d+)?\/?$/.exec(url.pathname);
    if (!m) return null;
    const q = url.searchParams;
    const fields = q.get('_fields');
    // Asked for fields that leave `_embedded` out, WordPress does not embed at all.
    const embed = q.has('_embed') && (!fields || fields.split(',').includes('_embedded'));
    const post = (item) => wpFields(wpPost(item, embed), fields);
    if (m[1]) {
      const item = items.find((i) => String(i.id) === m[1]);
      return item
        ? json(200, post(item))
        : json(404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } });
    }
    const perPage = Number(q.get('per_page') ?? 10);
    const page = Number(q.get('page') ?? 1);
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
      return json(400, {
        code: 'rest_invalid_param',
        message: 'Invalid parameter(s): per_page',
        data: { status: 400, params: { per_page: 'per_page must be between 1 (inclusive) and 100 (inclusive)' } },
      });
    }
    const after = q.has('after') ? parseWpDate(q.get('after'), timeZone) : undefined;
    const before = q.has('before') ? parseWpDate(q.get('before'), timeZone) : undefined;
    if (
      Number.isNaN(after) ||
      Number.isNaN(before) ||
      (q.has('after') && after === undefined) ||
      (q.has('before') && before === undefined)
    ) {
      return json(400, {
        code: 'rest_invalid_param',
        message: 'Invalid parameter(s): after, before',
        data: { status: 400 },
      });
    }
    const categories = q.get('categories')?.split(',').map(Number);
    let list = sorted().filter((i) => {
      // Site-local second resolution, exclusive bounds, as WordPress compares post_date.
      const t = Math.floor(Date.parse(i.date) / 1000) * 1000;
      return (
        (after === undefined || t > after) &&
        (before === undefined || t < before) &&
        (!categories || categories.includes(i.sectionId))
      );
    });
    if (q.get('order') === 'asc') list = list.reverse();
    const total = list.length;
    const pages = Math.ceil(total / perPage);
    if (page > Math.max(pages, 1)) {
      return json(400, {
        code: 'rest_post_invalid_page_number',
        message: 'The page number requested is larger than the number of pages available.',
        data: { status: 400 },
      });
    }
    return json(200, list.slice((page - 1) * perPage, page * perPage).map(post), {
      'x-wp-total': String(total),
      'x-wp-totalpages': String(pages),
      'access-control-expose-headers': 'X-WP-Total, X-WP-TotalPages, Link',
    });
  }

  function bitrixItem(item) {
    const ms = Date.parse(item.date);
    const w = wall(ms, timeZone);
    return {
      ID: String(item.id),
      NAME: item.title,
      ACTIVE_FROM: `${two(w.d)}.${two(w.mo)}.${w.y} ${two(w.h)}:${two(w.mi)}:${two(w.s)}`,
      PREVIEW_TEXT: item.lead ?? '',
      PREVIEW_TEXT_TYPE: 'text',
      DETAIL_TEXT: item.body ?? '',
      DETAIL_TEXT_TYPE: 'html',
      SHOW_COUNTER: item.views == null ? null : String(item.views),
      DETAIL_PAGE_URL: `/news/${item.id}/`,
      PREVIEW_PICTURE: item.image ? { SRC: item.image.src, ALT: item.image.alt ?? '' } : null,
      SECTION_NAME: item.section ?? null,
    };
  }

  function bitrix(url) {
    if (!/\/bitrix\/news\.php$/.test(url.pathname)) return null;
    const q = url.searchParams;
    if (q.get('ID')) {
      const item = items.find((i) => String(i.id) === q.get('ID'));
      return item ? json(200, { result: { news: [bitrixItem(item)] } }) : json(404, { error: 'NOT_FOUND' });
    }
    const date = q.get('date');
    const from = parseRuDate(date || q.get('from'), timeZone);
    const to = parseRuDate(date || q.get('to'), timeZone, true);
    const size = Math.min(Number(q.get('SIZEN_1') || 20), 200);
    const page = Math.max(Number(q.get('PAGEN_1') || 1), 1);
    const section = q.get('section');
    const list = sorted().filter((i) => {
      const t = Date.parse(i.date);
      return (
        (from === undefined || t >= from) && (to === undefined || t <= to + 999) && (!section || i.section === section)
      );
    });
    const pages = Math.max(Math.ceil(list.length / size), 1);
    return json(200, {
      result: {
        news: list.slice((page - 1) * size, page * size).map(bitrixItem),
        total: list.length,
        NavPageCount: pages,
        NavPageNomer: page,
      },
    });
  }

  return (url) => wordpress(url) ?? bitrix(url);
}
