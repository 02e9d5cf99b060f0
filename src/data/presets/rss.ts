/**
 * RSS 2.0 (and RSS 1.0/RDF): `<item>` with `title`, `link`, `guid`,
 * `pubDate` (RFC 2822) or `dc:date`, `description` (HTML), `content:encoded`,
 * image `enclosure`/`media:content`/`media:thumbnail`, `category`; paging by
 * `<atom:link rel="next">` (RFC 5005) when the feed offers it.
 */
import { fail } from '../messages.js';
import { parseInstant } from '../../core/parse.js';
import { childText, children, parseXml } from '../xml.js';
import type { Preset } from '../preset.js';

function imageOf(item: Element): string | undefined {
  for (const el of Array.from(item.children)) {
    const type = el.getAttribute('type') ?? '';
    if (el.localName === 'enclosure' && type.startsWith('image/')) return el.getAttribute('url') ?? undefined;
    if (
      el.localName === 'content' &&
      el.prefix === 'media' &&
      (el.getAttribute('medium') === 'image' || type.startsWith('image/'))
    )
      return el.getAttribute('url') ?? undefined;
    if (el.localName === 'thumbnail') return el.getAttribute('url') ?? undefined;
  }
  return undefined;
}

function parse(text: string): unknown {
  const doc = parseXml(text);
  const root = doc.documentElement;
  const channel = root.localName === 'rss' ? children(root, 'channel')[0] : root;
  if (!channel || !['rss', 'RDF'].includes(root.localName)) {
    throw fail('bad-body', { value: root.localName }, 'not-rss');
  }
  // RSS 1.0 keeps items beside the channel, RSS 2.0 inside it.
  const items = [...children(channel, 'item'), ...(root.localName === 'RDF' ? children(root, 'item') : [])];
  const next = Array.from(channel.children).find((c) => c.localName === 'link' && c.getAttribute('rel') === 'next');
  return {
    next: next?.getAttribute('href') ?? undefined,
    items: items.map((item) => ({
      guid: childText(item, 'guid'),
      link: childText(item, 'link') ?? item.getAttribute('rdf:about') ?? undefined,
      title: childText(item, 'title'),
      date: childText(item, 'pubDate') ?? childText(item, 'date'),
      description: childText(item, 'description'),
      content: childText(item, 'encoded', 'content'),
      image: imageOf(item),
      category: childText(item, 'category'),
    })),
  };
}

const rss: Preset = {
  format: 'xml',
  parse,
  items: ['items'],
  map: {
    id: ['guid', 'link'],
    title: 'title',
    date: 'date',
    lead: 'description',
    body: ['content', 'description'],
    url: 'link',
    image: 'image',
    section: 'category',
    titleType: 'text',
    leadType: 'html',
    bodyType: 'html',
  },
  // pubDate is RFC 2822 ("Fri, 02 Jan 2026 14:30:00 +0300"); dc:date is ISO.
  // A date-format, when set, reads it (falling back to these forms); a date no form reads is reported as it is.
  read: {
    date: (r, ctx) => {
      const date = r.date;
      if (typeof date !== 'string' || ctx.parse) return date;
      try {
        return parseInstant(date, ctx.timeZone);
      } catch {
        return date;
      }
    },
  },
  next: (body) => (body as { next?: string }).next,
};

export default rss;
