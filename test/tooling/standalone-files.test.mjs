// dist/letopis-files.txt, the upgrade list of the standalone build (vite.config.ts, fileList):
// exactly the dist/letopis*.js files the build wrote, and every module letopis.js can import,
// statically or dynamically, transitively, named in it. Run after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const listPath = join(dist, 'letopis-files.txt');

/** The string an import's source node holds, or undefined when it is computed. */
function constant(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return undefined;
}

/**
 * The specifiers a module imports: `import … from`, `export … from`, `import()`.
 * Throws on an `import()` of a computed specifier: the list could not be proven complete.
 */
function importSpecifiers(code, name) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportNamedDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        node.type === 'ImportExpression') &&
      node.source
    ) {
      const specifier = constant(node.source);
      if (specifier === undefined) throw new Error(`${name}: an import() of a computed specifier`);
      found.push(specifier);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  return found;
}

test('the specifiers of static, re-exported and dynamic imports are read', () => {
  const code = [
    'import { a } from "./letopis.js";',
    "export { b } from './letopis-b-1.js';",
    'export * from "./letopis-c-2.js";',
    'const d = () => import(`./letopis-d-3.js`);',
    "import('./letopis-e-4.js').then(() => a);",
  ].join('\n');
  assert.deepEqual(importSpecifiers(code, 'x.js'), [
    './letopis.js',
    './letopis-b-1.js',
    './letopis-c-2.js',
    './letopis-d-3.js',
    './letopis-e-4.js',
  ]);
  assert.throws(() => importSpecifiers('import(`./letopis-${x}.js`);', 'x.js'), /x\.js: an import\(\) of a computed/);
});

test(
  'dist/letopis-files.txt lists exactly the standalone files the build wrote, and all letopis.js can import',
  {
    skip: existsSync(listPath) ? false : 'dist/letopis-files.txt is missing: run `npm run build` first',
  },
  () => {
    const listed = readFileSync(listPath, 'utf8').split('\n');
    assert.equal(listed.pop(), '', 'the list ends with a newline');
    assert.deepEqual(listed, [...listed].sort(), 'the list is sorted');
    assert.equal(new Set(listed).size, listed.length, 'no file is listed twice');

    const written = readdirSync(dist)
      .filter((file) => /^letopis.*\.js$/.test(file))
      .sort();
    assert.deepEqual(listed, written, 'the list names exactly the dist/letopis*.js files');

    // Every module reachable from letopis.js, following the imports themselves.
    const reachable = new Set(['letopis.js']);
    for (const file of reachable) {
      for (const specifier of importSpecifiers(readFileSync(join(dist, file), 'utf8'), file)) {
        assert.match(specifier, /^\.\/[^/]+\.js$/, `${file} imports ${specifier}: only files beside it`);
        const target = specifier.slice(2);
        assert.ok(listed.includes(target), `${file} imports ${target}, which the list does not name`);
        reachable.add(target);
      }
    }
    // A chunk nothing reaches would be a file a site copies for nothing.
    assert.deepEqual([...reachable].sort(), listed, 'every listed file is reachable from letopis.js');
  },
);
