// The cost of a month of marks (issue 12): a calendar's days query for each
// month of a generated WordPress archive (test/server/dataset.mjs) of 5 000
// and 50 000 items, served by the emulated WordPress (demo/api.mjs) gzipped
// as the demo server sends it. Per month switch: requests, sequential
// rounds, KB transferred, wall time and main-thread time (CDP TaskDuration);
// then the heap after 500 switches between months already known.
//   node scripts/bench/marks.mjs [bundle]   bundle: a module file exporting NewsSource (default dist/letopis.js)
// npm run bench runs it after the other measures (bench.mjs).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createApi } from '../../demo/api.mjs';
import { archiveItems } from '../../test/server/dataset.mjs';
import { CHROMIUM_ARGS, chromePath } from '../check/browsers.mjs';

/** Months switched through per size, newest data first: 2016-02 … 2017-04, then back. */
const MONTHS = Array.from({ length: 15 }, (_, i) => {
  const d = new Date(Date.UTC(2016, 1 + i, 1));
  return d.toISOString().slice(0, 7);
});

/** The printed lines; `figures`, when given, receives the switches of each size and the heap before and after, for bench.mjs's summary. */
export async function marksBench(
  bundle = fileURLToPath(new URL('../../dist/letopis.js', import.meta.url)),
  figures = {},
) {
  const dir = dirname(resolve(bundle));
  const entry = `/bundle/${basename(bundle)}`;
  const apis = { a5k: createApi(archiveItems(5_000)), a50k: createApi(archiveItems(50_000)) };
  let transferred = 0;
  let requests = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const [, scope] = url.pathname.split('/');
    if (apis[scope]) {
      // A route the emulated WordPress lacks (the letopis plugin's): 404, as a WordPress without the plugin answers.
      const answer = apis[scope](url) ?? {
        status: 404,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({
          code: 'rest_no_route',
          message: 'No route was found matching the URL and request method.',
        }),
      };
      const body = gzipSync(answer.body);
      const headers = { ...answer.headers, 'content-encoding': 'gzip', 'cache-control': 'no-cache' };
      requests++;
      transferred +=
        body.length + 17 + Object.entries(headers).reduce((n, [k, v]) => n + k.length + `${v}`.length + 4, 2);
      return res.writeHead(answer.status, headers).end(body);
    }
    if (url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><body>');
    const file = normalize(join(dir, decodeURIComponent(url.pathname.replace(/^\/bundle\//, ''))));
    if (!url.pathname.startsWith('/bundle/') || !file.startsWith(dir) || !existsSync(file))
      return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
  }).listen(0);
  const port = await new Promise((r) => server.on('listening', () => r(server.address().port)));
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(async (bundle) => {
    const { NewsSource } = await import(bundle);
    window.sources = {};
    window.calls = [];
    for (const scope of ['a5k', 'a50k'])
      window.sources[scope] = new NewsSource({
        endpoint: `/${scope}/wp-json/wp/v2/posts`,
        preset: 'wordpress',
        timeZone: 'Europe/Moscow',
        fetch: async (url, init) => {
          const call = { start: performance.now(), end: Infinity };
          window.calls.push(call);
          const res = await fetch(url, init);
          const text = await res.text();
          call.end = performance.now();
          return new Response(text, { status: res.status, headers: res.headers });
        },
      });
    /** The six-week grid of a month, Monday first. */
    window.grid = (month) => {
      const first = new Date(`${month}-01T00:00:00Z`);
      const from = new Date(+first - ((first.getUTCDay() + 6) % 7) * 86_400_000);
      const to = new Date(+from + 41 * 86_400_000);
      return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
    };
    window.rounds = () => {
      const sorted = [...window.calls].sort((a, b) => a.start - b.start);
      const round = [];
      sorted.forEach((r, i) => {
        let depth = 1;
        for (let j = 0; j < i; j++) if (sorted[j].end <= r.start) depth = Math.max(depth, round[j] + 1);
        round.push(depth);
      });
      return Math.max(0, ...round);
    };
  }, entry);
  const out = {};
  for (const scope of ['a5k', 'a50k']) {
    await page.evaluate(({ scope, m }) => window.sources[scope].days(window.grid(m)), { scope, m: MONTHS[0] });
    const switches = [];
    for (const month of MONTHS.slice(1)) {
      requests = 0;
      transferred = 0;
      const task = await metric('TaskDuration');
      const ms = await page.evaluate(
        async ({ scope, month }) => {
          window.calls = [];
          const t = performance.now();
          await window.sources[scope].days(window.grid(month));
          return performance.now() - t;
        },
        { scope, month },
      );
      const main = ((await metric('TaskDuration')) - task) * 1000;
      switches.push({ requests, kb: transferred / 1024, ms, main, rounds: await page.evaluate(() => window.rounds()) });
    }
    out[scope] = switches;
  }
  // 500 switches between months already known (the 50 000-item source), heap after a collection.
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heapBefore = await metric('JSHeapUsedSize');
  requests = 0;
  await page.evaluate(async (months) => {
    for (let i = 0; i < 500; i++) await window.sources.a50k.days(window.grid(months[i % months.length]));
  }, MONTHS);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapAfter = await metric('JSHeapUsedSize');
  Object.assign(figures, { switches: out, heapBefore, heapAfter, heapRequests: requests });
  const version = browser.version();
  await browser.close();
  server.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const max = (xs) => Math.max(...xs);
  const lines = [`month of marks (days query of a six-week grid, WordPress, gzip; Chromium ${version}):`];
  for (const [scope, label] of [
    ['a5k', '5 000'],
    ['a50k', '50 000'],
  ]) {
    const s = out[scope];
    lines.push(
      `  ${label.padStart(6)} items: requests median ${median(s.map((x) => x.requests))} max ${max(s.map((x) => x.requests))}, rounds max ${max(s.map((x) => x.rounds))}, KB median ${median(s.map((x) => x.kb)).toFixed(1)} max ${max(s.map((x) => x.kb)).toFixed(1)}, ms median ${median(s.map((x) => x.ms)).toFixed(0)}, main-thread ms median ${median(s.map((x) => x.main)).toFixed(1)} max ${max(s.map((x) => x.main)).toFixed(1)}   target ≤ 2 rounds, ≤ 60 KB, ≤ 50 ms`,
    );
  }
  lines.push(
    `  heap after 500 switches between known months (50 000 items): ${(heapBefore / 1e6).toFixed(1)} → ${(heapAfter / 1e6).toFixed(1)} MB, ${requests} requests   target growth ≤ 10 MB`,
  );
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  for (const line of await marksBench(process.argv[2])) console.log(line);
