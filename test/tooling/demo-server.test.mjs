// The demo server compresses text as a real site's server does (brotli, else gzip, else none), pages and
// API answers alike, so the figures measured on the demo are the ones an integrator's site gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createDemoServer } from '../../demo/server.mjs';

/** GET `path` with this Accept-Encoding: the headers and the decoded body. */
function get(port, path, encoding) {
  return new Promise((resolve, reject) => {
    const headers = encoding ? { 'accept-encoding': encoding } : {};
    request({ port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const coding = res.headers['content-encoding'];
        const body = coding === 'br' ? brotliDecompressSync(raw) : coding === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ headers: res.headers, raw, body: body.toString('utf8') });
      });
    })
      .on('error', reject)
      .end();
  });
}

test('pages and API answers come compressed in the best encoding asked for, and decode to the same text', async () => {
  const server = createDemoServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  try {
    for (const path of ['/', '/portal.css', '/wp-json/wp/v2/posts?per_page=20']) {
      const plain = await get(port, path);
      assert.equal(plain.headers['content-encoding'], undefined, `${path}: none asked, none given`);
      const br = await get(port, path, 'gzip, deflate, br');
      const gzip = await get(port, path, 'gzip');
      assert.equal(br.headers['content-encoding'], 'br', path);
      assert.equal(gzip.headers['content-encoding'], 'gzip', path);
      assert.equal(br.headers.vary, 'accept-encoding');
      assert.equal(br.body, plain.body, `${path}: brotli decodes to the page`);
      assert.equal(gzip.body, plain.body, `${path}: gzip decodes to the page`);
      assert.ok(br.raw.length < plain.raw.length / 2, `${path}: ${br.raw.length} of ${plain.raw.length} bytes`);
    }
    const api = await get(port, '/wp-json/wp/v2/posts?per_page=20', 'br');
    assert.match(api.headers['x-wp-total'], /^\d+$/, "the API's headers stay");
  } finally {
    server.close();
  }
});

test('the emulated WordPress honours _fields as WordPress does: only those fields, no _embedded unless listed', async () => {
  const { createApi } = await import('../../demo/api.mjs');
  const items = [
    { id: 1, title: 'A', date: '2017-10-26T14:05:00+03:00', body: '<p>x</p>', section: 'S', sectionId: 2 },
    { id: 2, title: 'B', date: '2017-10-25T09:00:00+03:00', body: '<p>y</p>' },
  ];
  const api = createApi(items);
  const get = (query) => JSON.parse(api(new URL(`http://x/wp-json/wp/v2/posts${query}`)).body);
  assert.deepEqual(get('?_fields=id,date,date_gmt'), [
    { id: 1, date: '2017-10-26T14:05:00', date_gmt: '2017-10-26T11:05:00' },
    { id: 2, date: '2017-10-25T09:00:00', date_gmt: '2017-10-25T06:00:00' },
  ]);
  assert.deepEqual(get('?_embed&_fields=id,title.rendered')[0], { id: 1, title: { rendered: 'A' } });
  assert.deepEqual(Object.keys(get('?_embed&_fields=id,_embedded')[0]), ['id', '_embedded']);
  assert.ok(get('?_embed')[0]._embedded, 'without _fields, embedded as asked');
});
