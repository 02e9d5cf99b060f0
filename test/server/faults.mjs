// A fault-injecting endpoint for the browser tests, mounted at /fault.
//   ?status=404|500|429[&retryAfter=s]   that status (JSON error body)
//   ?body=invalid|truncated|html|wrong-shape|empty|xml-garbage
//   ?delay=ms | ?delay=random:max[&seed=N]  wait before answering; a random wait is a function of the
//                                          seed (default 1) and the request's URL, so a failing run
//                                          replays with the same waits
//   ?flaky=KEY&failures=N[&status=429]     the first N requests with KEY fail (503 by default)
//   ?big=N                                 a JSON Feed of N items
//   ?month=YYYY-MM                          JSON array of one item a day of that month
//   ?month=YYYY-MM&files=M1,M2              the same, but 404 for months not listed (a static site's files)
//   /fault/hits?key=KEY                    how many requests KEY has seen
const hits = new Map();
/** A number in [0, 1) that depends only on `text` (FNV-1a, then mixed): the same URL always waits as long. */
function unitOf(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}
const pad = (n) => String(n).padStart(2, '0');
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
    ctx.body = { hits: hits.get(q.key) ?? 0 };
    return;
  }
  hits.set(key, (hits.get(key) ?? 0) + 1);
  if (q.delay) {
    const [, max] = String(q.delay).split(':');
    await sleep(max ? unitOf(`${q.seed ?? 1}|${ctx.url}`) * Number(max) : Number(q.delay));
  }
  ctx.set('cache-control', 'no-store');
  if (q.flaky && hits.get(key) <= Number(q.failures ?? 1)) {
    ctx.status = Number(q.status ?? 503);
    if (q.retryAfter) ctx.set('retry-after', String(q.retryAfter));
    ctx.body = { error: 'busy' };
    return;
  }
  if (q.status && !q.flaky) {
    ctx.status = Number(q.status);
    if (q.retryAfter) ctx.set('retry-after', String(q.retryAfter));
    ctx.body = { error: `status ${q.status}` };
    return;
  }
  ctx.type = 'application/json';
  switch (q.body) {
    case 'invalid':
      ctx.body = '{"items": [ {"id": 1, ';
      return;
    case 'truncated':
      ctx.body = JSON.stringify(feed(3)).slice(0, 120);
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><body><h1>Сайт временно недоступен</h1></body></html>';
      return;
    case 'wrong-shape':
      ctx.body = { status: 'ok', payload: { count: 3, message: 'no list here' } };
      return;
    case 'empty':
      ctx.body = { items: [] };
      return;
    case 'no-dates':
      ctx.body = {
        items: [
          { id: 1, title: 'no date' },
          { id: 2, title: 'still none' },
        ],
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
