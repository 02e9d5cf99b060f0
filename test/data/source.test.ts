import { expect } from '@open-wc/testing';
import { NewsSource, type NewsSourceOptions } from '../../src/data/news-source.js';
import { LetopisError } from '../../src/core/errors.js';
import { addDays } from '../../src/core/date.js';
import { browserZone, freezeTime } from '../helpers/time.js';
import { silenceWarnings } from '../helpers/console.js';
import { WP, wpSource } from '../helpers/sources.js';

/** A source whose requests are counted by URL. */
function counted(options: NewsSourceOptions) {
  const requests: string[] = [];
  const source = new NewsSource({
    retries: 0,
    ...options,
    fetch: (url, init) => {
      requests.push(String(url));
      return fetch(url, init);
    },
  });
  return { source, requests };
}

/** Every post of the emulated WordPress, read without NewsSource: the oracle. */
async function allPosts(): Promise<{ id: number; date: string }[]> {
  const out: { id: number; date: string }[] = [];
  for (let page = 1; ; page++) {
    const res = await fetch(`${WP}?per_page=100&page=${page}`);
    if (!res.ok) break;
    out.push(...((await res.json()) as { id: number; date: string }[]));
    if (page >= Number(res.headers.get('x-wp-totalpages'))) break;
  }
  return out;
}

