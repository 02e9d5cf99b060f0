// The demo server: serves demo/ and dist/ as a plain static host would.
// PORT=8080 by default; the next free port is taken when it is busy.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
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

/** Maps a URL path to a file under demo/ (or dist/ for /dist/…), never outside them. */
async function fileFor(pathname) {
  const base = pathname.startsWith('/dist/') ? root : join(root, 'demo');
  let file = normalize(join(base, decodeURIComponent(pathname)));
  if (!file.startsWith(base)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

export function createDemoServer() {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = await fileFor(url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(await readFile(file));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = createDemoServer();
  let port = Number(process.env.PORT ?? 8080);
  server.on('error', (e) => {
    if (e.code === 'EADDRINUSE' && !process.env.PORT) server.listen(++port);
    else throw e;
  });
  server.on('listening', () => console.log(`letopis demo: http://localhost:${port}/`));
  server.listen(port);
}
