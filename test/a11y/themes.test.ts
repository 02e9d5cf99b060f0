// Themes and low-vision schemes without a panel: `theme` on an element, `data-letopis-theme` on the page,
// `theme="auto"` following the reader's colour preference, `font-scale`, `images`. Every part readable
// (text 4.5:1, the picked day and the focus ring 3:1) and axe-clean in every one.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { SCHEMES } from '../../src/components/shared/reading.js';
import { silenceWarnings } from '../helpers/console.js';
import { partsFeed } from '../fixtures/feeds.js';
import { lowContrastWidgets } from '../helpers/contrast.js';
import { $, $$, list, schemed } from '../helpers/pages.js';
import { browserZone, freezeTime } from '../helpers/time.js';

/** The three visual widgets with these attributes, loaded. */
async function widgets(attrs: Record<string, string>, pageStyle = '') {
  const s = partsFeed();
  const root = await fixture<HTMLElement>(
    html`<div style=${pageStyle}>
      <letopis-calendar month="2017-10" value="2017-10-21" .source=${s}></letopis-calendar>
      <letopis-news-list .source=${s} display="lead image views"></letopis-news-list>
      <letopis-article .source=${s} article-id="i1"></letopis-article>
    </div>`,
  );
  const all = [...root.children] as HTMLElement[];
  for (const el of all) for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await list.settled(all[1]);
  await waitUntil(() => $(all[2], '[part~="body"] p'), 'the article', { timeout: 5000 });
  return all;
}

describe(`themes and schemes (browser in ${browserZone()})`, function () {
  this.timeout(20_000);
  silenceWarnings();
  let restore: () => void;
  let pageTheme: string | undefined;
  beforeEach(() => {
    restore = freezeTime('2017-10-26T09:00:00Z');
    pageTheme = document.documentElement.dataset.letopisTheme;
  });
  afterEach(() => {
    restore();
    if (pageTheme === undefined) delete document.documentElement.dataset.letopisTheme;
    else document.documentElement.dataset.letopisTheme = pageTheme;
  });

  for (const theme of SCHEMES) {
    it(`theme="${theme}": every part readable, axe-clean`, async () => {
      const els = await widgets({ theme });
      await schemed(els, theme);
      expect(lowContrastWidgets(els)).to.deep.equal([]);
      for (const el of els) await expect(el).to.be.accessible();
    });
  }

  it("takes the page's data-letopis-theme; an element's own theme wins", async () => {
    document.documentElement.dataset.letopisTheme = 'lv-blue';
    const els = await widgets({});
    await schemed(els, 'lv-blue');
    els[0].setAttribute('theme', 'lv-brown');
    await waitUntil(() => els[0].getAttribute('data-letopis-scheme') === 'lv-brown', 'the element wins');
    delete document.documentElement.dataset.letopisTheme;
    await waitUntil(() => els[1].getAttribute('data-letopis-scheme') === null, 'the page default again');
  });

  it('a dark page with theme="dark": accents readable on it', async () => {
    const els = await widgets({ theme: 'dark' }, 'background: #202124; color: #e8eaed');
    await schemed(els, 'dark');
    expect(lowContrastWidgets(els)).to.deep.equal([]);
  });

  it('font-scale enlarges a widget once, not again inside an archive', async () => {
    const [calendar] = await widgets({ 'font-scale': '150%' });
    const base = parseFloat(getComputedStyle(calendar.parentElement!).fontSize);
    await waitUntil(() => parseFloat(getComputedStyle(calendar).fontSize) === base * 1.5, 'one and a half');
    const archive = await fixture<HTMLElement>(
      html`<letopis-archive route="none" font-scale="2" .source=${partsFeed()}></letopis-archive>`,
    );
    const inner = archive.shadowRoot!.querySelector('letopis-calendar')!;
    await waitUntil(() => parseFloat(getComputedStyle(archive).fontSize) === base * 2, 'the archive doubled');
    expect(parseFloat(getComputedStyle(inner).fontSize)).to.equal(base * 2);
  });

  it('images="off" shows alt text instead, images="grayscale" greys them', async () => {
    const els = await widgets({ images: 'off' });
    await waitUntil(() => !$(els[1], 'img'), 'no images');
    expect($$(els[1], '[part~="image"]').map((n) => n.textContent)).to.deep.equal([
      'Фотография к новости 3',
      'Фотография к новости 2',
      'Фотография к новости 1',
    ]);
    for (const el of els) el.setAttribute('images', 'grayscale');
    await waitUntil(() => $(els[1], 'img') && getComputedStyle($(els[1], 'img')).filter === 'grayscale(1)', 'grey');
  });
});
