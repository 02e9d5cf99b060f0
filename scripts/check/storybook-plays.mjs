// Every story's play as a designer sees it: serves storybook-static (after
// `npm run build-storybook`) and opens each story's iframe from its
// index.json in Debian's Chromium through playwright-core, as the Storybook
// UI does, then waits for Storybook's own `storyFinished` event. A story
// fails when its play threw, an error was unhandled while it played, the
// story errored, a console error was printed, or the Interactions panel would
// show a red "Fail": any call logged with status `error` — an `expect` that
// failed once inside a `waitFor` that then passed is retried under the same
// call id and ends as `done`, so only a real failure is left.
//
//   npm run build-storybook && node scripts/check/storybook-plays.mjs [id part]
//
// `npm run test-storybook` runs the same plays through Vitest; this run is
// the static build in a plain browser tab, where a race shows as the red FAIL.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromePath } from './browsers.mjs';

const root = resolve(fileURLToPath(new URL('../../storybook-static', import.meta.url)));
const STORY_TIMEOUT = 20_000;
const PARALLEL = 3;
const THROTTLE = Number(process.env.THROTTLE ?? 2);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};

if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  // The browser asks for it by itself; Storybook has an SVG one.
  if (pathname === '/favicon.ico') return res.writeHead(204).end();
  let file = normalize(join(root, decodeURIComponent(pathname)));
  if (!file.startsWith(root)) return res.writeHead(403).end();
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    // Hashed assets cached, as any host serves them: every tab after the first starts from Chromium's code cache.
    const cache = pathname.startsWith('/assets/') ? 'public, max-age=3600, immutable' : 'no-cache';
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// `node scripts/check/storybook-plays.mjs archive` opens only the stories whose id contains `archive`.
const only = process.argv[2] ?? '';
const stories = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries).filter(
  (entry) => entry.type === 'story' && entry.id.includes(only),
);

// In the page before Storybook starts: its channel is caught as it is installed, and its events recorded.
const RECORD = () => {
  const seen = { finished: null, errors: [], calls: new Map(), log: [] };
  window.__letopisPlays = seen;
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      const text = (e) => (e && typeof e === 'object' ? `${e.name ?? 'Error'}: ${e.message ?? ''}` : String(e));
      next.on('storyFinished', (payload) => (seen.finished = payload));
      next.on('playFunctionThrewException', (e) => seen.errors.push(`play threw ${text(e)}`));
      next.on('storyThrewException', (e) => seen.errors.push(`story threw ${text(e)}`));
      next.on('storyErrored', (e) => seen.errors.push(`story errored: ${e?.title ?? ''} ${e?.description ?? ''}`));
      next.on('unhandledErrorsWhilePlaying', (list) =>
        seen.errors.push(...list.map((e) => `unhandled while playing: ${text(e)}`)),
      );
      next.on('storybook/instrumenter/call', (call) => seen.calls.set(call.id, call));
      next.on('storybook/instrumenter/sync', ({ logItems }) => (seen.log = logItems));
    },
  });
};

/** What went wrong in one story's tab; empty when its play passed cleanly. */
async function run(context, story) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  // A slower machine than this one, as a designer's laptop under load: a play that races its data shows here.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    await page.waitForFunction(() => window.__letopisPlays?.finished, null, { timeout: STORY_TIMEOUT });
    // The last sync of the instrumenter follows the finish closely: a moment for it to arrive.
    await page.waitForTimeout(50);
    const seen = await page.evaluate(() => {
      const { finished, errors, calls, log } = window.__letopisPlays;
      const failed = log
        .filter((item) => item.status === 'error')
        .map((item) => {
          const call = calls.get(item.callId);
          return `Interactions panel: ${call?.method ?? item.callId} failed: ${call?.exception?.message ?? ''}`;
        });
      return { status: finished.status, errors, failed };
    });
    problems.push(...seen.errors, ...seen.failed);
    if (seen.status !== 'success' && !problems.length) problems.push(`storyFinished with status ${seen.status}`);
  } catch (error) {
    problems.push(`did not finish within ${STORY_TIMEOUT / 1000} s: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  // An assertion's message carries the whole DOM: its first line says enough.
  return [...new Set(problems.map((p) => p.split('\n')[0].slice(0, 300)))];
}

const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, locale: 'ru-RU' });
await context.addInitScript(RECORD);
const started = Date.now();
let failures = 0;
const queue = [...stories];
await Promise.all(
  Array.from({ length: PARALLEL }, async () => {
    for (let story; (story = queue.shift());) {
      const begun = Date.now();
      const problems = await run(context, story);
      const name = `${story.title} › ${story.name} (${((Date.now() - begun) / 1000).toFixed(1)} s)`;
      if (!problems.length) console.log(`  ok   ${name}`);
      else {
        failures++;
        console.error(`  FAIL ${name}\n${problems.map((p) => `         ${p}`).join('\n')}`);
      }
    }
  }),
);
await browser.close();
server.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\n${stories.length} stories, ${stories.length - failures} passed, ${failures} failed (${seconds} s)`);
process.exit(failures ? 1 : 0);
