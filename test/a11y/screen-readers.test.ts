// What a screen-reader or keyboard reader meets, one fix of the accessibility audit each (WCAG 2.2:
// 1.3.1, 1.4.1, 1.4.3, 2.4.3, 4.1.2, 4.1.3): where focus goes after "Показать ещё" and "Повторить", what
// is announced, which element says it is picked, what the view count and the picker's months are called,
// and what the accessibility tree is spared (a second <main>, a skeleton's empty items).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { LetopisArchive } from '../../src/components/archive/letopis-archive.js';
import type { LetopisArticle } from '../../src/components/article/letopis-article.js';
import type { LetopisCalendar } from '../../src/components/calendar/letopis-calendar.js';
import type { LetopisNewsList } from '../../src/components/news-list/letopis-news-list.js';
import { NewsSource } from '../../src/data/news-source.js';
import { silenceWarnings } from '../helpers/console.js';
import { backdrop, ratio, textColour } from '../helpers/contrast.js';
import { $, $$, archive as archiveOf, calendar, deepFocus, list, viewCount } from '../helpers/pages.js';
import { browserZone, freezeTime } from '../helpers/time.js';
import { faultKey, wpSource } from '../helpers/sources.js';

const OCTOBER = { '2017-10-02': 1, '2017-10-26': 3 };
const flaky = () => `/fault?flaky=${faultKey()}&failures=1`;

