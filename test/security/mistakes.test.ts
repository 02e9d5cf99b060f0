/**
 * Integrator mistakes, one row each: the input (an element, an attribute, a
 * value, or the page's address), the one console line it gives, and the
 * state the element falls back to — what it renders or what it requests.
 * Nothing may throw, retry forever, abort every request or follow a
 * `javascript:` URL.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/source.js';
import '../../src/calendar.js';
import '../../src/news-list.js';
import '../../src/article.js';
import '../../src/archive.js';
import type { LetopisSource } from '../../src/components/source/letopis-source.js';
import { NewsSource } from '../../src/data/news-source.js';
import type { LetopisError } from '../../src/core/errors.js';
import { silenceWarnings } from '../helpers/console.js';
import { $, $$, article, calendar, deep, list, parts } from '../helpers/pages.js';
import { faultHits, faultKey, WP, wpSource } from '../helpers/sources.js';
import { freezeTime } from '../helpers/time.js';

/** A `<letopis-source>` from its attributes, and its NewsSource. */
async function source(attributes: TemplateResult): Promise<NewsSource> {
  const el = await fixture<LetopisSource>(attributes);
  return el.source!;
}

/** The reason a promise rejects with. */
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail('expected a rejection'),
    (e: unknown) => e as LetopisError,
  );

/** The URL of the first list request a source reads. */
const firstLoad = (el: Element) =>
  new Promise<string>((resolve) =>
    el.addEventListener('letopis-load', (e) => resolve((e as CustomEvent<{ url: string }>).detail.url), { once: true }),
  );

interface Row {
  /** Element, attribute and value, as a reader of the table sees them. */
  input: string;
  /** The exact console line. */
  warning: string;
  /** Mounts the input and checks the state it falls back to. */
  fallback: () => Promise<void>;
  /** The page's address for this row (query or hash). */
  address?: string;
}

const K = () => `mistake-${faultKey()}`;

