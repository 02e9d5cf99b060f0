// The real bvi 1.0 low-vision panel over every widget: its five colour schemes, font sizes up to its
// largest, its spacing and image settings; switched on after the widgets loaded, before, and while their
// first requests are on their way. Colours are checked from what the browser resolved (WCAG 1.4.3, 1.4.11).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import type { LetopisCalendar } from '../../src/components/calendar/letopis-calendar.js';
import type { LetopisNewsList } from '../../src/components/news-list/letopis-news-list.js';
import type { LetopisArticle } from '../../src/components/article/letopis-article.js';
import { NewsSource } from '../../src/data/news-source.js';
import { bviClick, bviOff, bviOn, bviSetting, type BviSettings } from '../helpers/bvi.js';
import { silenceWarnings } from '../helpers/console.js';
import { partsFeed } from '../fixtures/feeds.js';
import { lowContrastText, lowContrastWidgets } from '../helpers/contrast.js';
import { $, $$, calendar as calendarPage, list, schemed } from '../helpers/pages.js';
import { browserZone, freezeTime } from '../helpers/time.js';

/** Pages mounted by hand (inside bvi's wrapper), removed after each test. */
const mounted: HTMLElement[] = [];

/** Every widget, as a page shows them; inside `parent` (bvi's wrapper, once it is on) when given. */
async function page(source = partsFeed(), parent?: HTMLElement) {
  const template = html`<div>
    <letopis-calendar month="2017-10" value="2017-10-21" day-href="#{date}" .source=${source}></letopis-calendar>
    <letopis-news-list
      .source=${source}
      display="lead image views section"
      heading="Лента новостей"
    ></letopis-news-list>
    <letopis-article .source=${source} article-id="i2"></letopis-article>
  </div>`;
  let root: HTMLElement;
  if (parent) {
    const box = document.createElement('div');
    render(template, box);
    parent.append(box);
    mounted.push(box);
    root = box.firstElementChild as HTMLElement;
  } else root = await fixture<HTMLElement>(template);
  const calendar = root.querySelector<LetopisCalendar>('letopis-calendar')!;
  const feedList = root.querySelector<LetopisNewsList>('letopis-news-list')!;
  const article = root.querySelector<LetopisArticle>('letopis-article')!;
  await list.settled(feedList);
  await waitUntil(() => $(article, '[part~="body"] p') && $(calendar, '[part~="has-news"]'), 'all loaded', {
    timeout: 5000,
  });
  return { root, widgets: [calendar, feedList, article] as HTMLElement[] };
}

const lowContrast = (widgets: HTMLElement[]) => lowContrastWidgets(widgets, { ring: true });

