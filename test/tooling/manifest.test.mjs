// custom-elements.json (npm run analyze) is what editors and Storybook's controls show: only the public
// surface, enumerated attributes as unions, and every part the archive forwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
execFileSync(
  process.execPath,
  [
    join(repo, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
    'analyze',
    '--config',
    'custom-elements-manifest.config.mjs',
    '--outdir',
    'node_modules/.cache/manifest',
  ],
  { cwd: repo, stdio: 'pipe' },
);
const manifest = JSON.parse(readFileSync(join(repo, 'node_modules/.cache/manifest/custom-elements.json'), 'utf8'));
const elements = new Map(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName, d]),
);

test('every tag is described', () => {
  assert.deepEqual([...elements.keys()].sort(), [
    'letopis-archive',
    'letopis-article',
    'letopis-calendar',
    'letopis-news-list',
    'letopis-source',
  ]);
});

test('no private or internal member is listed', () => {
  for (const [tag, d] of elements) {
    const hidden = (d.members ?? []).filter(
      (m) => m.name.startsWith('#') || m.privacy === 'private' || m.name === 'picking',
    );
    assert.deepEqual(
      hidden.map((m) => m.name),
      [],
      tag,
    );
  }
});

test('enumerated attributes are typed as unions', () => {
  const type = (tag, name) => elements.get(tag).attributes.find((a) => a.name === name)?.type?.text;
  assert.equal(type('letopis-news-list', 'paging'), "'more' | 'pages' | 'infinite' | 'none'");
  assert.equal(type('letopis-news-list', 'display'), "'lead' | 'image' | 'views' | 'section'");
  assert.equal(type('letopis-article', 'display'), "'views' | 'section' | 'image' | 'lead'");
  assert.equal(type('letopis-archive', 'route'), "'query' | 'hash' | 'none'");
});

test('the archive lists every part it forwards, under its prefix', () => {
  const own = (tag) => new Set((elements.get(tag).cssParts ?? []).map((p) => p.name));
  const forwarded = own('letopis-archive');
  // The calendar's day tokens are parts of its `day` element, listed in one @csspart line.
  const calendar = [
    ...own('letopis-calendar'),
    'outside',
    'today',
    'selected',
    'has-news',
    'empty',
    'weekend',
    'disabled',
  ];
  const expected = [
    ...calendar.map((p) => `calendar-${p}`),
    ...[...own('letopis-news-list')].map((p) => `list-${p}`),
    ...[...own('letopis-article')].map((p) => `article-${p}`),
  ].sort();
  assert.deepEqual([...forwarded].sort(), expected);
});