const ROWS: Row[] = [
  // <letopis-source>
  {
    input: '<letopis-source retries="abc">',
    warning: 'letopis: <letopis-source retries="abc">: not a whole number ≥ 0; using 3',
    async fallback() {
      const key = K();
      const s = await source(
        html`<letopis-source
          endpoint=${`/fault?flaky=${key}&failures=99`}
          preset="jsonfeed"
          retries="abc"
        ></letopis-source>`,
      );
      expect((await rejection(s.list())).code).to.equal('http');
      expect(await faultHits(key), 'the first request and 3 retries').to.equal(4);
    },
  },
  {
    input: '<letopis-source timeout="abc">',
    warning: 'letopis: <letopis-source timeout="abc">: not a whole number of milliseconds ≥ 1; using 10000',
    async fallback() {
      const s = await source(
        html`<letopis-source
          endpoint=${`/fault?delay=200&key=${K()}`}
          preset="jsonfeed"
          timeout="abc"
        ></letopis-source>`,
      );
      expect((await s.list()).items).to.have.length(3);
    },
  },
  {
    input: '<letopis-source map="null">',
    warning:
      'letopis: <letopis-source map="null">: not JSON such as {"items": "result.news", "date": "ACTIVE_FROM"}; using the preset\'s fields',
    async fallback() {
      const s = await source(html`<letopis-source endpoint=${WP} preset="wordpress" map="null"></letopis-source>`);
      expect((await s.list()).items.length).to.be.above(0);
    },
  },
  {
    input: '<letopis-source map=\'{"dat": "x", "title": 5}\'>',
    warning:
      'letopis: <letopis-source map="{"dat": "x", "title": 5}">: cannot use "dat", "title": fields are items, id, title, date, lead, body, url, image, imageAlt, views, section (a path or a list of paths) and titleType, leadType, bodyType (html, text, auto); those are ignored',
    async fallback() {
      const s = await source(
        html`<letopis-source endpoint=${WP} preset="wordpress" map='{"dat": "x", "title": 5}'></letopis-source>`,
      );
      expect((await s.list()).items[0].title)
        .to.be.a('string')
        .and.not.equal('');
    },
  },
  ...['__proto__', 'constructor', 'toString'].map((preset): Row => ({
    input: `<letopis-source preset="${preset}">`,
    warning: `letopis: <letopis-source preset="${preset}">: not one of wordpress, jsonfeed, drupal, strapi, ghost, bitrix, rss, atom; detecting the shape from the first answer`,
    async fallback() {
      const s = await source(html`<letopis-source endpoint="${WP}?p=${preset}" preset=${preset}></letopis-source>`);
      expect((await s.list()).items.length, 'the WordPress shape, detected').to.be.above(0);
    },
  })),
  {
    input: '<letopis-source preset="wordpres">',
    warning:
      'letopis: <letopis-source preset="wordpres">: not one of wordpress, jsonfeed, drupal, strapi, ghost, bitrix, rss, atom (did you mean "wordpress"?); detecting the shape from the first answer',
    async fallback() {
      const s = await source(html`<letopis-source endpoint="${WP}?p=wordpres" preset="wordpres"></letopis-source>`);
      expect((await s.list()).items.length, 'the WordPress shape, detected').to.be.above(0);
    },
  },
  {
    input: '<letopis-source page-size="-5">',
    warning: 'letopis: <letopis-source page-size="-5">: not a whole number ≥ 1; using 20',
    async fallback() {
      const s = await source(html`<letopis-source endpoint=${WP} preset="wordpress" page-size="-5"></letopis-source>`);
      expect(s.pageSize).to.equal(20);
    },
  },
  {
    input: '<letopis-source page-size="abc">',
    warning: 'letopis: <letopis-source page-size="abc">: not a whole number ≥ 1; using 20',
    async fallback() {
      const s = await source(html`<letopis-source endpoint=${WP} preset="wordpress" page-size="abc"></letopis-source>`);
      expect(s.pageSize).to.equal(20);
    },
  },
  {
    input: '<letopis-source endpoint="…?x={foo}">',
    warning:
      'letopis: <letopis-source endpoint="/api/wp-json/wp/v2/posts?x={foo}">: unknown placeholder {foo} (known here: {from}, {to}, {date}, {month}, {year}, {page}, {pageSize}, {offset}, {section}); sent as written',
    async fallback() {
      const el = await fixture<LetopisSource>(
        html`<letopis-source endpoint="${WP}?x={foo}" preset="wordpress"></letopis-source>`,
      );
      const url = firstLoad(el);
      await el.source!.list();
      expect(await url).to.contain('x=%7Bfoo%7D');
    },
  },
  {
    input: '<letopis-source article-endpoint="…/{slug}">',
    warning:
      'letopis: <letopis-source article-endpoint="/api/wp-json/wp/v2/posts/{slug}">: unknown placeholder {slug} (known here: {id}); sent as written',
    async fallback() {
      const s = await source(
        html`<letopis-source endpoint=${WP} preset="wordpress" article-endpoint="${WP}/{slug}"></letopis-source>`,
      );
      expect(s.options.articleEndpoint).to.equal(`${WP}/{slug}`);
    },
  },
  {
    input: '<letopis-source time-zone="Moscow">',
    warning:
      'letopis: <letopis-source time-zone="Moscow">: not an IANA time zone such as "Europe/Moscow"; using Europe/Moscow',
    async fallback() {
      const s = await source(
        html`<letopis-source endpoint=${WP} preset="wordpress" time-zone="Moscow"></letopis-source>`,
      );
      expect(s.timeZone).to.equal('Europe/Moscow');
      expect((await s.list()).items.length, 'no bad-time-zone error').to.be.above(0);
    },
  },
  {
    input: '<letopis-source cache-ttl="-1">',
    warning: 'letopis: <letopis-source cache-ttl="-1">: not a number of seconds ≥ 0; using 300',
    async fallback() {
      const key = K();
      const s = await source(
        html`<letopis-source endpoint="/fault?key=${key}" preset="jsonfeed" cache-ttl="-1"></letopis-source>`,
      );
      await s.list();
      await s.list();
      expect(s.options.cacheTtl).to.equal(undefined);
      expect(await faultHits(key), 'the second answer from the cache').to.equal(1);
    },
  },
  {
    input: '<letopis-source cache-ttl="abc">',
    warning: 'letopis: <letopis-source cache-ttl="abc">: not a number of seconds ≥ 0; using 300',
    async fallback() {
      const s = await source(html`<letopis-source endpoint=${WP} cache-ttl="abc"></letopis-source>`);
      expect(s.options.cacheTtl).to.equal(undefined);
    },
  },
  {
    input: '<letopis-source credentials="sometimes">',
    warning:
      'letopis: <letopis-source credentials="sometimes">: not omit, same-origin or include; using the browser\'s default (same-origin)',
    async fallback() {
      const s = await source(
        html`<letopis-source endpoint=${WP} preset="wordpress" credentials="sometimes"></letopis-source>`,
      );
      expect((await s.list()).items.length, 'fetch is not given the bad value').to.be.above(0);
    },
  },
  {
    input: '<letopis-source date-format="dd.mm.yyyy">',
    warning:
      'letopis: <letopis-source date-format="dd.mm.yyyy">: not a pattern with a year, a month and a day such as dd.MM.yyyy HH:mm, d MMMM yyyy, HH:mm (date-fns) or DD.MM.YYYY HH:MI:SS (Bitrix); reading the common forms only',
    async fallback() {
      const s = await source(
        html`<letopis-source endpoint=${WP} preset="wordpress" date-format="dd.mm.yyyy"></letopis-source>`,
      );
      expect(s.options.dateFormat).to.equal(undefined);
      expect((await s.list()).items.length).to.be.above(0);
    },
  },
  {
    input: '<letopis-source persist="false">',
    warning:
      'letopis: <letopis-source persist="false">: a boolean attribute: write persist, or leave it out; using off',
    async fallback() {
      const s = await source(html`<letopis-source endpoint=${WP} persist="false"></letopis-source>`);
      expect(s.options.persist).to.equal(undefined);
    },
  },
  {
    input: '<letopis-source unsorted="no">',
    warning: 'letopis: <letopis-source unsorted="no">: a boolean attribute: write unsorted, or leave it out; using off',
    async fallback() {
      const s = await source(html`<letopis-source endpoint=${WP} unsorted="no"></letopis-source>`);
      expect(s.options.sorted).to.equal(undefined);
    },
  },
  {
    input: '<letopis-source endpoint="javascript:…">',
    warning:
      'letopis: <letopis-source endpoint="javascript:alert(1)">: not an http(s) or relative URL; nothing is requested',
    async fallback() {
      const s = await source(html`<letopis-source endpoint="javascript:alert(1)"></letopis-source>`);
      expect((await rejection(s.list())).code).to.equal('bad-option');
    },
  },
  {
    input: '<letopis-source article-endpoint="data:…">',
    warning:
      'letopis: <letopis-source article-endpoint="data:application/json,{}">: not an http(s) or relative URL; not used',
    async fallback() {
      const s = await source(
        html`<letopis-source endpoint=${WP} article-endpoint="data:application/json,{}"></letopis-source>`,
      );
      expect(s.options.articleEndpoint).to.equal(undefined);
    },
  },
  {
    input: '<letopis-source days-endpoint=" vbscript:…">',
    warning: 'letopis: <letopis-source days-endpoint=" vbscript:x">: not an http(s) or relative URL; not used',
    async fallback() {
      const s = await source(html`<letopis-source endpoint=${WP} days-endpoint=" vbscript:x"></letopis-source>`);
      expect(s.options.daysEndpoint).to.equal(undefined);
    },
  },
  {
    input: '<letopis-source base-url="java\\tscript:…">',
    warning: 'letopis: <letopis-source base-url="java\tscript:x">: not an http(s) or relative URL; using the endpoint',
    async fallback() {
      const s = await source(html`<letopis-source endpoint=${WP} base-url="java	script:x"></letopis-source>`);
      expect(s.options.baseUrl).to.equal(undefined);
    },
  },

  // <letopis-calendar>
  {
    input: '<letopis-calendar month="0000-01">',
    warning:
      'letopis: <letopis-calendar month="0000-01">: not a month YYYY-MM (0001-01 to 9999-12); showing the selected day\'s month, else the newest news month, else today\'s',
    async fallback() {
      const el = await fixture(html`<letopis-calendar month="0000-01"></letopis-calendar>`);
      expect(calendar.heading(el)).to.equal('Октябрь 2017');
    },
  },
  {
    input: '<letopis-calendar month="2017-13">',
    warning:
      'letopis: <letopis-calendar month="2017-13">: not a month YYYY-MM (0001-01 to 9999-12); showing the selected day\'s month, else the newest news month, else today\'s',
    async fallback() {
      const el = await fixture(html`<letopis-calendar month="2017-13" value="2017-05-10"></letopis-calendar>`);
      expect(calendar.heading(el), "the selected day's month").to.equal('Май 2017');
    },
  },
  {
    input: '<letopis-calendar min> after max',
    warning:
      'letopis: <letopis-calendar min="2017-10-20">: is after max="2017-10-05"; using the first and last news days instead',
    async fallback() {
      const el = await fixture(
        html`<letopis-calendar month="2017-10" min="2017-10-20" max="2017-10-05"></letopis-calendar>`,
      );
      expect(calendar.days(el).filter((d) => parts(d).includes('disabled'))).to.have.length(0);
    },
  },
  {
    input: '<letopis-calendar min="2017-10-32">',
    warning: 'letopis: <letopis-calendar min="2017-10-32">: not a day YYYY-MM-DD; using the first news day',
    async fallback() {
      const el = await fixture(html`<letopis-calendar month="2017-10" min="2017-10-32"></letopis-calendar>`);
      expect(calendar.days(el).filter((d) => parts(d).includes('disabled'))).to.have.length(0);
    },
  },
  {
    input: '<letopis-calendar value="2017-02-30">',
    warning: 'letopis: <letopis-calendar value="2017-02-30">: not a day YYYY-MM-DD; no day is selected',
    async fallback() {
      const el = await fixture(html`<letopis-calendar month="2017-02" value="2017-02-30"></letopis-calendar>`);
      expect($$(el, '[part~="selected"]')).to.have.length(0);
    },
  },
  {
    input: '<letopis-calendar time-zone="Moscow">',
    warning:
      'letopis: <letopis-calendar time-zone="Moscow">: not an IANA time zone such as "Europe/Moscow"; using Europe/Moscow',
    async fallback() {
      const el = await fixture(html`<letopis-calendar time-zone="Moscow"></letopis-calendar>`);
      // 2017-10-26T21:30Z is already the 27th in Moscow.
      expect($(el, '[part~="today"]').dataset.date).to.equal('2017-10-27');
    },
  },
  {
    input: '<letopis-calendar first-day-of-week="7">',
    warning: 'letopis: <letopis-calendar first-day-of-week="7">: not a whole number 0–6 (0 = Sunday); using 1 (Monday)',
    async fallback() {
      const el = await fixture(html`<letopis-calendar month="2017-10" first-day-of-week="7"></letopis-calendar>`);
      expect(calendar.days(el)[0].dataset.date, 'a Monday').to.equal('2017-09-25');
    },
  },
  {
    input: '<letopis-calendar day-href="javascript:…">',
    warning:
      'letopis: <letopis-calendar day-href="javascript:alert({date})">: not an http(s) or relative URL; days are not links',
    async fallback() {
      const el = await fixture(
        html`<letopis-calendar
          month="2017-10"
          counts='{"2017-10-26": 2}'
          day-href="javascript:alert({date})"
        ></letopis-calendar>`,
      );
      expect(calendar.day(el, '2017-10-26').localName).to.equal('button');
      expect($$(el, 'a')).to.have.length(0);
    },
  },
  {
    input: '<letopis-calendar counts="{oops">',
    warning: 'letopis: <letopis-calendar counts="{oops">: not a JSON object such as {"2017-10-26": 3}; ignored',
    async fallback() {
      const el = await fixture(html`<letopis-calendar month="2017-10" counts="{oops"></letopis-calendar>`);
      expect($$(el, '[part~="has-news"]')).to.have.length(0);
      expect(calendar.heading(el)).to.equal('Октябрь 2017');
    },
  },
  {
    input: '?date=2017-13-01 for <letopis-calendar date-param="date">',
    address: '?date=2017-13-01',
    warning:
      'letopis: <letopis-calendar date-param="date">: the page\'s ?date="2017-13-01" is not a day YYYY-MM-DD; ignored',
    async fallback() {
      const el = await fixture(html`<letopis-calendar date-param="date"></letopis-calendar>`);
      expect((el as HTMLElement & { value?: string }).value).to.equal(undefined);
    },
  },

  // <letopis-news-list>
  {
    input: '<letopis-news-list page-size="-5">',
    warning: 'letopis: <letopis-news-list page-size="-5">: not a whole number ≥ 1; using the source\'s page size',
    async fallback() {
      const el = await fixture<LetopisSource>(
        html`<letopis-source endpoint="${WP}?ps=1" preset="wordpress"
          ><letopis-news-list page-size="-5"></letopis-news-list
        ></letopis-source>`,
      );
      expect(await firstLoad(el)).to.contain('per_page=20');
    },
  },
  {
    input: '<letopis-news-list item-href="javascript:…">',
    warning:
      'letopis: <letopis-news-list item-href="javascript:alert({id})">: not an http(s) or relative URL; using each item\'s own URL',
    async fallback() {
      const el = await fixture(
        html`<letopis-news-list .source=${wpSource()} item-href="javascript:alert({id})"></letopis-news-list>`,
      );
      await list.settled(el);
      const links = $$<HTMLAnchorElement>(el, 'a[part~="title"]');
      expect(links.length).to.be.above(0);
      for (const a of links) expect(a.protocol).to.match(/^https?:$/);
    },
  },
  {
    input: '<letopis-news-list all-href="data:…">',
    warning:
      'letopis: <letopis-news-list all-href="data:text/html,x">: not an http(s) or relative URL; the link is not shown',
    async fallback() {
      const el = await fixture(
        html`<letopis-news-list .source=${wpSource()} all-href="data:text/html,x"></letopis-news-list>`,
      );
      await list.settled(el);
      expect($(el, '[part~="all-link"]')).to.equal(null);
    },
  },
  {
    input: '<letopis-news-list paging="scroll">',
    warning: 'letopis: <letopis-news-list paging="scroll">: not more, pages, infinite or none; using more',
    async fallback() {
      const el = await fixture(
        html`<letopis-news-list .source=${wpSource()} paging="scroll" page-size="2"></letopis-news-list>`,
      );
      await list.settled(el);
      expect($(el, '[part~="more"]')).to.not.equal(null);
    },
  },
  {
    input: '<letopis-news-list display="lead pictures">',
    warning:
      'letopis: <letopis-news-list display="lead pictures">: has words other than lead, image, views, section; those are ignored',
    async fallback() {
      const el = await fixture(
        html`<letopis-news-list .source=${wpSource()} display="lead pictures"></letopis-news-list>`,
      );
      await list.settled(el);
      expect(list.items(el).length).to.be.above(0);
    },
  },
  {
    input: '<letopis-news-list from> after to',
    warning: 'letopis: <letopis-news-list from="2017-10-31">: is after to="2017-10-01"; both ignored',
    async fallback() {
      const el = await fixture(
        html`<letopis-news-list .source=${wpSource()} from="2017-10-31" to="2017-10-01"></letopis-news-list>`,
      );
      await list.settled(el);
      expect(list.items(el).length, 'the whole feed').to.be.above(0);
    },
  },
  {
    input: '<letopis-news-list date="2017-13-01">',
    warning: 'letopis: <letopis-news-list date="2017-13-01">: not a day YYYY-MM-DD; ignored',
    async fallback() {
      const el = await fixture(html`<letopis-news-list .source=${wpSource()} date="2017-13-01"></letopis-news-list>`);
      await list.settled(el);
      expect(list.items(el).length, 'the whole feed').to.be.above(0);
    },
  },

  // <letopis-article>
  {
    input: '<letopis-article article-id="..">',
    warning:
      'letopis: <letopis-article article-id="..">: not an article id (1–1000 characters, not "." or ".."); no article is shown',
    async fallback() {
      const key = K();
      const el = await fixture(
        html`<letopis-source endpoint="/fault?key=${key}" preset="jsonfeed" article-endpoint="/fault/{id}?key=${key}"
          ><letopis-article article-id=".."></letopis-article
        ></letopis-source>`,
      );
      await (el.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect($(el.firstElementChild!, '[part~="title"],[part~="loading"]')).to.equal(null);
      expect(await faultHits(key), 'nothing requested').to.equal(0);
    },
  },
  {
    input: '?news=. for <letopis-article id-param="news">',
    address: '?news=.',
    warning:
      'letopis: <letopis-article id-param="news">: the page\'s ?news="." is not an article id (1–1000 characters, not "." or ".."); ignored',
    async fallback() {
      const el = await fixture(html`<letopis-article .source=${wpSource()} id-param="news"></letopis-article>`);
      expect((el as HTMLElement & { articleId?: string }).articleId).to.equal(undefined);
      expect($(el, '[part~="title"],[part~="loading"]')).to.equal(null);
    },
  },
  {
    input: '<letopis-article heading-level="7">',
    warning: 'letopis: <letopis-article heading-level="7">: not a whole number 1–6; using 1',
    async fallback() {
      const item = { id: 'a', title: 'Новость', date: '2017-10-26T12:00:00+03:00', siteDate: '2017-10-26' };
      const el = await fixture(html`<letopis-article .item=${item} heading-level="7"></letopis-article>`);
      expect($(el, '[part~="title"]').getAttribute('aria-level')).to.equal('1');
    },
  },
  {
    input: '<letopis-article back-href="javascript:…">',
    warning:
      'letopis: <letopis-article back-href="javascript:history.back()">: not an http(s) or relative URL; the back button goes back in history',
    async fallback() {
      const item = { id: 'b', title: 'Новость', date: '2017-10-26T12:00:00+03:00', siteDate: '2017-10-26' };
      const el = await fixture(
        html`<letopis-article .item=${item} back-href="javascript:history.back()"></letopis-article>`,
      );
      expect($(el, '[part~="back"]').localName).to.equal('button');
    },
  },
  {
    input: '<letopis-article body-stylesheet="data:…">',
    warning:
      'letopis: <letopis-article body-stylesheet="data:text/css,*{display:none}">: not an http(s) or relative URL; not linked',
    async fallback() {
      const item = { id: 'c', title: 'Новость', date: '2017-10-26T12:00:00+03:00', siteDate: '2017-10-26' };
      const el = await fixture(
        html`<letopis-article .item=${item} body-stylesheet="data:text/css,*{display:none}"></letopis-article>`,
      );
      expect($(el, 'link')).to.equal(null);
    },
  },

  // <letopis-archive>
  {
    input: '#/news/% for <letopis-archive route="hash">',
    address: '#/news/%',
    warning:
      'letopis: <letopis-archive route="hash">: the page\'s address "#/news/%" is neither #/YYYY-MM-DD nor #/news/ID (an id of 1–1000 characters, not "." or "..", with valid escapes); ignored',
    async fallback() {
      const el = await fixture(html`<letopis-archive .source=${wpSource()} route="hash"></letopis-archive>`);
      expect(deep(el, 'letopis-news-list'), 'the feed').to.not.equal(null);
      // Its listeners are wired: a later hash change opens the article.
      location.hash = '#/news/1';
      await waitUntil(() => deep(el, 'letopis-article'), 'the article opens on a hash change');
      const opened = deep(el, 'letopis-article')!;
      await article.ready(opened);
      expect($(opened, '[part~="title"]')).to.not.equal(null);
    },
  },
  {
    input: '?news=.. for <letopis-archive>',
    address: '?news=..',
    warning:
      'letopis: <letopis-archive route="query">: the page\'s news id ".." is not an article id (1–1000 characters, not "." or ".."); ignored',
    async fallback() {
      const el = await fixture(html`<letopis-archive .source=${wpSource()}></letopis-archive>`);
      expect(deep(el, 'letopis-article'), 'no article').to.equal(null);
      expect(deep(el, 'letopis-news-list'), 'the feed').to.not.equal(null);
    },
  },
  {
    input: '<letopis-archive route="path">',
    address: '?date=2017-10-31',
    warning: 'letopis: <letopis-archive route="path">: not query, hash or none; using query',
    async fallback() {
      const el = await fixture(html`<letopis-archive .source=${wpSource()} route="path"></letopis-archive>`);
      const cal = deep(el, 'letopis-calendar') as HTMLElement & { value?: string };
      expect(cal.value, 'the day from the query').to.equal('2017-10-31');
    },
  },
];

describe('integrator mistakes: one warning each, and the documented default', () => {
  const heard = silenceWarnings();
  let restoreTime: () => void;
  let start: string;
  beforeEach(() => {
    restoreTime = freezeTime('2017-10-26T21:30:00Z');
    start = location.href;
  });
  afterEach(() => {
    restoreTime();
    history.replaceState(null, '', start);
  });

  for (const row of ROWS) {
    it(`${row.input} → ${row.warning.slice(0, 80)}…`, async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) =>
        errors.push(String('reason' in e ? e.reason : e.message));
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onError);
      try {
        if (row.address) history.replaceState(null, '', row.address);
        await row.fallback();
        await waitUntil(() => heard.includes(row.warning), `the warning: ${row.warning}\nheard: ${heard.join('\n')}`, {
          timeout: 3000,
        });
        expect(heard.filter((w) => w === row.warning)).to.have.length(1);
        expect(errors, 'nothing thrown').to.deep.equal([]);
      } finally {
        removeEventListener('error', onError);
        removeEventListener('unhandledrejection', onError);
      }
    });
  }

  it('a preset name in another case is that preset, with no warning (as CMS settings capitalise it)', async () => {
    const s = await source(html`<letopis-source endpoint="${WP}?p=case" preset=" WordPress "></letopis-source>`);
    const { items } = await s.list({ pageSize: 3 });
    expect(items.map((i) => i.url)).to.satisfy((urls: string[]) => urls.every((u) => u.includes('/news/')));
    const feed = new NewsSource({ endpoint: '/test/fixtures/jsonfeed/feed.json', preset: 'JSONFeed' });
    expect((await feed.list()).items.length, 'in code too').to.be.above(0);
    expect(heard).to.deep.equal([]);
  });

  it('an id that would step out of the article URL is never requested (a NewsSource made in code)', async () => {
    const key = K();
    const s = wpSource({ articleEndpoint: `/fault/{id}?key=${key}` });
    for (const id of ['.', '..']) expect((await rejection(s.article(id))).code).to.equal('bad-option');
    const wp = wpSource();
    expect((await rejection(wp.article('..'))).code, 'the preset’s article URL too').to.equal('bad-option');
    expect(await faultHits(key)).to.equal(0);
  });

  it('an invalid lang above a widget is passed over: Russian, or the language above it', async () => {
    for (const lang of ['ru-RU.UTF-8', '{LANG}', 'xx-!!']) {
      const wrap = await fixture(html`<div lang=${lang}><letopis-calendar month="2017-10"></letopis-calendar></div>`);
      expect(calendar.heading(wrap.firstElementChild!), lang).to.equal('Октябрь 2017');
    }
    const wrap = await fixture(
      html`<div lang="en">
        <div lang="{LANG}"><letopis-calendar month="2017-10"></letopis-calendar></div>
      </div>`,
    );
    expect(calendar.heading(wrap.querySelector('letopis-calendar')!)).to.equal('October 2017');
  });
});