describe(`the bvi panel over every widget (browser in ${browserZone()})`, function () {
  this.timeout(30_000);
  silenceWarnings();
  let restore: () => void;
  beforeEach(() => {
    restore = freezeTime('2017-10-26T09:00:00Z');
  });
  afterEach(() => {
    for (const box of mounted.splice(0)) box.remove();
    bviOff();
    restore();
  });

  it('has a contrast check that finds text too faint to read', async () => {
    const root = await fixture<HTMLElement>(
      html`<div style="background: #fff">
        <p style="color: #999">Серый текст</p>
        <p style="color: #595959">Тёмно-серый</p>
      </div>`,
    );
    expect(lowContrastText(root)).to.deep.equal(['p "Серый текст": 2.85:1']);
  });

  it('has every widget readable before the panel: text 4.5:1, the picked day and the focus ring 3:1', async () => {
    const { widgets } = await page();
    expect(lowContrast(widgets)).to.deep.equal([]);
  });

  for (const theme of ['white', 'black', 'blue', 'brown', 'green'] as const) {
    it(`follows its "${theme}" colours in every part of every widget`, async () => {
      const { widgets } = await page();
      await bviOn({ theme });
      expect(bviSetting('theme')).to.equal(theme);
      await schemed(widgets, `lv-${theme}`);
      expect(lowContrast(widgets)).to.deep.equal([]);
      for (const w of widgets) await expect(w).to.be.accessible();
    });
  }

  it('changes scheme with the panel, and back to the page colours when it is switched off', async () => {
    const { widgets } = await page();
    await bviOn({ theme: 'white' });
    await schemed(widgets, 'lv-white');
    bviClick('.bvi-theme-green');
    await schemed(widgets, 'lv-green');
    expect(lowContrast(widgets)).to.deep.equal([]);
    bviOff();
    await schemed(widgets, null);
    expect(lowContrast(widgets)).to.deep.equal([]);
  });

  it('grows with its font size up to the largest, and nothing is wider than the page', async () => {
    const { root, widgets } = await page();
    await bviOn({ fontSize: 16 });
    for (let i = 0; i < 30; i++) bviClick('.bvi-fontSize-plus');
    const size = Number(bviSetting('fontsize'));
    expect(size).to.be.at.least(30);
    for (const w of widgets) {
      await waitUntil(() => parseFloat(getComputedStyle(w).fontSize) === size, `${w.localName} at ${size}px`);
      expect(w.getBoundingClientRect().right, w.localName).to.be.at.most(root.getBoundingClientRect().right + 1);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('passes its line height and letter spacing into every widget', async () => {
    const { widgets } = await page();
    await bviOn({ lineHeight: 'big', letterSpacing: 'big', fontSize: 20 });
    for (const w of widgets) {
      await waitUntil(() => w.hasAttribute('data-letopis-spacing'), `${w.localName} under the panel`);
      const text =
        w.localName === 'letopis-news-list'
          ? $(w, '[part~="lead"]')
          : w.localName === 'letopis-article'
            ? $(w, '[part~="body"] p')
            : $(w, '[part~="heading"]');
      const style = getComputedStyle(text);
      expect(style.letterSpacing, w.localName).to.equal('4px');
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), w.localName).to.be.closeTo(2.5, 0.01);
    }
  });

  it('hides images as it does (their alt text instead), and greys them', async () => {
    const { widgets } = await page();
    const [, feedList, article] = widgets;
    await bviOn({ images: false });
    await waitUntil(() => !$(feedList, 'img') && $(feedList, '[part~="image"]'), 'the list without images');
    expect($$(feedList, '[part~="image"]').map((n) => n.textContent)).to.deep.equal([
      'Фотография к новости 3',
      'Фотография к новости 2',
      'Фотография к новости 1',
    ]);
    await waitUntil(() => !$(article, 'img[part~="image"]'), 'the article without its image');
    expect(getComputedStyle($(article, '[part~="body"]')).display).to.not.equal('none');
    bviClick('.bvi-images-grayscale');
    await waitUntil(() => $(feedList, 'img'), 'images back');
    await waitUntil(() => getComputedStyle($(feedList, 'img')).filter === 'grayscale(1)', 'grey images');
  });

  it('is already on when the widgets load: they come up in its scheme', async () => {
    await bviOn({ theme: 'black', images: 'grayscale' });
    const { widgets } = await page(partsFeed(), document.querySelector<HTMLElement>('.bvi-body')!);
    await schemed(widgets, 'lv-black');
    expect(lowContrast(widgets)).to.deep.equal([]);
  });

  it('switched on while the first requests are on their way, leaves no widget loading', async () => {
    const slow = new NewsSource({ endpoint: '/api/wp-json/wp/v2/posts?delay=300', preset: 'wordpress' });
    const root = await fixture<HTMLElement>(
      html`<div>
        <letopis-calendar month="2017-10" .source=${slow}></letopis-calendar>
        <letopis-news-list .source=${slow} date="2017-10-31"></letopis-news-list>
        <letopis-article .source=${slow} article-id="1"></letopis-article>
      </div>`,
    );
    const settings: BviSettings = { theme: 'blue' };
    await bviOn(settings); // wraps <body>: every widget is disconnected and connected again mid-request
    const [calendar, feedList, article] = [...root.children] as HTMLElement[];
    await list.settled(feedList);
    expect(list.titles(feedList)).to.include('Поздно вечером 31 октября');
    await waitUntil(() => !calendarPage.busy(calendar), 'calendar marked', {
      timeout: 5000,
    });
    expect($$(calendar, '[part~="has-news"]').length).to.be.above(0);
    await waitUntil(() => $(article, '[part~="title"]'), 'article', { timeout: 5000 });
    expect($(article, '[part~="title"]').textContent).to.equal('Поздно вечером 31 октября');
    await schemed([calendar, feedList, article], 'lv-blue');
  });
});
