/**
 * Every kind of fault an endpoint can have ends in a clear error (a code and
 * a sentence) in every widget bound to the source, and "Повторить" recovers
 * once the endpoint does: a failed or unreadable answer is never served from
 * the cache. Readers see a plain sentence; the technical one is for the
 * console and for pages that ask with `debug`. A huge answer does not freeze
 * the page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/source.js';
import '../../src/news-list.js';
import type { LetopisError } from '../../src/core/errors.js';
import { normalizeInSlices, SLICE } from '../../src/data/normalize.js';
import { readSetup } from '../../src/data/setup.js';
import { NewsSource } from '../../src/data/news-source.js';
import { silenceWarnings } from '../helpers/console.js';
import { $, list } from '../helpers/pages.js';
import { faultHits, faultKey } from '../helpers/sources.js';

/** The same test server under another origin. */
const OTHER = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

interface Fault {
  name: string;
  /** The endpoint, failing `failures` times under `key`, then answering a JSON Feed. */
  endpoint: (key: string) => string;
  options?: Record<string, string>;
  code: string;
  /** What the console says (English). */
  sentence: RegExp;
  /** What a reader sees after "Не удалось загрузить новости." */
  plain: string;
  /** Requests at the endpoint when the error shows. */
  requests?: number;
}

const flaky = (key: string, rest: string) => `/fault?flaky=${key}&failures=1&${rest}`;

