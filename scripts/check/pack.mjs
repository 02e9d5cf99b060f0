/**
 * `npm run pack-test`: the package as an integrator gets it, before it is
 * published. Packs it (`npm pack`), installs the tarball into a scratch
 * project in a temporary folder, writes the README's "From npm" example
 * (read from README.md) as that project's main.ts, type-checks it with
 * TypeScript strict (the exports map and the `.d.ts` files), builds it with
 * Vite (checking `sideEffects`: the calendar is in the bundle, the other
 * elements are not), serves the build beside an emulated WordPress REST API
 * (demo/api.mjs over demo/data/news.json) and opens it in Chromium: the
 * calendar must mark days with news. Needs `npm run build` first.
 *
 * Vite and TypeScript are this repository's own; the tarball's dependencies
 * (lit, @lit/task, dompurify, character-entities) come from npm's cache, or
 * the registry when the cache lacks their metadata (`npm ci` caches only
 * tarballs, so `--offline` cannot resolve the ranges).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { createApi } from '../../demo/api.mjs';
import { CHROMIUM_ARGS, chromePath } from './browsers.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();

/** Fails the check with a sentence that says what went wrong (and what to do). */
class CheckFailure extends Error {}
const fail = (message) => {
  throw new CheckFailure(message);
};

/** Runs one step, prints its name and time; a failure names the step. */
async function step(name, work) {
  const t = performance.now();
  try {
    const note = await work();
    console.log(`  ${name}: ${Math.round(performance.now() - t)} ms${note ? ` (${note})` : ''}`);
  } catch (error) {
    console.log(`  ${name}: FAILED after ${Math.round(performance.now() - t)} ms`);
    throw error;
  }
}

/** A command's output; its stderr and stdout in the message when it fails. */
async function command(file, args, cwd, what) {
  try {
    return (await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    fail(`${what} failed:\n${[error.stdout, error.stderr].filter(Boolean).join('\n').trim()}`);
  }
}

/** The fenced code blocks of a Markdown section (`### From npm`), up to the next heading of its level or above. */
function sectionBlocks(markdown, heading) {
  const blocks = [];
  let inSection = false;
  let found = false;
  let fence;
  for (const line of markdown.split('\n')) {
    if (fence) {
      if (line.startsWith('```') && line.trim() === '```') {
        if (inSection) blocks.push(fence);
        fence = undefined;
      } else fence.code += `${line}\n`;
    } else if (line.startsWith('```')) fence = { lang: line.slice(3).trim(), code: '' };
    else if (/^#{1,3} /.test(line)) {
      inSection = line === heading;
      found ||= inSection;
    }
  }
  return found ? blocks : undefined;
}

/** The README's "From npm" example that defines the calendar and gives it a NewsSource. */
function readmeExample(readme) {
  const blocks = sectionBlocks(readme, '### From npm');
  if (!blocks) fail('README.md has no "### From npm" section');
  const example = blocks.find(
    ({ lang, code }) =>
      (lang === 'js' || lang === 'ts') &&
      code.includes("import 'letopis/calendar';") &&
      code.includes('new NewsSource('),
  );
  if (!example) fail('README.md "### From npm" has no code block that imports letopis/calendar and makes a NewsSource');
  return example.code;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

/** The scratch project's build, with the WordPress REST API emulated beside it. */
function serve(dir, items) {
  const api = createApi(items);
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const answer = api(url);
    if (answer) {
      requests.push(url.pathname);
      res.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }
    const path = normalize(join(dir, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!path.startsWith(dir) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, port: server.address().port, requests })),
  );
}

const scratch = mkdtempSync(join(tmpdir(), 'letopis-pack-'));
const app = join(scratch, 'app');
let tarball;
let browser;
let served;

