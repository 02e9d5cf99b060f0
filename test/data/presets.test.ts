import { expect } from '@open-wc/testing';
import { NewsSource, type NewsSourceOptions } from '../../src/data/news-source.js';
import type { NewsItem } from '../../src/data/types.js';
import { browserZone } from '../helpers/time.js';
import type { LetopisError } from '../../src/core/errors.js';
import { silenceWarnings } from '../helpers/console.js';

const F = '/test/fixtures';
const origin = location.origin;

async function all(options: NewsSourceOptions): Promise<NewsItem[]> {
  const source = new NewsSource({ retries: 0, ...options });
  return (await source.list({ from: '2000-01-01', to: '2030-12-31', pageSize: 100 })).items;
}

const byId = (items: NewsItem[]) => Object.fromEntries(items.map((i) => [i.id, i]));

describe(`data/presets (browser in ${browserZone()})`, () => {
  silenceWarnings();

  it('wordpress: date is site time, date_gmt is UTC, titles decoded once, error media ignored', async () => {
    const items = await all({ endpoint: `${F}/wordpress/posts.json`, preset: 'wordpress' });
    expect(items.map((i) => i.id)).to.deep.equal(['502', '501', '503']);
    const { 501: eve, 502: night, 503: untitled } = byId(items);
    expect(eve.siteDate).to.equal('2017-12-31');
    expect(eve.date).to.equal('2017-12-31T23:30:00+03:00');
    expect(eve.title).to.equal('«Итоги года» — в\u00a0правительстве области');
    // An excerpt ending in "[…]" is one WordPress made from the content: no lead, or it would repeat the body.
    expect(eve.lead).to.equal(undefined);
    expect(night.lead).to.equal('Салют над\u00a0набережной');
    expect(eve.image).to.equal(undefined);
    expect(eve.section).to.equal('Новости & события');
    expect(eve.url).to.equal('https://region.example/2017/12/31/itogi/');
    expect((eve.body as { html: string }).html).to.contain('<p>Текст итогов.</p>');
    expect(night.siteDate).to.equal('2018-01-01');
    expect(night.title).to.equal('Tom &amp; Jerry <b> в\u00a0новогоднюю ночь');
    expect(night.image).to.deep.equal({ src: 'https://region.example/wp-content/uploads/salute.jpg', alt: 'Салют' });
    expect(untitled.title).to.equal('Губернатор провёл приём граждан по личным вопросам в областном центре и ответил…');
  });

  it('wordpress: counts days across the year boundary', async () => {
    const source = new NewsSource({ endpoint: `${F}/wordpress/posts.json`, preset: 'wordpress' });
    const counts = await source.days({ from: '2017-12-25', to: '2018-01-07' });
    expect(Object.fromEntries(counts)).to.deep.equal({ '2017-12-30': 1, '2017-12-31': 1, '2018-01-01': 1 });
  });

  it('jsonfeed: plain text stays literal, next_url is followed, unsafe links dropped', async () => {
    const items = await all({ endpoint: `${F}/jsonfeed/feed.json`, preset: 'jsonfeed' });
    expect(items.map((i) => i.id)).to.deep.equal(['jf-1', 'jf-2', 'jf-3', 'jf-4', 'jf-5']);
    const { 'jf-1': midnight, 'jf-2': untitled, 'jf-3': fair, 'jf-5': old } = byId(items);
    expect(midnight.siteDate).to.equal('2017-11-01');
    expect(midnight.title).to.equal('Цены < 100 ₽ & скидки &amp; акции');
    expect(midnight.lead).to.equal('Текст с <тегом> и &amp; внутри');
    expect(midnight.body).to.deep.equal({ text: 'Обычный текст.\n\nВторой абзац с <b>не тегом</b>.' });
    expect(midnight.section).to.equal('Общество');
    expect(untitled.title).to.equal('Плановое отключение горячей воды пройдёт в Заволжском районе с 1 по 14…');
    expect(fair.image).to.deep.equal({ src: 'https://region.example/img/fair.jpg', alt: '' });
    expect(old.url).to.equal(undefined);
  });

  it('jsonfeed: a calendar range pages only as far back as it needs', async () => {
    const requested: string[] = [];
    const source = new NewsSource({
      endpoint: `${F}/jsonfeed/feed.json`,
      preset: 'jsonfeed',
      fetch: (url, init) => (requested.push(String(url)), fetch(url, init)),
    });
    const counts = await source.days({ from: '2017-10-31', to: '2017-11-05' });
    expect(Object.fromEntries(counts)).to.deep.equal({ '2017-10-31': 1, '2017-11-01': 1 });
    expect(requested.map((u) => u.split('/').pop())).to.deep.equal(['feed.json']);
    await source.days({ from: '2017-10-16', to: '2017-10-31' });
    expect(requested.map((u) => u.split('/').pop())).to.deep.equal(['feed.json', 'feed-2.json']);
  });

  it('drupal: attributes, included images, relative aliases, links.next', async () => {
    const items = await all({ endpoint: `${F}/drupal/articles.json`, preset: 'drupal' });
    expect(items).to.have.length(3);
    const [late, forum, second] = items;
    expect(late.siteDate).to.equal('2017-11-01');
    expect(forum.title).to.equal('Форум «Социальная сплочённость» открылся');
    expect(forum.date).to.equal('2017-10-26T14:05:00+03:00');
    expect(forum.image).to.deep.equal({ src: `${origin}/sites/default/files/forum.jpg`, alt: 'Участники форума' });
    expect(forum.url).to.equal(`${origin}/news/forum`);
    expect(forum.lead).to.equal('Подписано соглашение');
    expect(forum.body).to.deep.equal({ html: '<p>Соглашение подписано.</p>' });
    expect(second.title).to.equal('Вторая страница');
  });

  it('strapi v4 and v5, with base-url for relative media', async () => {
    const v4 = await all({ endpoint: `${F}/strapi/v4.json`, preset: 'strapi', baseUrl: 'https://cms.example' });
    expect(v4.map((i) => i.id)).to.deep.equal(['7', '6']);
    expect(v4[0].siteDate).to.equal('2017-10-28');
    expect(v4[0].image).to.deep.equal({ src: 'https://cms.example/uploads/cover_7.jpg', alt: 'Субботник' });
    expect(v4[0].section).to.equal('Город');
    expect(v4[0].body).to.deep.equal({ html: '<p>Субботник пройдёт в субботу.</p>' });
    expect(v4[1].body).to.deep.equal({ text: 'Простой текст без разметки' });
    expect(v4[1].image).to.equal(undefined);
    const v5 = await all({ endpoint: `${F}/strapi/v5.json`, preset: 'strapi', baseUrl: 'https://cms.example' });
    expect(v5[0].id).to.equal('abc123xyz');
    expect(v5[0].body).to.deep.equal({ text: 'Первый абзац.\n\nВторой абзац.' });
    expect(v5[0].image).to.deep.equal({ src: 'https://cms.example/uploads/cover_12.png', alt: '' });
  });

  it('ghost: UTC midnight lands on the next Moscow day', async () => {
    const [post] = await all({ endpoint: `${F}/ghost/posts.json?key=abc`, preset: 'ghost' });
    expect(post.siteDate).to.equal('2018-01-01');
    expect(post.image).to.deep.equal({ src: 'https://region.example/content/images/ny.jpg', alt: 'Ёлка' });
    expect(post.section).to.equal('Праздники');
    expect(post.lead).to.equal('Поздравляем!');
  });

  it('bitrix: DD.MM.YYYY site time, *_TEXT_TYPE, SHOW_COUNTER, a broken date skipped', async () => {
    const warned: string[] = [];
    console.warn = (m: string) => warned.push(m);
    const items = await all({ endpoint: `${F}/bitrix/news.json`, preset: 'bitrix' });
    expect(items.map((i) => i.id)).to.deep.equal(['3823', '3822']);
    const { 3822: forum, 3823: staff } = byId(items);
    expect(forum.date).to.equal('2017-10-26T14:05:00+03:00');
    expect(forum.views).to.equal(3822);
    expect(forum.url).to.equal(`${origin}/news/social/3822/`);
    expect(forum.image).to.deep.equal({ src: `${origin}/upload/iblock/1a2/forum.jpg`, alt: 'Форум' });
    expect(forum.section).to.equal('Социальная сфера');
    expect(staff.title).to.equal('Заседание "штаба" по подготовке к зиме');
    expect(staff.lead).to.equal('Текст & анонс');
    expect(staff.body).to.deep.equal({ text: 'Строка первая.\nСтрока вторая.' });
    expect(staff.siteDate).to.equal('2017-10-31');
    expect(staff.views).to.equal(undefined);
    expect(warned.join('\n')).to.match(/skipped 1 of 3 items .*вчера/);
  });

  it('rss: pubDate, content:encoded, enclosure, category', async () => {
    const items = await all({ endpoint: `${F}/rss/feed.xml`, preset: 'rss' });
    expect(items.map((i) => i.title)).to.deep.equal([
      'Беспилотная опасность объявлена с 21:52',
      'Высота снега в трёх округах превысила 240 мм',
    ]);
    const [uav, snow] = items;
    expect(uav.date).to.equal('2026-01-02T22:32:00+03:00');
    expect(uav.id).to.equal('https://region.example/news/uav');
    expect(snow.id).to.equal('snow-2026');
    expect(snow.siteDate).to.equal('2026-01-02');
    expect(snow.lead).to.equal('Снег & ветер');
    expect((snow.body as { html: string }).html).to.contain('Снегопад продолжается');
    expect(snow.image?.src).to.equal('https://region.example/img/snow.jpg');
    expect(snow.section).to.equal('Погода');
  });

  it('atom: typed text constructs, published or updated', async () => {
    const items = await all({ endpoint: `${F}/atom/feed.xml`, preset: 'atom' });
    const [session, updated] = items;
    expect(session.title).to.equal('Стратегическая сессия «Образ будущего»');
    expect(session.lead).to.equal('Участников примет краевой центр <8 и 9 февраля>');
    expect(session.date).to.equal('2018-02-08T12:46:00+03:00');
    expect(session.section).to.equal('Социальная сфера');
    expect(session.image?.src).to.equal(`${origin}/img/session.png`);
    expect((session.body as { html: string }).html).to.contain('Сессия стартовала.');
    expect(updated.siteDate).to.equal('2018-02-07');
    expect(updated.body).to.deep.equal({ text: 'Текст <без> разметки' });
  });

  it('detects a known or common shape without a preset', async () => {
    const wp = await all({ endpoint: `${F}/wordpress/posts.json` });
    expect(wp[0].title).to.equal('Tom &amp; Jerry <b> в\u00a0новогоднюю ночь');
    expect(wp[0].siteDate).to.equal('2018-01-01');
    const rss = await all({ endpoint: `${F}/rss/feed.xml` });
    expect(rss).to.have.length(2);
    const [item] = await all({ endpoint: `${F}/generic/detect.json` });
    expect(item).to.deep.include({
      id: '1',
      title: 'Автоопределение',
      siteDate: '2017-10-26',
      lead: 'Анонс',
      views: 12,
      section: 'Общество',
    });
    expect(item.body).to.deep.equal({ html: '<p>Текст</p>' });
  });

  it('reads any shape through map and date-format', async () => {
    const [item] = await all({
      endpoint: `${F}/generic/custom.json`,
      map: JSON.stringify({
        items: 'payload.articles',
        id: 'uid',
        title: 'headline',
        date: 'when',
        lead: 'teaser',
        url: 'link',
        image: 'pic.href',
        views: 'stats.views',
      }),
      dateFormat: 'YYYY/MM/DD HH:mm',
    });
    expect(item).to.deep.include({
      id: 'g1',
      title: 'Пользовательская схема',
      date: '2017-10-26T14:05:00+03:00',
      lead: 'Краткое',
      url: `${origin}/n/g1`,
      views: 15,
    });
    expect(item.image).to.deep.equal({ src: `${origin}/p/g1.jpg`, alt: '' });
  });

  it('lets map override a preset field by field', async () => {
    const items = await all({
      endpoint: `${F}/wordpress/posts.json`,
      preset: 'wordpress',
      map: { title: 'link', titleType: 'text' },
    });
    expect(items[0].title).to.equal('https://region.example/2018/01/01/salyut/');
    expect(items[0].image?.alt).to.equal('Салют');
  });

  it('places days by the source zone, not the browser', async () => {
    const vl = await all({ endpoint: `${F}/wordpress/posts.json`, preset: 'wordpress', timeZone: 'Asia/Vladivostok' });
    // WordPress `date_gmt` is UTC: 20:30Z is already 1 January in Vladivostok.
    expect(vl.map((i) => i.siteDate)).to.deep.equal(['2018-01-01', '2018-01-01', '2017-12-30']);
    expect(vl[1].date).to.equal('2018-01-01T06:30:00+10:00');
  });

  describe('traps found while writing the integrators’ guide', () => {
    /** A fetch that records URLs and answers 404. */
    const recorder = () => {
      const urls: string[] = [];
      const fetch = async (url: RequestInfo | URL) => {
        urls.push(String(url));
        return new Response('{}', { status: 404, headers: { 'content-type': 'application/json' } });
      };
      return { urls, fetch: fetch as typeof globalThis.fetch };
    };
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => expect.fail('expected a LetopisError'),
        (e: LetopisError) => e,
      );

    it('date-format is tried first, other common forms still read (Bitrix writes midnight as a bare date)', async () => {
      const data = {
        result: {
          news: [
            { ID: '1', NAME: 'Днём', ACTIVE_FROM: '26.10.2017 14:05:00' },
            { ID: '2', NAME: 'В полночь', ACTIVE_FROM: '27.10.2017' },
          ],
        },
      };
      const items = await all({ preset: 'bitrix', data, dateFormat: 'DD.MM.YYYY HH:mm:ss' });
      expect(items.map((i) => [i.id, i.date])).to.deep.equal([
        ['2', '2017-10-27T00:00:00+03:00'],
        ['1', '2017-10-26T14:05:00+03:00'],
      ]);
    });

    it('reads an RSS feed with a stylesheet and a comment before <rss>, without a preset, and its date-format', async () => {
      const rss = (date: string) => `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>
<!-- generated by the portal -->
<rss version="2.0"><channel><title>Новости</title>
<item><guid>r1</guid><title>Новость</title><link>https://region.example/n/1</link><pubDate>${date}</pubDate></item>
</channel></rss>`;
      const [detected] = await all({ data: rss('Thu, 26 Oct 2017 14:05:00 +0300') });
      expect([detected.id, detected.date]).to.deep.equal(['r1', '2017-10-26T14:05:00+03:00']);
      const [own] = await all({ preset: 'rss', data: rss('26.10.2017 14:05'), dateFormat: 'DD.MM.YYYY HH:mm' });
      expect(own.date).to.equal('2017-10-26T14:05:00+03:00');
      // With a date-format set, the standard RFC 2822 dates are still read.
      const [rfc] = await all({
        preset: 'rss',
        data: rss('Thu, 26 Oct 2017 14:05:00 +0300'),
        dateFormat: 'DD.MM.YYYY',
      });
      expect(rfc.date).to.equal('2017-10-26T14:05:00+03:00');
    });

    it('builds article URLs for WordPress without pretty permalinks, and Drupal ones without a sort', async () => {
      const wp = recorder();
      await failure(
        new NewsSource({ endpoint: '/blog/?rest_route=/wp/v2/posts', preset: 'wordpress', fetch: wp.fetch }).article(
          '42',
        ),
      );
      const url = new URL(wp.urls[0]);
      expect([url.pathname, url.searchParams.get('rest_route')]).to.deep.equal(['/blog/', '/wp/v2/posts/42']);
      const drupal = recorder();
      const uuid = '0b6f8c57-3e4f-4a2b-9d1c-5e6f7a8b9c0d';
      await failure(
        new NewsSource({ endpoint: '/jsonapi/node/article', preset: 'drupal', fetch: drupal.fetch }).article(uuid),
      );
      const article = new URL(drupal.urls[0]);
      expect(article.pathname).to.equal(`/jsonapi/node/article/${uuid}`);
      expect(article.searchParams.has('sort')).to.equal(false);
    });

    it('drupal: an image through a media entity; strapi v4: map paths without attributes.', async () => {
      const [node] = await all({
        preset: 'drupal',
        data: {
          data: [
            {
              type: 'node--article',
              id: 'n1',
              attributes: { title: 'С медиа', created: '2017-10-26T11:05:00+00:00' },
              relationships: { field_media_image: { data: { type: 'media--image', id: 'm1' } } },
            },
          ],
          included: [
            {
              type: 'media--image',
              id: 'm1',
              relationships: { field_media_image: { data: { type: 'file--file', id: 'f1', meta: { alt: 'Герб' } } } },
            },
            { type: 'file--file', id: 'f1', attributes: { uri: { url: '/sites/default/files/gerb.png' } } },
          ],
        },
      });
      expect(node.image).to.deep.equal({ src: `${origin}/sites/default/files/gerb.png`, alt: 'Герб' });
      const [v4] = await all({
        preset: 'strapi',
        map: { views: 'views_count', section: 'rubric' },
        data: {
          data: [
            {
              id: 7,
              attributes: { title: 'v4', publishedAt: '2017-10-26T11:05:00.000Z', views_count: 12, rubric: 'Спорт' },
            },
          ],
        },
      });
      expect([v4.title, v4.views, v4.section]).to.deep.equal(['v4', 12, 'Спорт']);
    });

    it('map.items wins over a preset’s own way of finding the records', async () => {
      const items = await all({
        preset: 'drupal',
        map: { items: 'custom.list', id: 'nid', title: 'label', date: 'created' },
        data: {
          data: [{ broken: true }],
          custom: { list: [{ nid: 'c1', label: 'Своя схема', created: '2017-10-26T11:05:00Z' }] },
        },
      });
      expect(items.map((i) => i.title)).to.deep.equal(['Своя схема']);
    });

    it('says to set article-endpoint when an article cannot be asked for, and 404 when it is not there', async () => {
      const range = new NewsSource({
        endpoint: '/fault?month=2017-10&from={from}&to={to}',
        retries: 0,
      });
      const unasked = await failure(range.article('nope'));
      expect(unasked.code).to.equal('not-found');
      expect(unasked.status).to.equal(undefined);
      expect(unasked.message).to.contain('set article-endpoint (a URL with {id})');
      expect(unasked.localized('ru')).to.contain('укажите article-endpoint');
      const inline = new NewsSource({ data: [{ id: 'a', title: 'A', date: '2017-10-26T14:05:00+03:00' }] });
      const missing = await failure(inline.article('nope'));
      expect([missing.code, missing.status]).to.deep.equal(['not-found', 404]);
      expect(missing.message).to.not.contain('article-endpoint');
    });

    it('groups the reasons items were skipped, with a few examples, in both languages', async () => {
      const data = Array.from({ length: 20 }, (_, i) => ({ id: `b${i}`, title: 'x', date: `когда-то ${i}` }));
      const error = await failure(new NewsSource({ data }).list());
      expect(error.code).to.equal('bad-items');
      expect(error.message).to.contain(
        '20 × unreadable date (set date-format), e.g. "когда-то 0", "когда-то 1", "когда-то 2"',
      );
      expect(error.localized('ru')).to.contain('20 × нечитаемая дата (укажите date-format), напр. "когда-то 0"');
    });
  });
});
