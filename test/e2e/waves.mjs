// One round: how many script fetches in sequence a demo page makes before
// its first data request, over an emulated mobile network (150 ms RTT,
// 1.6 Mbit/s down, 750 kbit/s up, the cache off), in Debian's Chromium.
//
//   node test/e2e/waves.mjs     print the table (needs `npm run build`)
//
// test/e2e/run.mjs imports `waves` and asserts the count (at most 2: the
// entry, then one parallel wave); the times are printed, never asserted.
//
// The rule, from the Chrome DevTools Protocol's Network events of the page:
// a script is a request for a file under /dist/; a data request is any
// fetch/XHR. Script B counts as after script A when B's request started
// once A's response had finished loading (on a network with 150 ms of
// latency, a module the browser found while reading A starts after A's
// end, and modules found together start together, well before any of them
// ends). A script's wave is 1 + the largest wave of the scripts that had
// finished before it started (the first script's is 1); `waves` is the
// largest wave among the scripts that started before the first data
// request: the length of the longest such chain.
import { SLOW_NETWORK, isMain, withDemo } from './demo-browser.mjs';

/** The demo pages, with the parameters their links carry (an article page shows an id). */
export const PAGES = [
  '/',
  '/static.html',
  '/cms/',
  '/cms/archive.html?date=2026-01-02',
  '/cms/article.html?news=900001',
];

/** Lighthouse's mobile throttling: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */

/**
 * Loads every demo page in a fresh context at the emulated network and
 * counts its waves. Resolves with one row a page: `waves` (the longest chain
 * of script fetches before the first data request), `scripts` (how many
 * script fetches started before it), `firstDataAt` (ms from the page's own
 * request to the first data request, emulated network), `chain` (the
 * scripts of each wave, by file name) and `firstData` (its URL).
 */
export async function waves({ browser, origin, pages = PAGES }) {
  const rows = [];
  for (const path of pages) rows.push(await measure(browser, origin, path));
  return rows;
}

async function measure(browser, origin, path) {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);

  /** requestId → { url, type, start, end } (seconds, CDP's monotonic clock). */
  const requests = new Map();
  let firstData;
  let resolveData;
  const dataSeen = new Promise((done) => (resolveData = done));
  cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp, type }) => {
    if (requests.has(requestId)) return; // a redirect keeps its id: the first start counts
    const entry = { url: request.url, type, start: timestamp, end: Infinity };
    requests.set(requestId, entry);
    if (!firstData && (type === 'Fetch' || type === 'XHR')) {
      firstData = entry;
      resolveData();
    }
  });
  const finished = ({ requestId, timestamp }) => {
    const entry = requests.get(requestId);
    if (entry) entry.end = timestamp;
  };
  cdp.on('Network.loadingFinished', finished);
  cdp.on('Network.loadingFailed', finished);

  await page.goto(origin + path, { waitUntil: 'commit' });
  const timeout = new Promise((_, fail) =>
    setTimeout(() => fail(new Error(`${path}: no data request within 30 s`)), 30_000),
  );
  await Promise.race([dataSeen, timeout]);
  const all = [...requests.values()];
  const documentStart = Math.min(...all.map((r) => r.start));
  const isScript = (r) => new URL(r.url).pathname.startsWith('/dist/');
  const before = all.filter((r) => isScript(r) && r.start < firstData.start).sort((a, b) => a.start - b.start);
  for (const script of before) {
    const earlier = before.filter((other) => other !== script && other.end <= script.start);
    script.wave = 1 + Math.max(0, ...earlier.map((other) => other.wave));
  }
  const count = Math.max(0, ...before.map((s) => s.wave));
  const chain = Array.from({ length: count }, (_, i) =>
    before.filter((s) => s.wave === i + 1).map((s) => s.url.slice(s.url.lastIndexOf('/') + 1)),
  );
  await context.close();
  return {
    page: path,
    waves: count,
    scripts: before.length,
    firstDataAt: Math.round((firstData.start - documentStart) * 1000),
    firstData: new URL(firstData.url).pathname + new URL(firstData.url).search,
    chain,
  };
}

/** The rows as a table, with each page's chain of waves under it. */
export function formatWaves(rows) {
  const lines = [
    `${'page'.padEnd(36)} ${'waves'.padStart(5)} ${'scripts'.padStart(7)} ${'first data at'.padStart(13)}`,
  ];
  for (const r of rows) {
    lines.push(
      `${r.page.padEnd(36)} ${String(r.waves).padStart(5)} ${String(r.scripts).padStart(7)} ${`${r.firstDataAt} ms`.padStart(13)}`,
    );
    r.chain.forEach((files, i) => lines.push(`    wave ${i + 1}: ${files.join(', ')}`));
    lines.push(`    then: ${r.firstData}`);
  }
  return lines.join('\n');
}

if (isMain(import.meta.url))
  await withDemo(async ({ browser, origin }) => {
    const rows = await waves({ browser, origin });
    console.log(
      `Script fetches in sequence before the first data request (${SLOW_NETWORK.latency} ms RTT, 1.6 Mbit/s; Chromium ${browser.version()})`,
    );
    console.log(formatWaves(rows));
  });
