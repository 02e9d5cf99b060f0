// The WordPress plugin in a real WordPress (scripts/wordpress/start.mjs), driven in Debian's Chromium:
// the shortcode's and the block's archive pages show the seeded posts' marks with their exact counts,
// one `letopis/v1/days` request per month shown (the plugin's route, announced once in the console),
// the day's items, and no lead that repeats the body (WordPress's generated excerpts).
//
//   npm run wordpress   (start, PHP checks, this, stop: scripts/wordpress/run.mjs)
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromePath } from '../../scripts/check/browsers.mjs';

const seed = JSON.parse(readFileSync(new URL('../../scripts/wordpress/posts.json', import.meta.url), 'utf8'));
const published = seed.posts.filter((p) => (p.status ?? 'publish') === 'publish');

/** The oracle: published posts per site day (their dates are written in the site's zone). */
function expectedMarks(from, to) {
  const counts = {};
  for (const p of published) {
    const day = p.date.slice(0, 10);
    if (day >= from && day <= to) counts[day] = (counts[day] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort());
}

/** The six weeks a month's grid shows, Monday first. */
function grid(month) {
  const first = new Date(`${month}-01T00:00:00Z`);
  const start = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86_400_000);
  const end = new Date(start.getTime() + 41 * 86_400_000);
  return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
}

/**
 * Runs the checks against the WordPress at `origin`; `check(ok, what)` counts them.
 * @param {{ origin: string, check: (ok: boolean, what: string) => void }} options
 */
export async function testWordPress({ origin, check }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    for (const path of ['/shortcode/', '/block/']) {
      console.log(`WordPress ${path}`);
      // The reader far from the site's zone; the widgets speak the page's language (WordPress's en-US).
      const context = await browser.newContext({ locale: 'ru-RU', timezoneId: 'Asia/Vladivostok' });
      const page = await context.newPage();
      const problems = [];
      const infos = [];
      const requests = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
        if (m.type() === 'info' && m.text().startsWith('letopis:')) infos.push(m.text());
      });
      page.on('request', (r) => requests.push(decodeURIComponent(r.url().replace(origin, ''))));
      const days = () => requests.filter((u) => u.includes('/letopis/v1/days'));
      const calendar = page.locator('letopis-archive letopis-calendar');
      /** The marked days of the archive's calendar and their counts (from the day's label). */
      const marks = async () =>
        Object.fromEntries(
          await calendar
            .locator('[part~="has-news"]')
            .evaluateAll((days) => days.map((d) => [d.dataset.date, parseInt(d.getAttribute('aria-label'), 10)])),
        );
      const showMonth = async (month, label) => {
        await page.waitForFunction(
          ([label]) => {
            const cal = document.querySelector('letopis-archive')?.shadowRoot?.querySelector('letopis-calendar');
            const root = cal?.shadowRoot;
            return (
              root?.querySelector('#label')?.textContent?.trim() === label &&
              !root.querySelector('[aria-busy="true"]') &&
              root.querySelector('[part~="has-news"]')
            );
          },
          [label],
        );
        const [from, to] = grid(month);
        const want = expectedMarks(from, to);
        const got = await marks();
        check(JSON.stringify(got) === JSON.stringify(want), `${label}: marks ${JSON.stringify(got)}`);
      };

      await page.goto(`${origin}${path}`);
      await showMonth('2017-12', 'December 2017');
      await calendar.locator('[part~="prev"]').click();
      await showMonth('2017-11', 'November 2017');
      await calendar.locator('[part~="prev"]').click();
      await showMonth('2017-10', 'October 2017');
      check(days().length === 3, `one letopis/v1/days request per month shown: ${days().length} for 3 months`);
      check(
        days().every((u) => /^\/wp-json\/letopis\/v1\/days\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/.test(u)),
        `the route's own URLs: ${days().join(' ')}`,
      );
      const fieldsOnly = requests.filter((u) => u.includes('_fields=id,date,date_gmt'));
      check(fieldsOnly.length <= 1, `at most the first month's first fields-only page besides (${fieldsOnly.length})`);
      check(
        infos.length === 1 && infos[0].includes("using the letopis plugin's days route"),
        `announced once: ${JSON.stringify(infos)}`,
      );

      // A day: its items, and no lead where WordPress made the excerpt from the body.
      const list = page.locator('letopis-archive letopis-news-list');
      const items = list.locator('[part~="item"]');
      const itemsOf = async (date, titles) => {
        await calendar.locator(`[data-date="${date}"]`).click();
        await page.waitForURL(new RegExp(`date=${date}`));
        await page.waitForFunction(
          (n) =>
            document
              .querySelector('letopis-archive')
              ?.shadowRoot?.querySelector('letopis-news-list')
              ?.shadowRoot?.querySelectorAll('[part~="item"]').length === n,
          titles.length,
        );
        const got = await items.evaluateAll((rows) =>
          rows.map((row) => [
            row.querySelector('[part~="title"]')?.textContent.trim(),
            row.querySelector('[part~="lead"]')?.textContent.trim() ?? null,
          ]),
        );
        check(JSON.stringify(got) === JSON.stringify(titles), `${date}: ${JSON.stringify(got)}`);
      };
      await itemsOf('2017-10-31', [['Поздно вечером 31 октября', null]]);
      await calendar.locator('[part~="next"]').click();
      await showMonth('2017-11', 'November 2017');
      await itemsOf('2017-11-01', [
        ['Короткая новость 1 ноября', null],
        ['Сразу после полуночи 1 ноября', 'Ночной концерт на набережной собрал тысячу зрителей.'],
      ]);
      // The article: the body once, no lead above it.
      await items.locator('[part~="title"]', { hasText: 'Короткая новость' }).click();
      const article = page.locator('letopis-archive letopis-article');
      await article.locator('[part~="body"]').waitFor();
      check(
        (await article.locator('[part~="lead"]').count()) === 0 &&
          (await article.locator('[part~="body"]').textContent()).trim() === 'Короткий текст без анонса.',
        'the article shows its body once, with no lead',
      );
      check(problems.length === 0, `no console errors or warnings${problems.length ? `: ${problems.join('; ')}` : ''}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
