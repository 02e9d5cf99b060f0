import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/source.js';
import '../../../src/news-list.js';
import type { LetopisSource } from '../../../src/components/source/letopis-source.js';
import type { LetopisNewsList } from '../../../src/components/news-list/letopis-news-list.js';
import { silenceWarnings } from '../../helpers/console.js';
import { list } from '../../helpers/pages.js';
import { browserZone } from '../../helpers/time.js';

const FEED = '/test/fixtures/jsonfeed/feed-2.json';

describe(`<letopis-source> (browser in ${browserZone()})`, () => {
  const warnings = silenceWarnings();

  it('builds one NewsSource from its attributes, the same object until a setting changes', async () => {
    const el = await fixture<LetopisSource>(
      html`<letopis-source
        endpoint=${FEED}
        preset="jsonfeed"
        time-zone="Asia/Vladivostok"
        page-size="5"
        cache-ttl="30"
        persist
      ></letopis-source>`,
    );
    const source = el.source!;
    expect(source.options).to.include({ endpoint: FEED, preset: 'jsonfeed', pageSize: 5, cacheTtl: 30, persist: true });
    expect(source.timeZone).to.equal('Asia/Vladivostok');
    // Reading it has no effect of its own.
    expect(el.source).to.equal(source);
    // An update that changes nothing keeps it.
    el.setAttribute('preset', 'jsonfeed');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.source).to.equal(source);
    // A changed setting: a new source, announced.
    const changed = oneEvent(el, 'letopis-source-change');
    el.setAttribute('page-size', '7');
    await changed;
    expect(el.source).to.not.equal(source);
    expect(el.source!.pageSize).to.equal(7);
  });

  it('reads inline data from a JSON script child, also one parsed after it upgraded', async () => {
    const el = await fixture<LetopisSource>(html`<letopis-source preset="jsonfeed"></letopis-source>`);
    const changed = oneEvent(el, 'letopis-source-change');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      items: [{ id: 'a', title: 'Встроенная новость', date_published: '2017-10-26T12:00:00+03:00' }],
    });
    el.append(script);
    await changed;
    const { items } = await el.source!.list();
    expect(items.map((i) => i.title)).to.deep.equal(['Встроенная новость']);
  });

  it('passes its data events on to the page, bubbling and composed', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <letopis-source id="s" endpoint=${FEED} preset="jsonfeed"></letopis-source>
        <letopis-source id="bad" endpoint="/fault?status=500" retries="0"></letopis-source>
      </div>`,
    );
    const loads: unknown[] = [];
    const errors: string[] = [];
    wrap.addEventListener('letopis-load', (e) => loads.push((e as CustomEvent).detail));
    wrap.addEventListener('letopis-error', (e) => errors.push((e as CustomEvent).detail.error.code));
    await wrap.querySelector<LetopisSource>('#s')!.source!.list();
    await wrap
      .querySelector<LetopisSource>('#bad')!
      .source!.list()
      .catch(() => {});
    expect(loads).to.deep.equal([{ url: `${location.origin}${FEED}`, count: 2, skipped: 0 }]);
    expect(errors).to.deep.equal(['http']);
    expect(warnings).to.have.length(1);
  });

  it('has no box: the widgets inside it lay out as if it were not there, and bind to it', async () => {
    const el = await fixture<LetopisSource>(
      html`<letopis-source endpoint=${FEED} preset="jsonfeed"><letopis-news-list></letopis-news-list></letopis-source>`,
    );
    expect(getComputedStyle(el).display).to.equal('contents');
    const feed = el.querySelector<LetopisNewsList>('letopis-news-list')!;
    await list.settled(feed);
    expect(list.items(feed)).to.have.length(2);
  });

  it('gives its widgets the new source when a setting changes', async () => {
    const el = await fixture<LetopisSource>(
      html`<letopis-source endpoint=${FEED} preset="jsonfeed"><letopis-news-list></letopis-news-list></letopis-source>`,
    );
    const feed = el.querySelector<LetopisNewsList>('letopis-news-list')!;
    await list.settled(feed);
    expect(list.titles(feed)).to.deep.equal(['Осенний призыв', 'Старая новость']);
    el.setAttribute('endpoint', '/test/fixtures/jsonfeed/feed.json');
    await waitUntil(() => list.titles(feed).includes('Ярмарка выходного дня'), 'the other feed', { timeout: 5000 });
  });
});
