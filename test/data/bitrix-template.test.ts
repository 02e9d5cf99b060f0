import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/article.js';
import type { LetopisArticle } from '../../src/components/article/letopis-article.js';
import { NewsSource } from '../../src/data/news-source.js';
import type { NewsItem } from '../../src/data/types.js';
import { silenceWarnings } from '../helpers/console.js';
import { $, article } from '../helpers/pages.js';
import { browserZone } from '../helpers/time.js';

// What integrations/bitrix's news.list template printed under php-cli over the fixtures
// test/fixtures/bitrix/arresult-*.php (test/tooling/bitrix.test.mjs keeps these files equal to it),
// read through the bitrix preset as a site serves it.
const F = '/test/fixtures/bitrix/template-output';
const origin = location.origin;

async function read(fixture: string, timeZone?: string): Promise<NewsItem[]> {
  const source = new NewsSource({ endpoint: `${F}/${fixture}.json`, preset: 'bitrix', retries: 0, timeZone });
  return (await source.list({ from: '2017-01-01', to: '2017-12-31', pageSize: 100 })).items;
}

const byId = (items: NewsItem[]) => Object.fromEntries(items.map((i) => [i.id, i]));

describe(`the Bitrix template's JSON through the bitrix preset (browser in ${browserZone()})`, () => {
  silenceWarnings();

  it('a page: titles, dates in the site zone (a bare date at midnight), views, sections, images, bodies', async () => {
    const items = await read('page');
    expect(items.map((i) => i.id)).to.deep.equal(['3824', '3823', '3822']);
    const { 3822: forum, 3823: staff, 3824: hall } = byId(items);

    expect(forum.title).to.equal('Ульяновская область будет сотрудничать с институтом профобразования');
    expect([forum.date, forum.siteDate]).to.deep.equal(['2017-10-26T14:05:00+03:00', '2017-10-26']);
    expect(forum.lead).to.equal('Соглашение заключено на IV форуме');
    expect(forum.body).to.deep.equal({ html: '<p>Подписи под документом поставили министр и ректор.</p>' });
    expect(forum.views).to.equal(3822);
    expect(forum.section).to.equal('Социальная сфера');
    expect(forum.url).to.equal(`${origin}/news/social/3822/`);
    expect(forum.image).to.deep.equal({ src: `${origin}/upload/iblock/1a2/forum.jpg`, alt: 'Форум "Труд"' });

    expect(staff.title).to.equal('Заседание "штаба" & итоги');
    expect([staff.date, staff.siteDate]).to.deep.equal(['2017-10-31T23:30:00+03:00', '2017-10-31']);
    expect(staff.lead).to.equal('Текст анонса');
    expect(staff.body).to.deep.equal({ text: 'Строка первая.\nСтрока вторая.' });
    expect(staff.views).to.equal(undefined);
    expect(staff.section).to.equal(undefined);
    expect(staff.image).to.equal(undefined);
    expect(staff.url).to.equal(`${origin}/news/detail.php?ID=3823&SECTION_ID=0`);

    expect(hall.title).to.equal('Открытие зала "Олимп"');
    expect([hall.date, hall.siteDate]).to.deep.equal(['2017-11-01T00:00:00+03:00', '2017-11-01']);
    expect(hall.lead).to.equal(undefined);
    expect(hall.views).to.equal(0);
    expect(hall.section).to.equal('Спорт & отдых');
    expect(hall.image).to.deep.equal({
      src: `${origin}/upload/iblock/9f0/%D0%B7%D0%B0%D0%BB.jpg`,
      alt: 'Открытие зала "Олимп"',
    });
  });

  it("the site's time-zone places the same wall-clock times", async () => {
    const items = await read('page', 'Asia/Yekaterinburg');
    expect(items.map((i) => [i.id, i.date, i.siteDate])).to.deep.equal([
      ['3824', '2017-11-01T00:00:00+05:00', '2017-11-01'],
      ['3823', '2017-10-31T23:30:00+05:00', '2017-10-31'],
      ['3822', '2017-10-26T14:05:00+05:00', '2017-10-26'],
    ]);
  });

  it('a range without news, and a page past the last, are empty', async () => {
    expect(await read('empty')).to.deep.equal([]);
    expect(await read('past-end')).to.deep.equal([]);
  });

  it('hostile text comes back as written: </script> and quotes as text, bad bytes as U+FFFD, no javascript: link', async () => {
    const { 4001: tag, 4002: bytes } = byId(await read('hostile'));
    expect(tag.title).to.equal('Как закрыть </script> в "шаблоне" \'сайта\'');
    expect(tag.lead).to.equal('Анонс с <script>alert(1)</script> внутри');
    expect(tag.url).to.equal(undefined);
    expect(tag.views).to.equal(7);
    expect(bytes.title).to.equal('Битые \ufffd( байты');
    expect(bytes.body).to.deep.equal({ text: 'Текст \ufffd конец </script>' });
    expect(bytes.views).to.equal(undefined);
  });

  it('hostile text in an article: the title as text, the body sanitised', async () => {
    const source = new NewsSource({ endpoint: `${F}/hostile.json`, preset: 'bitrix', retries: 0 });
    await source.list();
    const el = await fixture<LetopisArticle>(
      html`<letopis-article .source=${source} article-id="4001"></letopis-article>`,
    );
    await article.ready(el);
    await waitUntil(() => $(el, '[part~="body"] p'), 'the body', { timeout: 5000 });
    expect($(el, '[part~="title"]').textContent).to.equal('Как закрыть </script> в "шаблоне" \'сайта\'');
    const body = $(el, '[part~="body"]');
    expect(body.textContent).to.equal('Текст');
    expect(body.querySelector('script')).to.equal(null);
    expect(body.querySelector('[onerror]')).to.equal(null);
  });

  it('a windows-1251 site: the template answers UTF-8, entities decoded once', async () => {
    const [item] = await read('cp1251');
    expect(item.title).to.equal('Новость сайта в кодировке «windows-1251»');
    expect(item.lead).to.equal('Анонс по-русски');
    expect(item.body).to.deep.equal({ html: '<p>Ёлки зелёные</p>' });
    expect(item.section).to.equal('Общество');
    expect(item.image).to.deep.equal({ src: `${origin}/upload/iblock/0aa/elka.jpg`, alt: 'Ёлка' });
  });
});
