// Fresh loads of demo pages at an emulated mobile network (npm run bench, section 1).
// Each load: a new browser context (empty cache), CDP Network.emulateNetworkConditions
// (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up; the CPU is not slowed), a trace of
// the renderer's main thread, and an init script that notes, at every frame, when the
// first marked day (`[part~=has-news]`) and the first news item (`[part~=item]`) are in
// any letopis element's shadow root, and sums layout shifts into CLS (session windows
// of 1 s gap and 5 s length, as Chromium's CLS). From the CDP request log: when the
// first data request left and how many script fetches ran in sequence before it.

/** The network of the issue: 150 ms round trip, 1.6 Mbit/s down. */
import { SLOW_NETWORK as NETWORK } from '../../test/e2e/demo-browser.mjs';

/** The network the loads are made at (the end-to-end checks' own). */
export { NETWORK };

/** A data request of the demo: its WordPress and Bitrix endpoints and its static files. */
const DATA = /\/(wp-json|bitrix|static)\//;

function initScript() {
  const t = { marks: NaN, item: NaN, cls: 0, shifts: 0, dataBeforeMarks: NaN };
  window.__bench = t;
  let session = 0;
  let first = 0;
  let last = -Infinity;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      t.shifts++;
      if (e.startTime - last < 1000 && e.startTime - first < 5000) session += e.value;
      else [session, first] = [e.value, e.startTime];
      last = e.startTime;
      t.cls = Math.max(t.cls, session);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const TAGS = 'letopis-archive, letopis-calendar, letopis-news-list, letopis-article';
  const find = (root, selector) => {
    for (const el of root.querySelectorAll(TAGS)) {
      const hit = el.shadowRoot && (el.shadowRoot.querySelector(selector) ?? find(el.shadowRoot, selector));
      if (hit) return hit;
    }
    return null;
  };
  const poll = () => {
    const now = performance.now();
    if (Number.isNaN(t.marks) && find(document, '[part~="has-news"]')) {
      t.marks = now;
      t.dataBeforeMarks = performance
        .getEntriesByType('resource')
        .filter((e) => /\/(wp-json|bitrix|static)\//.test(e.name)).length;
    }
    if (Number.isNaN(t.item) && find(document, '[part~="item"]')) t.item = now;
    if (Number.isNaN(t.marks) || Number.isNaN(t.item)) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/**
 * Script fetches in sequence before `request` left: a script's depth is one more than the
 * deepest script of the same module graph (the same parser-inserted root, followed through
 * the CDP initiators) that had finished when it started.
 */
function wavesBefore(request, log) {
  const byUrl = new Map(log.map((r) => [r.url, r]));
  const rootOf = (r) => {
    const seen = new Set();
    while (r && r.initiator && byUrl.get(r.initiator)?.type === 'Script' && !seen.has(r)) {
      seen.add(r);
      r = byUrl.get(r.initiator);
    }
    return r?.url;
  };
  const scripts = log.filter((r) => r.type === 'Script' && r.end).sort((a, b) => a.start - b.start);
  const depth = new Map();
  const depthOf = (r) => {
    if (depth.has(r)) return depth.get(r);
    const family = rootOf(r);
    let d = 0;
    for (const s of scripts) if (s !== r && s.end <= r.start && rootOf(s) === family) d = Math.max(d, depthOf(s));
    depth.set(r, d + 1);
    return d + 1;
  };
  return depthOf(request) - 1;
}

/** A main-thread task in a trace: its name in older and in newer Chromium. */
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The renderer main thread's tasks of the trace, in ms from navigation start; and first contentful paint. */
function tasksOf(trace, url) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url && mains.has(`${e.pid}:${e.tid}`),
  );
  if (!nav) return { tasks: [], fcp: NaN };
  const main = `${nav.pid}:${nav.tid}`;
  // Top-level tasks only (a nested run loop's tasks lie inside their parent's).
  const tasks = [];
  let end = -Infinity;
  for (const e of events
    .filter((e) => TASK.has(e.name) && e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.ts >= nav.ts)
    .sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    tasks.push({ start: (e.ts - nav.ts) / 1000, dur: e.dur / 1000 });
  }
  const fcp = events.find(
    (e) => e.name === 'firstContentfulPaint' && e.args?.data?.navigationId === nav.args.data.navigationId,
  );
  return { tasks, fcp: fcp ? (fcp.ts - nav.ts) / 1000 : NaN };
}

/** One fresh load of `url`: times in ms from navigation start. */
async function load(browser, url, viewport) {
  const context = await browser.newContext({ viewport, locale: 'ru-RU' });
  await context.addInitScript(initScript);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  const log = [];
  const byId = new Map();
  let encoding = '';
  cdp.on('Network.requestWillBeSent', (e) => {
    const initiator =
      e.initiator.url ?? e.initiator.stack?.callFrames?.[0]?.url ?? e.initiator.stack?.parent?.callFrames?.[0]?.url;
    const r = { url: e.request.url, type: e.type, initiator, start: e.timestamp, end: 0 };
    log.push(r);
    byId.set(e.requestId, r);
  });
  cdp.on('Network.responseReceived', (e) => {
    if (e.response.url.endsWith('/dist/letopis.js')) encoding = e.response.headers['content-encoding'] ?? 'none';
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (byId.has(e.requestId)) byId.get(e.requestId).end = e.timestamp;
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'loading', 'blink.user_timing'] });
  await page.goto(url);
  const t = await page
    .waitForFunction(
      () => !Number.isNaN(window.__bench.marks) && !Number.isNaN(window.__bench.item) && window.__bench,
      null,
      {
        timeout: 30_000,
        polling: 100,
      },
    )
    .then((h) => h.jsonValue())
    .catch(() => page.evaluate(() => window.__bench));
  await page.waitForTimeout(1000); // late shifts and trailing tasks of the first screen
  const { cls, shifts } = await page.evaluate(() => window.__bench);
  const { tasks, fcp } = tasksOf(await browser.stopTracing(), url);
  await context.close();
  // The first screen: from navigation start to a second after both the marks and the first item show.
  const end = Math.max(t.marks, t.item) + 1000;
  const firstScreen = tasks.filter((x) => x.start < end);
  const doc = log.find((r) => r.type === 'Document');
  const data = log.find((r) => DATA.test(new URL(r.url).pathname));
  return {
    marks: t.marks,
    item: t.item,
    cls,
    shifts,
    dataBeforeMarks: t.dataBeforeMarks,
    dataRequest: data && doc ? (data.start - doc.start) * 1000 : NaN,
    waves: data ? wavesBefore(data, log) : NaN,
    longest: Math.max(0, ...firstScreen.map((x) => x.dur)),
    tbt: firstScreen.filter((x) => x.start >= fcp).reduce((n, x) => n + Math.max(0, x.dur - 50), 0),
    encoding,
  };
}

/** `loads` fresh loads of each of `paths` under `origin`, one after another; the samples per path. */
export async function pageLoads(browser, origin, paths, loads, viewport = { width: 1350, height: 940 }) {
  const out = {};
  for (const path of paths) {
    out[path] = [];
    for (let i = 0; i < loads; i++) out[path].push(await load(browser, origin + path, viewport));
  }
  return out;
}
