/**
 * One article for `<letopis-article>`: from the cache when it holds the
 * body, else from `article-endpoint` or the preset's article URL, else (a
 * feed) by paging on. Loaded by pages that show an article.
 */
import { bodyOf, recordPaths } from './answer.js';
import { loadEntityTable, needsEntityTable } from './entities.js';
import { fillItem } from './full.js';
import { INLINE } from './inline.js';
import { fail } from './messages.js';
import { normalizeItems } from './normalize.js';
import { firstPath } from './path.js';
import type { Endpoint, Plan } from './plan.js';
import { expandTemplate } from './template.js';
import type { NewsItem } from './types.js';

export async function findArticle(
  e: Endpoint,
  plan: Plan,
  articleEndpoint: string | undefined,
  id: string,
  signal?: AbortSignal,
): Promise<NewsItem> {
  const s = e.setup;
  const cached = () => (e.byId.has(id) ? fillItem(e.byId.get(id)!) : undefined);
  const known = cached();
  if (known?.body) return known;
  const p = s.explicit ? s.preset : undefined;
  let url: string | undefined;
  if (articleEndpoint) url = new URL(expandTemplate(articleEndpoint, { id }), document.baseURI).href;
  else if (p?.article && e.template && (s.unit === 'range' || !s.unit)) {
    const base = new URL(expandTemplate(e.template, {}), document.baseURI);
    for (const [k, v] of [...base.searchParams]) if (!v) base.searchParams.delete(k);
    const article = new URL(p.article(base, id));
    p.prepare?.(article);
    url = article.href;
  }
  if (url) {
    const res = await e.get(url, signal);
    if (res.status !== 404 && res.status !== 410) {
      e.check(res, 1);
      // One object is a shape too: detect on it as a list of one when nothing else fits.
      await e.detect(res).catch(() => e.detect({ ...res, body: [res.body] }));
      const body = bodyOf(s, res);
      let records = s.preset?.records?.(body);
      if (!records) {
        const v = firstPath(body, recordPaths(s).filter(Boolean)) ?? body;
        records = Array.isArray(v) ? v : [v];
      }
      if (needsEntityTable(res.text || body)) await loadEntityTable();
      const { items } = normalizeItems(records, s.ctx);
      // An answer of one item is that item (an article URL that answers with it); in a list, only the id's own.
      const item = items.find((i) => i.id === id) ?? (items.length === 1 ? items[0] : undefined);
      if (item) return fillItem(item);
    }
  } else {
    if (known) return known;
    await plan.find(id, signal);
    const found = cached();
    if (found) return found;
  }
  // No status: it could not be asked for (messages.ts then says to set article-endpoint). A 404 it is when
  // the article URL said so, or when every item is known (inline data, a feed read to its end).
  const absent = !!url || plan.knowsAll();
  const details = { url: url ?? e.template ?? INLINE, status: absent ? 404 : undefined, value: id };
  throw fail('not-found', details, absent ? undefined : 'unasked');
}
