// The version a copy of letopis tells the console (two copies on one page) is the package's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test("version.ts's VERSION is package.json's version", () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const source = readFileSync('src/components/shared/version.ts', 'utf8');
  assert.equal(source.match(/export const VERSION = '([^']+)'/)?.[1], version);
});
