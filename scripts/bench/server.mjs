// The server of npm run bench: the demo server (demo/server.mjs, compressing as a real site does)
// plus the benchmark pages of test/bench/ and Cally's bundle, which the demo does not serve.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoServer, listen } from '../../demo/server.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** URL prefixes served from the repository as they are, besides the demo. */
const EXTRA = ['/test/bench/', '/node_modules/cally/dist/'];
const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };

/** Starts the server on a free port; resolves with its origin and a close(). */
export async function startBenchServer() {
  const demo = createDemoServer().listeners('request')[0];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!EXTRA.some((prefix) => path.startsWith(prefix))) return demo(req, res);
    const file = normalize(join(root, decodeURIComponent(path)));
    try {
      if (!EXTRA.some((prefix) => file.startsWith(join(root, prefix)))) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[file.split('.').pop()] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  const port = await listen(server, 0, true);
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => (server.close(done), server.closeAllConnections())),
  };
}
