/**
 * What a month of marks costs: the rounds of requests (requests in flight
 * together), the bytes, and what is asked. A 50 000-item WordPress archive
 * (≈ 96 posts a day, test/server/dataset.mjs) is counted from fields-only
 * pages; static month files are marked from their index, or probed in
 * parallel without one. Requests are logged by the test server
 * (test/server/request-log.mjs) and timed by a fetch wrapper here.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/calendar.js';
import type { LetopisCalendar } from '../../src/components/calendar/letopis-calendar.js';
import { monthGrid } from '../../src/core/grid.js';
import { NewsSource, type NewsSourceOptions } from '../../src/data/news-source.js';
// Plain ESM shared with the test server, untyped (no allowJs): typed where it is used.
// @ts-expect-error TS7016
import { archiveItems as archiveItemsJs } from '../server/dataset.mjs';
import { $, $$, calendar } from '../helpers/pages.js';
import { freezeTime } from '../helpers/time.js';

const ZONE = 'Europe/Moscow';
const archiveItems = archiveItemsJs as (total: number) => { date: string }[];

interface Logged {
  url: string;
  status: number;
  transferred: number;
}

/** The server's log of a scope's requests, emptied. */
async function takeLog(scope: string): Promise<Logged[]> {
  return (await fetch(`/api/_log?scope=${scope}&clear=1`)).json();
}

/** A source whose requests are timed from the moment letopis asks to the end of the body. */
function timed(options: NewsSourceOptions) {
  const requests: { url: string; start: number; end: number }[] = [];
  const source = new NewsSource({
    timeZone: ZONE,
    retries: 0,
    ...options,
    fetch: async (url, init) => {
      const entry = { url: String(url), start: performance.now(), end: Infinity };
      requests.push(entry);
      const res = await fetch(url, init);
      const body = await res.text();
      entry.end = performance.now();
      return new Response(body, { status: res.status, headers: res.headers });
    },
  });
  return { source, requests };
}

/**
 * Sequential rounds: a request is in the round after the latest one that had
 * ended before it was asked (requests asked together, or while others were on
 * their way, share a round, however the browser queues them on its connections).
 */
function rounds(requests: { start: number; end: number }[]): number {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const round: number[] = [];
  sorted.forEach((r, i) => {
    let depth = 1;
    for (let j = 0; j < i; j++) if (sorted[j].end <= r.start) depth = Math.max(depth, round[j] + 1);
    round.push(depth);
  });
  return Math.max(0, ...round);
}

const scopeOf = (kind: string) => `${kind}-${Math.random().toString(36).slice(2)}`;
const gridOf = (month: string): [string, string] => {
  const weeks = monthGrid(month, { fixedWeeks: true });
  return [weeks[0][0], weeks.at(-1)![6]];
};
const siteDay = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE });

/** The counts of the days `from..to`, computed straight from the data set in the site's zone: the oracle. */
function expectedCounts(items: { date: string }[], from: string, to: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const day = siteDay.format(new Date(item.date));
    if (day >= from && day <= to) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return new Map([...counts].sort());
}
const sortedMap = (m: Map<string, number>) => new Map([...m].sort());

