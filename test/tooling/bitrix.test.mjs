// The 1C-Bitrix integration (integrations/bitrix/) run by php-cli: the news.list template "letopis"
// over fixture $arResult arrays shaped as news.list hands them over (test/fixtures/bitrix/arresult-*.php,
// through harness/template.php), and api/news.php served by `php -S` over a stub kernel that prints
// what the page asks of the component. The template's outputs are committed in
// test/fixtures/bitrix/template-output/, where test/data/bitrix-template.test.ts reads them through the
// `bitrix` preset in the browser; this test fails when they are stale
// (LETOPIS_UPDATE=1 node --test test/tooling/bitrix.test.mjs writes them).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const PHP = process.env.PHP ?? 'php';
const HARNESS = 'test/fixtures/bitrix/harness';
const OUTPUT = 'test/fixtures/bitrix/template-output';
const TEMPLATE = 'integrations/bitrix/templates/.default/components/bitrix/news.list/letopis';

function php(args, options = {}) {
  try {
    return execFileSync(PHP, args, { encoding: 'utf8', ...options });
  } catch (error) {
    if (error.code === 'ENOENT')
      throw new Error(`php-cli is needed for this test (apt-get install php-cli), or set PHP`);
    throw error;
  }
}

const render = (fixture) => php([`${HARNESS}/template.php`, `test/fixtures/bitrix/arresult-${fixture}.php`]);

/** One news item of the answer, with what the fixtures leave out by default. */
const news = (fields) => ({
  PREVIEW_TEXT: '',
  PREVIEW_TEXT_TYPE: 'html',
  DETAIL_TEXT: '',
  DETAIL_TEXT_TYPE: 'text',
  SHOW_COUNTER: null,
  SECTION_NAME: null,
  PREVIEW_PICTURE: null,
  ...fields,
});

/** What the template prints for each fixture. */
const expected = {
  page: {
    result: {
      news: [
        news({
          ID: '3824',
          NAME: 'Открытие зала &quot;Олимп&quot;',
          ACTIVE_FROM: '01.11.2017',
          DETAIL_TEXT: '<p>Зал открыт.</p>',
          DETAIL_TEXT_TYPE: 'html',
          SHOW_COUNTER: 0,
          DETAIL_PAGE_URL: '/news/sport/3824/',
          SECTION_NAME: 'Спорт &amp; отдых',
          PREVIEW_PICTURE: { SRC: '/upload/iblock/9f0/зал.jpg', ALT: 'Открытие зала "Олимп"' },
        }),
        news({
          ID: '3823',
          NAME: 'Заседание &quot;штаба&quot; &amp; итоги',
          ACTIVE_FROM: '31.10.2017 23:30:00',
          PREVIEW_TEXT: 'Текст <b>анонса</b>',
          DETAIL_TEXT: 'Строка первая.\nСтрока вторая.',
          DETAIL_PAGE_URL: '/news/detail.php?ID=3823&SECTION_ID=0',
        }),
        news({
          ID: '3822',
          NAME: 'Ульяновская область будет сотрудничать с институтом профобразования',
          ACTIVE_FROM: '26.10.2017 14:05:00',
          PREVIEW_TEXT: 'Соглашение заключено на IV форуме',
          DETAIL_TEXT: '<p>Подписи под документом поставили министр и ректор.</p>',
          DETAIL_TEXT_TYPE: 'html',
          SHOW_COUNTER: 3822,
          DETAIL_PAGE_URL: '/news/social/3822/',
          SECTION_NAME: 'Социальная сфера',
          PREVIEW_PICTURE: { SRC: '/upload/iblock/1a2/forum.jpg', ALT: 'Форум "Труд"' },
        }),
      ],
      total: 5,
      pages: 2,
    },
  },
  empty: { result: { news: [], total: 0, pages: 0 } },
  'past-end': { result: { news: [], total: 5, pages: 2 } },
  hostile: {
    result: {
      news: [
        news({
          ID: '4001',
          NAME: 'Как закрыть &lt;/script&gt; в &quot;шаблоне&quot; &#039;сайта&#039;',
          ACTIVE_FROM: '02.11.2017 10:00:00',
          PREVIEW_TEXT: 'Анонс с &lt;script&gt;alert(1)&lt;/script&gt; внутри',
          DETAIL_TEXT:
            '<p>Текст</p><script>alert(1)</script><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onerror=alert(1)>',
          DETAIL_TEXT_TYPE: 'html',
          SHOW_COUNTER: 7,
          DETAIL_PAGE_URL: 'javascript:alert(1)',
        }),
        news({
          ID: '4002',
          NAME: 'Битые \ufffd( байты',
          ACTIVE_FROM: '01.11.2017 09:15:00',
          DETAIL_TEXT: 'Текст \ufffd конец </script>',
          DETAIL_PAGE_URL: '/news/4002/',
        }),
      ],
      total: 2,
      pages: 1,
    },
  },
  cp1251: {
    result: {
      news: [
        news({
          ID: '5001',
          NAME: 'Новость сайта в кодировке &laquo;windows-1251&raquo;',
          ACTIVE_FROM: '03.11.2017 12:00:00',
          PREVIEW_TEXT: 'Анонс по-русски',
          DETAIL_TEXT: '<p>Ёлки зелёные</p>',
          DETAIL_TEXT_TYPE: 'html',
          DETAIL_PAGE_URL: '/news/5001/',
          SECTION_NAME: 'Общество',
          PREVIEW_PICTURE: { SRC: '/upload/iblock/0aa/elka.jpg', ALT: 'Ёлка' },
        }),
      ],
      total: 1,
      pages: 1,
    },
  },
};

