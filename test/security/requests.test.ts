/**
 * Requests go only where the integrator pointed: a next link in the data is
 * followed only on the endpoint's own origin, never twice in one walk, never
 * past the page cap; headers and credentials reach only the origins the
 * integrator named.
 */
import { expect } from '@open-wc/testing';
import { Http } from '../../src/data/http.js';
import { NewsSource, type NewsSourceOptions } from '../../src/data/news-source.js';
import { MAX_PAGES } from '../../src/data/paging.js';
import { silenceWarnings } from '../helpers/console.js';
import { faultKey } from '../helpers/sources.js';

/** The same test server under another origin: 127.0.0.1 when the page is on localhost, else localhost. */
const OTHER = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

interface Heard {
  hits: number;
  authorization: string[];
  apiKey: string[];
  cookie: string[];
}
const heard = async (key: string): Promise<Heard> => (await fetch(`/fault/hits?key=${key}`)).json() as Promise<Heard>;

const SECRETS = { authorization: 'Bearer s3cret', 'x-api-key': 'k3y' };

/** Every item id a source knows from `from` on, by reading its days and lists. */
async function ids(source: NewsSource): Promise<string[]> {
  const { items } = await source.list({ from: '2000-01-01', to: '2017-12-31', pageSize: 100 });
  return items.map((i) => i.id);
}

