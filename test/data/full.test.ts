import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeUrl } from '../../src/data/full.js';

describe('data/full: safeUrl', () => {
  it('gives what the URL parser gives, whether or not it takes the shortcut for plain URLs', () => {
    const samples = [
      'https://region.example/news/3821',
      'https://region.example/news/?ID=3821&lang=ru#top',
      'http://xn--80aesfpebagmfblc0a.xn--p1ai/press/news/2017/10/26/',
      'https://region.example/a/./b/../c',
      'https://region.example/.',
      'https://region.example/a/%2e%2E/b',
      'https://region.example/a/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8',
      'https://region.example/новости/1',
      'HTTPS://Region.Example/News',
      'https://region.example',
      'https://region.example:443/x',
      'https://1.2.3/x',
      'https://0x7f.1/x',
      "https://region.example/q?a='b'",
      'https://region.example/a b',
      'https://region.example/a\\b',
      'https://region.example/x?y#z w',
      'https://user:pass@region.example/x',
    ];
    for (const s of samples) expect(safeUrl(s), s).to.equal(new URL(s).href);
    // And on random strings made of URL characters after a plain prefix.
    const chars = fc.constantFrom(...'abzAZ09-._~!$&()*+,;=:@%/?#\'"<> [\\]{}|^`'.split(''), '%2e', '%2E');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (tail) => {
        const s = `https://region.example/${tail.join('')}`;
        let href: string | undefined;
        try {
          href = new URL(s).href;
        } catch {
          href = undefined;
        }
        expect(safeUrl(s), s).to.equal(href);
      }),
      { numRuns: 3000 },
    );
  });

  it('drops every scheme but http(s), and resolves relative links against the base', () => {
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl(' JaVaScRiPt:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
    expect(safeUrl('data:image/png;base64,AAAA', undefined, true)).to.equal('data:image/png;base64,AAAA');
    expect(safeUrl('/news/1', 'https://region.example/feed/')).to.equal('https://region.example/news/1');
    expect(safeUrl('/news/1')).to.equal(undefined);
  });
});
