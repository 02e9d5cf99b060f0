// End-to-end: the demo (demo/server.mjs over the built dist/) driven in
// Debian's Chromium through playwright-core, as a reader and an integrator
// meet it — open, pick a day, open an article, Back, Forward, a deep link, a
// reload, the WordPress/Bitrix switch, static files, separate CMS widgets,
// a phone and the low-vision mode — with screenshots compared to baselines.
//
//   npm run end-to-end               run (needs `npm run build`)
//   npm run end-to-end -- --update   write the baselines of this Chromium's major version
//
// Baselines live in test/e2e/baselines/chromium-<major>/. A run on a major
// without its own baselines compares with the newest older ones and says so.
// A screenshot passes when at most 0.5 % of its pixels differ beyond
// pixelmatch's colour threshold, anti-aliased pixels not counted: enough for
// a minor Chromium update, not for a moved or restyled widget. Failures leave
// the actual image and a diff in test/e2e/output/.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { createDemoServer, listen } from '../../demo/server.mjs';
import { CHROMIUM_ARGS, chromePath } from '../../scripts/check/browsers.mjs';
import { waves } from './waves.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const update = process.argv.includes('--update');
const MAX_DIFF = 0.005;
/** The reader's clock: the demo's data ends in January 2026, and labels depend on the current year. */
const NOW = new Date('2026-11-23T12:00:00+03:00');

if (!existsSync(join(here, '../../dist/letopis.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const server = createDemoServer();
const port = await listen(server, 0, true);
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath: chromePath,
  args: [...CHROMIUM_ARGS, '--font-render-hinting=none'],
});
const major = browser.version().split('.')[0];
const baselines = join(here, 'baselines');
const ownDir = join(baselines, `chromium-${major}`);
const output = join(here, 'output');
rmSync(output, { recursive: true, force: true });
let compareDir = ownDir;
if (!update && !existsSync(ownDir)) {
  const older = readdirSync(baselines)
    .map((d) => +d.replace('chromium-', ''))
    .filter((m) => m < +major)
    .sort((a, b) => b - a)[0];
  if (older === undefined) {
    console.error(
      `No baselines for Chromium ${major}: run \`npm run end-to-end -- --update\` and commit test/e2e/baselines/.`,
    );
    process.exit(1);
  }
  compareDir = join(baselines, `chromium-${older}`);
  console.warn(`Chromium ${major} has no baselines of its own: comparing with Chromium ${older}'s.`);
}

let failures = 0;
let checks = 0;
const check = (ok, what) => {
  checks++;
  if (ok) console.log(`  ok  ${what}`);
  else {
    failures++;
    console.error(`  FAIL ${what}`);
  }
};

/** A fresh reader: Moscow zone, Russian, the clock fixed, errors collected. */
async function reader({ width = 1280, height = 900, now = NOW } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'ru-RU',
    timezoneId: 'Asia/Vladivostok', // far from the site's zone: nothing may depend on the reader's
    reducedMotion: 'reduce',
  });
  await context.clock.setFixedTime(now);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // A static site's missing month is a 404 by design (demo/static/ stops in January 2026).
    if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(`console error: ${m.text()}`);
  });
  return { context, page, problems };
}

/** Waits until nothing in the page's widgets is loading. */
async function settled(page) {
  await page.waitForFunction(() => {
    const busy = (root) =>
      [...root.querySelectorAll('*')].some(
        (el) =>
          el.matches('[aria-busy="true"],[part~="loading"]') ||
          (el.localName.startsWith('letopis-') && el.shadowRoot && busy(el.shadowRoot)),
      );
    return !busy(document);
  });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150);
}

