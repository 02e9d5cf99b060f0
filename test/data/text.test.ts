import { expect } from '@open-wc/testing';
import { decodeEntities, firstWords, htmlToText, looksLikeHtml } from '../../src/data/text.js';
import { getPath, firstPath, compilePath } from '../../src/data/path.js';
import { expandTemplate, placeholders } from '../../src/data/template.js';

describe('data/text', () => {
  it('decodes entities exactly once', () => {
    expect(decodeEntities('&laquo;Итоги&raquo; &#8212; &#x2014; &amp;amp; &nbsp;')).to.equal(
      '«Итоги» — — &amp; \u00a0',
    );
    expect(decodeEntities('&hearts; &unknownentity; &#0; &#xD800;')).to.equal('♥ &unknownentity; \ufffd \ufffd');
    expect(decodeEntities('no entities & plain')).to.equal('no entities & plain');
  });

  it('turns HTML into plain text, dropping scripts and comments', () => {
    expect(htmlToText('<p>Один</p><p>Два&nbsp;три</p><script>alert(1)</script><!-- x --> <b>четыре</b>')).to.equal(
      'Один Два\u00a0три четыре',
    );
    expect(htmlToText('Tom &amp;amp; Jerry &lt;b&gt;')).to.equal('Tom &amp; Jerry <b>');
    expect(htmlToText('<style>p{}</style>a<br>b')).to.equal('a b');
  });

  it('tells markup from text and cuts to the first words', () => {
    expect(looksLikeHtml('<p>x</p>')).to.equal(true);
    expect(looksLikeHtml('a &amp; b')).to.equal(true);
    expect(looksLikeHtml('a < b & c')).to.equal(false);
    expect(firstWords('один два три', 2)).to.equal('один два…');
    expect(firstWords('  один  два ', 5)).to.equal('один два');
  });
});

describe('data/path and template', () => {
  it('reads dotted and bracketed paths', () => {
    const v = { _embedded: { 'wp:featuredmedia': [{ source_url: 'a.jpg' }] }, title: { rendered: 't' }, list: [1, 2] };
    expect(getPath(v, '_embedded["wp:featuredmedia"][0].source_url')).to.equal('a.jpg');
    expect(getPath(v, '_embedded.wp:featuredmedia.0.source_url')).to.equal('a.jpg');
    expect(getPath(v, 'title.rendered')).to.equal('t');
    expect(getPath(v, 'list.1')).to.equal(2);
    expect(getPath(v, '')).to.equal(v);
    expect(getPath(v, 'missing.deep.path')).to.equal(undefined);
    expect(getPath(null, 'a')).to.equal(undefined);
    expect(firstPath(v, ['nope', 'title.rendered'])).to.equal('t');
    expect(compilePath("a['b c'].d")).to.deep.equal(['a', 'b c', 'd']);
  });

  it('expands URL templates with encoded values', () => {
    const t = '/news/{month}.json?from={from}&to={to}&s={section}&p={page}&n={pageSize}&o={offset}';
    expect([...placeholders(t)].sort()).to.deep.equal(['from', 'month', 'offset', 'page', 'pageSize', 'section', 'to']);
    expect(
      expandTemplate(t, {
        month: '2017-10',
        from: '2017-10-01',
        to: '2017-10-31',
        section: 'a&b',
        page: 2,
        pageSize: 20,
        offset: 20,
      }),
    ).to.equal('/news/2017-10.json?from=2017-10-01&to=2017-10-31&s=a%26b&p=2&n=20&o=20');
    expect(expandTemplate('/x?d={date}', {})).to.equal('/x?d=');
  });
});
