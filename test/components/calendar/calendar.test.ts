import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/calendar.js';
import '../../../src/source.js';
import type { LetopisCalendar } from '../../../src/components/calendar/letopis-calendar.js';
import { NewsSource } from '../../../src/data/news-source.js';
import { silenceWarnings } from '../../helpers/console.js';
import { $, $$, calendar, clickTakesOver, parts, record } from '../../helpers/pages.js';
import { browserZone, freezeTime, spaces } from '../../helpers/time.js';
import { faultKey } from '../../helpers/sources.js';

const { day, days, heading, focused, settle, contact } = calendar;

const OCTOBER = { '2017-10-26': 3, '2017-10-02': 1, '2017-10-31': 5, '2017-11-01': 2, '2017-09-29': 1 };

describe(`<letopis-calendar> (browser in ${browserZone()})`, () => {
  const warnings = silenceWarnings();
  let restore: () => void;
  beforeEach(() => {
    restore = freezeTime('2017-10-26T12:00:00Z');
  });
  afterEach(() => restore());

  it("draws the seed's October 2017: Пн..Вс, Mon 25 Sep to Sun 5 Nov", async () => {
    const el = await fixture<LetopisCalendar>(html`<letopis-calendar month="2017-10"></letopis-calendar>`);
    expect(heading(el)).to.equal('Октябрь 2017');
    expect($$(el, '[part~="weekday"]').map((n) => n.textContent)).to.deep.equal([
      'Пн',
      'Вт',
      'Ср',
      'Чт',
      'Пт',
      'Сб',
      'Вс',
    ]);
    expect($$(el, '[part~="weekday"]').map((n) => n.getAttribute('abbr'))).to.deep.equal([
      'понедельник',
      'вторник',
      'среда',
      'четверг',
      'пятница',
      'суббота',
      'воскресенье',
    ]);
    const all = days(el);
    expect(all).to.have.length(42);
    expect(all[0].dataset.date).to.equal('2017-09-25');
    expect(all[41].dataset.date).to.equal('2017-11-05');
    expect(parts(all[0])).to.include('outside');
    expect(parts(day(el, '2017-10-07'))).to.include('weekend');
    expect($(el, '[part="grid"]').getAttribute('aria-labelledby')).to.equal('label');
    await expect(el).to.be.accessible();
  });

  it('keeps 6 weeks by default; fit-weeks shows only what the month needs', async () => {
    const feb = await fixture<LetopisCalendar>(html`<letopis-calendar month="2021-02" fit-weeks></letopis-calendar>`);
    expect(days(feb)).to.have.length(28);
    feb.fitWeeks = false;
    await feb.updateComplete;
    expect(days(feb)).to.have.length(42);
    const leap = await fixture<LetopisCalendar>(html`<letopis-calendar month="2024-02"></letopis-calendar>`);
    expect(day(leap, '2024-02-29')).to.exist;
    expect(parts(day(leap, '2024-02-29'))).not.to.include('outside');
    const sunday = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" first-day-of-week="0" lang="en"></letopis-calendar>`,
    );
    expect(days(sunday)[0].dataset.date).to.equal('2017-10-01');
    expect($$(sunday, '[part~="weekday"]').map((n) => n.textContent)).to.deep.equal([
      'Sun',
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
    ]);
    expect(heading(sunday)).to.equal('October 2017');
  });

  it('marks days with news from counts; links with day-href; empty days stay focusable', async () => {
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" day-href="/news/?date={date}" .counts=${OCTOBER}></letopis-calendar>`,
    );
    const news = day(el, '2017-10-26');
    expect(news.localName).to.equal('a');
    expect(news.getAttribute('href')).to.equal('/news/?date=2017-10-26');
    expect(parts(news)).to.include.members(['day', 'has-news', 'today']);
    expect(spaces(news.getAttribute('aria-label')!)).to.equal('3 новости, четверг, 26 октября 2017 г.');
    // A plain click picks the day and leaves the link to the browser.
    await contact(el);
    const changes = record(el, 'change');
    expect(clickTakesOver(news)).to.equal(false);
    expect(changes).to.have.length(1);
    expect(el.value).to.equal('2017-10-26');
    expect(spaces(day(el, '2017-10-31').getAttribute('aria-label')!)).to.match(/^5 новостей, вторник/);
    expect(spaces(day(el, '2017-10-02').getAttribute('aria-label')!)).to.match(/^1 новость, понедельник/);
    const empty = day(el, '2017-10-03');
    expect(empty.localName).to.equal('button');
    expect(empty.getAttribute('aria-disabled')).to.equal('true');
    expect(parts(empty)).to.include('empty');
    // Outside days are never links: activating one shows its month.
    expect(day(el, '2017-11-01').localName).to.equal('button');
    expect(parts(day(el, '2017-11-01'))).to.include.members(['outside', 'has-news']);
    expect(getComputedStyle(empty).color).not.to.equal(getComputedStyle(day(el, '2017-09-25')).color);
    await expect(el).to.be.accessible();
  });

  it('reads counts from a JSON attribute', async () => {
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" counts='{"2017-10-26": 3}'></letopis-calendar>`,
    );
    expect(parts(day(el, '2017-10-26'))).to.include('has-news');
    expect(day(el, '2017-10-26').localName).to.equal('button');
  });

  it("marks today in the site's zone, not the browser's", async () => {
    restore();
    restore = freezeTime('2017-10-26T20:30:00Z'); // 23:30 in Moscow
    const late = await fixture<LetopisCalendar>(html`<letopis-calendar month="2017-10"></letopis-calendar>`);
    expect(parts(day(late, '2017-10-26'))).to.include('today');
    expect(day(late, '2017-10-26').getAttribute('aria-current')).to.equal('date');
    restore();
    restore = freezeTime('2017-10-26T21:30:00Z'); // 00:30 in Moscow, still the 26th in the Americas
    const early = await fixture<LetopisCalendar>(html`<letopis-calendar month="2017-10"></letopis-calendar>`);
    expect(parts(day(early, '2017-10-27'))).to.include('today');
    expect(parts(day(early, '2017-10-26'))).not.to.include('today');
    const vl = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" time-zone="America/New_York"></letopis-calendar>`,
    );
    expect(parts(day(vl, '2017-10-26'))).to.include('today');
    // Without a month it opens on today's month in the site zone.
    const open = await fixture<LetopisCalendar>(html`<letopis-calendar time-zone="Asia/Kamchatka"></letopis-calendar>`);
    expect(heading(open)).to.equal('Октябрь 2017');
  });

  it('is a plain date picker without a source: every day can be picked', async () => {
    const el = await fixture<LetopisCalendar>(html`<letopis-calendar month="2017-10"></letopis-calendar>`);
    const events = record(el, 'change', 'letopis-month-change');
    expect(day(el, '2017-10-03').hasAttribute('aria-disabled')).to.equal(false);
    day(el, '2017-10-03').click();
    await settle(el);
    expect(el.value).to.equal('2017-10-03');
    expect(events.map((e) => e.type)).to.deep.equal(['change']);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
    expect(parts(day(el, '2017-10-03'))).to.include('selected');
    expect(day(el, '2017-10-03').parentElement!.getAttribute('aria-selected')).to.equal('true');
    // Under the pointer the picked day keeps its accent background (white text on a pale hover tint was illegible).
    const box = day(el, '2017-10-03').getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    expect(day(el, '2017-10-03').matches(':hover')).to.equal(true);
    expect(getComputedStyle(day(el, '2017-10-03')).backgroundColor).to.equal('rgb(11, 92, 173)');
    await resetMouse();
  });

  it('fires no event on first render or when code sets properties', async () => {
    const events: Event[] = [];
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar
        month="2017-10"
        value="2017-10-05"
        @change=${(e: Event) => events.push(e)}
        @letopis-month-change=${(e: Event) => events.push(e)}
      ></letopis-calendar>`,
    );
    el.month = '2018-01';
    el.value = '2018-01-10';
    await settle(el);
    expect(heading(el)).to.equal('Январь 2018');
    expect(events).to.deep.equal([]);
    expect($(el, '[part="status"]').textContent!.trim()).to.equal('');
  });

  it('moves by day and week with arrows, crossing months and announcing them', async () => {
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" value="2017-10-30"></letopis-calendar>`,
    );
    const events = record(el, 'letopis-month-change', 'change');
    expect($$(el, '[tabindex="0"][data-date]').map((n) => n.dataset.date)).to.deep.equal(['2017-10-30']);
    day(el, '2017-10-30').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)).to.equal('2017-10-31');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)).to.equal('2017-11-01');
    expect(heading(el)).to.equal('Ноябрь 2017');
    expect(events.map((e) => [e.type, (e as CustomEvent).detail?.month])).to.deep.equal([
      ['letopis-month-change', '2017-11'],
    ]);
    expect($(el, '[part="status"]').textContent!.trim()).to.equal('Ноябрь 2017');
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(focused(el)).to.equal('2017-10-25');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused(el)).to.equal('2017-11-01');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focused(el)).to.equal('2017-10-31');
    expect($$(el, '[tabindex="0"][data-date]')).to.have.length(1);
  });

  it('goes to the start and end of the week with Home and End, for any first day', async () => {
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" value="2017-10-26"></letopis-calendar>`,
    );
    day(el, '2017-10-26').focus();
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(focused(el)).to.equal('2017-10-23');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focused(el)).to.equal('2017-10-29');
    el.firstDayOfWeek = 0;
    await settle(el);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(focused(el)).to.equal('2017-10-29');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focused(el)).to.equal('2017-11-04');
  });

  it('pages by month remembering the day, and by year with Shift', async () => {
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2024-01" value="2024-01-31"></letopis-calendar>`,
    );
    day(el, '2024-01-31').focus();
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    expect(focused(el)).to.equal('2024-02-29');
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    expect(focused(el)).to.equal('2024-03-31');
    await sendKeys({ press: 'PageUp' });
    await settle(el);
    expect(focused(el)).to.equal('2024-02-29');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    expect(focused(el)).to.equal('2025-02-28');
    expect(heading(el)).to.equal('Февраль 2025');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    expect(focused(el)).to.equal('2024-02-29');
  });

  it('picks with Enter and Space, on buttons and on links', async () => {
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" day-href="#day-{date}" .counts=${OCTOBER}></letopis-calendar>`,
    );
    const events = record(el, 'change');
    el.addEventListener('change', (e) => e.preventDefault());
    day(el, '2017-10-26').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value).to.equal('2017-10-26');
    expect(location.hash).to.equal('');
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
    }
    expect(focused(el)).to.equal('2017-10-31');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(el.value).to.equal('2017-10-31');
    // An empty day is not picked.
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value).to.equal('2017-10-31');
    expect(events).to.have.length(2);
    const plain = await fixture<LetopisCalendar>(html`<letopis-calendar month="2017-10"></letopis-calendar>`);
    day(plain, '2017-10-26').focus();
    await sendKeys({ press: ' ' });
    await settle(plain);
    expect(plain.value).to.equal('2017-10-26');
  });

  it('flips the arrows under dir="rtl"', async () => {
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar dir="rtl" lang="ar" month="2017-10" value="2017-10-26"></letopis-calendar>`,
    );
    day(el, '2017-10-26').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)).to.equal('2017-10-25');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focused(el)).to.equal('2017-10-26');
  });

  it('names prev/next with the target month and respects min/max', async () => {
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" min="2017-10-05" max="2017-11-20"></letopis-calendar>`,
    );
    const events = record(el, 'letopis-month-change');
    expect(spaces($(el, '[part="prev"]').getAttribute('aria-label')!)).to.equal('Предыдущий месяц: сентябрь 2017');
    expect(spaces($(el, '[part="next"]').getAttribute('aria-label')!)).to.equal('Следующий месяц: ноябрь 2017');
    expect($(el, '[part="prev"]').getAttribute('aria-disabled')).to.equal('true');
    expect(parts(day(el, '2017-10-04'))).to.include('disabled');
    expect(day(el, '2017-10-04').getAttribute('aria-disabled')).to.equal('true');
    $(el, '[part="prev"]').click();
    await settle(el);
    expect(heading(el)).to.equal('Октябрь 2017');
    $(el, '[part="next"]').click();
    await settle(el);
    expect(heading(el)).to.equal('Ноябрь 2017');
    expect($(el, '[part="next"]').getAttribute('aria-disabled')).to.equal('true');
    expect(events.map((e) => (e as CustomEvent).detail.month)).to.deep.equal(['2017-11']);
    // Keyboard focus stops at the bounds too.
    day(el, '2017-11-20').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)).to.equal('2017-11-20');
    await expect(el).to.be.accessible();
  });

  it('shows the month of an outside day when it is activated', async () => {
    const el = await fixture<LetopisCalendar>(html`<letopis-calendar month="2017-10"></letopis-calendar>`);
    const events = record(el, 'letopis-month-change', 'change');
    day(el, '2017-11-02').click();
    await settle(el);
    expect(heading(el)).to.equal('Ноябрь 2017');
    expect(el.value).to.equal(undefined);
    expect(events.map((e) => e.type)).to.deep.equal(['letopis-month-change']);
    await nextFrame();
    expect(focused(el)).to.equal('2017-11-02');
  });

  it('opens a month/year picker that navigates only on a pick, by keyboard too', async () => {
    const el = await fixture<LetopisCalendar>(html`<letopis-calendar month="2017-10"></letopis-calendar>`);
    const events = record(el, 'letopis-month-change');
    const toggle = $(el, '[part="heading"]');
    toggle.click();
    // The picker's code loads on first use.
    await waitUntil(() => $(el, '[part="picker"]'));
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[part="picker"]')).to.exist;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.month).to.equal('2017-10');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.month).to.equal('2018-01');
    expect(events).to.have.length(0);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.month).to.equal('2017-12');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await nextFrame();
    expect(heading(el)).to.equal('Декабрь 2017');
    expect($(el, '[part="picker"]')).to.equal(null);
    expect(events.map((e) => (e as CustomEvent).detail.month)).to.deep.equal(['2017-12']);
    expect(focused(el)).to.equal('2017-12-01');
    toggle.click();
    await settle(el);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '[part="picker"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(heading(el)).to.equal('Декабрь 2017');
  });

  it('skips months without news with skip-empty-months', async () => {
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar
        month="2017-10"
        skip-empty-months
        .counts=${{ '2017-10-02': 1, '2018-03-08': 2, '2017-06-01': 1 }}
      ></letopis-calendar>`,
    );
    $(el, '[part="next"]').click();
    await waitUntil(() => heading(el) === 'Март 2018');
    $(el, '[part="prev"]').click();
    await waitUntil(() => heading(el) === 'Октябрь 2017');
    $(el, '[part="prev"]').click();
    await waitUntil(() => heading(el) === 'Июнь 2017');
  });

  it('keeps the focus on a day redrawn as a link when its month’s news arrive', async () => {
    const source = new NewsSource({ endpoint: `/fault?month={month}&delay=150&k=${Math.random()}`, retries: 0 });
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar
        month="2017-10"
        value="2017-10-26"
        day-href="/news/?date={date}"
        max="2030-12-31"
        .source=${source}
      ></letopis-calendar>`,
    );
    const link = (date: string) => day(el, date)?.localName === 'a';
    await waitUntil(() => link('2017-10-26'), 'October marked', { timeout: 5000 });
    day(el, '2017-10-26').focus();
    // Into November, whose news are still on their way: the day is a button, then a link.
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => link('2017-11-02'), 'November marked', { timeout: 5000 });
    await el.updateComplete;
    expect(focused(el)).to.equal('2017-11-02');
    expect(el.shadowRoot!.activeElement!.localName).to.equal('a');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal('2017-10-26');
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => link('2017-12-26'), 'December marked', { timeout: 5000 });
    await el.updateComplete;
    expect(focused(el)).to.equal('2017-12-26');
  });

  it('sets date on the element named by controls', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <letopis-calendar
          month="2017-10"
          controls="feed"
          day-href="/news/?date={date}"
          .counts=${OCTOBER}
        ></letopis-calendar>
        <div id="feed"></div>
      </div>`,
    );
    const el = wrap.querySelector('letopis-calendar')!;
    await contact(el);
    // The day is a link, but the controlled list takes over from it.
    expect(day(el, '2017-10-26').getAttribute('href')).to.equal('/news/?date=2017-10-26');
    expect(clickTakesOver(day(el, '2017-10-26'))).to.equal(true);
    expect((wrap.querySelector('#feed') as HTMLElement & { date?: string }).date).to.equal('2017-10-26');
  });

  it('reads the selected day from the page URL with date-param', async () => {
    const before = location.href;
    history.replaceState(null, '', '?date=2017-08-15');
    try {
      const el = await fixture<LetopisCalendar>(html`<letopis-calendar date-param="date"></letopis-calendar>`);
      expect(el.value).to.equal('2017-08-15');
      expect(heading(el)).to.equal('Август 2017');
      expect(parts(day(el, '2017-08-15'))).to.include('selected');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('marks days from a source, with loading and a usable error state', async () => {
    const source = new NewsSource({ endpoint: '/fault?month={month}&delay=100', retries: 0 });
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" .source=${source}></letopis-calendar>`,
    );
    expect(calendar.busy(el)).to.equal(true);
    await waitUntil(() => !calendar.busy(el));
    expect(days(el).filter((d) => parts(d).includes('has-news'))).to.have.length(42);
    await expect(el).to.be.accessible();

    const key = faultKey();
    const flaky = new NewsSource({ endpoint: `/fault?flaky=${key}&failures=1&month={month}`, retries: 0 });
    const failing = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" .source=${flaky}></letopis-calendar>`,
    );
    await waitUntil(() => $(failing, '[part="retry"]'));
    expect($(failing, '[part="status"]').textContent).to.contain('Не удалось загрузить новости');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^letopis: .*\/fault\?flaky=.* answered HTTP 503: check endpoint$/);
    expect(day(failing, '2017-10-03').hasAttribute('aria-disabled')).to.equal(false);
    $(failing, '[part="retry"]').click();
    await waitUntil(() => !$(failing, '[part="retry"]') && parts(day(failing, '2017-10-26')).includes('has-news'));
  });

  it('finds its source by id, even one declared later, and opens on the newest news month', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><letopis-calendar source="later"></letopis-calendar></div>`);
    const el = wrap.querySelector('letopis-calendar')!;
    expect(calendar.busy(el)).to.equal(true);
    const src = document.createElement('letopis-source');
    src.id = 'later';
    src.setAttribute('endpoint', '/api/wp-json/wp/v2/posts');
    src.setAttribute('preset', 'wordpress');
    wrap.append(src);
    await waitUntil(() => heading(el) === 'Декабрь 2017' && !calendar.busy(el), 'opens on December', { timeout: 5000 });
    expect(parts(day(el, '2017-12-31'))).to.include('has-news');
    expect($(el, '[part="next"]').getAttribute('aria-disabled')).to.equal('true');
  });

  it('uses the nearest <letopis-source> ancestor', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<letopis-source endpoint="/fault?month={month}"
        ><letopis-calendar month="2017-10"></letopis-calendar
      ></letopis-source>`,
    );
    const el = wrap.querySelector('letopis-calendar')!;
    await waitUntil(() => parts(day(el, '2017-10-26')).includes('has-news'));
    // The source has no box of its own: the calendar inside it is shown and laid out as usual.
    expect(getComputedStyle(wrap).display).to.equal('contents');
    expect(el.getBoundingClientRect().height).to.be.above(100);
    expect(day(el, '2017-10-26').getBoundingClientRect().width).to.be.above(10);
  });

  it('counts every key of a burst pressed before the first is handled', async () => {
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" value="2017-10-15"></letopis-calendar>`,
    );
    const start = day(el, '2017-10-15');
    start.focus();
    // Three keys on the same target before any is handled (as while the keyboard code loads).
    for (let i = 0; i < 3; i++)
      start.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true }));
    await waitUntil(() => focused(el) === '2018-01-15', 'three months on', { timeout: 5000 });
    expect(heading(el)).to.equal('Январь 2018');
  });

  it('ends on the last month after 50 rapid switches with random latency', async function () {
    this.timeout(20_000);
    // Waits of 0–80 ms, the same on every run (seed=5): a failure replays.
    const source = new NewsSource({ endpoint: '/fault?month={month}&delay=random:80&seed=5', retries: 0 });
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" value="2017-10-15" max="2030-12-31" .source=${source}></letopis-calendar>`,
    );
    day(el, '2017-10-15').focus();
    for (let i = 0; i < 50; i++) await sendKeys({ press: 'PageDown' });
    await settle(el);
    expect(heading(el)).to.equal('Декабрь 2021');
    await waitUntil(() => !calendar.busy(el), 'settles', { timeout: 5000 });
    const marked = days(el)
      .filter((d) => parts(d).includes('has-news'))
      .map((d) => d.dataset.date!);
    expect(marked.length).to.be.greaterThan(28);
    expect(marked.every((d) => d >= '2021-11-29' && d <= '2022-01-09')).to.equal(true);
  });

  it('picks the day a key moved to when the key and Enter come before the keyboard code', async () => {
    const el = await fixture<LetopisCalendar>(
      html`<letopis-calendar month="2017-10" day-href="#day-{date}" .counts=${OCTOBER}></letopis-calendar>`,
    );
    const picked = record(el, 'change');
    el.addEventListener('change', (e) => e.preventDefault());
    // The 25th has no news; the arrow moves to the 26th, which has. Both keys, and the click Enter makes,
    // reach the 25th before anything is handled, as while the keyboard code is still on its way.
    const start = day(el, '2017-10-25');
    start.focus();
    start.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    start.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    start.click();
    await waitUntil(() => picked.length === 1, 'a pick', { timeout: 5000 });
    expect(el.value).to.equal('2017-10-26');
  });
});
