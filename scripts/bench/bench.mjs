// npm run bench: how fast letopis is where readers are (issue 12), on this machine, against
// the built dist/ (run `npm run build` first), served by the demo server (compressing):
//   1. fresh loads of the demo pages at an emulated 150 ms RTT / 1.6 Mbit/s (loads.mjs)
//   2. Lighthouse 12 scores of every demo page, mobile and desktop (lighthouse.mjs)
//   3. month switch vs Cally, and key press to updated grid (switch.mjs)
//   4. a month of marks at 5 000 and 50 000 items, heap over 500 switches (marks.mjs)
//   5. the page benchmarks of earlier issues (test/bench/bench.js)
// then a summary: each goal of the issue, the figure, met or not. Figures are printed, never
// asserted: this machine is shared and noisy. Debian Chromium through playwright-core.
//   npm run bench               the full run (about 6–8 minutes)
//   npm run bench -- --quick    for development: 2 loads a page, Lighthouse mobile only, shorter passes
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromePath } from '../check/browsers.mjs';
import { pageLoads, NETWORK } from './loads.mjs';
import { lighthouseRuns } from './lighthouse.mjs';
import { marksBench } from './marks.mjs';
import { startBenchServer } from './server.mjs';
import { monthSwitch } from './switch.mjs';
import { fixed, max, median, p95, printTable } from './table.mjs';

