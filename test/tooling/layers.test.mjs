// `npm run lint` enforces the layers with dependency-cruiser (.dependency-cruiser.cjs): each rule is
// shown here to fail on the violation it names, in a throw-away tree, and to pass on a clean one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const depcruise = join(repo, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** Runs dependency-cruiser over a tree of files (`{ 'src/core/a.ts': '…' }`); its exit code and output. */
function cruise(files) {
  const dir = mkdtempSync(join(tmpdir(), 'letopis-layers-'));
  try {
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }),
    );
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    try {
      const out = execFileSync(
        process.execPath,
        [depcruise, 'src', '--config', join(repo, '.dependency-cruiser.cjs'), '--output-type', 'err'],
        { cwd: dir, encoding: 'utf8', stdio: 'pipe' },
      );
      return { code: 0, out };
    } catch (e) {
      return { code: e.status, out: `${e.stdout}${e.stderr}` };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const clean = {
  'src/core/date.ts': 'export const day = 1;\n',
  'src/data/source.ts': "import { day } from '../core/date.js';\nexport const source = day;\n",
  'src/components/calendar.ts': "import { source } from '../data/source.js';\nexport const calendar = source;\n",
  'src/calendar.ts': "export { calendar } from './components/calendar.js';\n",
};

test('a tree that keeps the layers passes', () => {
  const { code, out } = cruise(clean);
  assert.equal(code, 0, out);
});

/** Each rule, a tree that breaks it, and the rule the report must name. */
const violations = [
  [
    'an import cycle fails, a type-only one too',
    {
      'src/core/a.ts': "import type { B } from './b.js';\nexport type A = B | 1;\n",
      'src/core/b.ts': "import type { A } from './a.js';\nexport type B = A | 2;\n",
    },
    'no-cycles',
  ],
  [
    'a lazy import() back round a loop is a cycle too',
    {
      'src/data/a.ts': "export const load = () => import('./b.js');\n",
      'src/data/b.ts': "import { load } from './a.js';\nexport const again = load;\n",
    },
    'no-cycles',
  ],
  [
    'data importing an element fails',
    { 'src/data/bad.ts': "import { calendar } from '../components/calendar.js';\nexport const bad = calendar;\n" },
    'data-knows-no-element',
  ],
  [
    'core importing the data layer fails',
    { 'src/core/bad.ts': "import { source } from '../data/source.js';\nexport const bad = source;\n" },
    'core-is-pure',
  ],
  [
    'an element importing the fetching engine fails',
    {
      'src/data/engine.ts': 'export class Engine {}\n',
      'src/components/bad.ts': "import { Engine } from '../data/engine.js';\nexport const bad = Engine;\n",
    },
    'elements-never-fetch',
  ],
  [
    'a layer importing a package entry fails',
    { 'src/core/bad.ts': "import { calendar } from '../calendar.js';\nexport const bad = calendar;\n" },
    'entries-are-the-top',
  ],
];

for (const [title, files, rule] of violations)
  test(title, () => {
    const { code, out } = cruise({ ...clean, ...files });
    assert.notEqual(code, 0);
    assert.match(out, new RegExp(rule));
  });
