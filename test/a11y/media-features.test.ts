// What Chromium alone emulates through the DevTools protocol (test/server/media-features.mjs): Windows'
// forced colours (high contrast), where every state keeps a mark of its own; a reader's request for more
// contrast; and the colour preference that theme="auto" follows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { LetopisCalendar } from '../../src/components/calendar/letopis-calendar.js';
import type { LetopisNewsList } from '../../src/components/news-list/letopis-news-list.js';
import { lowContrastText } from '../helpers/contrast.js';
import { $, calendar, list } from '../helpers/pages.js';
import { browserZone, freezeTime } from '../helpers/time.js';
import { wpSource } from '../helpers/sources.js';

const OCTOBER = { '2017-10-02': 1, '2017-10-26': 3, '2017-11-01': 2 };
const style = (el: Element) => getComputedStyle(el);

describe(`forced colours, more contrast and colour preference (Chromium, browser in ${browserZone()})`, () => {
  let restore: () => void;
  beforeEach(() => {
    restore = freezeTime('2017-10-26T09:00:00Z');
  });
  afterEach(async () => {
    restore();
    await executeServerCommand('media-features', {});
    await emulateMedia({ colorScheme: 'light' });
  });

  it("keeps the picked day, today, the other months' days and days with news apart", async () => {
    await executeServerCommand('media-features', { 'forced-colors': 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" value="2017-10-02" .counts=${OCTOBER}></letopis-calendar>`,
    );
    const { day } = calendar;
    const picked = style(day(el, '2017-10-02'));
    const plain = style(day(el, '2017-10-03'));
    expect(picked.backgroundColor, 'the picked day is filled').to.not.equal(plain.backgroundColor);
    expect(picked.color).to.not.equal(plain.color);
    expect(style(day(el, '2017-10-26')).outlineStyle, 'today is ringed').to.equal('solid');
    expect(plain.outlineStyle).to.equal('none');
    expect(style(day(el, '2017-09-30')).color, 'other months are grey').to.not.equal(plain.color);
    expect(style(day(el, '2017-10-26')).borderTopStyle, 'days with news are framed').to.equal('solid');
    expect(plain.borderTopStyle).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('marks the current page of the pager', async () => {
    await executeServerCommand('media-features', { 'forced-colors': 'active' });
    const source = wpSource({ pageSize: 3 });
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${source} paging="pages"></letopis-news-list>`,
    );
    await list.settled(el);
    await waitUntil(() => $(el, '[part~="pager"] [aria-current="page"]'), 'the pager', { timeout: 5000 });
    const current = style($(el, '[part~="pager"] [aria-current="page"]'));
    const other = style($(el, '[part~="pager"] button:not([aria-current])'));
    expect(current.backgroundColor).to.not.equal(other.backgroundColor);
  });

  it('theme="auto" follows the reader\'s light or dark preference as it changes', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar theme="auto" month="2017-10" value="2017-10-02" .counts=${OCTOBER}></letopis-calendar>`,
    );
    await waitUntil(() => el.getAttribute('data-letopis-scheme') === 'light', 'light', { timeout: 5000 });
    await emulateMedia({ colorScheme: 'dark' });
    await waitUntil(() => el.getAttribute('data-letopis-scheme') === 'dark', 'dark', { timeout: 5000 });
    expect(lowContrastText(el.shadowRoot!)).to.deep.equal([]);
  });

  it("with more contrast asked for, secondary text is as strong as the rest, a site's muted colour too", async () => {
    const source = wpSource({ pageSize: 3 });
    const root = await fixture<HTMLElement>(
      html`<div style="color: #222; --letopis-muted: #999">
        <letopis-calendar month="2017-10" .counts=${OCTOBER}></letopis-calendar>
        <letopis-news-list .source=${source}></letopis-news-list>
      </div>`,
    );
    const [cal, feed] = [...root.children] as [LetopisCalendar, LetopisNewsList];
    await list.settled(feed);
    const muted = () =>
      [$(cal, 'th'), $(cal, '[part~="outside"]'), $(feed, '[part~="time"]')].map((e) => style(e).color);
    expect(muted(), 'by default, muted').to.deep.equal([
      'rgb(153, 153, 153)',
      'rgb(153, 153, 153)',
      'rgb(153, 153, 153)',
    ]);
    await executeServerCommand('media-features', { 'prefers-contrast': 'more' });
    expect(matchMedia('(prefers-contrast: more)').matches).to.equal(true);
    expect(muted()).to.deep.equal(['rgb(34, 34, 34)', 'rgb(34, 34, 34)', 'rgb(34, 34, 34)']);
  });
});