describe('security/requests: where letopis sends requests', () => {
  const warnings = silenceWarnings();

  describe('a next link to another origin is not followed', () => {
    for (const format of ['jsonfeed', 'rss', 'atom']) {
      it(`${format}: no request to it, the headers stay home, one warning naming the link and the endpoint`, async () => {
        const home = faultKey();
        const away = faultKey();
        const link = `${OTHER}/fault?paged=1&page=2&cors=1&key=${away}${format === 'jsonfeed' ? '' : `&format=${format}`}`;
        const endpoint = `/fault?paged=1&page=1&key=${home}&cors=1&next=${encodeURIComponent(link)}${format === 'jsonfeed' ? '' : `&format=${format}`}`;
        const source = new NewsSource({
          endpoint,
          preset: format,
          headers: SECRETS,
          credentials: 'include',
          retries: 0,
        });
        // A range reaching back past the first page: the feed plan would page on.
        expect(await ids(source)).to.deep.equal(['p1-0', 'p1-1', 'p1-2']);
        const there = await heard(away);
        expect(there.hits, 'requests at the other origin').to.equal(0);
        expect(there.authorization).to.deep.equal([]);
        // The headers did reach the endpoint itself: the test would see them leak.
        expect((await heard(home)).authorization).to.deep.equal([SECRETS.authorization]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(/^letopis: not following the next page /);
        expect(warnings[0]).to.contain(link);
        expect(warnings[0]).to.contain(`the endpoint ${location.origin}/fault?`);
        // Asked again: the walk is over, nothing more is said.
        await source.days({ from: '2000-01-01', to: '2017-12-31' });
        expect(warnings).to.have.length(1);
      });
    }

    it('drupal links.next (a preset that pages by link, joining pages): not followed either', async () => {
      const asked: string[] = [];
      const body = (n: number, next: string) => ({
        data: Array.from({ length: 50 }, (_, i) => ({
          id: `d${n}-${i}`,
          attributes: { title: `t${i}`, created: `2017-10-${String((i % 28) + 1).padStart(2, '0')}T12:00:00+00:00` },
        })),
        links: { next: { href: next } },
      });
      const fetcher: typeof fetch = async (input, init) => {
        const url = String(input);
        asked.push(url);
        expect(url.startsWith(location.origin), `a request to ${url}`).to.equal(true);
        expect(new Headers(init?.headers).get('authorization')).to.equal(SECRETS.authorization);
        return new Response(JSON.stringify(body(asked.length, `${OTHER}/jsonapi/node/article?page=2`)), {
          headers: { 'content-type': 'application/vnd.api+json' },
        });
      };
      const source = new NewsSource({
        endpoint: '/jsonapi/node/article',
        preset: 'drupal',
        fetch: fetcher,
        headers: SECRETS,
      });
      // 120 items a page: more than Drupal's 50, so the page is joined from several by their next links.
      const page = await source.list({ pageSize: 120 });
      expect(page.items).to.have.length(50);
      expect(page.hasMore).to.equal(false);
      expect(asked).to.have.length(1);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`${OTHER}/jsonapi/node/article?page=2`);
    });
  });

  describe('a next link that goes round ends the walk', () => {
    for (const [name, cycle, pages] of [
      ['to itself', 1, 1],
      ['A → B → A', 2, 2],
    ] as const) {
      for (const format of ['jsonfeed', 'rss']) {
        it(`${format}, ${name}: each item once, each page read once, one warning`, async () => {
          const key = faultKey();
          const source = new NewsSource({
            endpoint: `/fault?paged=1&page=1&cycle=${cycle}&key=${key}${format === 'rss' ? '&format=rss' : ''}`,
            preset: format,
            retries: 0,
          });
          const expected = Array.from({ length: pages }, (_, p) => [0, 1, 2].map((i) => `p${p + 1}-${i}`)).flat();
          expect(await ids(source)).to.deep.equal(expected);
          const counts = await source.days({ from: '2000-01-01', to: '2017-12-31' });
          expect([...counts.values()].reduce((a, b) => a + b, 0)).to.equal(3 * pages);
          expect((await heard(key)).hits).to.equal(pages);
          expect(warnings).to.have.length(1);
          expect(warnings[0]).to.match(/^letopis: the next page of .* is .*, already read: paging stops there/);
        });
      }
    }

    it('a page joined from linked pages that link to themselves (range plan, Drupal) holds each item once', async () => {
      let asked = 0;
      const fetcher: typeof fetch = async (input) => {
        asked++;
        const self = String(input);
        const data = Array.from({ length: 50 }, (_, i) => ({
          id: `d${i}`,
          attributes: { title: `t${i}`, created: `2017-10-${String((i % 28) + 1).padStart(2, '0')}T12:00:00+00:00` },
        }));
        return new Response(JSON.stringify({ data, links: { next: { href: self } } }));
      };
      const source = new NewsSource({ endpoint: '/jsonapi/node/article', preset: 'drupal', fetch: fetcher });
      const page = await source.list({ pageSize: 120 });
      expect(new Set(page.items.map((i) => i.id)).size).to.equal(page.items.length);
      expect(page.items).to.have.length(50);
      const counts = await source.days({ from: '2017-10-01', to: '2017-10-31' });
      expect([...counts.values()].reduce((a, b) => a + b, 0)).to.equal(50);
      expect(asked).to.equal(2);
      expect(warnings.every((w) => /already read: paging stops there/.test(w))).to.equal(true);
    });
  });

  it(`a feed whose next links never end stops after ${MAX_PAGES} pages, with a warning`, async function () {
    this.timeout(60_000);
    const key = faultKey();
    const source = new NewsSource({ endpoint: `/fault?paged=1&page=1&endless=1&key=${key}`, preset: 'jsonfeed' });
    const counts = await source.days({ from: '1900-01-01', to: '2017-12-31' });
    expect([...counts.values()].reduce((a, b) => a + b, 0)).to.equal(3 * MAX_PAGES);
    expect((await heard(key)).hits).to.equal(MAX_PAGES);
    expect(warnings).to.deep.equal([
      `letopis: stopped after ${MAX_PAGES} pages of ${location.origin}/fault?paged=1&page=1&endless=1&key=${key}: older news is not read (next links that never end, or pages that are too small)`,
    ]);
  });

  describe('headers and credentials', () => {
    it('go to the article-endpoint and days-endpoint the integrator set, on another origin too', async () => {
      const article = faultKey();
      const days = faultKey();
      const options: NewsSourceOptions = {
        endpoint: `/fault?paged=1&pages=1&key=${faultKey()}`,
        preset: 'jsonfeed',
        articleEndpoint: `${OTHER}/fault?cors=1&key=${article}&id={id}`,
        daysEndpoint: `${OTHER}/fault?cors=1&key=${days}&month={month}`,
        headers: SECRETS,
        retries: 0,
      };
      const source = new NewsSource(options);
      await source.days({ from: '2017-10-01', to: '2017-10-31' }).catch(() => {});
      await source.article('zzz').catch(() => {});
      expect((await heard(article)).authorization).to.deep.equal([SECRETS.authorization]);
      expect((await heard(days)).apiKey).to.deep.equal([SECRETS['x-api-key']]);
    });

    it('never go to an origin the integrator did not name (the request layer itself)', async () => {
      const key = faultKey();
      const http = new Http({
        headers: SECRETS,
        credentials: 'include',
        trusted: (url) => url.startsWith(location.origin),
        timeout: 5000,
        retries: 0,
        retryDelay: 10,
        ttl: 1000,
        parse: (text) => JSON.parse(text),
        changed: () => {},
      });
      const there = await http.get(`${OTHER}/fault?cors=1&key=${key}`);
      expect(there.status).to.equal(200);
      const home = faultKey();
      await http.get(`${location.origin}/fault?key=${home}`);
      expect(await heard(key)).to.deep.include({ hits: 1, authorization: [], apiKey: [], cookie: [] });
      expect((await heard(home)).authorization).to.deep.equal([SECRETS.authorization]);
    });
  });
});
