import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/source.js';
import '../../../src/article.js';
import type { LetopisArticle } from '../../../src/components/article/letopis-article.js';
import { NewsSource } from '../../../src/data/news-source.js';
import { SEED_ARTICLE } from '../../fixtures/seed.js';
import { silenceWarnings } from '../../helpers/console.js';
import { $, article, viewCount } from '../../helpers/pages.js';
import { browserZone, freezeTime, spaces } from '../../helpers/time.js';
import { faultKey, wpSource } from '../../helpers/sources.js';

const { ready } = article;
const seedSource = () => new NewsSource({ preset: 'bitrix', data: { result: { news: [SEED_ARTICLE] } } });

describe(`<letopis-article> (browser in ${browserZone()})`, () => {
  silenceWarnings();
  let restore: () => void;
  beforeEach(() => {
    restore = freezeTime('2026-01-03T09:00:00Z');
  });
  afterEach(() => {
    restore();
  });

  it('rebuilds the seed\'s article: "08 февраля 2018, 12:46", 3822 views, paragraphs', async () => {
    const el = await fixture<LetopisArticle>(
      html`<letopis-article .source=${seedSource()} article-id="3822"></letopis-article>`,
    );
    await ready(el);
    expect($(el, '[part~="title"]').textContent).to.equal(SEED_ARTICLE.NAME);
    expect($(el, '[part~="title"]').getAttribute('aria-level')).to.equal('1');
    expect(spaces($(el, '[part~="date"]').textContent!)).to.equal('08 февраля 2018, 12:46');
    expect($(el, '[part~="date"]').getAttribute('datetime')).to.equal('2018-02-08T12:46:00+03:00');
    expect(viewCount(el.shadowRoot!)).to.deep.equal({ shown: '3822', said: '3822 просмотра' });
    expect($(el, '[part~="section"]').textContent).to.equal('Социальная сфера');
    expect($(el, '[part~="lead"]').textContent).to.equal(SEED_ARTICLE.PREVIEW_TEXT);
    expect([...$(el, '[part~="body"]').querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(
      SEED_ARTICLE.DETAIL_TEXT.split('\n\n'),
    );
    await expect(el).to.be.accessible();
  });

  it('sanitises an HTML body before it reaches the page', async () => {
    const source = new NewsSource({ endpoint: '/test/fixtures/wordpress/posts.json', preset: 'wordpress' });
    // A static file has no /posts/501: the list's cache holds the full post.
    await source.list();
    const el = await fixture<LetopisArticle>(
      html`<letopis-article .source=${source} article-id="501" heading-level="2"></letopis-article>`,
    );
    await ready(el);
    await waitUntil(() => $(el, '[part~="body"] p'), 'the body', { timeout: 5000 });
    const body = $(el, '[part~="body"]');
    expect(body.querySelector('script')).to.equal(null);
    expect(body.querySelector('[onclick]')).to.equal(null);
    expect(body.textContent).to.contain('Второй абзац');
    expect($(el, '[part~="title"]').getAttribute('aria-level')).to.equal('2');
    expect((window as unknown as { __letopisXss?: boolean }).__letopisXss).to.equal(undefined);
  });

  it('shows "Новость не найдена" with a way back for an unknown id', async () => {
    const source = wpSource({ retries: 0 });
    const el = await fixture<LetopisArticle>(
      html`<letopis-article .source=${source} article-id="424242" back-href="/news/"></letopis-article>`,
    );
    await ready(el);
    expect($(el, '[part~="error"]').textContent).to.equal('Новость не найдена');
    expect($(el, '[part~="back"]').getAttribute('href')).to.equal('/news/');
    await expect(el).to.be.accessible();
  });

  it('shows other errors with a retry', async () => {
    const key = faultKey();
    const source = new NewsSource({
      endpoint: '/fault?x=1',
      articleEndpoint: `/fault?flaky=${key}&failures=1&id={id}`,
      retries: 0,
    });
    const el = await fixture<LetopisArticle>(
      html`<letopis-article .source=${source} article-id="big-1"></letopis-article>`,
    );
    await ready(el);
    expect($(el, '[part~="error"]').textContent).to.contain('Не удалось загрузить новости');
    $(el, '[part~="retry"]').click();
    await waitUntil(() => $(el, '[part~="title"]'), 'retried', { timeout: 5000 });
  });

  it('renders an item given as a property, with no source', async () => {
    const el = await fixture<LetopisArticle>(
      html`<letopis-article
        lang="en"
        .item=${{ id: 'x', title: 'Given', date: '2018-02-08T12:46:00+03:00', siteDate: '2018-02-08', body: { text: 'One.\nTwo.' }, views: 1 }}
      ></letopis-article>`,
    );
    expect($(el, '[part~="title"]').textContent).to.equal('Given');
    expect(spaces($(el, '[part~="date"]').textContent!)).to.equal('February 8, 2018, 12:46 PM');
    expect(viewCount(el.shadowRoot!).said).to.equal('1 view');
    expect([...$(el, '[part~="body"]').querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      'One.',
      'Two.',
    ]);
  });

  it('reads its id from the page URL with id-param', async () => {
    const before = location.href;
    history.replaceState(null, '', '?news=3822');
    try {
      const el = await fixture<LetopisArticle>(
        html`<letopis-article .source=${seedSource()} id-param="news"></letopis-article>`,
      );
      await ready(el);
      expect(viewCount(el.shadowRoot!).shown).to.equal('3822');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('fires a cancelable letopis-back from its back button', async () => {
    const el = await fixture<LetopisArticle>(
      html`<letopis-article .source=${seedSource()} article-id="3822"></letopis-article>`,
    );
    await ready(el);
    let fired = 0;
    let cancel = true;
    el.addEventListener('letopis-back', (e) => {
      fired++;
      if (cancel) e.preventDefault();
    });
    // History is asked directly: going back would leave the test page.
    const back = history.back;
    let wentBack = 0;
    history.back = () => void wentBack++;
    try {
      $(el, '[part~="back"]').click();
      expect([fired, wentBack]).to.deep.equal([1, 0]);
      cancel = false;
      $(el, '[part~="back"]').click();
      expect([fired, wentBack]).to.deep.equal([2, 1]);
    } finally {
      history.back = back;
    }
  });

  it('keeps long bodies with tables and images inside 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wide = `<p>${'очень_длинное_слово_без_пробелов_'.repeat(8)}</p><table><tr>${'<td>колонка с текстом</td>'.repeat(12)}</tr></table><p><img src="data:image/png;base64,iVBORw0KGgo=" width="1200" height="400" alt=""></p>`;
      const el = await fixture<LetopisArticle>(
        html`<letopis-article
          .item=${{ id: 'w', title: 'Широкое', date: '2018-02-08T12:46:00+03:00', siteDate: '2018-02-08', body: { html: wide } }}
        ></letopis-article>`,
      );
      await waitUntil(() => $(el, '[part~="body"] table'), 'the body', { timeout: 5000 });
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("styles the body with the site's stylesheet (body-stylesheet), in the article only", async () => {
    const body = '<table><tr><td>Ячейка</td></tr></table><blockquote>Цитата</blockquote>';
    const el = await fixture<LetopisArticle>(
      html`<div>
        <letopis-article
          body-stylesheet="/test/fixtures/styles/news-body.css"
          .item=${{ id: 's', title: 'Стили', date: '2018-02-08T12:46:00+03:00', siteDate: '2018-02-08', body: { html: body } }}
        ></letopis-article>
        <blockquote>Цитата страницы</blockquote>
      </div>`,
    );
    const article = el.querySelector('letopis-article')!;
    const link = article.shadowRoot!.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!;
    if (!link.sheet) await new Promise((done) => link.addEventListener('load', done, { once: true }));
    await waitUntil(() => $(article, '[part~="body"] td'), 'the body', { timeout: 5000 });
    expect(getComputedStyle($(article, '[part~="body"] td')).backgroundColor).to.equal('rgb(255, 250, 230)');
    expect(getComputedStyle($(article, '[part~="body"] blockquote')).fontStyle).to.equal('italic');
    expect(getComputedStyle(el.querySelector('blockquote')!).fontStyle, 'the page is untouched').to.equal('normal');
  });
});
