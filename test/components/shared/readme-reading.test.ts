// The README's "Themes and low vision" and "Languages and words": its examples run as written, and its
// table of words lists every word of every element with its Russian and English text.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { archiveWords } from '../../../src/components/archive/letopis-archive.js';
import { articleWords } from '../../../src/components/article/article.strings.js';
import { calendarWords } from '../../../src/components/calendar/calendar.strings.js';
import { yearWords } from '../../../src/components/calendar/interactions.js';
import type { LetopisCalendar } from '../../../src/components/calendar/letopis-calendar.js';
import type { LetopisNewsList } from '../../../src/components/news-list/letopis-news-list.js';
import { listWords } from '../../../src/components/news-list/news-list.strings.js';
import { statusWords } from '../../../src/components/shared/status-line.js';
import { newsWords, resetStrings, setStrings, timeWords, viewWords, type Words } from '../../../src/core/strings.js';
import { $, calendar, list } from '../../helpers/pages.js';
import { browserZone, freezeTime } from '../../helpers/time.js';
import { wpSource } from '../../helpers/sources.js';

const readme = fetch('/README.md').then((r) => r.text());

/** A word as the README's table writes it: plural forms joined by " / ". */
const shown = (word: Words[string]) => (typeof word === 'string' ? word : Object.values(word).join(' / '));

describe(`the README on themes, low vision and words (browser in ${browserZone()})`, () => {
  let restore: () => void;
  beforeEach(() => {
    restore = freezeTime('2017-11-01T09:00:00Z');
  });
  afterEach(() => {
    restore();
    resetStrings();
    for (const name of ['data-letopis-theme', 'data-letopis-font-scale', 'data-letopis-images'])
      document.documentElement.removeAttribute(name);
  });

  it('lists every word of every element, in Russian and English', async () => {
    const text = await readme;
    const tables = [newsWords, viewWords, timeWords, calendarWords, yearWords, listWords, articleWords];
    let rows = 0;
    for (const table of [...tables, archiveWords, statusWords] as { ru: Words; en: Words }[])
      for (const [key, ru] of Object.entries(table.ru)) {
        expect(text).to.include(`| \`${key}\` | ${shown(ru)} | ${shown(table.en[key])} |`);
        rows++;
      }
    expect(rows).to.equal(34);
  });

  it('follows the page settings of its example; an element’s own theme wins', async () => {
    const text = await readme;
    const example =
      '<html lang="ru" data-letopis-theme="lv-black" data-letopis-font-scale="150%" data-letopis-images="off">';
    expect(text).to.include(example);
    const page = document.documentElement;
    page.setAttribute('data-letopis-theme', 'lv-black');
    page.setAttribute('data-letopis-font-scale', '150%');
    page.setAttribute('data-letopis-images', 'off');
    const source = wpSource({ pageSize: 3 });
    const root = await fixture<HTMLElement>(
      html`<div>
        <letopis-calendar .source=${source}></letopis-calendar>
        <letopis-news-list .source=${source} theme="light" display="image"></letopis-news-list>
      </div>`,
    );
    const [cal, feed] = [...root.children] as [LetopisCalendar, LetopisNewsList];
    await list.settled(feed);
    await waitUntil(() => cal.getAttribute('data-letopis-scheme') === 'lv-black', 'the page scheme', { timeout: 5000 });
    expect(feed.getAttribute('data-letopis-scheme')).to.equal('light');
    expect(getComputedStyle(cal).backgroundColor).to.equal('rgb(0, 0, 0)');
    const pageSize = parseFloat(getComputedStyle(root).fontSize);
    expect(parseFloat(getComputedStyle(cal).fontSize)).to.be.closeTo(pageSize * 1.5, 0.01);
    await waitUntil(() => !$(feed, 'img'), 'images off', { timeout: 5000 });
    // A site's switch removes the setting: the widgets follow without a reload.
    page.removeAttribute('data-letopis-theme');
    await waitUntil(() => !cal.hasAttribute('data-letopis-scheme'), 'the page colours again', { timeout: 5000 });
  });

  it('takes the words of its setStrings and strings example', async () => {
    const text = await readme;
    expect(text).to.include("setStrings('uk', {");
    expect(text).to.include("document.querySelector('letopis-news-list').strings = { more: 'Ещё новости' };");
    setStrings('uk', {
      news: { one: 'новина', few: 'новини', many: 'новин', other: 'новини' },
      prevMonth: 'Попередній місяць',
      nextMonth: 'Наступний місяць',
    });
    const source = wpSource({ pageSize: 3 });
    const root = await fixture<HTMLElement>(
      html`<div lang="uk">
        <letopis-calendar month="2017-10" .source=${source}></letopis-calendar>
        <letopis-news-list .source=${source}></letopis-news-list>
      </div>`,
    );
    const [cal, feed] = [...root.children] as [LetopisCalendar, LetopisNewsList];
    document.querySelector<LetopisNewsList>('letopis-news-list')!.strings = { more: 'Ещё новости' };
    await list.settled(feed);
    await waitUntil(() => !calendar.busy(cal), 'marked', { timeout: 5000 });
    expect($(cal, '[part="prev"]').getAttribute('aria-label')).to.equal('Попередній місяць: вересень 2017');
    expect(calendar.day(cal, '2017-10-26').getAttribute('aria-label')).to.match(
      /^\d+ новин[аи]?, четвер, 26 жовтня 2017/,
    );
    await waitUntil(() => $(feed, '[part~="more"]')?.textContent?.trim() === 'Ещё новости', 'the list’s own word');
  });
});
