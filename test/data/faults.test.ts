import { expect } from '@open-wc/testing';
import { seeded } from '../helpers/random.js';
import { NewsSource, type NewsSourceOptions } from '../../src/data/news-source.js';
import { LetopisError } from '../../src/core/errors.js';
import { browserZone } from '../helpers/time.js';
import { faultHits, faultKey } from '../helpers/sources.js';

const key = () => `${Date.now()}-${faultKey()}`;

/** Runs a list query and returns the error it ends in, plus what the source said. */
async function failure(options: NewsSourceOptions) {
  const source = new NewsSource({ retries: 0, retryDelay: 10, ...options });
  const events: LetopisError[] = [];
  source.addEventListener('letopis-error', (e) =>
    events.push((e as CustomEvent<{ error: LetopisError }>).detail.error),
  );
  let error: unknown;
  await source.list().then(
    () => expect.fail('the query should fail'),
    (e) => (error = e),
  );
  expect(error).to.be.instanceOf(LetopisError);
  expect(events).to.deep.equal([error]);
  return error as LetopisError;
}

describe(`data/faults (browser in ${browserZone()})`, () => {
  let warnings: string[];
  let warn: typeof console.warn;
  const unhandled: unknown[] = [];
  const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
  before(() => window.addEventListener('unhandledrejection', onUnhandled));
  after(() => window.removeEventListener('unhandledrejection', onUnhandled));
  beforeEach(() => {
    warnings = [];
    warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('404: an http error with status and URL, one console warning', async () => {
    const source = new NewsSource({ endpoint: '/fault?status=404', retries: 0 });
    const errors = await Promise.all([source.list().catch((e) => e), source.list({ page: 2 }).catch((e) => e)]);
    for (const e of errors) {
      expect(e.code).to.equal('http');
      expect(e.status).to.equal(404);
      expect(e.url).to.contain('/fault?status=404');
      expect(e.message).to.contain('check endpoint');
      expect(e.localized('ru')).to.contain('проверьте endpoint');
    }
    expect(warnings).to.have.length(1);
  });

  it('a preset set on another shape names the shape the answer has (a Bitrix export under preset="wordpress")', async () => {
    const e = await failure({ endpoint: '/api/bitrix/news.php?p=shape', preset: 'wordpress' });
    expect(e.code).to.equal('unknown-shape');
    expect(e.message).to.equal(
      `letopis: no list of news found in the answer from ${location.origin}/api/bitrix/news.php?p=shape&_embed=wp%3Afeaturedmedia%2Cwp%3Aterm&per_page=20&page=1 where the preset looks ((the body itself)); the answer has the bitrix shape: set preset="bitrix"`,
    );
    expect(e.localized('ru')).to.contain('ответ в формате bitrix: укажите preset="bitrix"');
    // A shape no preset knows keeps the plain sentence.
    const plain = await failure({ endpoint: '/fault?body=wrong-shape', preset: 'wordpress' });
    expect(plain.message).to.contain('Set a preset or map.items');
  });

  it('500: retried three times with backoff, then an error', async () => {
    const k = key();
    const e = await failure({ endpoint: `/fault?status=500&key=${k}`, retries: 3 });
    expect(e.code).to.equal('http');
    expect(e.status).to.equal(500);
    expect(await faultHits(k)).to.equal(4);
  });

  it('a flaky endpoint (two 503s) succeeds on retry', async () => {
    const k = key();
    const source = new NewsSource({ endpoint: `/fault?flaky=${k}&failures=2`, retries: 3, retryDelay: 10 });
    expect((await source.list()).items).to.have.length(3);
    expect(await faultHits(k)).to.equal(3);
  });

  it('429 with Retry-After waits as told, then succeeds', async () => {
    const k = key();
    const source = new NewsSource({
      endpoint: `/fault?flaky=${k}&failures=1&status=429&retryAfter=1`,
      retries: 3,
      retryDelay: 10,
    });
    const start = performance.now();
    expect((await source.list()).items).to.have.length(3);
    expect(performance.now() - start).to.be.at.least(700);
    expect(await faultHits(k)).to.equal(2);
  });

  it('4xx other than 429 is not retried', async () => {
    const k = key();
    await failure({ endpoint: `/fault?status=403&key=${k}`, retries: 3 });
    expect(await faultHits(k)).to.equal(1);
  });

  it('times out, after its retries', async () => {
    const k = key();
    const e = await failure({ endpoint: `/fault?delay=2000&key=${k}`, timeout: 200, retries: 1 });
    expect(e.code).to.equal('timeout');
    expect(e.message).to.contain('0.2 s');
    expect(await faultHits(k)).to.equal(2);
  });

  it('a timeout is retried like a network error: one stall, then the answer', async () => {
    const k = key();
    const source = new NewsSource({
      endpoint: `/fault?flaky=${k}&failures=1&fail=stall`,
      // Long enough for the second answer on a loaded machine; the stall never answers.
      timeout: 1500,
      retries: 1,
      retryDelay: 10,
    });
    expect((await source.list()).items).to.have.length(3);
    expect(await faultHits(k)).to.equal(2);
  });

  it('network failure after its retries', async () => {
    const e = await failure({ endpoint: 'http://127.0.0.1:9/news.json', retries: 1 });
    expect(e.code).to.equal('network');
    expect(e.value).to.equal(undefined);
    expect(e.message).to.contain('could not reach http://127.0.0.1:9/news.json: offline, a wrong host or port');
    expect(e.localized('ru')).to.contain('нет связи с http://127.0.0.1:9/news.json');
  });

  it('a dropped connection is retried', async () => {
    const k = key();
    const source = new NewsSource({ endpoint: `/fault?flaky=${k}&failures=1&fail=reset`, retries: 1, retryDelay: 10 });
    expect((await source.list()).items).to.have.length(3);
  });

  it('an unreadable answer is not kept: the next query asks again and reads the mended one', async () => {
    const k = key();
    const source = new NewsSource({
      endpoint: `/fault?flaky=${k}&failures=1&fail=no-dates`,
      preset: 'jsonfeed',
      retries: 0,
    });
    const error = await source.list().catch((e: LetopisError) => e);
    expect((error as LetopisError).code).to.equal('bad-items');
    expect((await source.list()).items).to.have.length(3);
    expect(await faultHits(k)).to.equal(2);
  });

  it('invalid, truncated JSON and an HTML page with 200 are bad-body', async () => {
    for (const body of ['invalid', 'truncated']) {
      const e = await failure({ endpoint: `/fault?body=${body}`, preset: 'jsonfeed' });
      expect(e.code, body).to.equal('bad-body');
    }
    const html = await failure({ endpoint: '/fault?body=html' });
    expect(html.code).to.equal('bad-body');
    expect(html.message).to.contain('HTML');
  });

  it('a wrong shape says which paths it tried', async () => {
    const e = await failure({ endpoint: '/fault?body=wrong-shape' });
    expect(e.code).to.equal('unknown-shape');
    expect(e.paths).to.include('items');
    expect(e.paths).to.include('result.news');
    expect(e.message).to.contain('map.items');
    const preset = await failure({ endpoint: '/fault?body=wrong-shape', preset: 'ghost' });
    expect(preset.code).to.equal('unknown-shape');
    expect(preset.paths).to.deep.equal(['posts']);
  });

  it('items without required fields: bad-items with a preset, unknown-shape when detecting', async () => {
    const e = await failure({ endpoint: '/fault?body=no-dates', preset: 'jsonfeed' });
    expect(e.code).to.equal('bad-items');
    expect(e.skipped).to.equal(2);
    const detected = await failure({ endpoint: '/fault?body=no-dates' });
    expect(detected.code).to.equal('unknown-shape');
    expect(detected.message).to.contain('map.date');
  });

  it('an empty list is not an error', async () => {
    const source = new NewsSource({ endpoint: '/fault?body=empty', preset: 'jsonfeed' });
    expect(await source.list()).to.deep.equal({ items: [], total: 0, hasMore: false });
  });

  it('reads 50 000 items', async function () {
    this.timeout(30_000);
    const source = new NewsSource({ endpoint: '/fault?big=50000', preset: 'jsonfeed' });
    const page = await source.list();
    expect(page.items).to.have.length(20);
    expect(page.total).to.equal(50_000);
    // 50 000 items ten minutes apart reach back to November 2016.
    const counts = await source.days({ from: '2016-01-01', to: '2017-12-31' });
    let sum = 0;
    for (const n of counts.values()) sum += n;
    expect(sum).to.equal(50_000);
  });

  it('50 rapid month switches with random latency end on the last month', async function () {
    this.timeout(30_000);
    // Waits of 0–120 ms, the same on every run (seed=3): a failure replays.
    const source = new NewsSource({ endpoint: '/fault?month={month}&delay=random:120&seed=3', retries: 0 });
    const pause = seeded(3);
    // A consumer like a calendar: each switch aborts the previous query; only the newest may land.
    let shown: string | undefined;
    let current: AbortController | undefined;
    let token = 0;
    const runs: Promise<void>[] = [];
    for (let i = 0; i < 50; i++) {
      const month = `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      current?.abort();
      current = new AbortController();
      const mine = ++token;
      runs.push(
        source.days({ from: `${month}-01`, to: `${month}-28` }, { signal: current.signal }).then(
          (counts) => {
            if (mine === token) shown = [...counts.keys()][0]?.slice(0, 7);
          },
          (e) => {
            expect((e as Error).name).to.equal('AbortError');
          },
        ),
      );
      await new Promise((r) => setTimeout(r, pause() * 20));
    }
    await Promise.all(runs);
    expect(shown).to.equal('2019-02');
  });

  it('left no unhandled rejections behind', () => {
    expect(unhandled).to.deep.equal([]);
  });
});
