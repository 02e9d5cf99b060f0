// What the cost tests measure: every request under /api/s/SCOPE/ logged with
// its start and end (server time, ms), status and size (the body as sent and
// gzipped, as the demo server compresses it, plus the response headers).
//   /api/_log?scope=SCOPE            the log, oldest first
//   /api/_log?scope=SCOPE&clear=1    the log, then emptied
// Scopes named archive5k-… or archive50k-… serve a generated archive
// (dataset.mjs, built once); static-index-… and static-probe-… serve the
// demo's month files (demo/static) at /api/s/SCOPE/static/, with and without
// their index.json.
import { readFile } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import { archiveItems } from './dataset.mjs';

const logs = new Map();
const STATIC = new URL('../../demo/static/', import.meta.url);

/** The items of a generated-archive scope, or undefined. */
export function archiveOf(scope) {
  const m = /^archive(5|50)k-/.exec(scope ?? '');
  return m ? archiveItems(Number(m[1]) * 1000) : undefined;
}

/** Logs the request if it is in a scope, around the middlewares after it. */
export async function requestLog(ctx, next) {
  if (ctx.path === '/api/_log') {
    const log = logs.get(ctx.query.scope) ?? [];
    if (ctx.query.clear) logs.delete(ctx.query.scope);
    ctx.body = log;
    return;
  }
  const scope = /^\/api\/s\/([^/]+)\//.exec(ctx.path)?.[1];
  if (!scope) return next();
  const start = performance.now();
  const file = /^static-(index|probe)-/.exec(scope) && /\/static\/([\w-]+\.json)$/.exec(ctx.path)?.[1];
  if (file) {
    if (file === 'index.json' && scope.startsWith('static-probe-')) ctx.status = 404;
    else {
      try {
        ctx.body = await readFile(new URL(file, STATIC), 'utf8');
        ctx.type = 'application/json';
      } catch {
        ctx.status = 404;
      }
    }
  } else await next();
  const text = typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body ?? '');
  const headers = Object.entries(ctx.response.headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  const gzip = text.length < 1024 ? Buffer.byteLength(text) : gzipSync(text).length;
  const entry = { url: ctx.url, status: ctx.status, start, end: performance.now(), bytes: Buffer.byteLength(text) };
  // What travels: the status line, the headers, the body compressed as the demo server sends it.
  entry.transferred = 17 + headers.length + 2 + gzip;
  if (!logs.has(scope)) logs.set(scope, []);
  logs.get(scope).push(entry);
}
