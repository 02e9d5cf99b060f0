/**
 * HTML to plain text without a DOM: titles and leads become text that is
 * rendered as text, so a tag stripper is enough here (safety of rendered HTML
 * is the sanitiser's job). Entities are decoded exactly once, from tables
 * (entities.ts), never through an HTML sink.
 *
 * Every function here takes time linear in its input: endpoints send any text,
 * and a pattern that rescans the rest of a string from every `<` froze pages
 * (a 140 kB title of `<script` repeated took seconds).
 */
import { namedReference } from './entities.js';

export { loadEntityTable, needsEntityTable } from './entities.js';

/** Decodes HTML character references once: `&laquo;` → «, `&#8212;` → —, `&amp;amp;` → `&amp;`. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // Linear: each `&` is tried once, and the name or digits it starts end at the first other character.
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    // Unknown, or in the complete table that is not loaded yet: as written.
    return namedReference(ref) ?? m;
  });
}

/** Elements whose content is not text (skipped to their end tag). */
const RAW = ['script', 'style', 'template', 'noscript', 'iframe', 'object'];

/** Tags that break a line: they leave a space behind. */
const BLOCK =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|figure|figcaption|pre)\b[^>]*>/gi;

/**
 * `pattern` applied to the text up to the last `end` in it, and the rest
 * kept: every match of a pattern that ends with `end` lies there, and there
 * no attempt can fail for want of an `end` after it, which is what made the
 * plain pattern scan the rest of the text again from every `<`.
 */
function replaceBefore(text: string, end: string, pattern: RegExp, by: string): string {
  const last = text.lastIndexOf(end);
  if (last === -1) return text;
  const cut = last + end.length;
  return text.slice(0, cut).replace(pattern, by) + text.slice(cut);
}

/**
 * Elements whose content is not text go with it: from `<script` to the first
 * `</script>` (any case, white space before `>`) after it. One never closed
 * leaves its tag for the tag pass and its content as text; once a name is
 * seen unclosed, no later element of that name can close either, so it is no
 * longer looked for: each step removes an element or gives up on a name.
 */
function dropRawElements(text: string): string {
  let names = RAW;
  let out = '';
  let kept = 0;
  let from = 0;
  while (names.length) {
    const open = new RegExp(`<(${names.join('|')})\\b`, 'gi');
    open.lastIndex = from;
    const start = open.exec(text);
    if (!start) break;
    const name = start[1].toLowerCase();
    const close = new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = open.lastIndex;
    const end = close.exec(text);
    if (!end) {
      names = names.filter((n) => n !== name);
      from = start.index + 1;
      continue;
    }
    out += text.slice(kept, start.index);
    kept = from = close.lastIndex;
  }
  return out + text.slice(kept);
}

/** The text of HTML with its tags gone (a block tag leaves `blockBy`), entities not yet decoded. */
function stripTags(html: string, blockBy: string): string {
  if (!html.includes('<')) return html;
  let text = replaceBefore(html, '-->', /<!--[\s\S]*?-->/g, '');
  text = dropRawElements(text);
  text = replaceBefore(text, '>', BLOCK, blockBy);
  return replaceBefore(text, '>', /<\/?[a-z!?][^>]*>/gi, '');
}

/** Collapses ASCII white space (a decoded &nbsp; stays non-breaking); a lone space is left as it is. */
const collapse = (text: string): string => text.replace(/[ \t\n\r\f]{2,}|[\t\n\r\f]/g, ' ').trim();

/** Plain text of an HTML fragment, whitespace collapsed. */
export function htmlToText(html: string): string {
  return collapse(decodeEntities(stripTags(html, ' ')));
}

/** Plain text of an HTML fragment in paragraphs, one for each run of text between block tags. */
export function htmlToParagraphs(html: string): string[] {
  // Block tags become U+2029 PARAGRAPH SEPARATOR: the source's own line breaks are only white space.
  return stripTags(html, '\u2029')
    .split('\u2029')
    .map((p) => collapse(decodeEntities(p)))
    .filter(Boolean);
}

/**
 * True when a string looks like markup rather than plain text: a tag (`<b`,
 * `</p` with a `>` somewhere after it) or a character reference.
 */
export function looksLikeHtml(text: string): boolean {
  // Tags first by the last `>`: a tag's start before it is all it takes (and one search, not one per `<`).
  const lastClose = text.lastIndexOf('>');
  if (lastClose > 0 && /<\/?[a-z]/i.test(text.slice(0, lastClose))) return true;
  return /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);
}

/** The first `count` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, count = 12): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}
