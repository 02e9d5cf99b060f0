/**
 * HTML to plain text without a DOM on the hot path: titles and leads become
 * text that is rendered as text, so a tag stripper is enough here (safety of
 * rendered HTML is the sanitiser's job). Entities are decoded exactly once.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  copy: '©',
  reg: '®',
  trade: '™',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  bdquo: '„',
  sbquo: '‚',
  minus: '−',
  middot: '·',
  deg: '°',
  numero: '№',
  times: '×',
  shy: '\u00ad',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  euro: '€',
  bull: '•',
};

let decoder: HTMLTextAreaElement | undefined;

/** A named entity outside the table: the browser knows all of them. */
function rareEntity(entity: string): string {
  if (typeof document === 'undefined') return entity;
  try {
    decoder ??= document.createElement('textarea');
    decoder.innerHTML = entity; // only `&name;` reaches here; a Trusted Types page refuses it, hence the catch
    return (NAMED[entity.slice(1, -1)] = decoder.value);
  } catch {
    return entity;
  }
}

/** Decodes HTML character references once: `&laquo;` → «, `&#8212;` → —, `&amp;amp;` → `&amp;`. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? rareEntity(m);
  });
}

const BLOCK =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|figure|figcaption|pre)\b[^>]*>/gi;

/** Plain text of an HTML fragment, whitespace collapsed. */
export function htmlToText(html: string): string {
  let text = html;
  if (text.includes('<')) {
    text = text
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|template|noscript|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(BLOCK, ' ')
      .replace(/<\/?[a-z!?][^>]*>/gi, '');
  }
  // Collapse ASCII whitespace only: a decoded &nbsp; stays non-breaking.
  return decodeEntities(text)
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

/** True when a string looks like markup rather than plain text. */
export const looksLikeHtml = (text: string): boolean => /<\/?[a-z][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);

/** The first `count` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, count = 12): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}
