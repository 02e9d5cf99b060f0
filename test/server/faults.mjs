// A fault-injecting endpoint for the browser tests, mounted at /fault.
//   ?status=404|500|429[&retryAfter=s]   that status (JSON error body)
//   ?body=invalid|truncated|html|wrong-shape|empty|xml-garbage
//   ?delay=ms | ?delay=random:max[&seed=N]  wait before answering; a random wait is a function of the
//                                          seed (default 1) and the request's URL, so a failing run
//                                          replays with the same waits
//   ?flaky=KEY&failures=N[&status=429]     the first N requests with KEY fail (503 by default)
//   ?flaky=KEY&failures=N&fail=KIND        ... with KIND instead of a status: a body kind above (invalid,
//                                          html, wrong-shape, no-dates), reset (the connection is
//                                          dropped), stall (no answer for 5 s) or nocors (a good answer,
//                                          without the CORS headers cors=1 sends)
//   ?reset=1                               drops the connection without an answer
//   ?paged=1&page=P[&pages=M|&cycle=C|&endless=1][&next=URL][&shape=P2][&format=rss|atom]
//                                          page P of a JSON Feed (or RSS/Atom feed) of 3 items a page,
//                                          its next link to page P+1 up to M (default 3), round to 1
//                                          after C (a loop), or forever; next=URL names that link
//                                          instead; page P2 answers in another shape (the first N times
//                                          with &shapeTimes=N)
//   ?cors=1                                sends CORS headers for the page's origin (credentials and
//                                          the Authorization and X-Api-Key headers allowed)
//   ?big=N                                 a JSON Feed of N items
//   ?month=YYYY-MM                          JSON array of one item a day of that month
//   ?month=YYYY-MM&files=M1,M2              the same, but 404 for months not listed (a static site's files)
//   /fault/hits?key=KEY                    how many requests KEY has seen, and the credentials they
//                                          carried: { hits, authorization: [...], apiKey: [...], cookie: [...] }
const hits = new Map();
const carried = new Map();
/** A number in [0, 1) that depends only on `text` (FNV-1a, then mixed): the same URL always waits as long. */
function unitOf(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}
const pad = (n) => String(n).padStart(2, '0');
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Page `page` of a paged feed: three items an hour apart, older page by page. */
function pagedFeed(q, url) {
  const page = Number(q.page ?? 1);
  const start = Date.UTC(2017, 9, 31, 20, 0, 0) - (page - 1) * 3 * 3_600_000;
  const items = [0, 1, 2].map((i) => ({
    id: `p${page}-${i}`,
    title: `Page ${page} item ${i}`,
    date_published: new Date(start - i * 3_600_000).toISOString(),
    content_text: `Body ${page}.${i}`,
  }));
  const to = (n) => {
    const u = new URL(url, 'http://x');
    u.searchParams.set('page', String(n));
    return u.pathname + u.search;
  };
  let next;
  if (q.next) next = String(q.next);
  else if (q.endless) next = to(page + 1);
  else if (q.cycle) next = to((page % Number(q.cycle)) + 1);
  else if (page < Number(q.pages ?? 3)) next = to(page + 1);
  return { items, next };
}

