/**
 * Hostile data: the classic filter-evasion vectors in the title, lead and
 * body of items from every preset that carries HTML. Nothing may run, and no
 * script, event handler or script URL may be left in the shadow DOM.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/source.js';
import '../../src/news-list.js';
import '../../src/article.js';
import type { LetopisArticle } from '../../src/components/article/letopis-article.js';
import type { LetopisNewsList } from '../../src/components/news-list/letopis-news-list.js';
import { NewsSource } from '../../src/data/news-source.js';
import { silenceWarnings } from '../helpers/console.js';

const X = 'window.__letopisXss=1';
const VECTORS = [
  `<script>${X}</script>`,
  `<img src=x onerror="${X}">`,
  `<svg onload="${X}">`,
  `<svg><script>${X}</script></svg>`,
  `<a href="javascript:${X}">a</a>`,
  `<a href=" javascript:${X}">a</a>`,
  `<a href="&#106;avascript:${X}">a</a>`,
  `<a href="jav&#x09;ascript:${X}">a</a>`,
  `<a href="JaVaScRiPt:${X}">a</a>`,
  `<svg><a xlink:href="javascript:${X}"><text x="0" y="10">a</text></a></svg>`,
  `<iframe srcdoc="<script>parent.__letopisXss=1</script>"></iframe>`,
  `<iframe src="javascript:parent.__letopisXss=1"></iframe>`,
  `<math><mi xlink:href="data:x,<script>${X}</script>">m</mi></math>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${X}">`,
  `<template><img src=x onerror="${X}"></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${X}>">`,
  `<style>body{background:url(javascript:${X})}</style>`,
  `<div style="width:expression(${X})">a</div>`,
  `<div style="background:url(javascript:${X})">a</div>`,
  `<form action="javascript:${X}"><button>a</button></form>`,
  `<button formaction="javascript:${X}">a</button>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${X}">`,
  `<object data="javascript:${X}"></object>`,
  `<embed src="javascript:${X}">`,
  `<body onload="${X}">`,
  `<details open ontoggle="${X}"><summary>a</summary></details>`,
  `<video><source onerror="${X}"></video>`,
  `<input autofocus onfocus="${X}">`,
  `<a href="vbscript:msgbox(1)">a</a>`,
  `<a href="data:text/html,<script>parent.__letopisXss=1</script>">a</a>`,
  `<img src="x" srcset="javascript:${X}">`,
  `<base href="javascript:${X}//">`,
  `<link rel="stylesheet" href="javascript:${X}">`,
  `"><script>${X}</script>`,
  `<scr<script>ipt>${X}</script>`,
  `<marquee onstart="${X}">a</marquee>`,
  `<img src=x:alert(1) onerror=eval(src)>`,
];

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const day = (i: number) => `2017-10-${String((i % 28) + 1).padStart(2, '0')}`;

/** Per preset: a body with every vector in the title, lead and body of its own item. */
const PRESETS: Record<string, () => unknown> = {
  wordpress: () =>
    VECTORS.map((v, i) => ({
      id: i + 1,
      date: `${day(i)}T12:00:00`,
      date_gmt: `${day(i)}T09:00:00`,
      title: { rendered: v },
      excerpt: { rendered: v },
      content: { rendered: `<p>Текст</p>${v}` },
      link: `javascript:${X}`,
    })),
  jsonfeed: () => ({
    version: 'https://jsonfeed.org/version/1.1',
    items: VECTORS.map((v, i) => ({
      id: String(i + 1),
      title: v,
      summary: v,
      content_html: `<p>Текст</p>${v}`,
      url: `javascript:${X}`,
      image: `javascript:${X}`,
      date_published: `${day(i)}T12:00:00+03:00`,
    })),
  }),
  drupal: () => ({
    data: VECTORS.map((v, i) => ({
      type: 'node--article',
      id: String(i + 1),
      attributes: {
        title: v,
        created: `${day(i)}T09:00:00+00:00`,
        body: { value: `<p>Текст</p>${v}`, summary: v },
        path: { alias: `javascript:${X}` },
      },
    })),
  }),
  strapi: () => ({
    data: VECTORS.map((v, i) => ({
      id: i + 1,
      attributes: { title: v, description: v, content: `<p>Текст</p>${v}`, publishedAt: `${day(i)}T09:00:00.000Z` },
    })),
  }),
  ghost: () => ({
    posts: VECTORS.map((v, i) => ({
      id: String(i + 1),
      title: v,
      custom_excerpt: v,
      html: `<p>Текст</p>${v}`,
      published_at: `${day(i)}T09:00:00.000Z`,
      url: `javascript:${X}`,
    })),
  }),
  bitrix: () => ({
    result: {
      news: VECTORS.map((v, i) => ({
        ID: String(i + 1),
        NAME: v,
        ACTIVE_FROM: `${day(i).split('-').reverse().join('.')} 12:00:00`,
        PREVIEW_TEXT: v,
        PREVIEW_TEXT_TYPE: 'html',
        DETAIL_TEXT: `<p>Текст</p>${v}`,
        DETAIL_TEXT_TYPE: 'html',
        DETAIL_PAGE_URL: `javascript:${X}`,
      })),
    },
  }),
  rss: () =>
    `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>${VECTORS.map(
      (v, i) =>
        `<item><guid>${i + 1}</guid><title>${escapeXml(v)}</title><link>javascript:${X}</link><pubDate>${new Date(`${day(i)}T09:00:00Z`).toUTCString()}</pubDate><description>${escapeXml(v)}</description><content:encoded>${escapeXml(`<p>Текст</p>${v}`)}</content:encoded></item>`,
    ).join('')}</channel></rss>`,
  atom: () =>
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>${VECTORS.map(
      (v, i) =>
        `<entry><id>${i + 1}</id><title type="html">${escapeXml(v)}</title><link href="javascript:${X}"/><published>${day(i)}T12:00:00+03:00</published><summary type="html">${escapeXml(v)}</summary><content type="html">${escapeXml(`<p>Текст</p>${v}`)}</content></entry>`,
    ).join('')}</feed>`,
};

/** Everything in a shadow root (and the templates in it) that could run script. */
function dangers(root: ParentNode): string[] {
  const found: string[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (['script', 'iframe', 'object', 'embed', 'form', 'meta', 'base', 'link', 'style'].includes(el.localName))
        found.push(`<${el.localName}>`);
      for (const attr of el.attributes) {
        // Browsers ignore whitespace and control characters inside a URL scheme.
        // eslint-disable-next-line no-control-regex
        const value = attr.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
        if (attr.name.startsWith('on')) found.push(`${el.localName}[${attr.name}]`);
        if (attr.name === 'style' && /expression\(|url\(\s*['"]?\s*javascript:/.test(value))
          found.push(`${el.localName}[style=${attr.value.slice(0, 30)}]`);
        if (
          /^(javascript|vbscript):/.test(value) ||
          (value.startsWith('data:') && !(el.localName === 'img' && value.startsWith('data:image/')))
        ) {
          found.push(`${el.localName}[${attr.name}=${attr.value.slice(0, 30)}]`);
        }
      }
      if (el instanceof HTMLTemplateElement) visit(el.content);
    }
  };
  visit(root);
  return found;
}

describe('security: hostile HTML in every preset', () => {
  silenceWarnings();
  let alerts = 0;
  const alert = window.alert;
  before(() => {
    window.alert = () => {
      alerts++;
    };
  });
  after(() => {
    window.alert = alert;
  });

  it('has a checker that finds what these vectors leave when nothing sanitises them', () => {
    // Parsed into a document of its own (DOMParser's: nothing loads or runs there), the raw markup of these
    // vectors carries a dangerous element or attribute, and the checker must name it, or the tests below prove
    // nothing. Two are dangerous only to other parsers: <noscript> content is markup when scripting is off, as
    // in DOMParser's document (with scripting on, the <img> escapes the attribute), and `<scr<script>ipt>` is
    // a tag named "scr<script" that fools regex filters, not the HTML parser.
    const missed = VECTORS.filter((vector) => !dangers(new DOMParser().parseFromString(vector, 'text/html')).length);
    expect(missed).to.deep.equal([VECTORS[15], VECTORS[34]]);
  });

  for (const [preset, data] of Object.entries(PRESETS)) {
    it(`${preset}: nothing runs from titles, leads or bodies`, async function () {
      this.timeout(60_000);
      const source = new NewsSource({ preset, data: data() });
      const list = await fixture<LetopisNewsList>(
        html`<letopis-news-list .source=${source} display="lead image" page-size="100"></letopis-news-list>`,
      );
      await waitUntil(
        () => list.shadowRoot!.querySelectorAll('[part~="item"]').length === VECTORS.length,
        `${preset}: the list`,
        { timeout: 10_000 },
      );
      expect(dangers(list.shadowRoot!), `${preset} list`).to.deep.equal([]);
      const article = await fixture<LetopisArticle>(html`<letopis-article .source=${source}></letopis-article>`);
      for (let i = 1; i <= VECTORS.length; i++) {
        article.articleId = String(i);
        await waitUntil(() => article.shadowRoot!.querySelector(`[part~="body"] p`), `${preset} #${i}`, {
          timeout: 10_000,
        });
        const found = dangers(article.shadowRoot!);
        expect(found, `${preset} #${i}: ${VECTORS[i - 1]}`).to.deep.equal([]);
      }
      // Handlers such as onerror fire asynchronously: give them their chance.
      await new Promise((r) => setTimeout(r, 100));
      expect((window as unknown as { __letopisXss?: number }).__letopisXss, preset).to.equal(undefined);
      expect(alerts, preset).to.equal(0);
    });
  }

  it('shows plain-text fields literally, decoded once where the source is HTML', async () => {
    const tricky = 'Цены < 100 & скидки &amp; «акции»';
    const feed = new NewsSource({
      preset: 'jsonfeed',
      data: { items: [{ id: '1', title: tricky, content_text: tricky, date_published: '2017-10-26T12:00:00+03:00' }] },
    });
    const wp = new NewsSource({
      preset: 'wordpress',
      data: [
        {
          id: 2,
          date: '2017-10-26T12:00:00',
          title: { rendered: 'Цены &lt; 100 &amp; скидки &amp;amp; &laquo;акции&raquo;' },
          content: { rendered: '<p>x</p>' },
        },
      ],
    });
    for (const [source, expected] of [
      [feed, tricky],
      [wp, tricky],
    ] as const) {
      const list = await fixture<LetopisNewsList>(html`<letopis-news-list .source=${source}></letopis-news-list>`);
      await waitUntil(() => list.shadowRoot!.querySelector('[part~="title"]'), 'title', { timeout: 5000 });
      expect(list.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(expected);
    }
  });
});
