/**
 * The wordpress preset and the letopis plugin (integrations/wordpress): its
 * `letopis/v1/days` and `/bounds` routes are tried once, used when the site
 * answers them (one request a month), and a 404 leaves the posts route in
 * charge without an extra round; generated excerpts are no lead.
 */
import { expect } from '@open-wc/testing';
import { NewsSource } from '../../src/data/news-source.js';
import { silenceWarnings } from '../helpers/console.js';

const SITE = 'https://wp.example';
const POSTS = [
  { id: 1, date: '2017-10-31T23:30:00', date_gmt: '2017-10-31T20:30:00', title: { rendered: 'Вечер' } },
  { id: 2, date: '2017-11-01T00:30:00', date_gmt: '2017-10-31T21:30:00', title: { rendered: 'Ночь' } },
  { id: 3, date: '2017-11-01T12:00:00', date_gmt: '2017-11-01T09:00:00', title: { rendered: 'День' } },
];

/** A WordPress on `fetch`, with or without the plugin's routes; every request logged. */
function site(plugin: boolean) {
  const log: string[] = [];
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  const fetch = async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    log.push(url.href.replace(SITE, ''));
    const route = url.searchParams.get('rest_route') ?? url.pathname.replace(/^\/wp-json/, '');
    if (route.startsWith('/letopis/v1/')) {
      if (!plugin) return json(404, { code: 'rest_no_route', message: 'No route was found', data: { status: 404 } });
      if (route === '/letopis/v1/bounds') return json(200, { first: '2017-10-31', last: '2017-11-01' });
      const from = url.searchParams.get('from')!;
      const to = url.searchParams.get('to')!;
      const counts: Record<string, number> = {};
      for (const p of POSTS) {
        const day = p.date.slice(0, 10);
        if (day >= from && day <= to) counts[day] = (counts[day] ?? 0) + 1;
      }
      return json(200, counts);
    }
    const after = url.searchParams.get('after') ?? '';
    const before = url.searchParams.get('before') ?? '9';
    const posts = POSTS.filter((p) => p.date > after && p.date < before);
    return json(200, posts, { 'x-wp-total': String(posts.length), 'x-wp-totalpages': '1' });
  };
  return { log, fetch };
}

describe('data/wordpress preset and the letopis plugin routes', () => {
  silenceWarnings();
  /* eslint-disable no-console -- the announcement is console.info */
  let infos: string[] = [];
  const info = console.info;
  beforeEach(() => {
    infos = [];
    console.info = (...args: unknown[]) => infos.push(args.join(' '));
  });
  afterEach(() => (console.info = info));
  /* eslint-enable no-console */

  it('with the plugin: the days route, one request a month after the first, said once', async () => {
    const wp = site(true);
    const source = new NewsSource({ endpoint: `${SITE}/wp-json/wp/v2/posts`, preset: 'wordpress', fetch: wp.fetch });
    const october = await source.days({ from: '2017-09-25', to: '2017-11-05' });
    expect(Object.fromEntries(october)).to.deep.equal({ '2017-10-31': 1, '2017-11-01': 2 });
    // The first month: the route, and the posts route's first page only if it was asked before the route answered.
    expect(wp.log.filter((u) => u.includes('/letopis/v1/days'))).to.have.length(1);
    expect(wp.log.filter((u) => u.includes('/wp/v2/posts')).length).to.be.at.most(1);
    wp.log.length = 0;
    await source.days({ from: '2017-10-30', to: '2017-12-10' });
    expect(wp.log).to.deep.equal(['/wp-json/letopis/v1/days?from=2017-10-30&to=2017-12-10']);
    wp.log.length = 0;
    await source.days({ from: '2017-10-30', to: '2017-12-10', section: 'economy' });
    expect(wp.log).to.deep.equal(['/wp-json/letopis/v1/days?from=2017-10-30&to=2017-12-10&section=economy']);
    expect(await source.bounds()).to.deep.equal({ first: '2017-10-31', last: '2017-11-01' });
    expect(infos).to.deep.equal([
      `letopis: using the letopis plugin's days route at ${SITE}/wp-json/letopis/v1/days: one request a month`,
    ]);
  });

  it('without the plugin: one 404, in the same round as the posts route, then never again', async () => {
    const wp = site(false);
    const source = new NewsSource({
      endpoint: `${SITE}/?rest_route=/wp/v2/posts`,
      preset: 'wordpress',
      fetch: wp.fetch,
    });
    const october = await source.days({ from: '2017-09-25', to: '2017-11-05' });
    expect(Object.fromEntries(october)).to.deep.equal({ '2017-10-31': 1, '2017-11-01': 2 });
    expect(wp.log.filter((u) => u.includes('letopis'))).to.deep.equal([
      '/?rest_route=%2Fletopis%2Fv1%2Fdays&from=2017-09-25&to=2017-11-05',
    ]);
    wp.log.length = 0;
    await source.days({ from: '2017-10-30', to: '2017-12-10' });
    await source.bounds();
    expect(wp.log.filter((u) => u.includes('letopis'))).to.deep.equal([]);
    expect(wp.log.length).to.be.above(0);
    expect(infos).to.deep.equal([]);
  });

  it('an endpoint with parameters of its own keeps to the posts route', async () => {
    const wp = site(true);
    const source = new NewsSource({
      endpoint: `${SITE}/wp-json/wp/v2/posts?categories=7`,
      preset: 'wordpress',
      fetch: wp.fetch,
    });
    await source.days({ from: '2017-09-25', to: '2017-11-05' });
    await source.bounds();
    expect(wp.log.filter((u) => u.includes('letopis'))).to.deep.equal([]);
  });

  it('an excerpt WordPress made from the content is no lead; a written one is', async () => {
    const body = '<p>Губернатор провёл приём граждан по&nbsp;личным вопросам.</p>\n<p>Второй абзац.</p>\n';
    const posts = [
      {
        id: 1,
        date: '2017-11-01T10:00:00',
        title: { rendered: 'Сгенерированный' },
        content: { rendered: body },
        excerpt: { rendered: '<p>Губернатор провёл приём граждан по&nbsp;личным вопросам. Второй абзац.</p>\n' },
      },
      {
        id: 2,
        date: '2017-11-01T11:00:00',
        title: { rendered: 'Обрезанный' },
        content: { rendered: body },
        excerpt: { rendered: '<p>Губернатор провёл приём граждан [&hellip;]</p>\n' },
      },
      {
        id: 3,
        date: '2017-11-01T12:00:00',
        title: { rendered: 'Написанный' },
        content: { rendered: body },
        excerpt: { rendered: '<p>Приём граждан: итоги.</p>\n' },
      },
    ];
    const source = new NewsSource({ preset: 'wordpress', data: posts });
    const { items } = await source.list();
    expect(Object.fromEntries(items.map((i) => [i.id, i.lead]))).to.deep.equal({
      1: undefined,
      2: undefined,
      3: 'Приём граждан: итоги.',
    });
  });
});
