// Separate copies of letopis for the double-load tests, as a page gets them from two script tags:
// /copies/standalone.js (the one-script-tag build: everything, Lit bundled) and /copies/npm-calendar.js
// (what an app's bundler makes of `import 'letopis/calendar'` + `import { NewsSource } from 'letopis'`,
// with its own Lit). Each is bundled once per run with esbuild from src/, so each is a real copy:
// its own classes, its own Lit, its own module state.
import { build } from 'esbuild';
import process from 'node:process';

const ENTRIES = {
  'standalone.js': { file: 'src/standalone.ts' },
  'npm-calendar.js': {
    contents: `import './src/calendar.ts'; export { NewsSource } from './src/index.ts';`,
  },
};

const built = new Map();

function bundle(name) {
  const entry = ENTRIES[name];
  if (!built.has(name))
    built.set(
      name,
      build({
        ...(entry.file
          ? { entryPoints: [entry.file] }
          : { stdin: { contents: entry.contents, resolveDir: process.cwd(), loader: 'ts' } }),
        bundle: true,
        format: 'esm',
        target: 'es2022',
        write: false,
        logLevel: 'silent',
      }).then((r) => r.outputFiles[0].text),
    );
  return built.get(name);
}

/** Serves each copy at /copies/NAME. */
export async function copiesMiddleware(ctx, next) {
  const name = ctx.path.startsWith('/copies/') ? ctx.path.slice('/copies/'.length) : '';
  if (!(name in ENTRIES)) return next();
  ctx.type = 'application/javascript';
  ctx.body = await bundle(name);
}
