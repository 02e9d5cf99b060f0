// Which modules a bundle is made of: `node scripts/tools/size-modules.mjs src/calendar.ts [src/source.ts …]`
// prints each module's rendered length (before minification), largest first, for size work.
import { build } from 'vite';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const entries = process.argv.slice(2);
if (!entries.length) {
  console.error('usage: node scripts/tools/size-modules.mjs <entry.ts> [more entries]');
  process.exit(1);
}
mkdirSync('node_modules/.cache', { recursive: true });
const file = 'node_modules/.cache/size-modules-entry.js';
writeFileSync(file, entries.map((e) => `export * from ${JSON.stringify(`${process.cwd()}/${e}`)};`).join('\n'));
const result = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    lib: { entry: file, formats: ['es'], fileName: () => 'e.js' },
    rolldownOptions: { output: { minify: true } },
  },
});
const rows = [];
for (const o of (Array.isArray(result) ? result[0] : result).output) {
  if (o.type !== 'chunk' || o.isDynamicEntry) continue;
  for (const [id, m] of Object.entries(o.modules))
    rows.push([m.renderedLength, id.replace(process.cwd(), ''), m.code ? gzipSync(m.code, { level: 9 }).length : 0]);
}
rows.sort((a, b) => b[0] - a[0]);
console.log('minified  gzip alone  module');
for (const [n, id, gz] of rows) if (n) console.log(String(n).padStart(8), String(gz).padStart(10), ' ', id);
console.log(String(rows.reduce((s, r) => s + r[0], 0)).padStart(7), 'total (rendered, before minification)');