try {
  console.log(`pack-test in ${scratch}`);
  if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'letopis.js')))
    fail('dist/ is missing: run `npm run build` first');

  await step('npm pack', async () => {
    const out = await command('npm', ['pack', '--json', '--pack-destination', scratch], root, 'npm pack');
    const [packed] = JSON.parse(out);
    tarball = join(scratch, packed.filename);
    return `${packed.filename}: ${packed.size} B, ${packed.entryCount} files, ${packed.unpackedSize} B unpacked`;
  });

  await step('npm install of the tarball', async () => {
    mkdirSync(join(app, 'src'), { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      `${JSON.stringify(
        { name: 'scratch', private: true, type: 'module', dependencies: { letopis: `file:${tarball}` } },
        null,
        2,
      )}\n`,
    );
    await command(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
      app,
      'npm install of the tarball',
    );
    const installed = readdirSync(join(app, 'node_modules'))
      .flatMap((name) => (name.startsWith('@') ? readdirSync(join(app, 'node_modules', name)) : [name]))
      .filter((name) => !name.startsWith('.'));
    for (const dependency of ['lit', 'task', 'dompurify', 'character-entities'])
      if (!installed.includes(dependency)) fail(`npm did not install the tarball's dependency ${dependency}`);
    return `${installed.length} packages`;
  });

  await step('the README example as main.ts, tsc --strict', async () => {
    const example = readmeExample(readFileSync(join(root, 'README.md'), 'utf8'));
    writeFileSync(join(app, 'src', 'main.ts'), example);
    writeFileSync(
      join(app, 'index.html'),
      [
        '<!doctype html>',
        '<html lang="ru">',
        '<meta charset="utf-8">',
        '<title>letopis from npm</title>',
        '<link rel="icon" href="data:,">',
        '<letopis-calendar></letopis-calendar>',
        '<script type="module" src="/src/main.ts"></script>',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      `${JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'bundler',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            types: [],
            strict: true,
            noEmit: true,
            isolatedModules: true,
            skipLibCheck: false,
          },
          include: ['src'],
        },
        null,
        2,
      )}\n`,
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    await command(process.execPath, [tsc, '-p', 'tsconfig.json'], app, 'tsc (strict)').catch((error) => {
      fail(`${error.message}\nover the README's "From npm" example, as src/main.ts:\n${example}`);
    });
    return `${example.split('\n').length - 1} lines`;
  });

  await step('vite build', async () => {
    const { build } = await import('vite');
    await build({ root: app, configFile: false, logLevel: 'error', build: { outDir: 'dist' } });
    const assets = join(app, 'dist', 'assets');
    const files = readdirSync(assets).filter((file) => file.endsWith('.js'));
    const code = files.map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
    if (!code.includes('letopis-calendar')) fail('the Vite bundle does not define letopis-calendar');
    // sideEffects: importing NewsSource from 'letopis' keeps no other element, nor its registration.
    if (!/define\(\w+=["'`]letopis-calendar["'`]\)/.test(code)) fail('the Vite bundle has no calendar element');
    // sideEffects: the other elements' entries are not imported, so none of their code is kept.
    for (const tag of ['letopis-news-list', 'letopis-article', 'letopis-archive'])
      if (code.includes(tag)) fail(`the Vite bundle keeps code of ${tag}: "sideEffects" did not let Vite drop it`);
    const [entry] = readdirSync(assets).filter((file) => /^index-.*\.js$/.test(file));
    return `${files.length} files, ${code.length} B of JavaScript, the entry ${readFileSync(join(assets, entry)).length} B`;
  });

  await step('Chromium: the calendar marks days with news', async () => {
    const items = JSON.parse(readFileSync(join(root, 'demo', 'data', 'news.json'), 'utf8'));
    served = await serve(join(app, 'dist'), items);
    browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The wordpress preset asks for the plugin's routes first; a site without them answers 404 (the fallback).
    const pluginRoute = (url) => new URL(url).pathname.startsWith('/wp-json/letopis/v1/');
    page.on('console', (message) => {
      if (message.type() === 'error' && !pluginRoute(message.location().url || 'http://x/'))
        errors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !pluginRoute(response.url()))
        errors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`http://127.0.0.1:${served.port}/`);
    const marks = await page
      .waitForFunction(
        () => document.querySelector('letopis-calendar')?.shadowRoot?.querySelectorAll('[part~="has-news"]').length,
        undefined,
        { timeout: 30_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => 0);
    if (errors.length) fail(`the page reported errors:\n${errors.join('\n')}`);
    if (!marks)
      fail(
        `the calendar shows no day with news (requests: ${served.requests.join(', ') || 'none'}): ` +
          'the element did not upgrade, or its NewsSource did not load',
      );
    // Only the calendar's entry was imported: no other tag is registered.
    const defined = await page.evaluate(() =>
      ['letopis-source', 'letopis-news-list', 'letopis-article', 'letopis-archive'].filter((tag) =>
        customElements.get(tag),
      ),
    );
    if (defined.length) fail(`importing letopis/calendar and NewsSource also defined ${defined.join(', ')}`);
    return `${marks} days marked; API requests: ${[...new Set(served.requests)].join(', ')}`;
  });

  console.log(`pack-test: passed in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(
    `pack-test: ${error instanceof CheckFailure ? error.message : (error?.stack ?? error)}\n(scratch project kept in ${scratch})`,
  );
  process.exitCode = 1;
} finally {
  await browser?.close();
  served?.server.close();
  if (!process.exitCode) rmSync(scratch, { recursive: true, force: true });
}