const quick = process.argv.includes('--quick');
if (!existsSync('dist/letopis.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const LOADS = quick ? 2 : 7;
const LOAD_PAGES = ['/', '/static.html', '/cms/'];
const LIGHTHOUSE_PAGES = ['/', '/static.html', '/cms/', '/cms/archive.html', '/cms/article.html'];
const PRESETS = quick ? ['mobile'] : ['mobile', 'desktop'];
const started = Date.now();

const server = await startBenchServer();
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
const osName = existsSync('/etc/os-release')
  ? (/^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os.type())
  : os.type();
const cpus = os.cpus();
console.log(`npm run bench${quick ? ' --quick' : ''}: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
console.log(
  `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; ${osName}; Node ${process.version}; Chromium ${browser.version()} (${chromePath}, headless); load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} at the start (other work shares this machine)`,
);

// 1. Fresh loads.
const progress = (what) => console.error(`[${fixed((Date.now() - started) / 1000)} s] ${what}`);
progress(`${LOADS} fresh loads of ${LOAD_PAGES.join(', ')}`);
const loads = await pageLoads(browser, server.origin, LOAD_PAGES, LOADS);
const ms = (xs) => fixed(median(xs));
printTable(
  `1. Fresh loads at ${NETWORK.latency} ms latency, ${fixed(NETWORK.downloadThroughput * 8e-6, 1)} Mbit/s down (CDP Network.emulateNetworkConditions, CPU not slowed), 1350×940, ${LOADS} loads a page; ms from navigation start`,
  [
    'page',
    '1st data request',
    'first marks med',
    'p95',
    'first item med',
    'p95',
    'script waves before data',
    'data requests before marks',
    'longest task med',
    'max',
    'TBT med',
    'max',
    'CLS max',
  ],
  LOAD_PAGES.map((path) => {
    const s = loads[path];
    const col = (k) => s.map((x) => x[k]);
    return [
      path,
      ms(col('dataRequest')),
      ms(col('marks')),
      fixed(p95(col('marks'))),
      ms(col('item')),
      fixed(p95(col('item'))),
      fixed(median(col('waves'))),
      fixed(median(col('dataBeforeMarks'))),
      fixed(median(col('longest'))),
      fixed(max(col('longest'))),
      fixed(median(col('tbt'))),
      fixed(max(col('tbt'))),
      fixed(max(col('cls')), 3),
    ];
  }),
  [
    'first marks: a marked day ([part~=has-news]) in a frame; first item: a news row ([part~=item]); both seen at animation frames.',
    'script waves: script fetches of the letopis module graph in sequence before the first data request left (CDP request log).',
    'data requests before marks: data responses (WordPress, Bitrix, static files) complete when the first marks showed.',
    'longest task: the renderer main thread (trace) from navigation start to 1 s after the first screen; TBT: the same tasks after first contentful paint, each beyond 50 ms.',
    'CLS: layout-shift entries in session windows (1 s gap, 5 s), the largest window, worst load.',
  ],
);

// 3. Month switch vs Cally (before Lighthouse, while this browser is warm).
progress('month switch vs Cally');
const sw = await monthSwitch(browser, server.origin, quick ? { passes: 1, presses: 10 } : {});
const ratio = median(sw.letopis) / median(sw.cally);
const netRatio = (median(sw.letopis) - median(sw.driver)) / (median(sw.cally) - median(sw.driver));
const keyWork = sw.keys.map((k) => k.work);

// 4. Marks.
progress('a month of marks at 5 000 and 50 000 items (marks.mjs)');
const marks = {};
await marksBench(undefined, marks);

// 5. The page benchmarks of earlier issues.
progress('page benchmarks of earlier issues');
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(`${server.origin}/test/bench/bench.html`);
const earlier = await page.evaluate(() => window.runBenchmarks());
await page.close();
await browser.close();

// 2. Lighthouse, in a Chromium of its own, once the other measures are done.
progress(`Lighthouse: ${LIGHTHOUSE_PAGES.length} pages × ${PRESETS.join(', ')}`);
const lh = await lighthouseRuns(server.origin, LIGHTHOUSE_PAGES, PRESETS);
await server.close();

printTable(
  `2. Lighthouse ${lh[0]?.version ?? ''} (performance, accessibility, best practices; mobile: its default simulated 150 ms RTT, 1.6 Mbit/s, 4× CPU slowdown; desktop: desktop-config)`,
  [
    'page',
    'preset',
    'performance',
    'accessibility',
    'best practices',
    'TBT ms',
    'CLS',
    'LCP ms',
    'performance audits under 100',
  ],
  lh.map((r) => [
    r.path,
    r.preset,
    r.scores.performance,
    r.scores.accessibility,
    r.scores['best-practices'],
    fixed(r.tbt),
    fixed(r.cls, 3),
    fixed(r.lcp),
    r.error ? `error: ${r.error}` : r.missed.join(', ') || '—',
  ]),
);

printTable(
  `3. Month switch, letopis vs Cally 0.9.2, cached (passes after the first over the same ${sw.shown.letopis.length} months), one page, one driver: click on [part~=next], then the next month in a rendered frame; main-thread ms (CDP TaskDuration delta)`,
  ['calendar', 'median', 'p95', 'n'],
  [
    ['letopis-calendar', fixed(median(sw.letopis), 2), fixed(p95(sw.letopis), 2), sw.letopis.length],
    ['Cally <calendar-date>', fixed(median(sw.cally), 2), fixed(p95(sw.cally), 2), sw.cally.length],
    [
      'the driver alone (same waits, no click)',
      fixed(median(sw.driver), 2),
      fixed(p95(sw.driver), 2),
      sw.driver.length,
    ],
    ['letopis key press to updated grid: work', fixed(median(keyWork), 2), fixed(p95(keyWork), 2), keyWork.length],
    ...[
      ['dom', '  of it: key event to the new month in the grid'],
      ['render', '  of it: the next frame’s rendering'],
      ['toFrame', '  key event to after the next frame (incl. the wait for it)'],
    ].map(([k, label]) => {
      const xs = sw.keys.map((x) => x[k]);
      return [label, fixed(median(xs), 2), fixed(p95(xs), 2), xs.length];
    }),
  ],
  [
    `ratio letopis / Cally: ${fixed(ratio, 2)} (medians as measured), ${fixed(netRatio, 2)} without the driver's share; data requests during the timed passes and key presses: ${sw.requests.length}${sw.requests.length ? ` (${sw.requests.map((u) => new URL(u).search).join(', ')})` : ''}.`,
    `months shown: letopis ${sw.shown.letopis[0]} … ${sw.shown.letopis.at(-1)}, Cally ${sw.shown.cally[0]} … ${sw.shown.cally.at(-1)}.`,
    'key press: ArrowRight on the focused day until the month changes (ArrowLeft back, untimed); work = key event until the new month is in the grid, plus the next frame’s rendering (its animation-frame callback to the task after it).',
  ],
);