describe('marks cost by the day: the 50 000-item WordPress archive', function () {
  this.timeout(60_000);
  const items = archiveItems(50_000);

  it('a month switch: ≤ 2 rounds, fields-only pages of 100, ≤ 60 KB, exact counts; a known month costs nothing', async () => {
    const scope = scopeOf('archive50k');
    const { source, requests } = timed({ endpoint: `/api/s/${scope}/wp-json/wp/v2/posts`, preset: 'wordpress' });
    const [febFrom, febTo] = gridOf('2017-02');
    await source.days({ from: febFrom, to: febTo });
    await takeLog(scope);
    requests.length = 0;

    const [from, to] = gridOf('2017-03');
    const counts = await source.days({ from, to });
    const log = await takeLog(scope);
    expect(sortedMap(counts)).to.deep.equal(expectedCounts(items, from, to));
    expect(rounds(requests)).to.be.at.most(2);
    expect(log.length).to.be.above(20); // ≈ 3 000 posts: the pages after the first went out together
    for (const { url } of log) {
      const q = new URL(url, location.href).searchParams;
      expect(q.get('_fields'), url).to.equal('id,date,date_gmt');
      expect(q.has('_embed'), url).to.equal(false);
      expect(q.get('per_page'), url).to.equal('100');
      // Only the days the February grid did not hold: from the day after it.
      expect(q.get('after'), url).to.equal(`${febTo}T23:59:59`);
    }
    const kb = log.reduce((sum, r) => sum + r.transferred, 0) / 1024;
    expect(kb, `${kb.toFixed(1)} KB`).to.be.at.most(60);

    requests.length = 0;
    expect(sortedMap(await source.days({ from: febFrom, to: febTo }))).to.deep.equal(
      expectedCounts(items, febFrom, febTo),
    );
    expect(sortedMap(await source.days({ from, to }))).to.deep.equal(expectedCounts(items, from, to));
    expect(requests).to.deep.equal([]);
    expect(await takeLog(scope)).to.deep.equal([]);
  });

  it('the calendar: next month marked after ≤ 2 rounds of fields-only requests; back again with none', async () => {
    const scope = scopeOf('archive50k');
    const { source, requests } = timed({ endpoint: `/api/s/${scope}/wp-json/wp/v2/posts`, preset: 'wordpress' });
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2016-10" .source=${source}></letopis-calendar>`,
    );
    const settled = (month: string) =>
      waitUntil(() => el.month === month && !calendar.busy(el) && $$(el, '[part~="has-news"]').length > 0, month, {
        timeout: 30_000,
      });
    await settled('2016-10');
    await calendar.contact(el);
    await takeLog(scope);
    requests.length = 0;
    const [from, to] = gridOf('2016-11');
    const expected = [...expectedCounts(items, from, to).keys()].join();
    const marked = () => $$(el, '[part~="has-news"]').map((d) => d.dataset.date);
    $(el, '[part~="next"]').click();
    // Every day of the six weeks marked, exactly the days with news.
    await waitUntil(() => !calendar.busy(el) && marked().join() === expected, 'November marked', { timeout: 30_000 });
    const log = await takeLog(scope);
    expect(rounds(requests)).to.be.at.most(2);
    expect(log.length).to.be.above(20);
    expect(log.every(({ url }) => url.includes('_fields=id%2Cdate%2Cdate_gmt') && !url.includes('_embed'))).to.equal(
      true,
    );
    requests.length = 0;
    $(el, '[part~="prev"]').click();
    await settled('2016-10');
    expect(requests).to.deep.equal([]);
  });

  it('fields-only answers never reach a list or an article: those ask for whole posts', async () => {
    const scope = scopeOf('archive50k');
    const { source } = timed({ endpoint: `/api/s/${scope}/wp-json/wp/v2/posts`, preset: 'wordpress' });
    const [from, to] = gridOf('2017-05');
    await source.days({ from, to });
    await takeLog(scope);
    const page = await source.list({ date: '2017-05-10', pageSize: 5 });
    expect(page.items).to.have.length(5);
    for (const item of page.items) expect(item.title).to.match(/^Новость архива №\d+$/);
    const article = await source.article(page.items[0].id);
    expect(article.body && 'html' in article.body && article.body.html).to.contain('Текст новости');
    const log = await takeLog(scope);
    expect(log.length).to.be.above(0);
    for (const { url } of log) expect(url).to.not.contain('_fields');
  });
});