function rss({ items, next }) {
  const link = next ? `<atom:link rel="next" href="${escapeXml(next)}"/>` : '';
  const entries = items.map(
    (i) =>
      `<item><guid>${i.id}</guid><title>${i.title}</title><pubDate>${new Date(i.date_published).toUTCString()}</pubDate><description>${i.content_text}</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>paged</title>${link}${entries.join('')}</channel></rss>`;
}

function atom({ items, next }) {
  const link = next ? `<link rel="next" href="${escapeXml(next)}"/>` : '';
  const entries = items.map(
    (i) =>
      `<entry><id>${i.id}</id><title>${i.title}</title><published>${i.date_published}</published><content>${i.content_text}</content></entry>`,
  );
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>paged</title>${link}${entries.join('')}</feed>`;
}

/** The bodies `body=` and `fail=` name. */
const BODIES = {
  invalid: () => '{"items": [ {"id": 1, ',
  truncated: () => JSON.stringify(feed(3)).slice(0, 120),
  html: () => '<!doctype html><html><body><h1>Сайт временно недоступен</h1></body></html>',
  'wrong-shape': () => ({ status: 'ok', payload: { count: 3, message: 'no list here' } }),
  empty: () => ({ items: [] }),
  'no-dates': () => ({
    items: [
      { id: 1, title: 'no date' },
      { id: 2, title: 'still none' },
    ],
  }),
};

/**
 * Drops the connection in the middle of an answer: the browser sees a network
 * error while reading the body (a connection dropped before any answer would
 * be retried by the browser itself on a reused connection).
 */
function reset(ctx) {
  ctx.respond = false;
  ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  ctx.res.write('{"items": [', () => ctx.req.socket.destroy());
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function feed(n) {
  const items = [];
  const start = Date.UTC(2017, 9, 31, 20, 0, 0);
  for (let i = 0; i < n; i++) {
    items.push({
      id: `big-${i}`,
      title: `Item ${i}`,
      date_published: new Date(start - i * 600_000).toISOString(),
      content_text: `Body ${i}`,
    });
  }
  return { version: 'https://jsonfeed.org/version/1.1', title: 'big', items };
}

function month(m) {
  const [y, mo] = m.split('-').map(Number);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => ({
    id: `${m}-${pad(i + 1)}`,
    title: `${m} day ${i + 1}`,
    date: `${m}-${pad(i + 1)}T12:00:00+03:00`,
  }));
}

export async function faultMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/fault')) return next();
  const q = ctx.query;
  const key = q.flaky ?? q.key ?? ctx.url;
  if (ctx.path === '/fault/hits') {
    ctx.body = { hits: hits.get(q.key) ?? 0, ...(carried.get(q.key) ?? { authorization: [], apiKey: [], cookie: [] }) };
    return;
  }
  hits.set(key, (hits.get(key) ?? 0) + 1);
  const heard = carried.get(key) ?? { authorization: [], apiKey: [], cookie: [] };
  carried.set(key, heard);
  if (ctx.get('authorization')) heard.authorization.push(ctx.get('authorization'));
  if (ctx.get('x-api-key')) heard.apiKey.push(ctx.get('x-api-key'));
  if (ctx.get('cookie')) heard.cookie.push(ctx.get('cookie'));
  const failing = q.flaky && hits.get(key) <= Number(q.failures ?? 1);
  if (q.cors && ctx.get('origin') && !(failing && q.fail === 'nocors')) {
    ctx.set('access-control-allow-origin', ctx.get('origin'));
    ctx.set('access-control-allow-credentials', 'true');
    ctx.set('access-control-allow-headers', 'authorization, x-api-key, accept');
    ctx.set('vary', 'origin');
    if (ctx.method === 'OPTIONS') {
      ctx.status = 204;
      return;
    }
  }
  if (q.delay) {
    const [, max] = String(q.delay).split(':');
    await sleep(max ? unitOf(`${q.seed ?? 1}|${ctx.url}`) * Number(max) : Number(q.delay));
  }
  ctx.set('cache-control', 'no-store');
  if (q.reset) return reset(ctx);
  if (failing && q.fail !== 'nocors') {
    if (q.fail === 'reset') return reset(ctx);
    if (q.fail === 'stall') await sleep(5000);
    if (q.fail && BODIES[q.fail]) {
      ctx.type = q.fail === 'html' ? 'text/html' : 'application/json';
      ctx.body = BODIES[q.fail]();
      return;
    }
    ctx.status = Number(q.status ?? 503);
    if (q.retryAfter) ctx.set('retry-after', String(q.retryAfter));
    ctx.body = { error: 'busy' };
    return;
  }
  if (q.status && !q.flaky && q.fail !== 'nocors') {
    ctx.status = Number(q.status);
    if (q.retryAfter) ctx.set('retry-after', String(q.retryAfter));
    ctx.body = { error: `status ${q.status}` };
    return;
  }
  ctx.type = 'application/json';
  if (q.body && BODIES[q.body]) {
    if (q.body === 'html') ctx.type = 'text/html';
    ctx.body = BODIES[q.body]();
    return;
  }
  if (q.paged) {
    const page = pagedFeed(q, ctx.url);
    const shapeKey = `${key}:shape`;
    const changed = q.shape && Number(q.shape) === Number(q.page ?? 1);
    if (changed) hits.set(shapeKey, (hits.get(shapeKey) ?? 0) + 1);
    if (changed && (!q.shapeTimes || hits.get(shapeKey) <= Number(q.shapeTimes))) ctx.body = BODIES['wrong-shape']();
    else if (q.format === 'rss' || q.format === 'atom') {
      ctx.type = 'application/xml';
      ctx.body = q.format === 'rss' ? rss(page) : atom(page);
    } else
      ctx.body = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'paged',
        items: page.items,
        next_url: page.next,
      };
    return;
  }
  if (q.big) {
    ctx.body = feed(Number(q.big));
    return;
  }
  if (q.month && q.files !== undefined && !String(q.files).split(',').includes(q.month)) {
    ctx.status = 404;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><h1>404 Not Found</h1>';
    return;
  }
  if (q.month) {
    ctx.body = month(q.month);
    return;
  }
  ctx.body = feed(3);
}
