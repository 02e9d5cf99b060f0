// What Chromium alone emulates through the DevTools protocol: Windows' forced colours (high contrast) and
// the reader's colour preference for theme="auto". In forced colours every state keeps a mark of its own.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { LetopisCalendar } from '../../src/components/calendar/letopis-calendar.js';
import type { LetopisNewsList } from '../../src/components/news-list/letopis-news-list.js';
import { NewsSource } from '../../src/data/news-source.js';
import { lowContrastText } from '../helpers/contrast.js';
import { $, calendar, list } from '../helpers/pages.js';
import { browserZone, freezeTime } from '../helpers/time.js';

const OCTOBER = { '2017-10-02': 1, '2017-10-26': 3, '2017-11-01': 2 };
const style = (el: Element) => getComputedStyle(el);

describe(`forced colours and colour preference (Chromium, browser in ${browserZone()})`, () => {
  let restore: () => void;
  beforeEach(() => {
    restore = freezeTime('2017-10-26T09:00:00Z');
  });
  afterEach(async () => {
    restore();
    await executeServerCommand('forced-colors', { active: false });
    await emulateMedia({ colorScheme: 'light' });
  });

  it("keeps the picked day, today, the other months' days and days with news apart", async () => {
    await executeServerCommand('forced-colors', { active: true });
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
    await executeServerCommand('forced-colors', { active: true });
    const source = new NewsSource({ endpoint: '/api/wp-json/wp/v2/posts', preset: 'wordpress', pageSize: 3 });
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
});
