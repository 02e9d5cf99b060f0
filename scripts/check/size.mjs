// Size gate: prints min + gzip (level 9) sizes of every entry, Lit included,
// and fails over the budgets of DESIGN.md.
//
// - "first load": the code an entry runs before any lazy import, bundled as
//   one chunk (its lazy imports left out), minified, gzipped.
// - "with every chunk": that, plus every chunk it can load lazily, each
//   gzipped on its own, as a browser fetches them; "as one" is the same code
//   bundled into a single file (what an app that inlines lazy imports ships).
// - dist/letopis.js is measured as shipped: the file and the chunks it
//   imports statically, then every dist/letopis-*.js chunk it can load.
// 1 kB = 1000 bytes, the stricter reading of the budgets.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const KB = 1000;
/**
 * Budgets in bytes (rows without one are printed for reading). `firstCeiling`
 * and `allCeiling` are enforced where the contract's budget is not met yet:
 * they stop growth while the gap is open (docs/size.md says why and by how much).
 */
const ROWS = [
  { name: 'dist/letopis.js (standalone)', shipped: 'dist/letopis.js', first: 28 * KB },
  {
    name: 'letopis/calendar',
    entries: ['dist/calendar.js'],
    first: 11 * KB,
    firstCeiling: 11.4 * KB,
    all: 13 * KB,
    allCeiling: 19 * KB,
  },
  { name: 'letopis/calendar + letopis/source', entries: ['dist/calendar.js', 'dist/source.js'], first: 16 * KB },
  { name: 'letopis/source', entries: ['dist/source.js'] },
  { name: 'letopis/news-list', entries: ['dist/news-list.js'] },
  { name: 'letopis/article', entries: ['dist/article.js'] },
  { name: 'letopis/archive', entries: ['dist/archive.js'] },
  { name: 'letopis (index)', entries: ['dist/index.js'] },
];

if (!existsSync('dist/letopis.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const gz = (code) => gzipSync(code, { level: 9 }).length;
const TMP = 'node_modules/.cache/letopis-size';

/** Builds `entries` (dist files) with Lit into chunks; `lazy` decides what lazy imports become. */
async function bundle(entries, lazy) {
  // Re-export everything so no entry's code is shaken away as unused.
  const code = entries.map((e) => `export * from ${JSON.stringify(`${process.cwd()}/${e}`)};`).join('\n');
  mkdirSync(TMP, { recursive: true });
  const file = `${TMP}/entry-${entries.map((e) => e.replace(/\W/g, '_')).join('-')}.js`;
  writeFileSync(file, code);
  const leaveOut = {
    name: 'leave-lazy-imports-out',
    resolveDynamicImport: (specifier) => ({ id: String(specifier), external: true }),
  };
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: lazy === 'leave out' ? [leaveOut] : [],
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: file, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, codeSplitting: lazy === 'as chunks' },
      },
    },
  });
  return (Array.isArray(result) ? result[0] : result).output.filter((o) => o.type === 'chunk');
}

/** An npm entry as an application's bundler ships it. */
async function measured(entries) {
  const [first] = await bundle(entries, 'leave out');
  const chunks = await bundle(entries, 'as chunks');
  const [one] = await bundle(entries, 'inline');
  // The lazy chunks: those the entry does not import statically (the eager ones are `first`, as one chunk).
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const eager = new Set();
  const walk = (c) => {
    if (!c || eager.has(c.fileName)) return;
    eager.add(c.fileName);
    for (const name of c.imports) walk(byName.get(name));
  };
  walk(chunks.find((c) => c.isEntry));
  const lazy = chunks.filter((c) => !eager.has(c.fileName));
  return {
    first: gz(first.code),
    all: gz(first.code) + lazy.reduce((sum, c) => sum + gz(c.code), 0),
    one: gz(one.code),
    lazy: lazy.map((c) => [c.name, gz(c.code)]),
  };
}

/** A shipped file with the chunks beside it: what it imports statically, and every letopis-*.js it can load. */
function shipped(file) {
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  const names = [file.slice(dir.length), ...readdirSync(dir).filter((f) => /^letopis-.*\.js$/.test(f))];
  const chunks = new Map(names.map((name) => [name, readFileSync(dir + name, 'utf8')]));
  const eager = new Set();
  const walk = (name) => {
    if (eager.has(name) || !chunks.has(name)) return;
    eager.add(name);
    for (const m of chunks
      .get(name)
      .matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*from\s*)?["']\.\/([^"']+)["']/g))
      walk(m[1]);
  };
  walk(names[0]);
  const size = (list) => list.reduce((sum, name) => sum + gz(chunks.get(name)), 0);
  const lazy = names.filter((n) => !eager.has(n));
  return {
    first: size([...eager]),
    all: size(names),
    one: gz([...chunks.values()].join('\n')),
    lazy: lazy.map((n) => [n, gz(chunks.get(n))]),
  };
}

const kb = (bytes) => `${(bytes / KB).toFixed(2)} kB`;
let failed = false;
const notes = [];
const table = [
  ['bundle (min + gzip -9, Lit included)', 'first load', 'budget', 'with every chunk', 'as one', 'budget'],
];
/**
 * `ok ≤ 11 kB`, or `OVER …`: a figure against its budget (none: ''), and the
 * ceiling enforced meanwhile where the budget is not met yet. Sets `failed`.
 */
function verdict(name, what, bytes, budget, ceiling) {
  if (budget === undefined) return '';
  const met = bytes <= budget;
  let text = `${met ? 'ok' : 'OVER'} ≤ ${budget / KB} kB`;
  if (met || ceiling === undefined) {
    failed ||= !met;
    return text;
  }
  const over = bytes > ceiling;
  failed ||= over;
  text += `; ${over ? 'OVER' : 'ok'} ≤ ${ceiling / KB} kB ceiling`;
  notes.push(
    `${name}: ${kb(bytes)} ${what}, ${kb(bytes - budget)} over the ${budget / KB} kB of DESIGN.md; not met yet (docs/size.md), the ${ceiling / KB} kB ceiling is enforced meanwhile.`,
  );
  return text;
}

const lazyLines = [];
for (const row of ROWS) {
  const size = row.shipped ? shipped(row.shipped) : await measured(row.entries);
  const firstVerdict = verdict(row.name, 'at first load', size.first, row.first, row.firstCeiling);
  const allVerdict = verdict(row.name, 'with every chunk', size.all, row.all, row.allCeiling);
  table.push([row.name, kb(size.first), firstVerdict, kb(size.all), kb(size.one), allVerdict]);
  if (size.lazy.length) lazyLines.push(`  ${row.name}: ${size.lazy.map(([n, b]) => `${n} ${kb(b)}`).join(', ')}`);
}
const width = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
console.log('1 kB = 1000 B');
for (const r of table)
  console.log(
    r
      .map((c, i) => c.padEnd(width[i]))
      .join('  ')
      .trimEnd(),
  );
console.log('\nlazy chunks, each gzipped on its own:');
for (const line of lazyLines) console.log(line);
for (const note of notes) console.log(`\n${note}`);
if (failed) {
  console.error('\nSize budget exceeded (DESIGN.md): see the figures marked OVER.');
  process.exit(1);
}
