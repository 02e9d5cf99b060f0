import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/news-list.js';
import '../../../src/article.js';
import type { LetopisArticle } from '../../../src/components/article/letopis-article.js';
import type { LetopisNewsList } from '../../../src/components/news-list/letopis-news-list.js';
import { NewsSource } from '../../../src/data/news-source.js';
import { silenceWarnings } from '../../helpers/console.js';
import { $, article, list } from '../../helpers/pages.js';
import { browserZone, freezeTime, spaces } from '../../helpers/time.js';

/** A Bitrix export: one item with a time, one with a bare date (ACTIVE_FROM as Bitrix writes midnight). */
const bitrix = (dateFormat?: string, timeZone?: string) =>
  new NewsSource({
    preset: 'bitrix',
    dateFormat,
    timeZone,
    data: {
      result: {
        news: [
          { ID: '1', NAME: 'Днём', ACTIVE_FROM: '26.10.2017 14:05:00' },
          { ID: '2', NAME: 'Без времени', ACTIVE_FROM: '01.11.2017' },
        ],
      },
    },
  });

/** The time labels of a list, newest first. */
const labels = (el: Element) => list.items(el).map((i) => spaces(i.querySelector('[part~="time"]')!.textContent!));

describe(`dates on the list and the article: no time nobody wrote, time-format (browser in ${browserZone()})`, () => {
  const warnings = silenceWarnings();
  let restore: () => void;
  beforeEach(() => {
    restore = freezeTime('2026-01-03T09:00:00Z');
  });
  afterEach(() => {
    restore();
  });

  it('shows a date written without a time as a date only, in the list and the article', async () => {
    for (const dateFormat of [undefined, 'DD.MM.YYYY HH:MI:SS', 'dd.MM.yyyy HH:mm:ss']) {
      const el = await fixture<LetopisNewsList>(
        html`<letopis-news-list .source=${bitrix(dateFormat)} display=""></letopis-news-list>`,
      );
      await list.settled(el);
      expect(labels(el), String(dateFormat)).to.deep.equal(['01 ноября 2017', '26 октября 2017, 14:05']);
      expect($(el, '[part~="time"]').getAttribute('datetime')).to.equal('2017-11-01T00:00:00+03:00');
    }
    const a = await fixture<LetopisArticle>(
      html`<letopis-article .source=${bitrix()} article-id="2"></letopis-article>`,
    );
    await article.ready(a);
    expect(spaces($(a, '[part~="date"]').textContent!)).to.equal('01 ноября 2017');
    const timed = await fixture<LetopisArticle>(
      html`<letopis-article .source=${bitrix()} article-id="1"></letopis-article>`,
    );
    await article.ready(timed);
    expect(spaces($(timed, '[part~="date"]').textContent!)).to.equal('26 октября 2017, 14:05');
  });

  it('reads month names by a date-format and shows a date-only pattern without a time', async () => {
    const source = new NewsSource({
      preset: 'bitrix',
      dateFormat: 'd MMMM yyyy, HH:mm',
      data: {
        result: {
          news: [
            { ID: '1', NAME: 'Днём', ACTIVE_FROM: '26 октября 2017, 14:05' },
            { ID: '2', NAME: 'Без времени', ACTIVE_FROM: '3 ноября 2017' },
          ],
        },
      },
    });
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${source} display=""></letopis-news-list>`,
    );
    await list.settled(el);
    expect(labels(el)).to.deep.equal(['03 ноября 2017', '26 октября 2017, 14:05']);
  });

  // [time-format, lang, site zone, labels newest first]
  const FORMATS: [string, string, string | undefined, string[]][] = [
    ['d MMMM yyyy, HH:mm', 'ru', undefined, ['1 ноября 2017', '26 октября 2017, 14:05']],
    ['d MMMM yyyy, HH:mm', 'en', undefined, ['1 November 2017', '26 October 2017, 14:05']],
    ['DD.MM.YYYY HH:MI', 'ru', undefined, ['01.11.2017', '26.10.2017 14:05']],
    ['EEEE, d MMMM yyyy HH:mm', 'ru', 'Asia/Vladivostok', ['среда, 1 ноября 2017', 'четверг, 26 октября 2017 14:05']],
  ];

  it('writes dates by time-format in the language of the page and the zone of the site', async () => {
    const got = [];
    for (const [format, lang, zone, want] of FORMATS) {
      const el = await fixture<LetopisNewsList>(
        html`<letopis-news-list
          .source=${bitrix(undefined, zone)}
          display=""
          lang=${lang}
          time-format=${format}
        ></letopis-news-list>`,
      );
      await list.settled(el);
      // The writer's code loads with the first pattern: until then the default labels show.
      await waitUntil(() => labels(el).join('|') === want.join('|'), 'the labels by time-format', {
        timeout: 3000,
      }).catch(() => undefined);
      got.push([format, lang, zone, labels(el)]);
    }
    expect(got).to.deep.equal(FORMATS);
    const a = await fixture<LetopisArticle>(
      html`<letopis-article .source=${bitrix()} article-id="1" time-format="dd.MM.yyyy 'в' HH:mm"></letopis-article>`,
    );
    await article.ready(a);
    await waitUntil(() => $(a, '[part~="date"]').textContent === '26.10.2017 в 14:05', 'the article by time-format', {
      timeout: 3000,
    });
    expect(warnings).to.deep.equal([]);
  });

  it('says once in the console when time-format cannot be used, and keeps the default display', async () => {
    const el = await fixture<LetopisNewsList>(
      html`<letopis-news-list .source=${bitrix()} display="" time-format="dd.MM.yyyy N"></letopis-news-list>`,
    );
    await list.settled(el);
    await waitUntil(() => warnings.length > 0, 'a warning', { timeout: 3000 });
    expect(warnings).to.deep.equal([
      'letopis: <letopis-news-list time-format="dd.MM.yyyy N">: not a date-fns format pattern such as d MMMM yyyy, HH:mm or the Bitrix DD.MM.YYYY HH:MI (no offset tokens); using the default display',
    ]);
    expect(labels(el)).to.deep.equal(['01 ноября 2017', '26 октября 2017, 14:05']);
  });
});
