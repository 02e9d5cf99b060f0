// The demo server: the pages of a regional government portal, the built
// library (dist/), and endpoints that behave like real ones over the demo
// data set (demo/data/news.json, written by demo/tools/generate.mjs):
//   /wp-json/wp/v2/posts, /wp-json/wp/v2/posts/:id   the WordPress REST API
//   /bitrix/news.php                                 a 1C-Bitrix style export
//   /static/YYYY-MM.json                             plain files, no server logic
// and the low-vision panel the portal runs, bvi, from node_modules under /vendor/bvi/.
// PORT=8080 by default; the next free port is taken when it is busy.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createApi } from './api.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const demo = join(root, 'demo');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

/** Text is compressed as any real site's server does (brotli, else gzip), so the demo's figures are an integrator's. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript))|^image\/svg/;

/** `body` in the best encoding the request accepts, and the headers that say so. */
function encoded(req, type, body) {
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const headers = { 'content-type': type, vary: 'accept-encoding' };
  if (!COMPRESSIBLE.test(type) || body.length < 1024) return { headers, body };
  if (/\bbr\b/.test(accepts))
    return {
      headers: { ...headers, 'content-encoding': 'br' },
      body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
    };
  if (/\bgzip\b/.test(accepts)) return { headers: { ...headers, 'content-encoding': 'gzip' }, body: gzipSync(body) };
  return { headers, body };
}

/** The low-vision panel the portal runs, bvi (a dev dependency), under /vendor/bvi/. */
const bvi = join(root, 'node_modules', 'bvi', 'dist');

/** Maps a URL path to a file under demo/ (the repository for /dist/…, bvi for /vendor/bvi/…), never outside them. */
async function fileFor(pathname) {
  const vendor = pathname.startsWith('/vendor/bvi/');
  const base = vendor ? bvi : pathname.startsWith('/dist/') ? root : demo;
  let file = normalize(join(base, decodeURIComponent(vendor ? pathname.slice('/vendor/bvi'.length) : pathname)));
  if (!file.startsWith(base)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

/** The demo server; `items` defaults to the committed data set. */
export function createDemoServer(items = loadItems()) {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const api = createApi(items, { siteUrl: url.origin })(url);
    if (api) {
      const { headers, body } = encoded(req, api.headers['content-type'] ?? '', Buffer.from(api.body ?? ''));
      res
        .writeHead(api.status, {
          ...api.headers,
          ...headers,
          'access-control-allow-origin': '*',
          'cache-control': 'no-cache',
        })
        .end(body);
      return;
    }
    const file = await fileFor(url.pathname);
    if (!file) {
      res
        .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>404</title><h1>Страница не найдена</h1>');
      return;
    }
    const { headers, body } = encoded(req, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    res.writeHead(200, { ...headers, 'cache-control': 'no-cache' });
    res.end(body);
  });
}

export function loadItems() {
  const path = join(demo, 'data', 'news.json');
  if (!existsSync(path)) {
    console.error('demo/data/news.json is missing: run `node demo/tools/generate.mjs`.');
    process.exit(1);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Listens on `port` (or the next free one when it was not chosen explicitly); resolves with the port. */
export function listen(server, port = Number(process.env.PORT ?? 8080), explicit = !!process.env.PORT) {
  return new Promise((done, fail) => {
    server.on('error', (e) => {
      if (e.code === 'EADDRINUSE' && !explicit) server.listen(++port);
      else fail(e);
    });
    server.on('listening', () => done(server.address().port));
    server.listen(port);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(root, 'dist', 'letopis.js'))) {
    console.error('dist/letopis.js is missing: run `npm run build` (npm start does it for you).');
    process.exit(1);
  }
  const port = await listen(createDemoServer());
  console.log(`letopis demo: http://localhost:${port}/`);
  console.log(`  static files: http://localhost:${port}/static.html   separate widgets: http://localhost:${port}/cms/`);
}
