// The README's npm example: `import 'letopis/calendar'` and `import { NewsSource } from 'letopis'`, no
// `letopis/source` on the page. The calendar must load its data binding itself (no other module registers it).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/calendar.js';
import type { LetopisCalendar } from '../../../src/components/calendar/letopis-calendar.js';
import { NewsSource } from '../../../src/index.js';
import { calendar, parts } from '../../helpers/pages.js';
import { browserZone, freezeTime } from '../../helpers/time.js';

const { day, heading, busy } = calendar;

describe(`<letopis-calendar> with a NewsSource and nothing else (browser in ${browserZone()})`, () => {
  let restore: () => void;
  beforeEach(() => {
    restore = freezeTime('2017-11-01T09:00:00Z');
  });
  afterEach(() => restore());

  it('is the only letopis tag defined', () => {
    expect(customElements.get('letopis-calendar')).to.exist;
    expect(customElements.get('letopis-source')).to.equal(undefined);
  });

  it('marks the days of a NewsSource given as a property, on the newest news month', async () => {
    await fixture<LetopisCalendar>(html`<letopis-calendar></letopis-calendar>`);
    // As the README writes it.
    const el = document.querySelector('letopis-calendar')!;
    el.source = new NewsSource({ endpoint: '/api/wp-json/wp/v2/posts', preset: 'wordpress' });
    await waitUntil(() => heading(el) === 'Декабрь 2017' && !busy(el), 'December, marked', { timeout: 5000 });
    expect(parts(day(el, '2017-12-31'))).to.include('has-news');
    await expect(el).to.be.accessible();
  });

  it('marks the days of a month it was given, from the first render on', async () => {
    const source = new NewsSource({ endpoint: '/api/wp-json/wp/v2/posts', preset: 'wordpress' });
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" .source=${source}></letopis-calendar>`,
    );
    expect(busy(el)).to.equal(true);
    await waitUntil(() => !busy(el), 'marked', { timeout: 5000 });
    expect(parts(day(el, '2017-10-26'))).to.include('has-news');
  });
});
