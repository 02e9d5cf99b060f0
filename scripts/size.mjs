// Prints min+gzip sizes and fails over the budgets in DESIGN.md.
// Every figure is an entry bundled with Lit and minified, counting the entry
// and the chunks it imports statically; lazily imported chunks (the
// sanitiser, long-list windowing) are listed apart and not counted.
// 1 kB = 1000 bytes, the stricter reading of the budgets.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const KB = 1000;
const budgets = [
  { name: 'dist/letopis.js (standalone)', entry: 'dist/letopis.js', limit: 24 * KB },
  { name: 'letopis/calendar + Lit', entry: 'dist/calendar.js', limit: 10 * KB },
  { name: 'letopis/calendar + letopis/source + Lit', entries: ['dist/calendar.js', 'dist/source.js'], limit: 14 * KB },
  { name: 'letopis/source + Lit', entry: 'dist/source.js' },
  { name: 'letopis/news-list + Lit', entry: 'dist/news-list.js' },
  { name: 'letopis/article + Lit', entry: 'dist/article.js' },
  { name: 'letopis/archive + Lit', entry: 'dist/archive.js' },
  { name: 'letopis (index) + Lit', entry: 'dist/index.js' },
];

if (!existsSync('dist/letopis.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const gz = (code) => gzipSync(code, { level: 9 }).length;
const TMP = 'node_modules/.cache/letopis-size';

async function measure(entries) {
  // Re-export everything so no entry's code is shaken away as unused.
  const code = entries.map((e) => `export * from ${JSON.stringify(`${process.cwd()}/${e}`)};`).join('\n');
  mkdirSync(TMP, { recursive: true });
  const file = `${TMP}/entry-${entries.map((e) => e.replace(/\W/g, '_')).join('-')}.js`;
  writeFileSync(file, code);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: file, formats: ['es'], fileName: () => 'entry.js' },
      // Eager code stays in the entry chunk; lazy chunks import from it (as the standalone build does).
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    },
  });
  const chunks = new Map(
    (Array.isArray(result) ? result[0] : result).output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]),
  );
  const entry = [...chunks.values()].find((c) => c.isEntry);
  const seen = new Set();
  const walk = (c) => {
    if (seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const i of c.imports) if (chunks.has(i)) walk(chunks.get(i));
  };
  walk(entry);
  const size = [...seen].reduce((sum, f) => sum + gz(chunks.get(f).code), 0);
  const lazy = [...chunks.values()]
    .filter((c) => !seen.has(c.fileName))
    .map((c) => ({ name: c.fileName, size: gz(c.code) }));
  return { size, lazy };
}

/** The shipped file itself, with the chunks it imports statically. */
function shipped(file) {
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    const code = readFileSync(f, 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s*(?:[\w$*{}\s,]*from\s*)?["'](\.\/[^"']+)["']/g)) {
      walk(new URL(m[1], `file://${process.cwd()}/${f}`).pathname.slice(process.cwd().length + 1));
    }
  };
  walk(file);
  return [...seen].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
}

let failed = false;
const rows = [];
for (const b of budgets) {
  const entries = b.entries ?? [b.entry];
  const { size, lazy } = b.entry === 'dist/letopis.js' ? { size: shipped(b.entry), lazy: [] } : await measure(entries);
  const over = b.limit !== undefined && size > b.limit;
  failed ||= over;
  rows.push([
    b.name,
    `${(size / KB).toFixed(2)} kB`,
    `${size} B`,
    b.limit === undefined ? '' : `${over ? 'OVER' : 'ok'} ≤ ${b.limit / KB} kB`,
    lazy.length ? `lazy: ${lazy.map((l) => `${l.name} ${(l.size / KB).toFixed(2)} kB`).join(', ')}` : '',
  ]);
}
const width = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log('min+gzip (level 9), entry + static imports, 1 kB = 1000 B');
for (const r of rows)
  console.log(
    r
      .map((c, i) => c.padEnd(width[i]))
      .join('  ')
      .trimEnd(),
  );
const lazyFiles = readdirSync('dist').filter((f) => /^letopis-.*\.js$/.test(f));
for (const f of lazyFiles)
  console.log(`lazy chunk dist/${f}: ${(gz(readFileSync(`dist/${f}`)) / KB).toFixed(2)} kB (not counted)`);
if (failed) {
  console.error('Size budget exceeded (DESIGN.md): see the rows marked OVER.');
  process.exit(1);
}
