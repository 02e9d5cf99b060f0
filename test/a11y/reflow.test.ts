// WCAG 1.4.10 (reflow), 1.4.4 (resize text) and 1.4.12 (text spacing): in an ordinary one-column CMS page
// and in the archive, at 320 px and with large text, nothing makes the page scroll sideways and nothing is
// cut off — measured, element by element, through the shadow roots.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { NewsSource } from '../../src/data/news-source.js';
import { silenceWarnings } from '../helpers/console.js';
import { $, archive as archiveOf, deep, list, shadowElements } from '../helpers/pages.js';
import { browserZone, freezeTime } from '../helpers/time.js';
import { WP, wpSource } from '../helpers/sources.js';

/** What overflows: the page sideways, an element past the right edge, content cut by a hidden overflow. */
function overflows(hosts: Element[]): string[] {
  const found: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) found.push(`page scrolls by ${page.scrollWidth - page.clientWidth}px`);
  for (const el of shadowElements(hosts)) {
    const box = el.getBoundingClientRect();
    if (!box.width || el.closest('.sr') || el.matches('.spacer')) continue;
    const name = `${el.localName}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''}`;
    if (box.right > page.clientWidth + 1) found.push(`${name} ends at ${Math.round(box.right)}px`);
    const style = getComputedStyle(el);
    const hides = /hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis';
    if (hides && el.scrollWidth > el.clientWidth + 1 && !/auto|scroll/.test(style.overflowX))
      found.push(`${name} cuts ${el.scrollWidth - el.clientWidth}px`);
  }
  return found;
}

async function cmsPage() {
  const source = new NewsSource({ endpoint: WP, preset: 'wordpress', map: '{"views": "views"}' });
  const root = await fixture<HTMLElement>(
    html`<div style="display: grid; grid-template-columns: 1fr; gap: 1em">
      <letopis-calendar month="2017-10" value="2017-10-31" .source=${source}></letopis-calendar>
      <letopis-news-list .source=${source} date="2017-10-31" display="lead image views section"></letopis-news-list>
      <letopis-article .source=${source} article-id="1"></letopis-article>
    </div>`,
  );
  const [calendar, feed, article] = [...root.children] as HTMLElement[];
  await list.settled(feed);
  await waitUntil(() => $(article, '[part~="title"]') && !$(calendar, '[aria-busy="true"]'), 'loaded', {
    timeout: 5000,
  });
  return [calendar, feed, article];
}

async function archivePage() {
  const source = wpSource();
  const el = await fixture<HTMLElement>(html`<letopis-archive route="none" .source=${source}></letopis-archive>`);
  await archiveOf.ready(el);
  return [el];
}

describe(`reflow and text spacing (browser in ${browserZone()})`, function () {
  this.timeout(30_000);
  silenceWarnings();
  let restore: () => void;
  beforeEach(() => {
    restore = freezeTime('2017-11-01T09:00:00Z');
  });
  afterEach(async () => {
    restore();
    document.documentElement.style.fontSize = '';
    document.getElementById('text-spacing')?.remove();
    document.documentElement.removeAttribute('data-letopis-text-spacing');
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, text] of [
    [320, '100%'],
    [320, '200%'],
    [1280, '400%'],
  ] as const) {
    it(`at ${width} px with ${text} text, in a one-column page and in the archive, nothing scrolls or is cut`, async () => {
      await setViewport({ width, height: 800 });
      document.documentElement.style.fontSize = text;
      expect(overflows(await cmsPage()), 'CMS page').to.deep.equal([]);
      expect(overflows(await archivePage()), 'archive').to.deep.equal([]);
    });
  }

  it("takes a reader's text spacing (WCAG 1.4.12) inside, the archive's widgets too, and cuts nothing", async () => {
    await setViewport({ width: 320, height: 800 });
    // A page's forced spacing stops at the widgets (test/security/host-css.test.ts) unless the page says it is the reader's.
    document.documentElement.setAttribute('data-letopis-text-spacing', '');
    const spacing = document.createElement('style');
    spacing.id = 'text-spacing';
    spacing.textContent =
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    document.head.append(spacing);
    const hosts = [...(await cmsPage()), ...(await archivePage())];
    expect(overflows(hosts)).to.deep.equal([]);
    // The reading settings load with their own chunk.
    await waitUntil(() => hosts.every((h) => h.hasAttribute('data-letopis-spacing')), 'spacing taken', {
      timeout: 5000,
    });
    const inner = deep(archiveOf.list(hosts[3]), '[part~="title"]')!;
    const style = getComputedStyle(inner);
    expect(parseFloat(style.letterSpacing) / parseFloat(style.fontSize)).to.be.closeTo(0.12, 0.005);
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(1.5, 0.01);
  });

  it('sizes the calendar to its natural width in the tracks of a host page and beside the feed in the archive', async () => {
    await setViewport({ width: 1280, height: 800 });
    // 7 cells of 2.75em and 14px of cell padding: 322px at 16px text.
    const natural = 7 * 2.75 * 16 + 14;
    const root = await fixture<HTMLElement>(
      html`<div style="font-size: 16px">
        <div style="display: grid; grid-template-columns: 1fr auto">
          <p>Text</p>
          <letopis-calendar month="2017-10"></letopis-calendar>
        </div>
        <div style="display: flex"><letopis-calendar month="2017-10"></letopis-calendar></div>
        <letopis-calendar month="2017-10"></letopis-calendar>
        <div style="width: 280px"><letopis-calendar month="2017-10"></letopis-calendar></div>
      </div>`,
    );
    const calendars = [...root.querySelectorAll('letopis-calendar')];
    const widths = calendars.map((c) => c.getBoundingClientRect().width);
    expect(widths).to.deep.equal([natural, natural, natural, 280]);
    const narrow = calendars[3];
    expect(
      overflows([narrow]).filter((f) => !f.startsWith('page')),
      'nothing sticks out at 280 px',
    ).to.deep.equal([]);
    expect(narrow.scrollWidth).to.be.at.most(280);

    const [archive] = await archivePage();
    const feed = deep(archive, 'letopis-news-list')!.getBoundingClientRect();
    const calendar = deep(archive, 'letopis-calendar')!.getBoundingClientRect();
    expect(calendar.left, 'the calendar beside the feed').to.be.greaterThan(feed.right);
    expect(feed.width, 'the feed takes the rest').to.be.greaterThan(archive.getBoundingClientRect().width / 2);
  });
});