describe(`data/NewsSource (browser in ${browserZone()})`, () => {
  silenceWarnings();

  it('counts the days of a calendar range from one filtered request (WordPress)', async () => {
    const { source, requests } = counted({ endpoint: WP, preset: 'wordpress' });
    const counts = await source.days({ from: '2017-09-25', to: '2017-11-05' });
    // The oracle: WordPress `date` is site time, so its first 10 characters are the site day.
    const expected = new Map<string, number>();
    for (const p of await allPosts()) {
      const day = p.date.slice(0, 10);
      if (day >= '2017-09-25' && day <= '2017-11-05') expected.set(day, (expected.get(day) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).to.deep.equal(Object.fromEntries(expected));
    expect(counts.get('2017-10-31')).to.be.at.least(1);
    expect(counts.get('2017-11-01')).to.be.at.least(1);
    // Besides the letopis plugin's days route, tried once at the same time (this WordPress has none: 404).
    const probe = `${location.origin}/api/wp-json/letopis/v1/days?from=2017-09-25&to=2017-11-05`;
    expect(requests.filter((u) => u.includes('/letopis/v1/'))).to.deep.equal([probe]);
    const first = new URL(
      requests.find((u) => u.includes('/wp/v2/posts'))!,
      location.href,
    );
    expect(first.searchParams.get('after')).to.equal('2017-09-24T23:59:59');
    expect(first.searchParams.get('before')).to.equal('2017-11-06T00:00:00');
    expect(first.searchParams.get('per_page')).to.equal('100');
    // Marks ask for ids and dates only: nothing embedded, no bodies.
    expect(first.searchParams.get('_fields')).to.equal('id,date,date_gmt');
    expect(first.searchParams.has('_embed')).to.equal(false);
    const before = requests.length;

    // A day's list asks for whole posts: the counting answer is never served as items.
    const day = await source.list({ date: '2017-10-31' });
    expect(requests.length).to.equal(before + 1);
    expect(new URL(requests.at(-1)!, location.href).searchParams.has('_fields')).to.equal(false);
    expect(day.items.map((i) => i.siteDate)).to.satisfy((d: string[]) => d.every((x) => x === '2017-10-31'));
    expect(day.items.map((i) => i.title)).to.include('Поздно вечером 31 октября');
    expect(day.items.length).to.equal(counts.get('2017-10-31'));
    const next = await source.list({ date: '2017-11-01' });
    expect(next.items.map((i) => i.title)).to.include('Сразу после полуночи 1 ноября');
  });

  it('pages the feed without losing or repeating items', async () => {
    const { source } = counted({ endpoint: WP, preset: 'wordpress', pageSize: 7 });
    const p1 = await source.list({ page: 1 });
    const p2 = await source.list({ page: 2 });
    expect(p1.items).to.have.length(7);
    expect(p1.hasMore).to.equal(true);
    expect(p1.total).to.equal((await allPosts()).length);
    const ids = [...p1.items, ...p2.items].map((i) => i.id);
    expect(new Set(ids).size).to.equal(14);
    const times = [...p1.items, ...p2.items].map((i) => Date.parse(i.date));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    const last = await source.list({ page: 1000 });
    expect(last.items).to.deep.equal([]);
    expect(last.hasMore).to.equal(false);
  });

  it('shares identical requests between widgets: one request per distinct URL', async () => {
    const { source, requests } = counted({ endpoint: WP, preset: 'wordpress' });
    await Promise.all([
      source.days({ from: '2017-09-25', to: '2017-11-05' }),
      source.days({ from: '2017-09-25', to: '2017-11-05' }),
      source.list({ date: '2017-10-26' }),
      source.list(),
      source.list(),
      source.bounds(),
    ]);
    // The range once (the day inside it was asked at the same moment, so on its own), the feed's first
    // page once for the two lists and the newest-news look-up, the oldest news once; the letopis plugin's
    // days and bounds routes tried once each, at the same time (this WordPress has none: 404).
    const embed = '_embed=wp%3Afeaturedmedia%2Cwp%3Aterm';
    expect(requests.map((u) => u.replace(location.origin, '')).sort()).to.deep.equal(
      [
        '/api/wp-json/letopis/v1/bounds',
        '/api/wp-json/letopis/v1/days?from=2017-09-25&to=2017-11-05',
        `${WP}?after=2017-09-24T23%3A59%3A59&before=2017-11-06T00%3A00%3A00&per_page=100&page=1&_fields=id%2Cdate%2Cdate_gmt`,
        `${WP}?${embed}&after=2017-10-25T23%3A59%3A59&before=2017-10-27T00%3A00%3A00&per_page=100&page=1`,
        `${WP}?${embed}&per_page=20&page=1`,
        `${WP}?${embed}&per_page=1&page=1&order=asc`,
      ].sort(),
    );
    // Asked again, all of it comes from the cache.
    await Promise.all([source.days({ from: '2017-09-25', to: '2017-11-05' }), source.list(), source.bounds()]);
    expect(requests).to.have.length(6);
  });

  it('reads an article from the cache, else from the preset URL; 404 is not-found', async () => {
    const { source, requests } = counted({ endpoint: WP, preset: 'wordpress' });
    const { items } = await source.list({ date: '2017-10-31' });
    const n = requests.length;
    const cached = await source.article(items[0].id);
    expect(requests.length).to.equal(n);
    expect(cached.id).to.equal(items[0].id);
    const fresh = wpSource({ retries: 0 });
    const one = await fresh.article('1');
    expect(one.title).to.equal('Поздно вечером 31 октября');
    expect(one.body).to.deep.equal({ html: '<p>Вечер</p>' });
    let error: unknown;
    try {
      await fresh.article('999999');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(LetopisError);
    expect((error as LetopisError).code).to.equal('not-found');
  });

  it('knows the first and last news days', async () => {
    const source = wpSource();
    const posts = await allPosts();
    const days = posts.map((p) => p.date.slice(0, 10)).sort();
    expect(await source.bounds()).to.deep.equal({ first: days[0], last: days[days.length - 1] });
  });

  it('reads a Bitrix export through a template with {from}, {to}, {page}, {pageSize}', async () => {
    const { source, requests } = counted({
      endpoint: '/api/bitrix/news.php?from={from}&to={to}&PAGEN_1={page}&SIZEN_1={pageSize}',
      preset: 'bitrix',
    });
    const counts = await source.days({ from: '2017-10-30', to: '2017-11-05' });
    const wp = wpSource();
    expect(Object.fromEntries(counts)).to.deep.equal(
      Object.fromEntries(await wp.days({ from: '2017-10-30', to: '2017-11-05' })),
    );
    expect(requests[0]).to.contain('from=2017-10-30&to=2017-11-05&PAGEN_1=1&SIZEN_1=100');
    const item = (await source.list({ date: '2017-10-31' })).items.find((i) => i.id === '1');
    expect(item?.date).to.equal('2017-10-31T23:30:00+03:00');
    expect(item?.url).to.equal(`${location.origin}/news/1/`);
  });

  it('fetches per month from static files ({month}) and reuses them across months', async () => {
    const { source, requests } = counted({ endpoint: '/fault?month={month}' });
    const oct = await source.days({ from: '2017-09-25', to: '2017-11-05' });
    expect(oct.size).to.equal(42);
    expect(requests.map((u) => new URL(u, location.href).searchParams.get('month'))).to.deep.equal([
      '2017-09',
      '2017-10',
      '2017-11',
    ]);
    await source.days({ from: '2017-10-30', to: '2017-12-10' });
    expect(requests).to.have.length(4);
    const feed = await source.list({ date: '2017-10-26' });
    expect(feed.items.map((i) => i.id)).to.deep.equal(['2017-10-26']);
  });

  it('reads a missing dated file (404) as a month without news, and fails only when none exists', async () => {
    const restore = freezeTime('2017-12-20T12:00:00+03:00');
    try {
      const { source, requests } = counted({
        endpoint: `/fault?month={month}&files=2017-08,2017-10&k=${Math.random()}`,
      });
      const days = await source.days({ from: '2017-09-01', to: '2017-10-31' });
      expect(days.size).to.equal(31);
      expect([...days.keys()].every((d) => d.startsWith('2017-10'))).to.equal(true);
      // The newest news: December and November have no file, October has.
      expect((await source.bounds()).last).to.equal('2017-10-31');
      const page = await source.list({ pageSize: 3 });
      expect(page.items.map((i) => i.id)).to.deep.equal(['2017-10-31', '2017-10-30', '2017-10-29']);
      // A missing month asked again is answered from the cache.
      const before = requests.length;
      expect((await source.days({ from: '2017-09-01', to: '2017-09-30' })).size).to.equal(0);
      expect(requests.length).to.equal(before);

      const errors: LetopisError[] = [];
      const wrong = new NewsSource({ endpoint: `/fault?month={month}&files=&k=${Math.random()}`, retries: 0 });
      wrong.addEventListener('letopis-error', (e) => errors.push((e as CustomEvent).detail.error));
      const error = await wrong.list().then(
        () => undefined,
        (e: LetopisError) => e,
      );
      expect(error?.code).to.equal('http');
      expect(error?.status).to.equal(404);
      expect(errors).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('takes day counts from days-endpoint', async () => {
    const source = new NewsSource({
      endpoint: WP,
      preset: 'wordpress',
      daysEndpoint: '/test/fixtures/days/{month}.json',
    });
    const counts = await source.days({ from: '2017-09-25', to: '2017-11-05' });
    expect(Object.fromEntries(counts)).to.deep.equal({
      '2017-10-26': 3,
      '2017-10-27': 1,
      '2017-10-02': 2,
      '2017-11-01': 4,
    });
  });

  it('reads inline data with no network at all', async () => {
    const { source, requests } = counted({
      preset: 'jsonfeed',
      data: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: 'a', title: 'Встроено', date_published: '2017-10-26T10:00:00+03:00' }],
      }),
    });
    expect((await source.list()).items.map((i) => i.title)).to.deep.equal(['Встроено']);
    expect(Object.fromEntries(await source.days({ from: '2017-10-01', to: '2017-10-31' }))).to.deep.equal({
      '2017-10-26': 1,
    });
    expect(await source.bounds()).to.deep.equal({ first: '2017-10-26', last: '2017-10-26' });
    expect((await source.article('a')).title).to.equal('Встроено');
    expect(requests).to.deep.equal([]);
    const broken = new NewsSource({ data: '{"items": [' });
    let error: unknown;
    await broken.list().catch((e) => (error = e));
    expect((error as LetopisError).code).to.equal('bad-body');
  });

  it('fires letopis-load once per response, with counts', async () => {
    const source = new NewsSource({ endpoint: '/test/fixtures/bitrix/news.json', preset: 'bitrix' });
    const loads: unknown[] = [];
    source.addEventListener('letopis-load', (e) => loads.push((e as CustomEvent).detail));
    await source.list();
    await source.list();
    expect(loads).to.deep.equal([{ url: `${location.origin}/test/fixtures/bitrix/news.json`, count: 2, skipped: 1 }]);
  });

  it('serves stale data at once and revalidates in the background', async () => {
    // The clock is ours: the answer ages by the minute, not by the machine's speed.
    const start = Date.parse('2026-01-03T09:00:00Z');
    let restore = freezeTime(start);
    const at = (seconds: number) => {
      restore();
      restore = freezeTime(start + seconds * 1000);
    };
    try {
      let revalidated!: () => void;
      const second = new Promise<void>((resolve) => (revalidated = resolve));
      const requests: string[] = [];
      const source = new NewsSource({
        endpoint: '/test/fixtures/jsonfeed/feed-2.json',
        preset: 'jsonfeed',
        cacheTtl: 60,
        fetch: async (url, init) => {
          requests.push(String(url));
          const res = await fetch(url, init);
          if (requests.length === 2) queueMicrotask(revalidated);
          return res;
        },
      });
      await source.list();
      at(59); // fresh: from the cache
      await source.list();
      expect(requests).to.have.length(1);
      at(61); // stale: answered at once from the cache, and fetched again behind it
      const again = await source.list();
      expect(again.items).to.have.length(2);
      await second;
      expect(requests).to.have.length(2);
    } finally {
      restore();
    }
  });

  it('persists responses in sessionStorage when asked', async () => {
    sessionStorage.clear();
    const url = `/test/fixtures/ghost/posts.json?persist=${Math.random()}`;
    const a = counted({ endpoint: url, preset: 'ghost', persist: true });
    await a.source.list();
    const b = counted({ endpoint: url, preset: 'ghost', persist: true });
    expect((await b.source.list()).items).to.have.length(1);
    expect(a.requests).to.have.length(1);
    expect(b.requests).to.have.length(0);
    sessionStorage.clear();
  });

  it('filters by section on the client when the endpoint cannot', async () => {
    const source = wpSource();
    const all = await source.list({ date: '2017-10-26' });
    const eco = await source.list({ date: '2017-10-26', section: 'Экономика' });
    expect(eco.items.length).to.equal(all.items.filter((i) => i.section === 'Экономика').length);
    const ecoDays = await source.days({ from: '2017-10-26', to: '2017-10-26', section: 'экономика' });
    expect(ecoDays.get('2017-10-26') ?? 0).to.equal(eco.items.length);
  });

  it('lets WordPress filter by a category id, without comparing it with section names', async () => {
    const { source, requests } = counted({ endpoint: WP, preset: 'wordpress' });
    const all = await source.list({ date: '2017-10-26' });
    const economy = all.items.filter((i) => i.section === 'Экономика');
    expect(economy.length).to.be.above(0);
    const byId = await source.list({ date: '2017-10-26', section: '2' });
    expect(byId.items.map((i) => i.id)).to.deep.equal(economy.map((i) => i.id));
    expect(requests.at(-1)).to.contain('categories=2');
    const days = await source.days({ from: '2017-10-26', to: '2017-10-26', section: '2' });
    expect(days.get('2017-10-26')).to.equal(economy.length);
  });

  it('aborts a query without an error event', async () => {
    const source = new NewsSource({ endpoint: '/fault?delay=500', retries: 0 });
    const errors: unknown[] = [];
    source.addEventListener('letopis-error', (e) => errors.push(e));
    const controller = new AbortController();
    const p = source.list({}, { signal: controller.signal });
    controller.abort();
    let error: unknown;
    await p.catch((e) => (error = e));
    expect((error as DOMException).name).to.equal('AbortError');
    expect(errors).to.deep.equal([]);
  });

  it('keeps a shared request alive while another widget still waits for it', async () => {
    const key = Math.random();
    const { source, requests } = counted({ endpoint: `/fault?delay=150&k=${key}` });
    const one = new AbortController();
    const a = source.list({}, { signal: one.signal });
    const b = source.list();
    one.abort();
    await a.catch(() => undefined);
    expect((await b).items).to.have.length(3);
    expect(requests).to.have.length(1);
  });

  it('lists a long range through server paging', async () => {
    const { source } = counted({ endpoint: WP, preset: 'wordpress', pageSize: 5 });
    const to = '2017-12-31';
    const from = addDays(to, -90);
    const p1 = await source.list({ from, to });
    expect(p1.items).to.have.length(5);
    expect(p1.hasMore).to.equal(true);
    expect(p1.items.every((i) => i.siteDate >= from && i.siteDate <= to)).to.equal(true);
  });
});
