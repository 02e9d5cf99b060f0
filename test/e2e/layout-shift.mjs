// Cumulative layout shift of every demo page while its data loads: each page
// at a desktop and a phone width, in a fresh context, over a throttled
// network (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, through CDP), with
// `layout-shift` entries collected by a PerformanceObserver added before any
// script of the page runs. Entries after input (hadRecentInput) are not
// counted, as CLS does not count them.
//
//   node test/e2e/layout-shift.mjs                 starts the demo server over dist/ and prints the table (needs `npm run build`)
//   node test/e2e/layout-shift.mjs --no-throttle   the same over the unthrottled local network
//
// test/e2e/run.mjs imports `layoutShift` and asserts the figures.
import { NO_THROTTLING, SLOW_NETWORK, isMain, withDemo } from './demo-browser.mjs';

/** The demo pages, and what shows that their widgets have settled. */
export const PAGES = [
  { page: '/', wait: ['list', 'calendar'] },
  { page: '/static.html', wait: ['list', 'calendar'] },
  { page: '/cms/', wait: ['list', 'calendar'] },
  { page: '/cms/archive.html', wait: ['list', 'calendar'] },
  // The article page as a reader reaches it, from an item's link.
  { page: '/cms/article.html?news=900001', wait: ['article', 'calendar'] },
];

/** A desktop window and a phone (a Pixel 7's screen: 412×823 CSS px at 2.625 device pixels each). */
export const WIDTHS = {
  desktop: { viewport: { width: 1350, height: 940 } },
  phone: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true },
};

/** The network of a reader on a slow mobile connection (CDP takes bytes per second). */

/** The reader's clock, as in run.mjs: the demo's data ends in January 2026, and labels depend on the current year. */
const NOW = new Date('2026-11-23T12:00:00+03:00');

/** Runs in the page before its scripts: every layout shift, with the nodes that moved, described. */
function observeShifts() {
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? `#${node.nodeName.toLowerCase()}` : '(gone)';
    const part = node.getAttribute('part');
    const name = `${node.localName}${node.id ? `#${node.id}` : ''}${part ? `[part="${part}"]` : ''}${
      node.classList.length ? `.${[...node.classList].join('.')}` : ''
    }`;
    const host = node.getRootNode()?.host;
    return host ? `${describe(host)} › ${name}` : name;
  };
  const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shifts.push({
        value: entry.value,
        time: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map(
          (s) => `${describe(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`,
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** True once every widget named in `wait` shows its data (through shadow roots) and nothing is loading. */
function widgetsSettled(wait) {
  const all = (root, selector, out = []) => {
    out.push(...root.querySelectorAll(selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) all(el.shadowRoot, selector, out);
    return out;
  };
  const shown = {
    list: '[part~="item"]',
    calendar: '[part~="has-news"]',
    article: '[part~="title"]',
  };
  if (!wait.every((what) => all(document, shown[what]).length > 0)) return false;
  return all(document, '[aria-busy="true"],[part~="loading"]').length === 0;
}

/**
 * Loads every demo page at both widths, each in a fresh context over the
 * throttled network, and returns its cumulative layout shift: rows of
 * `{ page, width, cls, sources }`, `sources` the moved nodes of each shift
 * (for finding where one comes from). `network`: other conditions for CDP's
 * Network.emulateNetworkConditions (latency 0 and throughputs -1: none).
 */
export async function layoutShift({ browser, origin, network = SLOW_NETWORK }) {
  const rows = [];
  for (const { page: path, wait } of PAGES) {
    for (const [width, options] of Object.entries(WIDTHS)) {
      const context = await browser.newContext({
        ...options,
        locale: 'ru-RU',
        timezoneId: 'Europe/Moscow',
        reducedMotion: 'reduce',
      });
      await context.clock.setFixedTime(NOW);
      await context.addInitScript(observeShifts);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(widgetsSettled, wait, { timeout: 60_000, polling: 50 });
      await page.evaluate(() => document.fonts.ready);
      // Late work (images, a thumbnail's decode, the scrollbar) has its second to move things.
      await page.waitForTimeout(1000);
      const shifts = await page.evaluate(() => window.__shifts);
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      rows.push({
        page: path,
        width,
        cls,
        sources: shifts.map((s) => `${s.value.toFixed(4)} at ${s.time} ms: ${s.sources.join('; ')}`),
      });
      await context.close();
    }
  }
  return rows;
}

/** The table of rows, a line each, and the shifts under each row that has some. */
export function formatRows(rows, { sources = true } = {}) {
  const lines = [];
  for (const { page, width, cls, sources: moved } of rows) {
    lines.push(`${page.padEnd(32)} ${width.padEnd(8)} CLS ${cls.toFixed(4)}`);
    if (sources) for (const s of moved) lines.push(`    ${s}`);
  }
  return lines.join('\n');
}

if (isMain(import.meta.url))
  await withDemo(async ({ browser, origin }) => {
    const fast = process.argv.includes('--no-throttle');
    const rows = await layoutShift({ browser, origin, network: fast ? NO_THROTTLING : SLOW_NETWORK });
    const how = fast ? 'no throttling' : '150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up';
    console.log(`Cumulative layout shift while data loads (Chromium ${browser.version()}, ${how}):`);
    console.log(formatRows(rows));
  });
