import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/source.js';
import '../../../src/news-list.js';
import '../../../src/calendar.js';
import type { LetopisNewsList } from '../../../src/components/news-list/letopis-news-list.js';
import { NewsSource } from '../../../src/data/news-source.js';
import { formatFullDate } from '../../../src/core/labels.js';
import { SEED_FEED, seedFeed } from '../../fixtures/seed.js';
import { silenceWarnings } from '../../helpers/console.js';
import { $, $$, calendar, clickTakesOver, list, viewCount } from '../../helpers/pages.js';
import { browserZone, freezeTime, spaces } from '../../helpers/time.js';
import { faultKey, WP, wpSource } from '../../helpers/sources.js';

const { items, settled } = list;

describe(`<letopis-news-list> (browser in ${browserZone()})`, () => {
  const warnings = silenceWarnings();
  let restore: () => void;
  beforeEach(() => {
    restore = freezeTime('2026-01-03T09:00:00Z');
  });
  afterEach(() => {
    restore();
  });

  it('rebuilds the seed\'s feed: newest first, "02 января, 22:32"', async () => {
    const source = new NewsSource({ preset: 'jsonfeed', data: seedFeed() });
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list
        .source=${source}
        display=""
        heading="Лента новостей"
        all-href="/news/"
        archive-href="/news/archive/"
      ></letopis-news-list>`,
    );
    await settled(el);
    expect(
      items(el).map((i) => [
        spaces($(el, `[data-id="${i.dataset.id}"] [part~="time"]`).textContent!.trim()),
        i.querySelector('[part~="title"]')!.textContent,
      ]),
    ).to.deep.equal(SEED_FEED.map(([time, title]) => [`02 января, ${time}`, title]));
    expect($(el, '[part~="heading"]').textContent).to.equal('Лента новостей');
    expect($(el, '[part~="all-link"]').getAttribute('href')).to.equal('/news/');
    expect($(el, '[part~="archive-link"]').textContent).to.equal('Архив');
    expect(items(el)[0].querySelector('[part~="title"]')!.getAttribute('href')).to.equal(
      'https://region.example/news/seed-1',
    );
    expect($(el, '[part~="time"]').getAttribute('datetime')).to.equal('2026-01-02T22:32:00+03:00');
    expect(el.shadowRoot!.querySelector('[part~="lead"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton while loading, then the items of one day', async () => {
    const source = new NewsSource({ endpoint: `${WP}?delay=1`, preset: 'wordpress' });
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${source} date="2017-10-31" item-href="/news/{id}/"></letopis-news-list>`,
    );
    expect($(el, '[part~="loading"]')).to.exist;
    expect($(el, '[part~="loading"]').getAttribute('aria-busy')).to.equal('true');
    await settled(el);
    const titles = $$(el, '[part~="title"]').map((t) => t.textContent);
    expect(titles).to.include('Поздно вечером 31 октября');
    expect(titles).not.to.include('Сразу после полуночи 1 ноября');
    expect($(el, '[data-id="1"] [part~="title"]').getAttribute('href')).to.equal('/news/1/');
    // Not the current year in the site zone: the year is shown.
    expect(spaces($(el, '[data-id="1"] [part~="time"]').textContent!.trim())).to.equal('31 октября 2017, 23:30');
    await expect(el).to.be.accessible();
  });

  it("reserves its page while loading: a skeleton row per item to come, each of a real row's height", async () => {
    const source = new NewsSource({ endpoint: `${WP}?delay=150`, preset: 'wordpress' });
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${source} display="" page-size="3" style="width: 40em"></letopis-news-list>`,
    );
    const rows = $$(el, '[part~="loading"] li');
    expect(rows.length).to.equal(3);
    expect($(el, '[part~="loading"] ul').getAttribute('aria-hidden')).to.equal('true');
    const skeleton = rows[0].getBoundingClientRect().height;
    await settled(el);
    // A one-line title and its time, as the skeleton row stands for (to Chromium's layout unit, 1/64 px,
    // in which each half of a line's leading is rounded).
    expect(items(el)[0].getBoundingClientRect().height).to.be.closeTo(skeleton, 1 / 32);
    // With images: a thumbnail's place too, as many rows as the source's page size (at most a screenful, 20).
    const images = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${source} display="image lead"></letopis-news-list>`,
    );
    expect($$(images, '[part~="loading"] li').length).to.equal(20);
    expect($$(images, '[part~="loading"] .thumb').length).to.equal(20);
    await settled(images);
  });

  it('goes on when the page moves it while its first page is on its way, as a low-vision panel does', async () => {
    const source = new NewsSource({ endpoint: `${WP}?delay=150`, preset: 'wordpress' });
    const page = await fixture<HTMLElement>(
      html`<div><letopis-news-list .source=${source} date="2017-10-31"></letopis-news-list></div>`,
    );
    const el = page.querySelector('letopis-news-list')!;
    expect($(el, '[part~="loading"]')).to.exist;
    // bvi wraps every child of <body> in a box of its own: the list is disconnected and connected again.
    const wrapper = document.createElement('div');
    page.append(wrapper);
    wrapper.append(el);
    await settled(el);
    expect(list.titles(el)).to.include('Поздно вечером 31 октября');
    expect($(el, '[part~="list"]').getAttribute('aria-busy')).to.equal('false');
  });

  it('says there is no news for an empty day', async () => {
    const source = wpSource();
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${source} date="2018-01-03"></letopis-news-list>`,
    );
    await settled(el);
    expect(spaces($(el, '[part~="empty"]').textContent!)).to.equal('За 3 января 2018 г. новостей нет');
    const en = await fixture<LetopisNewsList>(
      html`<letopis-news-list lang="en" .source=${source} date="2018-01-03"></letopis-news-list>`,
    );
    await settled(en);
    expect(spaces($(en, '[part~="empty"]').textContent!)).to.equal('No news on January 3, 2018');
  });

  it('pages with "Показать ещё" without losing or repeating an item that arrives between pages', async () => {
    const scope = `s${faultKey()}`;
    const source = new NewsSource({
      endpoint: `/api/s/${scope}/wp-json/wp/v2/posts`,
      preset: 'wordpress',
      pageSize: 5,
    });
    const el = await fixture<LetopisNewsList>(html`<letopis-news-list .source=${source}></letopis-news-list>`);
    await settled(el);
    const first = items(el).map((i) => i.dataset.id);
    expect(first).to.have.length(5);
    // A new item is published: every item moves one place down the endpoint's pages.
    await fetch(`/api/_push?scope=${scope}&id=900001&date=2017-12-31T23:59:00%2B03:00`);
    $(el, '[part~="more"]').click();
    await waitUntil(() => items(el).length > 5, 'the second page', { timeout: 5000 });
    const ids = items(el).map((i) => i.dataset.id!);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids.slice(0, 5)).to.deep.equal(first);
    expect(ids).to.have.length(9);
    // The oracle: the endpoint's own order (without the new item) has no gap.
    const all = (await (await fetch(`${WP}?per_page=10`)).json()) as { id: number }[];
    expect(ids).to.deep.equal(all.slice(0, 9).map((p) => String(p.id)));
  });

  it('pages with a numbered pager', async () => {
    const source = wpSource({ pageSize: 4 });
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${source} paging="pages"></letopis-news-list>`,
    );
    await settled(el);
    const firstPage = items(el).map((i) => i.dataset.id);
    const pager = $(el, '[part~="pager"]');
    expect(pager.getAttribute('aria-label')).to.equal('Страницы');
    expect(pager.querySelector('[aria-current="page"]')!.textContent!.trim()).to.equal('1');
    pager.querySelector<HTMLElement>('[aria-label="Страница 2"]')!.click();
    await waitUntil(
      () =>
        $(el, '[part~="pager"] [aria-current="page"]')?.textContent?.trim() === '2' &&
        !items(el).some((i) => firstPage.includes(i.dataset.id)),
      'page 2',
      { timeout: 5000 },
    );
    expect(items(el)).to.have.length(4);
    expect($(el, '[part~="more"]')).to.equal(null);
  });

  it('loads on scroll with paging="infinite", and can be stopped', async () => {
    const asked: string[] = [];
    const source = new NewsSource({
      endpoint: WP,
      preset: 'wordpress',
      pageSize: 3,
      fetch: (url, init) => {
        asked.push(String(url));
        return fetch(url, init);
      },
    });
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${source} paging="infinite"></letopis-news-list>`,
    );
    await waitUntil(() => items(el).length >= 6, 'more pages on their own', { timeout: 5000 });
    $(el, '.stop').click();
    await settled(el);
    await waitUntil(() => !$(el, '[part~="more"]').hasAttribute('disabled'), 'the page asked for lands');
    const count = items(el).length;
    const requests = asked.length;
    // The "more" button stays in view; an observer of our own sees it there, so the list's would have too.
    const button = $(el, '[part~="more"]');
    button.scrollIntoView();
    await new Promise<void>((seen) => {
      const observer = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        seen();
      });
      observer.observe(button);
    });
    await el.updateComplete;
    expect(items(el).length).to.equal(count);
    expect(asked.length).to.equal(requests);
    expect($(el, '.stop')).to.equal(null);
    // The button still asks for more by hand.
    button.click();
    await waitUntil(() => items(el).length === count + 3, 'a page by hand', { timeout: 5000 });
  });

  it('groups by day with headers, and shows views and sections on request', async () => {
    // WordPress has no view counter of its own: the emulated site exports one, and map points at it.
    const source = new NewsSource({ endpoint: WP, preset: 'wordpress', map: '{"views": "views"}' });
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list
        .source=${source}
        from="2017-10-23"
        to="2017-10-27"
        group-by-day
        display="views section"
      ></letopis-news-list>`,
    );
    await settled(el);
    // Each header is followed by that day's items, days newest first.
    const rows = $$(el, '[part~="day-header"], [part~="item"]');
    const days: string[] = [];
    let current = '';
    for (const row of rows) {
      if (row.matches('[part~="day-header"]')) days.push((current = spaces(row.textContent!.trim())));
      else
        expect(spaces(formatFullDate(row.querySelector('time')!.getAttribute('datetime')!.slice(0, 10)))).to.equal(
          current,
        );
    }
    expect(days.length).to.be.greaterThan(1);
    expect(days).to.deep.equal([...new Set(days)]);
    const views = viewCount(items(el)[0]);
    expect(views.shown).to.match(/^\d+$/);
    expect(views.said).to.match(new RegExp(`^${views.shown} просмотр(а|ов)?$`));
    expect($(el, '[part~="section"]').textContent).to.match(/Общество|Экономика/);
    await expect(el).to.be.accessible();
  });

  it('fires a cancelable letopis-select instead of following the link', async () => {
    const source = new NewsSource({ preset: 'jsonfeed', data: seedFeed() });
    const el = await fixture<LetopisNewsList>(html`<letopis-news-list .source=${source}></letopis-news-list>`);
    await settled(el);
    const selected: string[] = [];
    let cancel = false;
    el.addEventListener('letopis-select', (e) => {
      selected.push(e.detail.item.id);
      if (cancel) e.preventDefault();
    });
    // Not cancelled: the link is followed, as any link.
    expect(clickTakesOver($(el, '[part~="title"]'))).to.equal(false);
    cancel = true;
    expect(clickTakesOver($(el, '[part~="title"]'))).to.equal(true);
    expect(selected).to.deep.equal(['seed-1', 'seed-1']);
  });

  it('says "Сегодня" and "Вчера" with relative-days', async () => {
    restore();
    restore = freezeTime('2026-01-02T20:00:00Z'); // 23:00 in Moscow on the 2nd
    const source = new NewsSource({ preset: 'jsonfeed', data: seedFeed() });
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${source} relative-days></letopis-news-list>`,
    );
    await settled(el);
    expect(spaces($(el, '[part~="time"]').textContent!.trim())).to.equal('Сегодня, 22:32');
  });

  it('shows an error with a retry that works', async () => {
    const key = faultKey();
    const source = new NewsSource({ endpoint: `/fault?flaky=${key}&failures=1`, retries: 0 });
    const el = await fixture<LetopisNewsList>(html`<letopis-news-list .source=${source}></letopis-news-list>`);
    await settled(el);
    expect($(el, '[part~="error"]').textContent).to.contain('Не удалось загрузить новости');
    await expect(el).to.be.accessible();
    $(el, '[part~="retry"]').click();
    await waitUntil(() => items(el).length === 3, 'retried', { timeout: 5000 });
  });

  it('follows a calendar through controls and reads date-param', async () => {
    const source = wpSource();
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <letopis-calendar month="2017-10" .source=${source} controls="feed"></letopis-calendar>
        <letopis-news-list id="feed" .source=${source}></letopis-news-list>
      </div>`,
    );
    const el = wrap.querySelector('letopis-news-list')!;
    const cal = wrap.querySelector('letopis-calendar')!;
    await waitUntil(() => cal.shadowRoot!.querySelector('[data-date="2017-10-26"][part~="has-news"]'), 'marks', {
      timeout: 5000,
    });
    await calendar.contact(cal);
    cal.shadowRoot!.querySelector<HTMLElement>('[data-date="2017-10-26"]')!.click();
    expect(el.date).to.equal('2017-10-26');
    await waitUntil(
      () =>
        items(el).length &&
        items(el).every((i) =>
          $(el, `[data-id="${i.dataset.id}"] time`).getAttribute('datetime')!.startsWith('2017-10-26'),
        ),
      'the day',
      { timeout: 5000 },
    );
    const before = location.href;
    history.replaceState(null, '', '?date=2017-10-31');
    try {
      const byUrl = await fixture<LetopisNewsList>(
        html`<letopis-news-list .source=${source} date-param="date"></letopis-news-list>`,
      );
      expect(byUrl.date).to.equal('2017-10-31');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('says in the console when its source id names nothing on the page', async function () {
    this.timeout(10_000);
    const el = await fixture<LetopisNewsList>(html`<letopis-news-list source="nosuchid"></letopis-news-list>`);
    await waitUntil(() => warnings.length > 0, 'a warning', { timeout: 6000 });
    expect(warnings).to.deep.equal([
      'letopis: <letopis-news-list source="nosuchid">: no element with id "nosuchid" on the page yet',
    ]);
    // Still waiting, in its loading state: a source added now is picked up.
    expect($(el, '[part~="loading"]')).to.not.equal(null);
    const source = document.createElement('letopis-source');
    source.setAttribute('preset', 'jsonfeed');
    source.setAttribute('endpoint', '/test/fixtures/jsonfeed/feed-2.json');
    el.before(source);
    source.id = 'nosuchid';
    await settled(el);
    expect(items(el)).to.have.length(2);
    source.remove();
  });

  it('keeps 10 000 items to the rows near the viewport, in order, following scrolling and Tab', async function () {
    this.timeout(60_000);
    const source = new NewsSource({ endpoint: '/fault?big=10000', preset: 'jsonfeed', pageSize: 10_000 });
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${source} display="" item-href="/news/{id}"></letopis-news-list>`,
    );
    const pos = (row: Element | null | undefined) => Number(row?.closest('li')?.getAttribute('aria-posinset'));
    await waitUntil(() => $(el, '[part~="list"] > .spacer') && items(el).length > 5, 'windowed', { timeout: 20_000 });
    let rows = items(el);
    expect(rows.length, 'rows in the DOM').to.be.within(6, 80);
    expect(rows[0].getAttribute('aria-setsize')).to.equal('10000');
    expect(pos(rows[0])).to.equal(1);
    // The page is as tall as the whole list, so the scrollbar tells the truth.
    expect(el.offsetHeight).to.be.above(10_000 * 15);

    // Scroll to the middle: the rows there are rendered, consecutive, and on screen.
    scrollTo(0, el.getBoundingClientRect().top + scrollY + el.offsetHeight / 2);
    await waitUntil(() => pos(items(el)[0]) > 3000 && pos(items(el)[0]) < 7000, 'the window follows', {
      timeout: 5000,
    });
    await nextFrame();
    rows = items(el);
    expect(rows.length, 'rows in the DOM').to.be.below(80);
    rows.forEach((row, i) => i && expect(pos(row)).to.equal(pos(rows[i - 1]) + 1));
    const onScreen = rows.filter((r) => {
      const box = r.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    expect(onScreen.length, 'rows on screen').to.be.above(2);

    // Tab walks the links in order, past the rows rendered at first: focus never falls out of the list.
    onScreen[0].querySelector('a')!.focus();
    let at = pos(el.shadowRoot!.activeElement);
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'Tab' });
      await nextFrame();
      const now = pos(el.shadowRoot!.activeElement);
      expect(now, `Tab ${i + 1}`).to.equal(at + 1);
      at = now;
    }
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(pos(el.shadowRoot!.activeElement)).to.equal(at - 1);
    scrollTo(0, 0);
  });

  it('windows a long list grouped by day too, with each day header before its first row', async function () {
    this.timeout(30_000);
    const source = new NewsSource({ endpoint: '/fault?big=2000', preset: 'jsonfeed', pageSize: 2000 });
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${source} display="" group-by-day></letopis-news-list>`,
    );
    await waitUntil(() => $(el, '[part~="list"] > .spacer') && items(el).length > 5, 'windowed', { timeout: 20_000 });
    expect(items(el).length).to.be.below(80);
    const first = $$(el, '[part~="list"] > li:not(.spacer)');
    expect(first[0].getAttribute('part')).to.equal('day-header');
    // 144 items a day (ten minutes apart): a header every 144 rows.
    scrollTo(0, el.getBoundingClientRect().top + scrollY + el.offsetHeight / 2);
    await waitUntil(() => Number(items(el)[0].getAttribute('aria-posinset')) > 500, 'the window follows');
    await nextFrame();
    const day = (row: Element | null) => row?.querySelector('time')?.getAttribute('datetime')?.slice(0, 10);
    const headers = $$(el, '[part~="day-header"]');
    expect(headers.length, 'headers in the window').to.be.above(0);
    for (const header of headers) {
      const next = header.nextElementSibling!;
      const before = header.previousElementSibling;
      expect(next.getAttribute('part')).to.equal('item');
      expect(spaces(header.textContent!)).to.equal(spaces(formatFullDate(day(next)!, 'ru')));
      if (before?.matches('[part~="item"]')) expect(day(before)).to.not.equal(day(next));
    }
    // Within a day, no header between rows.
    for (const row of items(el)) {
      const before = row.previousElementSibling;
      if (before?.matches('[part~="item"]')) expect(day(before)).to.equal(day(row));
    }
    scrollTo(0, 0);
  });
});