describe('the news.list template "letopis"', () => {
  const fixtures = readdirSync('test/fixtures/bitrix')
    .map((name) => /^arresult-(.+)\.php$/.exec(name)?.[1])
    .filter(Boolean)
    .sort();

  test('every fixture has its expected answer', () => {
    assert.deepEqual(fixtures, Object.keys(expected).sort());
  });

  for (const fixture of Object.keys(expected)) {
    test(`${fixture}: prints the JSON the bitrix preset reads, and the committed copy is that output`, () => {
      const out = render(fixture);
      assert.deepEqual(JSON.parse(out), expected[fixture]);
      const file = join(OUTPUT, `${fixture}.json`);
      if (process.env.LETOPIS_UPDATE) {
        mkdirSync(OUTPUT, { recursive: true });
        writeFileSync(file, out);
      }
      assert.ok(existsSync(file), `${file} is missing: LETOPIS_UPDATE=1 node --test test/tooling/bitrix.test.mjs`);
      assert.equal(
        readFileSync(file, 'utf8'),
        out,
        `${file} is stale: LETOPIS_UPDATE=1 node --test test/tooling/bitrix.test.mjs`,
      );
    });
  }

  test('no text can close a <script> or break the JSON: < and > are escaped, bad bytes become U+FFFD', () => {
    const out = render('hostile');
    assert.doesNotMatch(out, /[<>]/);
    assert.equal(out.match(/\\u003C\/script\\u003E/g).length, 2);
    assert.doesNotMatch(out, /\\\//, 'slashes are not escaped');
    assert.doesNotMatch(out, /\\ufffd/i, 'U+FFFD as a character, not an escape');
    assert.equal(out.match(/\ufffd/g).length, 2);
  });

  test('every PHP file of the integration dies when opened directly, and parses', () => {
    const files = [
      ...['template.php', 'result_modifier.php', '.description.php'].map((f) => `${TEMPLATE}/${f}`),
      'integrations/bitrix/snippet.php',
    ];
    for (const file of files) {
      assert.equal(php([file]), '', `${file} prints nothing without B_PROLOG_INCLUDED`);
    }
    for (const file of [...files, `${TEMPLATE}/lang/ru/.description.php`, `${TEMPLATE}/lang/en/.description.php`]) {
      assert.match(php(['-l', file]), /No syntax errors/);
    }
    assert.match(php(['-l', 'integrations/bitrix/api/news.php']), /No syntax errors/);
  });
});

/** A free local port (the php server is told to use it). */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

describe('api/news.php', () => {
  let server;
  let origin;

  before(async () => {
    php(['-v']);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(
      PHP,
      [
        '-d',
        'date.timezone=Europe/Moscow',
        '-S',
        `127.0.0.1:${port}`,
        '-t',
        `${HARNESS}/site`,
        `${HARNESS}/router.php`,
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; ; i++) {
      try {
        await fetch(`${origin}/`);
        break;
      } catch (error) {
        if (i === 100) throw error;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  });

  after(() => server?.kill());

  /** GET the page: status, content type, the body as text (a byte-order mark kept: res.text() would drop it). */
  async function get(query) {
    const res = await fetch(`${origin}/api/news.php${query}`);
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    return { status: res.status, type: res.headers.get('content-type'), text };
  }

  /** What the page asked of bitrix:news.list (the stub kernel prints it). */
  function call({ filter, page = 1, size = 20 }) {
    return {
      component: 'bitrix:news.list',
      template: 'letopis',
      params: {
        IBLOCK_TYPE: 'news',
        IBLOCK_ID: 1,
        FILTER_NAME: 'letopisFilter',
        NEWS_COUNT: size,
        LETOPIS_PAGE: page,
        SORT_BY1: 'ACTIVE_FROM',
        SORT_ORDER1: 'DESC',
        SORT_BY2: 'ID',
        SORT_ORDER2: 'DESC',
        CHECK_DATES: 'Y',
        FIELD_CODE: ['SHOW_COUNTER', 'DETAIL_TEXT', 'DETAIL_PICTURE'],
        PROPERTY_CODE: [],
        PREVIEW_TRUNCATE_LEN: '',
        DETAIL_URL: '',
        INCLUDE_SUBSECTIONS: 'Y',
        DISPLAY_TOP_PAGER: 'N',
        DISPLAY_BOTTOM_PAGER: 'Y',
        PAGER_SHOW_ALL: 'N',
        PAGER_DESC_NUMBERING: 'N',
        SET_TITLE: 'N',
        SET_BROWSER_TITLE: 'N',
        SET_META_KEYWORDS: 'N',
        SET_META_DESCRIPTION: 'N',
        SET_LAST_MODIFIED: 'N',
        SET_STATUS_404: 'N',
        INCLUDE_IBLOCK_INTO_CHAIN: 'N',
        ADD_SECTIONS_CHAIN: 'N',
        CACHE_TYPE: 'A',
        CACHE_TIME: 36000000,
        CACHE_FILTER: 'Y',
        CACHE_GROUPS: 'Y',
      },
      // PHP writes an empty filter as a JSON list.
      filter: filter ?? [],
      options: { HIDE_ICONS: 'Y' },
      timeZoneDisabled: true,
    };
  }

  async function asks(query, expectedCall) {
    const res = await get(query);
    assert.equal(res.status, 200, `${query}: ${res.text}`);
    assert.equal(res.type, 'application/json; charset=utf-8');
    assert.ok(res.text.startsWith('{'), `${query}: the prolog's byte-order mark is cleared`);
    assert.deepEqual(JSON.parse(res.text), expectedCall, query);
  }

  test('a range of days becomes the filter on DATE_ACTIVE_FROM, from the first second to the last, in site format', () =>
    asks(
      '?from=2017-09-25&to=2017-11-05&PAGEN_1=2&SIZEN_1=100',
      call({
        filter: { '>=DATE_ACTIVE_FROM': '25.09.2017 00:00:00', '<=DATE_ACTIVE_FROM': '05.11.2017 23:59:59' },
        page: 2,
        size: 100,
      }),
    ));

  test('the feed (empty from and to), one day, one bound, the defaults, one item by ID', async () => {
    await asks('?from=&to=&PAGEN_1=1&SIZEN_1=20', call({}));
    await asks('', call({}));
    await asks(
      '?from=2017-10-26&to=2017-10-26&PAGEN_1=1&SIZEN_1=1',
      call({
        filter: { '>=DATE_ACTIVE_FROM': '26.10.2017 00:00:00', '<=DATE_ACTIVE_FROM': '26.10.2017 23:59:59' },
        size: 1,
      }),
    );
    await asks('?to=2016-02-29', call({ filter: { '<=DATE_ACTIVE_FROM': '29.02.2016 23:59:59' } }));
    await asks('?ID=3822', call({ filter: { ID: 3822 } }));
  });

  test('what it cannot read answers 400 with the parameter and what it expected', async () => {
    const day = 'expected a day as YYYY-MM-DD';
    const cases = [
      ['?from=2017-13-01', 'from', day],
      ['?from=2017-02-29', 'from', day],
      ['?to=26.10.2017', 'to', day],
      ['?from=2017-10-26T00:00', 'from', day],
      ['?from=2017-11-05&to=2017-09-25', 'to', 'expected a day on or after from'],
      ['?from[]=2017-10-26', 'from', 'expected one value'],
      ['?PAGEN_1=0', 'PAGEN_1', 'expected a whole number from 1'],
      ['?PAGEN_1=-1', 'PAGEN_1', 'expected a whole number from 1'],
      ['?PAGEN_1=1e3', 'PAGEN_1', 'expected a whole number from 1'],
      ['?SIZEN_1=0', 'SIZEN_1', 'expected a whole number from 1 to 100'],
      ['?SIZEN_1=101', 'SIZEN_1', 'expected a whole number from 1 to 100'],
      ['?SIZEN_1=20.5', 'SIZEN_1', 'expected a whole number from 1 to 100'],
      ['?ID=abc', 'ID', 'expected a whole number from 1'],
      ['?ID=0', 'ID', 'expected a whole number from 1'],
    ];
    for (const [query, parameter, message] of cases) {
      const res = await get(query);
      assert.equal(res.status, 400, query);
      assert.equal(res.type, 'application/json; charset=utf-8', query);
      assert.equal(res.text, JSON.stringify({ error: { parameter, message } }), query);
    }
  });

  test("the snippet's endpoints, filled as the source fills them, are read by the page", async () => {
    const html = php([
      '-d',
      'date.timezone=Asia/Yekaterinburg',
      '-r',
      "define('B_PROLOG_INCLUDED', true); include 'integrations/bitrix/snippet.php';",
    ]);
    assert.equal(
      html,
      `<script type="module" src="/local/letopis/letopis.js"></script>
<letopis-source id="news" preset="bitrix" time-zone="Asia/Yekaterinburg"
  endpoint="/api/news.php?from={from}&amp;to={to}&amp;PAGEN_1={page}&amp;SIZEN_1={pageSize}"
  article-endpoint="/api/news.php?ID={id}"></letopis-source>
<letopis-calendar source="news" day-href="?date={date}" date-param="date"></letopis-calendar>
<letopis-news-list source="news" date-param="date" heading="Лента новостей"></letopis-news-list>
`,
    );
    const attribute = (name) => html.match(new RegExp(` ${name}="([^"]*)"`))[1].replaceAll('&amp;', '&');
    const fill = (template, vars) => template.replace(/\{(\w+)\}/g, (_, k) => vars[k]);
    const endpoint = attribute('endpoint').replace('/api/news.php', '');
    await asks(fill(endpoint, { from: '', to: '', page: 1, pageSize: 20 }), call({}));
    await asks(
      fill(endpoint, { from: '2017-09-25', to: '2017-11-05', page: 1, pageSize: 100 }),
      call({
        filter: { '>=DATE_ACTIVE_FROM': '25.09.2017 00:00:00', '<=DATE_ACTIVE_FROM': '05.11.2017 23:59:59' },
        size: 100,
      }),
    );
    await asks(
      fill(attribute('article-endpoint').replace('/api/news.php', ''), { id: '3822' }),
      call({ filter: { ID: 3822 } }),
    );
  });
});
