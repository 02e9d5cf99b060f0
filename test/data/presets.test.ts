import { expect } from '@open-wc/testing';
import { NewsSource, type NewsSourceOptions } from '../../src/data/news-source.js';
import type { NewsItem } from '../../src/data/types.js';
import { browserZone } from '../helpers/time.js';

const F = '/test/fixtures';
const origin = location.origin;

async function all(options: NewsSourceOptions): Promise<NewsItem[]> {
  const source = new NewsSource({ retries: 0, ...options });
  return (await source.list({ from: '2000-01-01', to: '2030-12-31', pageSize: 100 })).items;
}

const byId = (items: NewsItem[]) => Object.fromEntries(items.map((i) => [i.id, i]));

describe(`data/presets (browser in ${browserZone()})`, () => {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('wordpress: date is site time, date_gmt is UTC, titles decoded once, error media ignored', async () => {
    const items = await all({ endpoint: `${F}/wordpress/posts.json`, preset: 'wordpress' });
    expect(items.map((i) => i.id)).to.deep.equal(['502', '501', '503']);
    const { 501: eve, 502: night, 503: untitled } = byId(items);
    expect(eve.siteDate).to.equal('2017-12-31');
    expect(eve.date).to.equal('2017-12-31T23:30:00+03:00');
    expect(eve.title).to.equal('«Итоги года» — в\u00a0правительстве области');
    expect(eve.lead).to.equal('Подвели итоги… […]');
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
});
