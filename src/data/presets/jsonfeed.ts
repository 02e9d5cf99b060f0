/** JSON Feed 1.1 (and 1.0): plain-text `title`, `content_html` or `content_text`, `next_url` paging. */
import type { Preset } from '../preset.js';

type Rec = Record<string, unknown>;

const jsonfeed: Preset = {
  items: ['items'],
  map: {
    id: 'id',
    title: 'title',
    date: ['date_published', 'date_modified'],
    lead: 'summary',
    url: ['url', 'external_url'],
    image: ['image', 'banner_image'],
    section: 'tags',
    titleType: 'text',
    leadType: 'text',
  },
  read: {
    body: (r) =>
      typeof r.content_html === 'string'
        ? { html: r.content_html }
        : typeof r.content_text === 'string'
          ? { text: r.content_text }
          : undefined,
  },
  next: (body) => (body as Rec | null)?.next_url as string | undefined,
};

export default jsonfeed;
