// Two copies of letopis on one page, as sites get them: the one-script-tag build beside an app's bundle
// of `letopis/calendar`, the standalone build pasted twice (a template and a plugin), and a page that
// already holds one of our tags for an element of its own. Each page runs in its own frame (its own
// custom element registry) and loads real, separately bundled copies (test/server/copies.mjs).
import { expect, waitUntil } from '@open-wc/testing';
import { calendar, list, parts } from '../helpers/pages.js';

const { day, heading, busy } = calendar;

interface Frame {
  doc: Document;
  warnings: string[];
}

/** A same-origin frame whose page is `body`, after the scripts in `scripts` (module tags, in order). */
async function page(scripts: string[], body: string, before = ''): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  // Warnings are collected before any copy runs.
  frame.srcdoc = `<!doctype html><html lang="ru"><head>
    <script>window.warnings = []; const warn = console.warn; console.warn = (...a) => { window.warnings.push(a.join(' ')); warn(...a); };</script>
    ${before}
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
    </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { warnings: string[] };
  return { doc: frame.contentDocument!, warnings: win.warnings };
}

const ARCHIVE = `
  <letopis-source id="news" endpoint="/api/wp-json/wp/v2/posts" preset="wordpress"></letopis-source>
  <letopis-calendar source="news"></letopis-calendar>
  <letopis-news-list source="news" page-size="5"></letopis-news-list>`;

/** The calendar and the list of a frame, once both show December 2017's news. */
async function working({ doc }: Frame) {
  const cal = doc.querySelector('letopis-calendar')!;
  const feed = doc.querySelector('letopis-news-list')!;
  await waitUntil(() => cal.shadowRoot && heading(cal) === 'Декабрь 2017' && !busy(cal), 'marks', { timeout: 8000 });
  await waitUntil(() => feed.shadowRoot && list.items(feed).length === 5, 'news', { timeout: 8000 });
  expect(parts(day(cal, '2017-12-31'))).to.include('has-news');
}

describe('two copies of letopis on one page', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [name, scripts] of [
    [
      'the standalone build, then an app bundle of letopis/calendar',
      ['/copies/standalone.js', '/copies/npm-calendar.js'],
    ],
    [
      'an app bundle of letopis/calendar, then the standalone build',
      ['/copies/npm-calendar.js', '/copies/standalone.js'],
    ],
    ['the standalone build twice', ['/copies/standalone.js', '/copies/standalone.js?copy=2']],
  ] as const) {
    it(`${name}: every widget works, and the console says once which copy's elements are used`, async () => {
      const frame = await page([...scripts], ARCHIVE);
      await working(frame);
      const told = frame.warnings.filter((w) => w.includes('another copy'));
      expect(told).to.deep.equal([
        'letopis: another copy of letopis (0.1.0) is on this page and defined its elements first; this copy (0.1.0) uses them',
      ]);
    });
  }

  it('a tag the page took for an element of its own: a clear warning, and the other widgets still work', async () => {
    const frame = await page(
      ['/copies/standalone.js'],
      ARCHIVE,
      `<script>customElements.define('letopis-calendar', class extends HTMLElement {});</script>`,
    );
    const feed = frame.doc.querySelector('letopis-news-list')!;
    await waitUntil(() => feed.shadowRoot && list.items(feed).length === 5, 'news', { timeout: 8000 });
    expect(frame.warnings).to.include(
      'letopis: <letopis-calendar> is already defined by another script of this page, not by letopis: those elements will not be letopis widgets: remove that definition',
    );
  });
});