async function screenshot(page, name) {
  await settled(page);
  const png = await page.screenshot();
  const file = `${name}.png`;
  if (update) {
    mkdirSync(ownDir, { recursive: true });
    writeFileSync(join(ownDir, file), png);
    console.log(`  wrote ${join('test/e2e/baselines', `chromium-${major}`, file)}`);
    return;
  }
  const expectedFile = join(compareDir, file);
  if (!existsSync(expectedFile))
    return check(false, `screenshot ${name}: no baseline (npm run end-to-end -- --update)`);
  const expected = PNG.sync.read(readFileSync(expectedFile));
  const actual = PNG.sync.read(png);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    mkdirSync(output, { recursive: true });
    writeFileSync(join(output, file), png);
    return check(
      false,
      `screenshot ${name}: ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`,
    );
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: 0.1,
    includeAA: false,
  });
  const share = differing / (actual.width * actual.height);
  if (share > MAX_DIFF) {
    mkdirSync(output, { recursive: true });
    writeFileSync(join(output, file), png);
    writeFileSync(join(output, `${name}.diff.png`), PNG.sync.write(diff));
  }
  check(
    share <= MAX_DIFF,
    `screenshot ${name}: ${(share * 100).toFixed(3)} % of pixels differ (≤ ${MAX_DIFF * 100} %)`,
  );
}

const text = async (locator) =>
  ((await locator.first().textContent({ timeout: 10_000 })) ?? '').replace(/\s+/g, ' ').trim();
const query = (page) => new URL(page.url()).searchParams;
/** True once the focused element (through shadow roots) matches `want` — its `part`, its row's `id` — false after 5 s. */
const focusReaches = (page, want) =>
  page
    .waitForFunction(
      (want) => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        const now = {
          part: el?.getAttribute('part') ?? '',
          id: el?.closest('[data-id]')?.getAttribute('data-id') ?? '',
        };
        return Object.entries(want).every(([key, value]) => now[key] === value);
      },
      want,
      { timeout: 5000 },
    )
    .then(
      () => true,
      () => false,
    );

// ---- the archive over WordPress ----------------------------------------
console.log('Archive (WordPress REST API)');
{
  const { context, page, problems } = await reader();
  await page.goto(`${origin}/`);
  const heading = page.locator('letopis-archive letopis-news-list [part~="heading"]');
  check((await text(heading)) === 'Лента новостей', 'opens on "Лента новостей"');
  await page.locator('letopis-archive letopis-calendar [part~="has-news"]').first().waitFor();
  check(
    (await text(page.locator('letopis-archive letopis-calendar #label'))) === 'Январь 2026',
    'the calendar opens on the newest month with news, January 2026',
  );
  await screenshot(page, 'archive');

  // Pick a day: the seed feed's 2 January 2026.
  await page.locator('letopis-archive letopis-calendar [data-date="2026-01-02"]').click();
  await page.waitForURL(/date=2026-01-02/);
  check((await text(heading)).startsWith('Новости за'), `the list narrows to the day: "${await text(heading)}"`);
  const items = page.locator('letopis-archive letopis-news-list [part~="item"]');
  await items.first().waitFor();
  check((await items.count()) === 20, `the seed day's 20 items (${await items.count()})`);
  check(
    (await text(items.first().locator('[part~="title"]'))).startsWith('На Ставрополье 2 января с 21:52'),
    'the newest of them first, as on the seed page',
  );
  check(await focusReaches(page, { part: 'heading' }), 'focus is on the list heading');
  await screenshot(page, 'archive-day');

  // Open an article.
  const first = items.first();
  const id = await first.getAttribute('data-id');
  const title = await text(first.locator('[part~="title"]'));
  await first.locator('[part~="title"]').click();
  await page.waitForURL(new RegExp(`news=${id}`));
  const articleTitle = page.locator('letopis-archive letopis-article [part~="title"]');
  check((await text(articleTitle)) === title, `the article opens in the list's place: "${title}"`);
  check(await focusReaches(page, { part: 'title' }), 'focus is on the article title');
  await screenshot(page, 'archive-article');

  // Back and Forward.
  await page.goBack();
  await items.first().waitFor();
  check(query(page).get('date') === '2026-01-02' && !query(page).get('news'), 'Back returns to the day');
  check(await focusReaches(page, { id }), 'focus returns to the item opened');
  await page.goForward();
  check((await text(articleTitle)) === title, 'Forward opens the article again');

  // Reload keeps the state.
  await page.reload();
  check((await text(articleTitle)) === title, 'a reload keeps the article');

  // A deep link opens straight into its state: the seed article of 26 October 2017.
  await page.goto(`${origin}/?news=3821`);
  check(
    (await text(articleTitle)).startsWith('Ульяновская область будет сотрудничать'),
    `a deep link opens the article: "${await text(articleTitle)}"`,
  );
  check(
    (await text(page.locator('letopis-archive letopis-article [part~="date"]'))) === '26 октября 2017, 14:05',
    'its date in the site zone, whatever the reader’s zone',
  );
  check(problems.length === 0, `no errors in the console${problems.length ? `: ${problems.join('; ')}` : ''}`);
  await context.close();
}