describe('marks cost by the day: fields-only requests of the other presets', () => {
  /** One fields-only answer per preset, and the URL letopis asked for. */
  async function asked(preset: string, endpoint: string, body: unknown) {
    const urls: URL[] = [];
    const source = new NewsSource({
      endpoint,
      preset,
      timeZone: ZONE,
      fetch: async (url) => {
        urls.push(new URL(String(url)));
        return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
      },
    });
    const counts = await source.days({ from: '2017-10-23', to: '2017-11-05' });
    return { counts, url: urls[0], requests: urls.length };
  }
  // 21:30Z on the 31st is 00:30 on 1 November in Moscow.
  const late = '2017-10-31T21:30:00.000Z';

  it('Drupal JSON:API: a sparse fieldset of the node type, nothing included', async () => {
    const { counts, url } = await asked('drupal', 'http://cms.test/jsonapi/node/article?include=field_image', {
      data: [
        { type: 'node--article', id: 'a', attributes: { created: '2017-10-26T10:00:00+00:00' } },
        { type: 'node--article', id: 'b', attributes: { created: late } },
      ],
      links: {},
    });
    expect(url.searchParams.get('fields[node--article]')).to.equal('created');
    expect(url.searchParams.has('include')).to.equal(false);
    expect(sortedMap(counts)).to.deep.equal(
      new Map([
        ['2017-10-26', 1],
        ['2017-11-01', 1],
      ]),
    );
  });

  it('Strapi: fields[0]=publishedAt, nothing populated', async () => {
    const { counts, url } = await asked('strapi', 'http://cms.test/api/articles', {
      data: [
        { id: 1, documentId: 'x1', publishedAt: '2017-10-26T10:00:00.000Z' },
        { id: 2, documentId: 'x2', publishedAt: late },
      ],
      meta: { pagination: { total: 2, pageCount: 1 } },
    });
    expect(url.searchParams.get('fields[0]')).to.equal('publishedAt');
    expect([...url.searchParams.keys()].some((k) => k.startsWith('populate'))).to.equal(false);
    expect(sortedMap(counts)).to.deep.equal(
      new Map([
        ['2017-10-26', 1],
        ['2017-11-01', 1],
      ]),
    );
  });

  it('Ghost: fields=id,published_at, no tags', async () => {
    const { counts, url, requests } = await asked('ghost', 'http://cms.test/ghost/api/content/posts/?key=k', {
      posts: [
        { id: 'g1', published_at: '2017-10-26T10:00:00.000Z' },
        { id: 'g2', published_at: late },
      ],
      meta: { pagination: { total: 2, pages: 1 } },
    });
    expect(url.searchParams.get('fields')).to.equal('id,published_at');
    expect(url.searchParams.has('include')).to.equal(false);
    expect(requests).to.equal(1);
    expect(sortedMap(counts)).to.deep.equal(
      new Map([
        ['2017-10-26', 1],
        ['2017-11-01', 1],
      ]),
    );
  });
});

describe('marks cost by the day: static month files', function () {
  this.timeout(30_000);

  /** The demo's month files, read without letopis: the oracle. */
  async function monthItems(month: string): Promise<{ date_published: string }[]> {
    return (await (await fetch(`/demo/static/${month}.json`)).json()).items;
  }

  it('with index.json: the newest month and every month’s marks from one request', async () => {
    const scope = scopeOf('static-index');
    const { source, requests } = timed({ endpoint: `/api/s/${scope}/static/{month}.json`, preset: 'jsonfeed' });
    const bounds = await source.bounds();
    // The newest and oldest days of demo/static/index.json.
    expect(bounds.last).to.equal('2026-01-31');
    expect(bounds.first).to.equal('2017-09-01');
    expect((await takeLog(scope)).map((r) => r.url.split('/').at(-1))).to.deep.equal(['index.json', '2026-01.json']);
    expect(rounds(requests)).to.equal(2);
    requests.length = 0;
    for (const month of ['2017-10', '2025-11', '2018-07']) {
      const [from, to] = gridOf(month);
      const files = (
        await Promise.all(
          [-1, 0, 1].map((step) => {
            const d = new Date(`${month}-15T12:00:00Z`);
            d.setUTCMonth(d.getUTCMonth() + step);
            return monthItems(d.toISOString().slice(0, 7)).catch(() => []);
          }),
        )
      ).flat();
      const expected = expectedCounts(
        files.map((i) => ({ date: i.date_published })),
        from,
        to,
      );
      expect(sortedMap(await source.days({ from, to })), month).to.deep.equal(expected);
    }
    expect(requests).to.deep.equal([]);
    // A list still reads its month's file, and only that one.
    await source.list({ date: '2017-10-26' });
    expect((await takeLog(scope)).map((r) => r.url.split('/').at(-1))).to.deep.equal(['2017-10.json']);
  });

  it('without an index: missing months are probed together, not one by one', async () => {
    // Five months without a file (August back to April 2018) before March 2018's.
    const restore = freezeTime('2018-08-15T12:00:00Z');
    try {
      const scope = scopeOf('static-probe');
      const { source, requests } = timed({ endpoint: `/api/s/${scope}/static/{month}.json`, preset: 'jsonfeed' });
      const bounds = await source.bounds();
      expect(bounds.last).to.equal('2018-03-30'); // the newest news of demo/static/2018-03.json
      // The index (404), then 4 months together, then 8: one by one, it was 6 rounds.
      expect(rounds(requests)).to.equal(3);
      const log = await takeLog(scope);
      expect(log[0].url).to.match(/\/index\.json$/);
      expect(log.filter((r) => r.status === 404)).to.have.length(1 + 5);
    } finally {
      restore();
    }
  });
});
