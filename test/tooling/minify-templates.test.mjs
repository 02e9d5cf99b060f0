// The build minifies html`` and css`` template text (scripts/build/minify-templates.mjs): what a
// template renders, and every expression in it, must come out as it went in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifySource } from '../../scripts/build/minify-templates.mjs';

const minified = async (code) => (await minifySource(code, 'x.ts'))?.code ?? code;

test('CSS: comments and spaces go, strings stay as written', async () => {
  const out = await minified(
    'const s = css`\n  /* a note */\n  .a::before {\n    content: "a, b";\n    color: red;\n  }\n`;\n',
  );
  assert.equal(out, 'const s = css`.a::before{content:"a, b";color:red}`;\n');
});

test('CSS: custom properties keep their fallback text, media queries their spaces', async () => {
  const out = await minified(
    'const s = css`:host { --_x: var(--letopis-x, 2.75em); } @media (forced-colors: active) { a { color: LinkText; } }`;',
  );
  assert.match(out, /--_x:var\(--letopis-x, ?2\.75em\)/);
  assert.match(out, /@media \(forced-colors:active\)\{a\{color:LinkText\}\}/);
});

test('HTML: a run of whitespace becomes one space, never none, and expressions are untouched', async () => {
  const code = 'const t = html`<p>\n    <b>${a}</b>\n    <i>${b ? "x" : y}</i>\n  </p>`;';
  const out = await minified(code);
  assert.equal(out, 'const t = html`<p> <b>${a}</b> <i>${b ? "x" : y}</i> </p>`;');
});

test('HTML: bound and empty attributes are kept', async () => {
  const out = await minified('const t = html`<img alt="" src=${src} ?hidden=${h} @click=${go} .value=${v}>`;');
  assert.match(out, /alt=""/);
  assert.match(out, /src="?\$\{src\}"?/);
  assert.match(out, /\?hidden="?\$\{h\}"?/);
  assert.match(out, /@click="?\$\{go\}"?/);
  assert.match(out, /\.value="?\$\{v\}"?/);
});

test('a source without templates is left alone', async () => {
  assert.equal(await minifySource('const a = 1;', 'x.ts'), null);
});