const sizes = [
  ['a5k', '5 000'],
  ['a50k', '50 000'],
];
const heapGrowth = (marks.heapAfter - marks.heapBefore) / 1e6;
printTable(
  '4. A month of marks (a six-week grid’s days query, WordPress, gzip; marks.mjs): per month switch over 14 months',
  ['items', 'requests med', 'max', 'rounds max', 'KB med', 'KB max', 'wall ms med', 'main-thread ms med', 'max'],
  sizes.map(([key, label]) => {
    const s = marks.switches[key];
    const col = (k) => s.map((x) => x[k]);
    return [
      label,
      fixed(median(col('requests'))),
      fixed(max(col('requests'))),
      fixed(max(col('rounds'))),
      fixed(median(col('kb')), 1),
      fixed(max(col('kb')), 1),
      fixed(median(col('ms'))),
      fixed(median(col('main')), 1),
      fixed(max(col('main')), 1),
    ];
  }),
  [
    `heap after 500 switches between known months (50 000 items): ${fixed(marks.heapBefore / 1e6, 1)} → ${fixed(marks.heapAfter / 1e6, 1)} MB (${heapGrowth >= 0 ? '+' : ''}${fixed(heapGrowth, 1)} MB), ${marks.heapRequests} requests.`,
  ],
);

const targets = {
  'normalise 10 000 items: all fields (list query)': 'median ≤ 50 ms',
  'calendar: key press to updated grid (cached month)': 'median ≤ 4 ms',
  'list of 10 000: first render (data cached)': 'median ≤ 100 ms',
  'list of 10 000: frame time while scrolling': 'p95 ≤ 16 ms',
};
printTable(
  '5. Page benchmarks of earlier issues (test/bench/bench.js, data in memory), ms',
  ['measure', 'median', 'p95', 'n', 'target'],
  Object.entries(earlier)
    .filter(([, v]) => Array.isArray(v))
    .map(([name, v]) => [name, fixed(median(v), 2), fixed(p95(v), 2), v.length, targets[name] ?? '']),
  Object.entries(earlier.counts ?? {}).map(([name, value]) => `${name}: ${value}`),
);

