// The README's one-line script and demo/tools/static-index.mjs write the same index of the demo's month
// files, and the committed demo/static/index.json is that index (letopis trusts it: a month it leaves out
// is never asked for).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test("the README's one-liner writes demo/static/index.json as committed", () => {
  const readme = readFileSync('README.md', 'utf8');
  const command = readme.match(/```sh\n(node -e "const fs=require\('fs'\).*)\n```/)?.[1];
  assert.ok(command, 'the one-liner is in the README');
  const dir = mkdtempSync(join(tmpdir(), 'letopis-index-'));
  for (const name of readdirSync('demo/static').filter((n) => /^\d{4}-\d{2}\.json$/.test(n)))
    cpSync(join('demo/static', name), join(dir, name));
  execFileSync('sh', ['-c', command.replace(/ demo\/static Europe\/Moscow$/, ` ${dir} Europe/Moscow`)]);
  assert.equal(readFileSync(join(dir, 'index.json'), 'utf8'), readFileSync('demo/static/index.json', 'utf8'));
});
