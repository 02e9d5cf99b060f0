/**
 * The stories' only data: responses built from the test fixtures, served by a
 * `fetch` that never touches the network. Give it to a source as its `fetch`
 * property (`<letopis-source .fetch=${mockFetch(zone)}>`); the endpoint's path
 * picks the scenario:
 *
 *   MOCK_ORIGIN/wp-json/wp/v2/posts               WordPress over October–December 2017
 *   MOCK_ORIGIN/bitrix/news.php                   the same news as a Bitrix export
 *   MOCK_ORIGIN/slow/{ms|forever}/…               the same, answered late (or never, until aborted)
 *   MOCK_ORIGIN/fail/{status}/…                   that status with a JSON error body
 *   MOCK_ORIGIN/empty/…                           the routes over no news at all
 *   MOCK_ORIGIN/sparse/…                          October and December 2017 and March 2018 only
 *   MOCK_ORIGIN/fixtures/wordpress/posts.json     test/fixtures/wordpress/posts.json (and …/posts.json/{id})
 *   MOCK_ORIGIN/…/wp-json/letopis/v1/…            404, as a WordPress without the letopis plugin answers
 *
 * Anything else — another origin above all — is refused, so a story that
 * would reach the network fails loudly instead.
 */
// Plain ESM shared with the demo server and the test runner, untyped (no allowJs): typed just below.
// @ts-expect-error TS7016
import { createApi as createApiJs } from '../demo/api.mjs';
// @ts-expect-error TS7016
import { dailyItems as dailyItemsJs, testItems as testItemsJs } from '../test/server/dataset.mjs';
import { SEED_FEED } from '../test/fixtures/seed.js';
import wordpressPosts from '../test/fixtures/wordpress/posts.json';

/** A news item as demo/api.mjs takes it. */
interface ApiItem {
  id: number;
  title: string;
  /** ISO 8601 with an offset. */
  date: string;
  lead?: string;
  /** HTML. */
  body?: string;
  image?: { src: string; alt?: string };
  views?: number;
  section?: string;
  sectionId?: number;
}

/** The WordPress and Bitrix routes over `items`; `null` for a URL that is no API route. */
const createApi = createApiJs as (
  items: ApiItem[],
  options?: { timeZone?: string; siteUrl?: string },
) => (url: URL) => { status: number; headers: Record<string, string>; body: string } | null;
/** October–November 2017 in Moscow time, plus the items near midnight. */
const testItems = testItemsJs as () => ApiItem[];
const dailyItems = dailyItemsJs as (start: number, end: number, o: { firstId: number; seed: number }) => ApiItem[];
/** December 2017, made as the test data set makes October and November. */
const december = () => dailyItems(Date.UTC(2017, 11, 1), Date.UTC(2017, 11, 31), { firstId: 5000, seed: 11 });

/** A reserved TLD: were the mock bypassed, nothing could answer. */
export const MOCK_ORIGIN = 'https://news.letopis.invalid';
export const WP = `${MOCK_ORIGIN}/wp-json/wp/v2/posts`;
export const BITRIX = `${MOCK_ORIGIN}/bitrix/news.php`;
export const WP_SLOW = (ms: number | 'forever') => `${MOCK_ORIGIN}/slow/${ms}/wp-json/wp/v2/posts`;
export const WP_FAIL = (status = 500) => `${MOCK_ORIGIN}/fail/${status}/wp-json/wp/v2/posts`;
export const WP_EMPTY = `${MOCK_ORIGIN}/empty/wp-json/wp/v2/posts`;
export const WP_SPARSE = `${MOCK_ORIGIN}/sparse/wp-json/wp/v2/posts`;
export const WP_FIXTURE = `${MOCK_ORIGIN}/fixtures/wordpress/posts.json`;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A thumbnail drawn in place, as a PNG `data:` URL (letopis takes no SVG and
 * no other scheme for images): no image request leaves the page.
 */
function thumbnail(n: number, label: string): { src: string; alt: string } {
  const canvas = document.createElement('canvas');
  canvas.width = 160;
  canvas.height = 100;
  const g = canvas.getContext('2d');
  const hue = (n * 47) % 360;
  if (g) {
    g.fillStyle = `hsl(${hue} 45% 60%)`;
    g.fillRect(0, 0, 160, 100);
    g.fillStyle = `hsl(${hue} 60% 88%)`;
    g.beginPath();
    g.arc(122, 30, 14, 0, 2 * Math.PI);
    g.fill();
    g.fillStyle = `hsl(${hue} 40% 30%)`;
    g.beginPath();
    g.moveTo(0, 100);
    for (const [x, y] of [
      [50, 45],
      [85, 80],
      [110, 60],
      [160, 100],
    ])
      g.lineTo(x, y);
    g.fill();
  }
  return { src: canvas.toDataURL('image/png'), alt: label };
}

