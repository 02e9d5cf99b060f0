// `lang` is reactive: the element's own attribute and every ancestor's, as a page's language switch or
// low-vision panel changes them without a reload; a `lang` that is no language tag is passed over.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/calendar.js';
import '../../../src/news-list.js';
import '../../../src/article.js';
import '../../../src/archive.js';
import type { LetopisCalendar } from '../../../src/components/calendar/letopis-calendar.js';
import type { LetopisNewsList } from '../../../src/components/news-list/letopis-news-list.js';
import type { LetopisArticle } from '../../../src/components/article/letopis-article.js';
import type { LetopisArchive } from '../../../src/components/archive/letopis-archive.js';
import { NewsSource } from '../../../src/data/news-source.js';
import { SEED_ARTICLE } from '../../fixtures/seed.js';
import { $, article, calendar, deep, list } from '../../helpers/pages.js';
import { browserZone, freezeTime, spaces } from '../../helpers/time.js';

const { heading } = calendar;

describe(`lang (browser in ${browserZone()})`, () => {
  let restore: () => void;
  let pageLang: string;
  beforeEach(() => {
    restore = freezeTime('2017-10-26T12:00:00Z');
    pageLang = document.documentElement.lang;
  });
  afterEach(() => {
    restore();
    document.documentElement.lang = pageLang;
  });

  it("follows the element's own lang, set and removed", async () => {
    const el = await fixture<LetopisCalendar>(html`<letopis-calendar month="2017-10"></letopis-calendar>`);
    expect(heading(el)).to.equal('Октябрь 2017');
    el.lang = 'en';
    await waitUntil(() => heading(el) === 'October 2017', 'English');
    expect($(el, '[part="prev"]').getAttribute('aria-label')).to.equal('Previous month: September 2017');
    el.setAttribute('lang', 'de');
    await waitUntil(() => heading(el) === 'Oktober 2017', 'German month names, Russian words');
    expect($(el, '[part="prev"]').getAttribute('aria-label')).to.equal('Предыдущий месяц: September 2017');
    el.removeAttribute('lang');
    await waitUntil(() => heading(el) === 'Октябрь 2017', 'back to Russian');
  });

  it('follows <html lang>, and the nearest [lang] ancestor when one is added', async () => {
    document.documentElement.lang = 'ru';
    const wrap = await fixture<HTMLElement>(html`<div><letopis-calendar month="2017-10"></letopis-calendar></div>`);
    const el = wrap.querySelector('letopis-calendar')!;
    document.documentElement.lang = 'en';
    await waitUntil(() => heading(el) === 'October 2017', 'the page switched to English');
    wrap.lang = 'ru';
    await waitUntil(() => heading(el) === 'Октябрь 2017', 'a Russian section of an English page');
  });

  it('re-renders the list and the article in the new language', async () => {
    restore();
    restore = freezeTime('2026-01-03T09:00:00Z');
    const source = new NewsSource({ preset: 'bitrix', data: { result: { news: [SEED_ARTICLE] } } });
    const feed = await fixture<LetopisNewsList>(html`<letopis-news-list .source=${source}></letopis-news-list>`);
    const one = await fixture<LetopisArticle>(
      html`<letopis-article .source=${source} article-id=${String(SEED_ARTICLE.ID)}></letopis-article>`,
    );
    await list.settled(feed);
    await article.ready(one);
    expect(spaces($(feed, '[part~="time"]').textContent!)).to.equal('08 февраля 2018, 12:46');
    expect($(one, '[part~="back"]').textContent!.trim()).to.equal('Назад');
    document.documentElement.lang = 'en';
    await waitUntil(() => spaces($(feed, '[part~="time"]').textContent!).startsWith('February 8, 2018'), 'list');
    await waitUntil(() => $(one, '[part~="back"]').textContent!.trim() === 'Back', 'article');
  });

  it('reaches the widgets inside an archive', async () => {
    const source = new NewsSource({ preset: 'bitrix', data: { result: { news: [SEED_ARTICLE] } } });
    const el = await fixture<LetopisArchive>(html`<letopis-archive route="none" .source=${source}></letopis-archive>`);
    const inner = () => deep(el, 'letopis-calendar') as LetopisCalendar;
    await waitUntil(() => inner() && deep(inner(), '#label'), 'the calendar');
    el.lang = 'en';
    await waitUntil(() => heading(inner()).endsWith('2018') && /^[A-Z][a-z]+ 2018$/.test(heading(inner())), 'English');
  });

  it('passes over a lang that is no language tag, and reads POSIX spellings', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="en"><letopis-calendar month="2017-10" lang="{LANG}"></letopis-calendar></div>`,
    );
    const el = wrap.querySelector('letopis-calendar')!;
    expect(heading(el)).to.equal('October 2017');
    el.lang = 'ru-RU.UTF-8';
    await waitUntil(() => heading(el) === 'Октябрь 2017', 'ru-RU.UTF-8 is Russian');
    el.lang = 'ru_RU';
    await el.updateComplete;
    expect(heading(el)).to.equal('Октябрь 2017');
  });
});