describe(`screen readers and keyboard focus (browser in ${browserZone()})`, function () {
  this.timeout(20_000);
  silenceWarnings();
  let restore: () => void;
  beforeEach(() => {
    restore = freezeTime('2017-10-26T09:00:00Z');
  });
  afterEach(() => restore());

  it("never shows a month's own days fainter than the neighbouring months' days", async () => {
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar
        month="2017-10"
        .counts=${OCTOBER}
        style="color: #333; background: #fff"
      ></letopis-calendar>`,
    );
    const contrast = (date: string) => {
      const day = calendar.day(el, date);
      return ratio(textColour(day), backdrop(day)) * Number(getComputedStyle(day).opacity);
    };
    // 3 October has no news; 30 September is the previous month's.
    expect(contrast('2017-10-03')).to.be.greaterThan(contrast('2017-09-30'));
    expect(contrast('2017-09-30')).to.be.at.least(4.5);
  });

  it('says which day is picked on the element that has focus', async () => {
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" value="2017-10-02" .counts=${OCTOBER}></letopis-calendar>`,
    );
    const picked = calendar.day(el, '2017-10-02');
    expect(picked.getAttribute('tabindex')).to.equal('0');
    expect(picked.getAttribute('aria-pressed')).to.equal('true');
    expect(picked.getAttribute('aria-current')).to.equal('true');
    expect(calendar.day(el, '2017-10-26').getAttribute('aria-current'), 'today').to.equal('date');
    expect(calendar.day(el, '2017-10-03').hasAttribute('aria-pressed')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it("names the picker's months with their year, so a year change is heard", async () => {
    const el = await fixture<LetopisCalendar>(html`<letopis-calendar month="2017-10"></letopis-calendar>`);
    $(el, '[part="heading"]').click();
    await waitUntil(() => $(el, '[part="picker"] [data-month]'), 'the picker', { timeout: 5000 });
    const october = $(el, '[data-month="2017-10"]');
    expect(october.getAttribute('aria-label')).to.match(/^октябрь 2017/);
    await expect(el).to.be.accessible();
  });

  it('announces an error in a status region that was there before it', async () => {
    const source = new NewsSource({ endpoint: '/fault?status=500', retries: 0 });
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" .source=${source}></letopis-calendar>`,
    );
    const region = $(el, '[role="status"]');
    expect(region, 'on the first render').to.exist;
    await waitUntil(() => $(el, '[part~="retry"]'), 'the error', { timeout: 5000 });
    expect($(el, '[role="status"]'), 'the same region').to.equal(region);
    expect(region.textContent).to.contain('Не удалось загрузить новости');
  });

  it('moves focus to the first new item after "Показать ещё", and says how many came', async () => {
    const source = wpSource({ pageSize: 3 });
    const el = await fixture<LetopisNewsList>(html`<letopis-news-list .source=${source}></letopis-news-list>`);
    await list.settled(el);
    const before = list.items(el).map((i) => i.dataset.id);
    $(el, '[part~="more"]').click();
    await waitUntil(() => list.items(el).length === 6, 'the next page', { timeout: 5000 });
    const first = list.items(el)[3];
    expect(before).to.not.include(first.dataset.id);
    await waitUntil(() => first.contains(deepFocus()), 'focus on the first new item', { timeout: 5000 });
    await waitUntil(() => $(el, '.sr[role="status"]').textContent === 'Показано ещё 3 новости', 'announced');
  });

  it('keeps focus in the list after "Повторить", not on the page', async () => {
    const source = new NewsSource({ endpoint: flaky(), retries: 0 });
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${source} heading="Лента новостей"></letopis-news-list>`,
    );
    await waitUntil(() => $(el, '[part~="retry"]'), 'the error', { timeout: 5000 });
    $(el, '[part~="retry"]').focus();
    $(el, '[part~="retry"]').click();
    await waitUntil(() => list.items(el).length === 3, 'retried', { timeout: 5000 });
    await waitUntil(() => deepFocus() === $(el, '[part~="heading"]'), 'focus on the heading', { timeout: 5000 });
  });

  it('keeps focus in the article after its retry', async () => {
    const source = new NewsSource({ endpoint: '/fault?x=1', articleEndpoint: `${flaky()}&id={id}`, retries: 0 });
    const el = await fixture<LetopisArticle>(
      html`<letopis-article .source=${source} article-id="big-1"></letopis-article>`,
    );
    await waitUntil(() => $(el, '[part~="retry"]'), 'the error', { timeout: 5000 });
    $(el, '[part~="retry"]').click();
    await waitUntil(() => deepFocus() === $(el, '[part~="title"]'), 'focus on the title', { timeout: 5000 });
  });

  it('gives the view count an icon and words for screen readers, not a bare number', async () => {
    const items = [{ id: 'v', title: 'Новость', date_published: '2017-10-25T12:00:00+03:00', views: 3822 }];
    const source = new NewsSource({ preset: 'jsonfeed', map: '{"views": "views"}', data: { items } });
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${source} display="views"></letopis-news-list>`,
    );
    await list.settled(el);
    const item = list.items(el)[0];
    const { shown, said } = viewCount(item);
    expect(shown).to.equal('3822');
    expect(said).to.equal('3822 просмотра');
    const views = item.querySelector('[part~="views"]')!;
    expect(views.getAttribute('aria-hidden')).to.equal('true');
    expect(views.querySelector('svg'), 'an icon beside the number').to.exist;
  });

  it('hides the loading skeleton from the accessibility tree and names it once', async () => {
    const source = new NewsSource({ endpoint: '/fault?delay=100000', retries: 0, timeout: 100_000 });
    const el = await fixture<LetopisNewsList>(html`<letopis-news-list .source=${source}></letopis-news-list>`);
    await waitUntil(() => $(el, '[part~="loading"]'), 'the skeleton', { timeout: 5000 });
    const skeleton = $(el, '[part~="loading"]');
    expect(skeleton.querySelector('ul')!.getAttribute('aria-hidden')).to.equal('true');
    expect(skeleton.querySelector('.sr')!.textContent).to.equal('Загрузка новостей…');
    await expect(el).to.be.accessible();
  });

  it('adds no <main> of its own inside the page’s', async () => {
    const source = wpSource();
    const page = await fixture<HTMLElement>(
      html`<main><letopis-archive route="none" .source=${source}></letopis-archive></main>`,
    );
    const archive = page.querySelector<LetopisArchive>('letopis-archive')!;
    await archiveOf.ready(archive);
    expect($$(archive, 'main, [role="main"]')).to.have.length(0);
  });
});
