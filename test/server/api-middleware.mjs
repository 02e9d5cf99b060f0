// Mounts the emulated WordPress and Bitrix endpoints (demo/api.mjs) at /api
// over the test data set. Browsers run in parallel, so a test that changes
// the data works in a scope of its own: /api/s/SCOPE/wp-json/wp/v2/posts.
//   /api/_push?scope=&id=&date=&title=   adds an item to a scope
//   ?delay=ms on any request               waits before answering (a slow network)
// Requests in a scope are logged (request-log.mjs: /api/_log), and scopes
// named archive5k-…/archive50k-… serve a generated archive of that size.
import { createApi } from '../../demo/api.mjs';
import { testItems } from './dataset.mjs';
import { archiveOf, requestLog } from './request-log.mjs';

const base = testItems();
const scopes = new Map();

export async function apiMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();
  return requestLog(ctx, () => api(ctx, next));
}

async function api(ctx, next) {
  const q = ctx.query;
  if (ctx.path === '/api/_push') {
    const items = scopes.get(q.scope) ?? [...base];
    items.push({
      id: Number(q.id),
      title: q.title ?? `Pushed ${q.id}`,
      date: q.date,
      lead: 'new',
      body: '<p>new</p>',
      section: 'Общество',
      sectionId: 1,
    });
    scopes.set(q.scope, items);
    ctx.body = { ok: true, count: items.length };
    return;
  }
  if (q.delay) await new Promise((resolve) => setTimeout(resolve, Number(q.delay)));
  const scope = /^\/api\/s\/([^/]+)\//.exec(ctx.path)?.[1];
  const items = (scope && (scopes.get(scope) ?? archiveOf(scope))) || base;
  const result = createApi(items, { siteUrl: `http://${ctx.host}` })(new URL(ctx.url, `http://${ctx.host}`));
  if (!result) return next();
  ctx.status = result.status;
  for (const [k, v] of Object.entries(result.headers)) ctx.set(k, v);
  ctx.body = result.body;
}