// ---- the preset switch: the same archive over a Bitrix export ----------
console.log('Archive (Bitrix export)');
{
  const { context, page, problems } = await reader();
  await page.goto(`${origin}/?date=2026-01-02`);
  const titles = () =>
    page
      .locator('letopis-archive letopis-news-list [part~="item"] [part~="title"]')
      .allTextContents()
      .then((t) => t.map((s) => s.trim()));
  await page.locator('letopis-archive letopis-news-list [part~="item"]').first().waitFor();
  const wordpress = await titles();
  await page.selectOption('#api', 'bitrix');
  await page.waitForURL(/api=bitrix/);
  await page.waitForFunction(() => document.getElementById('news')?.getAttribute('preset') === 'bitrix');
  await settled(page);
  await page.locator('letopis-archive letopis-news-list [part~="item"]').first().waitFor();
  const bitrix = await titles();
  // WordPress typesets quotes in titles (wptexturize: «»), a Bitrix export sends them as typed.
  const plain = (list) => JSON.stringify(list.map((t) => t.replace(/[«»“”„]/g, '"')));
  check(
    bitrix.length === 20 && plain(bitrix) === plain(wordpress),
    `the Bitrix preset shows the same day as WordPress (${bitrix.length} and ${wordpress.length} items)`,
  );
  await page.goto(`${origin}/?api=bitrix&news=3822`);
  const views = page.locator('letopis-archive letopis-article [part~="views"]');
  check(
    (await text(views)).includes('3822'),
    `the seed article of 8 February 2018 with its views: "${await text(views)}"`,
  );
  check(problems.length === 0, `no errors in the console${problems.length ? `: ${problems.join('; ')}` : ''}`);
  await context.close();
}

