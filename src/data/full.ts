/**
 * The rest of a NewsItem — title, lead, body, link, image, views, section as
 * plain text — read from the record it came from, once, when a list or an
 * article needs it. Text fields become plain text; HTML bodies stay HTML and
 * are sanitised when rendered.
 */
import { asString, claimOrigin, read, sectionOf, type NormalizeContext } from './normalize.js';
import { firstWords, htmlToText, looksLikeHtml } from './text.js';
import type { NewsItem, TextType } from './types.js';

function asText(value: unknown, type: TextType = 'auto'): string | undefined {
  const s = asString(value);
  if (s === undefined) return undefined;
  const text =
    type === 'html' || (type === 'auto' && looksLikeHtml(s)) ? htmlToText(s) : s.replace(/[ \t\n\r\f]+/g, ' ').trim();
  return text || undefined;
}

/**
 * An absolute URL already in the form `new URL(…).href` would give it (lower-case
 * http(s) scheme and host name, a path, only characters the parser keeps as
 * they are, no dot segments): taken as it is, skipping the parser, which is
 * most of the cost of reading a long feed.
 */
const PLAIN_URL =
  /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?!.*\/(?:\.|%2[eE]))\/[\w\-.~!$&()*+,;=:@%/]*(?:\?[\w\-.~!$&()*+,;=:@%/?]*)?(?:#[\w\-.~!$&()*+,;=:@%/?]*)?$/;

/** An absolute http(s) URL (or a `data:image/` one for images); anything else is dropped. */
export function safeUrl(value: unknown, base?: string, image = false): string | undefined {
  const s = asString(value)?.trim();
  if (!s) return undefined;
  if (PLAIN_URL.test(s)) return s;
  if (image && /^data:image\/(?:png|gif|jpe?g|webp|avif);/i.test(s)) return s;
  try {
    const url = new URL(s, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function imageOf(r: Record<string, unknown>, ctx: NormalizeContext): NewsItem['image'] {
  const v = read(r, 'image', ctx);
  const o = v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  const src = safeUrl(o ? (o.src ?? o.url ?? o.source_url ?? o.SRC ?? o.href) : v, ctx.base, true);
  const alt = read(r, 'imageAlt', ctx) ?? o?.alt ?? o?.ALT ?? o?.alt_text ?? o?.alternativeText ?? o?.title;
  return src ? { src, alt: asText(alt, 'text') ?? '' } : undefined;
}

/**
 * Whether a date value in one of the common forms says a time of day:
 * `2017-11-01`, `01.11.2017` and `Wed, 01 Nov 2017` do not; `14:05` in a
 * string, epoch numbers and `Date`s do.
 */
export const saysTime = (value: unknown): boolean =>
  typeof value === 'string' ? /\d:\d/.test(value) || /^\s*-?\d+(?:\.\d+)?\s*$/.test(value) : value != null;

/** Fills in the rest of an item's fields, in place and once, and returns it. */
export function fillItem(item: NewsItem): NewsItem {
  const origin = claimOrigin(item);
  if (!origin) return item;
  const [r, ctx] = origin;
  const map = ctx.map;
  const rawBody = read(r, 'body', ctx);
  let body: NewsItem['body'];
  if (rawBody && typeof rawBody === 'object' && ('html' in rawBody || 'text' in rawBody))
    body = rawBody as NewsItem['body'];
  else {
    const s = asString(rawBody);
    if (s?.trim())
      body = map.bodyType === 'html' || (map.bodyType !== 'text' && looksLikeHtml(s)) ? { html: s } : { text: s };
  }
  const lead = asText(read(r, 'lead', ctx), map.leadType);
  // No title: the first words of the body, else of the lead.
  item.title =
    asText(read(r, 'title', ctx), map.titleType) ??
    firstWords((body ? ('html' in body ? htmlToText(body.html) : body.text) : lead) ?? '');
  if (lead) item.lead = lead;
  if (body) item.body = body;
  const url = safeUrl(read(r, 'url', ctx), ctx.base);
  if (url) item.url = url;
  const image = imageOf(r, ctx);
  if (image) item.image = image;
  const views = read(r, 'views', ctx);
  if (views != null && views !== '' && Number(views) >= 0) item.views = Math.floor(Number(views));
  const section = asText(sectionOf(read(r, 'section', ctx)));
  if (section) item.section = section;
  // `01.11.2017` is a day, not its midnight: the list and the article then show no time.
  if (!(ctx.timed ?? saysTime)(read(r, 'date', ctx))) item.dateOnly = true;
  return item;
}
