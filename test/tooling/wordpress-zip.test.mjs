// The ZIP writer of scripts/build/wordpress-zip.mjs, read back by an independent reader (extract-zip, yauzl).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import extract from 'extract-zip';
import { crc32, zipFiles } from '../../scripts/build/wordpress-zip.mjs';

test('crc32 of the check string', () => {
  assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
});

test('a zip of deflated, stored and UTF-8-named files reads back byte for byte', async () => {
  const files = [
    { name: 'letopis/letopis.php', data: Buffer.from('<?php\n'.repeat(500)) },
    { name: 'letopis/block/block.json', data: Buffer.from('{}') },
    { name: 'letopis/летопись.txt', data: Buffer.from('Летопись') },
    { name: 'letopis/empty.js', data: Buffer.alloc(0) },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'letopis-zip-'));
  try {
    writeFileSync(join(dir, 'a.zip'), zipFiles(files));
    await extract(join(dir, 'a.zip'), { dir: join(dir, 'out') });
    for (const { name, data } of files) assert.deepEqual(readFileSync(join(dir, 'out', name)), data, name);
    // The same input, the same bytes.
    assert.deepEqual(zipFiles(files), zipFiles(files));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
