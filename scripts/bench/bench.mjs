// npm run bench: timings in headless Chromium against the built dist/letopis.js
// (run `npm run build` first). Prints median and p95 of every measure; the
// targets (from the issues) are printed beside them for reading, not enforced:
// this machine is shared and noisy, so speed is reported, never asserted.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromePath } from '../check/browsers.mjs';

const root = process.cwd();
if (!existsSync('dist/letopis.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.map': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(root) || !existsSync(path)) return res.writeHead(404).end();
  res
    .writeHead(200, { 'content-type': `${types[extname(path)] ?? 'application/octet-stream'}; charset=utf-8` })
    .end(readFileSync(path));
}).listen(0);
const port = await new Promise((r) => server.on('listening', () => r(server.address().port)));

const browser = await chromium.launch({
  executablePath: chromePath,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(`http://127.0.0.1:${port}/test/bench/bench.html`);
const results = await page.evaluate(() => window.runBenchmarks());
await browser.close();
server.close();

const targets = {
  'normalise 10 000 items: all fields (list query)': 'median ≤ 50 ms',
  'calendar: key press to updated grid (cached month)': 'median ≤ 4 ms',
  'list of 10 000: first render (data cached)': 'median ≤ 100 ms',
  'list of 10 000: frame time while scrolling': 'p95 ≤ 16 ms',
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
console.log(`Chromium ${browser.version()} headless; ms unless stated`);
for (const [name, samples] of Object.entries(results)) {
  if (!Array.isArray(samples)) continue;
  const line = `${name.padEnd(52)} median ${quantile(samples, 0.5).toFixed(2).padStart(7)}   p95 ${quantile(samples, 0.95).toFixed(2).padStart(7)}   n=${samples.length}`;
  console.log(targets[name] ? `${line}   target ${targets[name]}` : line);
}
for (const [name, value] of Object.entries(results.counts ?? {})) console.log(`${name.padEnd(52)} ${value}`);

// Issue 12: what a month of marks costs at 5 000 and 50 000 items, and the heap after 500 switches.
const { marksBench } = await import('./marks.mjs');
for (const line of await marksBench()) console.log(line);
