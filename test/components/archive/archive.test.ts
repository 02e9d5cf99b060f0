import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/archive.js';
import type { LetopisArchive } from '../../../src/components/archive/letopis-archive.js';
import { silenceWarnings } from '../../helpers/console.js';
import { $, deep, deepFocus as focused } from '../../helpers/pages.js';
import { browserZone, freezeTime } from '../../helpers/time.js';
import { wpSource } from '../../helpers/sources.js';

const inner = $;

describe(`<letopis-archive> (browser in ${browserZone()})`, () => {
  silenceWarnings();
  let restore: () => void;
  let start: string;
  beforeEach(() => {
    restore = freezeTime('2017-11-01T09:00:00Z');
    start = location.href;
  });
  afterEach(() => {
    restore();
    history.replaceState(null, '', start);
  });

  it('opens a deep link, picks a day, opens an article and comes back, with the URL', async () => {
    history.replaceState(null, '', '?date=2017-10-31');
    const source = wpSource();
    const el = await fixture<LetopisArchive>(html`<letopis-archive .source=${source}></letopis-archive>`);
    const list = () => inner(el, 'letopis-news-list');
    await waitUntil(() => deep(list(), '[data-id="1"]'), 'the deep-linked day', { timeout: 5000 });
    expect(deep(list(), '[part~="heading"]')!.textContent).to.contain('31 октября 2017');
    const calendar = inner(el, 'letopis-calendar');
    expect((calendar as unknown as { value: string }).value).to.equal('2017-10-31');

    // Pick another day: the URL, the list and the focus follow.
    await waitUntil(() => deep(calendar, '[data-date="2017-10-26"][part~="has-news"]'), 'marks', { timeout: 5000 });
    deep(calendar, '[data-date="2017-10-26"]')!.click();
    await waitUntil(() => new URLSearchParams(location.search).get('date') === '2017-10-26', 'the URL');
    await waitUntil(
      () =>
        deep(list(), '[part~="heading"]')?.textContent?.includes('26 октября') &&
        focused()?.getAttribute('part') === 'heading',
      'the list heading focused',
      { timeout: 5000 },
    );

    // Open an article in place.
    await waitUntil(() => deep(list(), '[part~="item"] [part~="title"]'), 'items', { timeout: 5000 });
    const link = deep(list(), '[part~="item"] [part~="title"]')!;
    const id = link.closest<HTMLElement>('[part~="item"]')!.dataset.id!;
    link.click();
    await waitUntil(() => new URLSearchParams(location.search).get('news') === id, 'the article URL');
    await waitUntil(
      () => focused()?.getAttribute('part') === 'title' && inner(el, 'letopis-article'),
      'the article title focused',
      { timeout: 5000 },
    );

    // The article's back control goes back in history: the list, focus on the item opened.
    deep(inner(el, 'letopis-article'), '[part~="back"]')!.click();
    await waitUntil(() => !new URLSearchParams(location.search).get('news'), 'back', { timeout: 5000 });
    await waitUntil(
      () => (focused()?.closest('[part~="item"]') as HTMLElement | null)?.dataset.id === id,
      'focus back on the item',
      { timeout: 5000 },
    );

    // Forward opens the article again.
    history.forward();
    await waitUntil(() => inner(el, 'letopis-article'), 'forward', { timeout: 5000 });
  });

  it('drops ?news= when a day is picked or a deep-linked article is left, and links items into itself', async () => {
    history.replaceState(null, '', '?x=1&news=1');
    const source = wpSource();
    const el = await fixture<LetopisArchive>(html`<letopis-archive .source=${source}></letopis-archive>`);
    await waitUntil(() => deep(inner(el, 'letopis-article'), '[part~="back"]'), 'the article', { timeout: 5000 });
    // Back from a deep link (no history entry of ours): the list, and no article left in the URL for a reload.
    deep(inner(el, 'letopis-article'), '[part~="back"]')!.click();
    await waitUntil(() => inner(el, 'letopis-news-list'), 'the list', { timeout: 5000 });
    expect(location.search).to.equal('?x=1');
    // Items link to their article here, beside the page's own parameters (a new tab opens the same state).
    const title = () => deep(inner(el, 'letopis-news-list'), '[part~="item"] [part~="title"]');
    await waitUntil(() => title(), 'items', { timeout: 5000 });
    const id = title()!.closest<HTMLElement>('[part~="item"]')!.dataset.id!;
    expect(title()!.getAttribute('href')).to.equal(`${location.pathname}?x=1&news=${id}`);
    // Open it, then pick a day while it is open: the day's list, no ?news= behind.
    title()!.click();
    await waitUntil(() => inner(el, 'letopis-article'), 'opened', { timeout: 5000 });
    const calendar = inner(el, 'letopis-calendar');
    await waitUntil(() => deep(calendar, '[part~="has-news"]:not([part~="outside"])'), 'marks', { timeout: 5000 });
    const day = deep(calendar, '[part~="has-news"]:not([part~="outside"])')!;
    day.click();
    await waitUntil(() => inner(el, 'letopis-news-list'), 'the day', { timeout: 5000 });
    expect(Object.fromEntries(new URLSearchParams(location.search))).to.deep.equal({ x: '1', date: day.dataset.date });
  });

  it('forwards the inner parts under prefixes', async () => {
    const el = await fixture<LetopisArchive>(
      html`<letopis-archive route="none" .source=${wpSource()}></letopis-archive>`,
    );
    expect(inner(el, 'letopis-calendar').getAttribute('exportparts')).to.contain('day:calendar-day');
    expect(inner(el, 'letopis-news-list').getAttribute('exportparts')).to.contain('item:list-item');
    const style = document.createElement('style');
    style.textContent = 'letopis-archive::part(calendar-heading) { color: rgb(200, 0, 0); }';
    document.head.append(style);
    try {
      expect(getComputedStyle(deep(inner(el, 'letopis-calendar'), '[part~="heading"]')!).color).to.equal(
        'rgb(200, 0, 0)',
      );
    } finally {
      style.remove();
    }
    await expect(el).to.be.accessible();
  });

  it('keeps its state in the hash with route="hash"', async () => {
    history.replaceState(null, '', '#/news/1');
    const el = await fixture<LetopisArchive>(
      html`<letopis-archive route="hash" .source=${wpSource()}></letopis-archive>`,
    );
    await waitUntil(
      () => deep(inner(el, 'letopis-article'), '[part~="title"]')?.textContent === 'Поздно вечером 31 октября',
      'the article from the hash',
      { timeout: 5000 },
    );
    deep(inner(el, 'letopis-article'), '[part~="back"]')!.click();
    await waitUntil(() => location.hash === '#/' && inner(el, 'letopis-news-list'), 'the list', { timeout: 5000 });
  });

  it('keeps two archives apart with param-prefix', async () => {
    history.replaceState(null, '', '?a-date=2017-10-31&b-date=2017-10-26');
    const source = wpSource();
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <letopis-archive param-prefix="a-" .source=${source}></letopis-archive>
        <letopis-archive param-prefix="b-" .source=${source}></letopis-archive>
      </div>`,
    );
    const [a, b] = [...wrap.querySelectorAll('letopis-archive')] as LetopisArchive[];
    expect((inner(a, 'letopis-news-list') as unknown as { date: string }).date).to.equal('2017-10-31');
    expect((inner(b, 'letopis-news-list') as unknown as { date: string }).date).to.equal('2017-10-26');
  });
});