const FAULTS: Fault[] = [
  {
    name: '500',
    endpoint: (k) => flaky(k, 'status=500'),
    code: 'http',
    sentence: /answered HTTP 500: check endpoint$/,
    plain: 'Сервер новостей временно не работает. Попробуйте позже.',
    requests: 1,
  },
  {
    name: '429 with Retry-After, past the retries',
    endpoint: (k) => `/fault?flaky=${k}&failures=2&status=429&retryAfter=1`,
    options: { retries: '1' },
    code: 'http',
    sentence: /answered HTTP 429: check endpoint$/,
    plain: 'Сервер новостей временно не работает. Попробуйте позже.',
    requests: 2,
  },
  {
    name: 'stall (timed out, retried)',
    endpoint: (k) => `/fault?flaky=${k}&failures=2&fail=stall`,
    options: { timeout: '300', retries: '1' },
    code: 'timeout',
    sentence: /did not answer within 0\.3 s: raise timeout or check the server$/,
    plain: 'Сервер новостей не ответил вовремя. Попробуйте позже.',
    requests: 2,
  },
  {
    name: 'reset (connection dropped)',
    endpoint: (k) => flaky(k, 'fail=reset'),
    code: 'network',
    sentence: /^letopis: could not reach .*: offline, a wrong host or port/,
    plain: 'Нет связи с сервером новостей. Проверьте подключение к интернету.',
    requests: 1,
  },
  {
    name: 'invalid JSON',
    endpoint: (k) => flaky(k, 'fail=invalid'),
    code: 'bad-body',
    sentence: /answered text that is not JSON/,
    plain: 'Попробуйте позже.',
  },
  {
    name: 'an HTML page with 200',
    endpoint: (k) => flaky(k, 'fail=html'),
    code: 'bad-body',
    sentence: /answered HTML or XML that is not JSON/,
    plain: 'Попробуйте позже.',
  },
  {
    name: 'wrong shape',
    endpoint: (k) => flaky(k, 'fail=wrong-shape'),
    code: 'unknown-shape',
    sentence: /no list of news found in the answer from .*; tried items\. Set a preset or map\.items$/,
    plain: 'Попробуйте позже.',
  },
  {
    name: 'every item unreadable',
    endpoint: (k) => flaky(k, 'fail=no-dates'),
    code: 'bad-items',
    sentence: /none of the items from .* could be read \(2 × no date at/,
    plain: 'Попробуйте позже.',
  },
  {
    name: 'shape change between pages',
    // Page 2 answers in another shape the first time; a list of 5 needs it.
    endpoint: (k) => `/fault?paged=1&page=1&pages=2&shape=2&shapeTimes=1&key=${k}`,
    options: { 'page-size': '5' },
    code: 'unknown-shape',
    sentence: /no list of news found in the answer from .*page=2/,
    plain: 'Попробуйте позже.',
  },
  {
    name: 'CORS (no Access-Control-Allow-Origin at another origin): not retried',
    // The first answer carries no CORS headers (the probe after it is the second request); then it does.
    endpoint: (k) => `${OTHER}/fault?cors=1&flaky=${k}&failures=1&fail=nocors`,
    options: { retries: '3' },
    code: 'network',
    sentence: /answers, but not to this site: the server does not allow .* by CORS .* or there is no such path/,
    plain: 'Попробуйте позже.',
    requests: 2,
  },
];

/** A source with two lists; resolves with the source element, the lists and the errors the source fired. */
async function twoLists(endpoint: string, options: Record<string, string> = {}, debug = false) {
  const el = await fixture<HTMLElement>(html`<letopis-source ?debug=${debug} retries="0"></letopis-source>`);
  for (const [name, value] of Object.entries({ endpoint, preset: 'jsonfeed', ...options }))
    el.setAttribute(name, value);
  const errors: LetopisError[] = [];
  el.addEventListener('letopis-error', (e) => errors.push((e as CustomEvent<{ error: LetopisError }>).detail.error));
  el.innerHTML = '<letopis-news-list></letopis-news-list><letopis-news-list page-size="5"></letopis-news-list>';
  const lists = [...el.querySelectorAll('letopis-news-list')];
  for (const l of lists) await list.settled(l);
  return { el, lists, errors };
}

const errorLine = (l: Element) => $(l, '[part~="error"]');

describe('security/faults: every fault ends in a clear state and recovers', () => {
  const warnings = silenceWarnings();

  for (const fault of FAULTS) {
    it(`${fault.name}: ${fault.code}, a sentence, the error in every list, "Повторить" recovers`, async function () {
      this.timeout(15_000);
      const key = faultKey();
      const { lists, errors } = await twoLists(fault.endpoint(key), fault.options);
      expect(errors.length).to.be.at.least(1);
      for (const error of errors) expect(error.code).to.equal(fault.code);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(fault.sentence);
      if (fault.requests !== undefined) expect(await faultHits(key)).to.equal(fault.requests);
      for (const l of lists) {
        const line = errorLine(l);
        expect(line, 'every list shows the error').to.exist;
        expect(line.textContent).to.contain(`Не удалось загрузить новости. ${fault.plain}`);
        // No URL, no status for readers without `debug`.
        expect(line.querySelector('details')).to.equal(null);
        expect(line.textContent).not.to.contain('/fault');
      }
      // The endpoint has recovered: "Повторить" asks it again, in each list.
      for (const l of lists) {
        $(l, '[part~="retry"]').click();
        await waitUntil(() => list.items(l).length, `${fault.name}: the list recovers`, { timeout: 5000 });
      }
    });
  }

  it('down (connection refused): network, "could not reach", a plain sentence for readers', async () => {
    const { lists, errors } = await twoLists('http://127.0.0.1:1/news.json');
    expect(errors.map((e) => [e.code, e.value])).to.deep.include(['network', undefined]);
    expect(warnings[0]).to.equal(
      "letopis: could not reach http://127.0.0.1:1/news.json: offline, a wrong host or port, or the page's Content-Security-Policy (connect-src) does not allow it",
    );
    for (const l of lists)
      expect(errorLine(l).textContent).to.contain(
        'Не удалось загрузить новости. Нет связи с сервером новостей. Проверьте подключение к интернету.',
      );
  });

  it('a wrong path at another origin (404 without CORS headers) is told as both possibilities', async () => {
    const { errors } = await twoLists(`${OTHER}/fault?status=404&key=${faultKey()}`);
    expect(errors[0].code).to.equal('network');
    expect(errors[0].value).to.equal('cors');
    expect(errors[0].message).to.contain('does not allow');
    expect(errors[0].message).to.contain('or there is no such path');
    expect(errors[0].localized('ru')).to.contain('или такого адреса на нём нет');
  });

  it('the technical sentence shows under "Подробнее" only with a debug attribute', async () => {
    const { lists } = await twoLists(`/fault?body=no-dates&key=${faultKey()}`, {}, true);
    for (const l of lists) {
      const details = errorLine(l).querySelector('details')!;
      expect(details.querySelector('summary')!.textContent).to.equal('Подробнее');
      expect(details.textContent).to.contain('ни одна новость из');
      expect(details.textContent).to.contain('/fault?body=no-dates');
    }
    const { lists: plain } = await twoLists(`/fault?body=no-dates&key=${faultKey()}`, {}, false);
    const source = new NewsSource({ endpoint: `/fault?body=no-dates&key=${faultKey()}`, preset: 'jsonfeed' });
    const page = await fixture<HTMLElement>(
      html`<div debug><letopis-news-list .source=${source}></letopis-news-list></div>`,
    );
    const inside = page.querySelector('letopis-news-list')!;
    await list.settled(inside);
    expect(errorLine(inside).querySelector('details'), 'debug on an ancestor').to.exist;
    expect(errorLine(plain[0]).querySelector('details')).to.equal(null);
    await expect(lists[0]).to.be.accessible();
  });

  it('a 50 000-item answer: every item read, in slices that let the page run between them', async function () {
    this.timeout(60_000);
    const source = new NewsSource({ endpoint: `/fault?big=50000&key=${faultKey()}`, preset: 'jsonfeed' });
    const page = await source.list();
    const counts = await source.days({ from: '2016-01-01', to: '2017-12-31' });
    expect(page.items).to.have.length(20);
    expect(page.total).to.equal(50_000);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).to.equal(50_000);

    // The page gets a turn between the slices: the reading yields (scheduler.yield, so input and paint
    // go first) after every SLICE records — a count, not a timing: the machine's speed does not change it.
    const setup = await readSetup({ preset: 'jsonfeed', endpoint: '/feed.json' }, 'Europe/Moscow');
    const records = Array.from({ length: 50_000 }, (_, n) => ({
      id: `r${n}`,
      title: `Item ${n}`,
      date_published: new Date(Date.UTC(2017, 9, 31) - n * 600_000).toISOString(),
    }));
    const scheduler = (globalThis as { scheduler: { yield(): Promise<void> } }).scheduler;
    const own = scheduler.yield;
    let turns = 0;
    scheduler.yield = function () {
      turns++;
      return own.call(this);
    };
    try {
      const read = await normalizeInSlices(records, setup.ctx);
      expect(read.items).to.have.length(50_000);
    } finally {
      scheduler.yield = own;
    }
    expect(turns).to.equal(Math.ceil(50_000 / SLICE) - 1);
  });
});