// The summary: each goal of issue 12.
const all = (k) => LOAD_PAGES.flatMap((p) => loads[p].map((x) => x[k]));
const worst = (rows, key, pick = Math.max) => {
  const value = pick(...rows.map(key));
  const at = rows.filter((r) => key(r) === value).map((r) => `${r.path} ${r.preset}`);
  return { value, at: at.slice(0, 3).join(', ') + (at.length > 3 ? ` +${at.length - 3}` : '') };
};
const perf = worst(lh, (r) => r.scores.performance, Math.min);
const a11y = worst(lh, (r) => r.scores.accessibility, Math.min);
const mobile = lh.filter((r) => r.preset === 'mobile');
const tbt = worst(mobile, (r) => r.tbt);
const lhCls = worst(lh, (r) => r.cls);
const loadCls = Math.max(...all('cls'));
const clsPage = LOAD_PAGES.find((p) => loads[p].some((x) => x.cls === loadCls));
const home = loads['/'];
const big = marks.switches.a50k;
const yes = (ok) => (ok ? 'yes' : 'NO');
const rows = [
  [
    'one round: ≤ 2 script fetches in sequence before the first data request',
    `${LOAD_PAGES.map((p) => `${p} ${fixed(median(loads[p].map((x) => x.waves)))}`).join(', ')}`,
    yes(LOAD_PAGES.every((p) => median(loads[p].map((x) => x.waves)) <= 2)),
  ],
  [
    'first marked day and first news item on / ≤ 1.3 s (median, 150 ms RTT / 1.6 Mbit/s)',
    `marks ${fixed(median(home.map((x) => x.marks)) / 1000, 2)} s, item ${fixed(median(home.map((x) => x.item)) / 1000, 2)} s`,
    yes(Math.max(median(home.map((x) => x.marks)), median(home.map((x) => x.item))) <= 1300),
  ],
  [
    'no shift: CLS 0.00 on every demo page (fresh loads at desktop width; Lighthouse ' + PRESETS.join(' and ') + ')',
    `loads ${fixed(loadCls, 3)} (${clsPage}), Lighthouse ${fixed(lhCls.value, 3)} (${lhCls.at})`,
    yes(loadCls < 0.005 && lhCls.value < 0.005),
  ],
  [
    `Lighthouse performance 100 on every demo page, ${PRESETS.join(' and ')}`,
    `lowest ${perf.value} (${perf.at})`,
    yes(perf.value >= 100) + (quick ? ' (mobile only: --quick)' : ''),
  ],
  [
    'Lighthouse accessibility 100 (with the accessibility issue)',
    `lowest ${a11y.value} (${a11y.at})`,
    yes(a11y.value >= 100),
  ],
  [
    'total blocking time ≤ 50 ms on mobile (Lighthouse)',
    `highest ${fixed(tbt.value)} ms (${tbt.at})`,
    yes(tbt.value <= 50),
  ],
  [
    'no task over 50 ms while rendering the first screen (fresh loads)',
    `longest ${fixed(Math.max(...all('longest')))} ms`,
    yes(Math.max(...all('longest')) <= 50),
  ],
  [
    'month of marks at 50 000 items: ≤ 2 sequential rounds',
    `max ${max(big.map((x) => x.rounds))}`,
    yes(max(big.map((x) => x.rounds)) <= 2),
  ],
  ['… ≤ 60 KB transferred', `max ${fixed(max(big.map((x) => x.kb)), 1)} KB`, yes(max(big.map((x) => x.kb)) <= 60)],
  [
    '… ≤ 50 ms main-thread time',
    `median ${fixed(median(big.map((x) => x.main)), 1)} ms (max ${fixed(max(big.map((x) => x.main)), 1)})`,
    yes(median(big.map((x) => x.main)) <= 50),
  ],
  ['heap growth ≤ 10 MB over 500 switches', `${fixed(heapGrowth, 1)} MB`, yes(heapGrowth <= 10)],
  [
    'static files with index.json: first marks after one request (/static.html)',
    `${fixed(median(loads['/static.html'].map((x) => x.dataBeforeMarks)))} data requests before the first marks`,
    yes(median(loads['/static.html'].map((x) => x.dataBeforeMarks)) <= 1),
  ],
  [
    'month switch (cached) ≤ 0.5 × Cally’s main-thread time',
    `${fixed(ratio, 2)} × (${fixed(median(sw.letopis), 1)} / ${fixed(median(sw.cally), 1)} ms; ${fixed(netRatio, 2)} × without the driver)`,
    yes(ratio <= 0.5),
  ],
  ['key press to updated grid ≤ 4 ms median', `${fixed(median(keyWork), 2)} ms`, yes(median(keyWork) <= 4)],
  [
    'the demo server compresses',
    `dist/letopis.js sent as ${[...new Set(all('encoding'))].join(', ')}`,
    yes(all('encoding').every((e) => e === 'br' || e === 'gzip')),
  ],
];
printTable('Summary: the goals of issue 12', ['goal', 'figure', 'met?'], rows, [
  `${rows.filter((r) => r[2].startsWith('yes')).length} of ${rows.length} met; the whole run took ${fixed((Date.now() - started) / 1000)} s; load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} at the end.`,
]);