// ---- static files: no server logic at all -------------------------------
console.log('Static files (/static/{month}.json)');
{
  const { context, page, problems } = await reader();
  await page.goto(`${origin}/static.html`);
  const label = page.locator('letopis-archive letopis-calendar #label');
  await page.locator('letopis-archive letopis-calendar [part~="has-news"]').first().waitFor();
  check((await text(label)) === 'Январь 2026', 'finds the newest month with a file');
  await page.locator('letopis-archive letopis-calendar [data-date="2026-01-02"]').click();
  await page.waitForURL(/#\/2026-01-02$/);
  const items = page.locator('letopis-archive letopis-news-list [part~="item"]');
  await items.first().waitFor();
  check((await items.count()) === 20, 'the day from its month file, route="hash"');
  await screenshot(page, 'static-day');
  check(problems.length === 0, `no errors in the console${problems.length ? `: ${problems.join('; ')}` : ''}`);
  await context.close();
}

// ---- separate widgets on CMS pages --------------------------------------
console.log('Separate widgets on CMS pages');
{
  const { context, page, problems } = await reader();
  await page.goto(`${origin}/cms/`);
  // The sidebar calendar's days are links to the archive page.
  await page.locator('letopis-calendar').first().waitFor();
  const day = page.locator('letopis-calendar a[data-date="2026-01-02"]');
  await day.waitFor();
  check((await day.getAttribute('href')) === 'archive.html?date=2026-01-02', 'day links follow day-href');
  await screenshot(page, 'cms-index');
  await day.click();
  await page.waitForURL(/archive\.html\?date=2026-01-02/);
  const items = page.locator('letopis-news-list [part~="item"]');
  await items.first().waitFor();
  check(
    (await items.count()) === 10 && (await page.locator('letopis-news-list [part~="pager"]').count()) === 1,
    'the archive page reads date-param: the day, ten items a page and a pager',
  );
  const link = items.first().locator('[part~="title"]');
  const href = await link.getAttribute('href');
  check(/article\.html\?news=900001$/.test(href ?? ''), `items link to the article page: ${href}`);
  await link.click();
  await page.waitForURL(/article\.html\?news=900001/);
  const title = page.locator('letopis-article [part~="title"]');
  check((await text(title)).startsWith('На Ставрополье 2 января'), 'the article page reads id-param');
  check(problems.length === 0, `no errors in the console${problems.length ? `: ${problems.join('; ')}` : ''}`);
  await context.close();
}

// ---- a phone -------------------------------------------------------------
console.log('Phone');
{
  const { context, page, problems } = await reader({ width: 375, height: 800 });
  await page.goto(`${origin}/`);
  const list = page.locator('letopis-archive letopis-news-list');
  const calendar = page.locator('letopis-archive letopis-calendar');
  await calendar.locator('[part~="has-news"]').first().waitFor();
  const [l, c] = [await list.boundingBox(), await calendar.boundingBox()];
  check(!!l && !!c && c.y >= l.y + l.height - 1, 'the calendar goes below the list');
  check(!!c && c.x >= 0 && c.x + c.width <= 375, `the calendar fits the screen (${c?.width.toFixed(0)} px wide)`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  check(overflow <= 0, `no horizontal scrolling (${overflow} px)`);
  await calendar.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await screenshot(page, 'phone');
  await context.close();

  check(problems.length === 0, `no errors in the console${problems.length ? `: ${problems.join('; ')}` : ''}`);
  await context.close();
}

// ---- the real low-vision panel (bvi), as the portal runs it ---------------
console.log('Low-vision panel (bvi)');
{
  // bvi keeps its settings in cookies that expire a day after the page's "now": a clock frozen before the
  // real date would write them already expired. A clock far ahead keeps them, and labels stable.
  const { context, page, problems } = await reader({ now: new Date('2099-01-15T12:00:00+03:00') });
  await page.goto(`${origin}/?date=2026-01-02`);
  const items = page.locator('letopis-archive letopis-news-list [part~="item"]');
  await items.first().waitFor();
  const widgets = () =>
    page.evaluate(() => {
      const archive = document.querySelector('letopis-archive');
      const inner = [...archive.shadowRoot.querySelectorAll('letopis-calendar, letopis-news-list')];
      return [archive, ...inner].map((el) => el.getAttribute('data-letopis-scheme'));
    });
  await page.locator('.bvi-open').first().click();
  await page.locator('.bvi-body').waitFor({ state: 'attached' });
  // bvi's own defaults: white, images in grey.
  check(
    (await widgets()).every((s) => s === 'lv-white'),
    `the widgets take bvi's scheme: ${await widgets()}`,
  );
  for (const theme of ['white', 'black', 'blue', 'brown', 'green']) {
    await page.locator(`.bvi-theme-${theme}`).click();
    await page.waitForFunction(
      (want) => document.querySelector('letopis-archive')?.getAttribute('data-letopis-scheme') === want,
      `lv-${theme}`,
    );
    check(
      (await widgets()).every((s) => s === `lv-${theme}`),
      `bvi "${theme}": every widget in it`,
    );
    await screenshot(page, `bvi-${theme}`);
  }
  // Locators go through shadow roots.
  const images = page.locator('letopis-archive letopis-news-list img[part~="image"]');
  const alts = page.locator('letopis-archive letopis-news-list [part~="image"].alt');
  await page.locator('.bvi-images-off').click();
  await page.waitForFunction(() => !!document.querySelector('.bvi-body[data-bvi-images="false"]'));
  await images.first().waitFor({ state: 'detached' });
  const alt = await alts.count();
  check((await images.count()) === 0 && alt > 0, `images off: alt text instead of ${alt} thumbnails`);
  await page.locator('.bvi-images-on').click();
  await page.waitForFunction(() => !!document.querySelector('.bvi-body[data-bvi-images="true"]'));
  await images.first().waitFor({ state: 'attached' });
  check((await images.count()) > 0, 'images on: the thumbnails are back');

  // Its largest type: the calendar goes under the list, nothing wider than the page.
  for (let i = 0; i < 30; i++) await page.locator('.bvi-fontSize-plus').click();
  const size = await page.evaluate(() => document.querySelector('.bvi-body').getAttribute('data-bvi-fontsize'));
  await settled(page);
  const cal = await page.locator('letopis-archive letopis-calendar').boundingBox();
  const content = await page.locator('.content').boundingBox();
  check(
    !!cal && !!content && cal.x + cal.width <= content.x + content.width + 1,
    `bvi's largest type (${size} px): the calendar stays inside the page`,
  );
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  check(overflow <= 0, `bvi's largest type: no horizontal scrolling (${overflow} px)`);
  await page.locator('letopis-archive').evaluate((el) => el.scrollIntoView());
  await screenshot(page, 'bvi-large');

  // Its settings are cookies: the next page opens in them, before the widgets load.
  await page.goto(`${origin}/cms/index.html`);
  await page.locator('.bvi-body').waitFor({ state: 'attached' });
  await page.locator('letopis-calendar [part~="has-news"]').first().waitFor();
  const scheme = await page.locator('letopis-calendar').getAttribute('data-letopis-scheme');
  check(scheme === 'lv-green', `the next page opens in the panel's scheme (${scheme})`);
  await page.locator('[data-bvi="close"]').first().click();
  await page.waitForFunction(() => !document.querySelector('.bvi-body'));
  const back = await page
    .waitForFunction(() => !document.querySelector('letopis-calendar').hasAttribute('data-letopis-scheme'), null, {
      timeout: 5000,
    })
    .then(
      () => true,
      () => false,
    );
  check(back, 'switched off: the widgets are back in the page colours');
  check(problems.length === 0, `no errors in the console${problems.length ? `: ${problems.join('; ')}` : ''}`);
  await context.close();
}

// ---- one round: at most two script fetches in sequence before the first data request ----
console.log('One round (150 ms RTT, 1.6 Mbit/s)');
for (const row of await waves({ browser, origin })) {
  const scripts = row.chain.map((files) => files.length).join(' + ');
  check(
    row.waves <= 2,
    `${row.page}: ${row.waves} script fetches in sequence (${scripts} scripts) before ${row.firstData}, at ${row.firstDataAt} ms`,
  );
}

// ---- no layout shift while the data loads (test/e2e/layout-shift.mjs) ------
console.log('Layout shift: every demo page, desktop and phone, 150 ms RTT and 1.6 Mbit/s');
{
  const { layoutShift } = await import('./layout-shift.mjs');
  for (const { page, width, cls, sources } of await layoutShift({ browser, origin }))
    check(
      cls === 0,
      `${page}, ${width}: cumulative layout shift ${cls}${sources.length ? ` — ${sources.join('; ')}` : ''}`,
    );
}

await browser.close();
server.close();
if (update) console.log(`Baselines written for Chromium ${major}.`);
else console.log(`${checks - failures} of ${checks} checks passed (Chromium ${browser.version()}).`);
process.exit(failures ? 1 : 0);
