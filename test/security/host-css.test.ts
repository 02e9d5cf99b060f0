// A host page's CSS that forces text settings on every element (`* { … !important }`, as some site
// templates and "версия для слабовидящих" scripts do) stops at our hosts: inside, every element keeps
// the values it has on a clean page, and the widgets keep their size. The documented tokens, a
// low-vision panel and a page that says its spacing is the reader's (data-letopis-text-spacing) let
// them in (test/a11y/reflow.test.ts, test/a11y/bvi.test.ts).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { silenceWarnings } from '../helpers/console.js';
import { $, archive as archiveOf, deep, list, schemed, shadowElements } from '../helpers/pages.js';
import { wpSource } from '../helpers/sources.js';
import { freezeTime } from '../helpers/time.js';

const PROPERTIES = ['line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-indent'];

const HOSTILE = `
  * { line-height: 3 !important; letter-spacing: 4px !important; word-spacing: 9px !important;
      text-transform: uppercase !important; text-align: right !important; text-indent: 40px !important; }
  body { text-align: justify !important; }
  ul, li { list-style: square !important; margin: 2em !important; padding: 2em !important; }
  button { background: red !important; border: 5px solid lime !important; }
  a { color: magenta !important; text-decoration: overline !important; }
  div { display: inline !important; }`;

/** A calendar, a feed and an archive, settled; their hosts. */
async function widgets(): Promise<HTMLElement[]> {
  const source = wpSource();
  const root = await fixture<HTMLElement>(
    html`<div>
      <letopis-calendar month="2017-10" .source=${source}></letopis-calendar>
      <letopis-news-list .source=${source} page-size="5" display="lead image views section"></letopis-news-list>
      <letopis-archive route="none" .source=${source}></letopis-archive>
    </div>`,
  );
  const hosts = [...root.children] as HTMLElement[];
  await list.settled(hosts[1]);
  await archiveOf.ready(hosts[2]);
  const calendars = [hosts[0], deep(hosts[2], 'letopis-calendar')];
  await waitUntil(() => calendars.every((c) => c && !deep(c, '[aria-busy="true"]')), 'calendars marked', {
    timeout: 5000,
  });
  return hosts;
}

/** Each shadow element's text settings, and each host's size. */
function measure(hosts: HTMLElement[]) {
  return {
    styles: shadowElements(hosts).map((el) => {
      const style = getComputedStyle(el);
      return `${el.localName} ${PROPERTIES.map((p) => style.getPropertyValue(p)).join(' ')}`;
    }),
    sizes: hosts.map((h) => `${h.localName} ${Math.round(h.getBoundingClientRect().height)}`),
  };
}

function hostile(css = HOSTILE): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

describe('hostile host CSS', function () {
  this.timeout(20_000);
  silenceWarnings();
  let restore: () => void;
  beforeEach(() => (restore = freezeTime('2017-11-01T09:00:00Z')));
  afterEach(() => restore());

  it('forced text settings on every element do not reach inside any widget, nor change their size', async () => {
    const clean = measure(await widgets());
    const remove = hostile();
    try {
      const hosts = await widgets();
      const forced = measure(hosts);
      expect(forced.styles.length).to.be.greaterThan(100);
      const changed = forced.styles.flatMap((s, i) => (s === clean.styles[i] ? [] : [`${clean.styles[i]} → ${s}`]));
      expect(changed).to.deep.equal([]);
      expect(forced.sizes).to.deep.equal(clean.sizes);
      // The hosts themselves did take the page's rule: it was there to be kept out.
      const around = getComputedStyle(hosts[1].parentElement!);
      expect(parseFloat(around.lineHeight) / parseFloat(around.fontSize)).to.be.closeTo(3, 0.01);
    } finally {
      remove();
    }
  });

  it('the tokens set them, over the forced rule', async () => {
    const remove = hostile(`${HOSTILE} letopis-news-list { --letopis-line-height: 2; --letopis-letter-spacing: 1px; }`);
    try {
      const [, feed] = await widgets();
      const title = $(feed, '[part~="title"]');
      const style = getComputedStyle(title);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(2, 0.01);
      expect(style.letterSpacing).to.equal('1px');
      expect(style.textTransform).to.equal('none');
    } finally {
      remove();
    }
  });

  it('a page that says its spacing is the reader’s lets line height and spacing in, never uppercase or indents', async () => {
    const remove = hostile();
    document.documentElement.setAttribute('data-letopis-text-spacing', '');
    try {
      const hosts = await widgets();
      await schemed(hosts, null);
      const feed = hosts[1];
      await waitUntil(() => feed.hasAttribute('data-letopis-spacing'), 'the reader’s spacing taken', { timeout: 5000 });
      const style = getComputedStyle($(feed, '[part~="title"]'));
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(3, 0.01);
      expect(style.letterSpacing).to.equal('4px');
      expect(style.wordSpacing).to.equal('9px');
      expect(style.textTransform).to.equal('none');
      expect(style.textIndent).to.equal('0px');
    } finally {
      document.documentElement.removeAttribute('data-letopis-text-spacing');
      remove();
    }
  });
});