/** October–December 2017: the test data set, December added, a thumbnail on every third item. */
export const archiveItems: ApiItem[] = [...testItems(), ...december()].map((item) =>
  item.id % 3 ? item : { ...item, image: thumbnail(item.id, `Иллюстрация: ${item.title}`) },
);

/** Gaps of empty months: October and December 2017, then March 2018. */
const sparseItems: ApiItem[] = [
  ...archiveItems.filter((i) => i.date.startsWith('2017-10') || i.date.startsWith('2017-12-1')),
  ...[5, 12, 19].map((d, i) => ({
    id: 9000 + i,
    title: `Новость 2018-03-${pad(d)}`,
    date: `2018-03-${pad(d)}T12:00:00+03:00`,
    lead: `Анонс новости за ${pad(d)}.03.2018`,
    body: `<p>Текст новости за ${pad(d)}.03.2018.</p>`,
    section: 'Общество',
    sectionId: 1,
  })),
];

/**
 * The seed's "Лента новостей" titles as a JSON Feed dated around the real
 * now (an hour apart, going back two days): "Сегодня, …" and "Вчера, …" for
 * `relative-days` whatever the day the story is opened.
 */
export function relativeFeed(now = Date.now()): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Лента новостей',
    items: SEED_FEED.map(([, title], i) => ({
      id: `recent-${i + 1}`,
      url: `#/news/recent-${i + 1}`,
      title,
      content_text: `${title}.`,
      date_published: new Date(now - (i * 150 + 20) * 60_000).toISOString(),
    })),
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

/** Resolves after `ms` (never for `Infinity`), or rejects as fetch does when `signal` aborts. */
function wait(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new DOMException('The operation was aborted.', 'AbortError'));
    };
    if (signal?.aborted) return abort();
    const timer = Number.isFinite(ms) ? setTimeout(resolve, ms) : undefined;
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** The fixture file, and `…/posts.json/{id}` for one of its posts (a static file has no such route). */
function fixture(path: string): Response | null {
  const m = /^\/fixtures\/wordpress\/posts\.json(?:\/(\d+))?\/?$/.exec(path);
  if (!m) return null;
  const posts = wordpressPosts as { id: number }[];
  if (!m[1]) return json(200, posts, { 'x-wp-total': String(posts.length), 'x-wp-totalpages': '1' });
  const post = posts.find((p) => String(p.id) === m[1]);
  return post ? json(200, post) : json(404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.' });
}

/** Requests the mock refused (another origin, or an unknown route): the test run checks it stays empty. */
export const refused: string[] = [];

const fetches = new Map<string, typeof fetch>();

/** A `fetch` serving the scenarios above for a site in `timeZone` (WordPress reads `after`/`before` in it). */
export function mockFetch(timeZone = 'Europe/Moscow'): typeof fetch {
  let f = fetches.get(timeZone);
  if (f) return f;
  const api = {
    archive: createApi(archiveItems, { timeZone, siteUrl: MOCK_ORIGIN }),
    empty: createApi([], { timeZone, siteUrl: MOCK_ORIGIN }),
    sparse: createApi(sparseItems, { timeZone, siteUrl: MOCK_ORIGIN }),
  };
  f = async (input, init) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, location.href);
    if (url.origin !== MOCK_ORIGIN) {
      refused.push(url.href);
      throw new TypeError(`letopis stories: ${url.href} is not served by the mock (.storybook/mock-fetch.ts)`);
    }
    let path = url.pathname;
    let which: keyof typeof api = 'archive';
    const mode = /^\/(?:(slow|fail)\/(\w+)|(empty|sparse))(\/.*)$/.exec(path);
    if (mode) {
      const [, timing, arg, data, rest] = mode;
      path = rest;
      if (timing === 'slow') await wait(arg === 'forever' ? Infinity : Number(arg), init?.signal);
      if (timing === 'fail') return json(Number(arg) || 500, { code: 'internal_error', message: 'Mock failure' });
      if (data) which = data as keyof typeof api;
    }
    init?.signal?.throwIfAborted();
    const inner = new URL(path + url.search, MOCK_ORIGIN);
    // A WordPress without the letopis plugin, as the preset's probe of its routes (src/data/wp-routes.ts) expects.
    if (inner.pathname.startsWith('/wp-json/letopis/v1/'))
      return json(404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.' });
    const served = fixture(inner.pathname) ?? api[which](inner);
    if (!served) {
      refused.push(url.href);
      return json(404, { code: 'rest_no_route', message: `No mock route for ${path}` });
    }
    return new Response(served.body, { status: served.status, headers: served.headers });
  };
  fetches.set(timeZone, f);
  return f;
}
