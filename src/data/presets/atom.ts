/**
 * Atom (RFC 4287): `<entry>` with `id`, `title` and `summary`/`content`
 * typed `text`, `html` or `xhtml`, `published` or `updated`,
 * `link rel="alternate"`, `category`; paging by `<link rel="next">`.
 */
import { fail } from '../messages.js';
import { htmlToText } from '../text.js';
import { children, parseXml } from '../xml.js';
import type { Preset } from '../preset.js';

/** An Atom text construct as `{ html }` or `{ text }`. */
function construct(el: Element | undefined): { html: string } | { text: string } | undefined {
  if (!el) return undefined;
  const type = el.getAttribute('type') ?? 'text';
  if (type === 'xhtml') {
    const div = children(el, 'div')[0] ?? el;
    return { html: new XMLSerializer().serializeToString(div) };
  }
  const text = el.textContent ?? '';
  if (!text.trim()) return undefined;
  return type === 'html' ? { html: text } : { text };
}

const plain = (c: ReturnType<typeof construct>): string | undefined =>
  c && ('html' in c ? htmlToText(c.html) : c.text.trim());

function link(el: Element, rel: string): Element | undefined {
  return children(el, 'link').find((l) => (l.getAttribute('rel') ?? 'alternate') === rel);
}

function parse(text: string): unknown {
  const root = parseXml(text).documentElement;
  if (root.localName !== 'feed') {
    throw fail('bad-body', { value: root.localName }, 'not-atom');
  }
  return {
    next: link(root, 'next')?.getAttribute('href') ?? undefined,
    items: children(root, 'entry').map((entry) => {
      const one = (name: string) => children(entry, name)[0];
      const enclosure = children(entry, 'link').find(
        (l) => l.getAttribute('rel') === 'enclosure' && l.getAttribute('type')?.startsWith('image/'),
      );
      const category = one('category');
      return {
        id: one('id')?.textContent?.trim(),
        title: plain(construct(one('title'))),
        date: (one('published') ?? one('updated'))?.textContent?.trim(),
        summary: plain(construct(one('summary'))),
        content: one('content')?.hasAttribute('src') ? undefined : construct(one('content')),
        link: link(entry, 'alternate')?.getAttribute('href') ?? undefined,
        image: enclosure?.getAttribute('href') ?? undefined,
        category: category?.getAttribute('label') ?? category?.getAttribute('term') ?? undefined,
      };
    }),
  };
}

const atom: Preset = {
  format: 'xml',
  parse,
  items: ['items'],
  map: {
    id: ['id', 'link'],
    title: 'title',
    date: 'date',
    lead: 'summary',
    body: 'content',
    url: 'link',
    image: 'image',
    section: 'category',
    titleType: 'text',
    leadType: 'text',
  },
  next: (body) => (body as { next?: string }).next,
};

export default atom;
