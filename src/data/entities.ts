/**
 * HTML named character references, decoded without any HTML sink: the few
 * that news sites use are built in; the complete table of the HTML standard
 * (npm `character-entities`, about 12 KB) is a chunk of its own, loaded only
 * for an answer that names one outside the built-in few. Until it is loaded,
 * such a reference stays as written.
 */

/** The references news sites use, by name (a Map: `&constructor;` is no name). */
const BUILT_IN = new Map<string, string>([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['mdash', '—'],
  ['ndash', '–'],
  ['hellip', '…'],
  ['copy', '©'],
  ['reg', '®'],
  ['trade', '™'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['bdquo', '„'],
  ['sbquo', '‚'],
  ['minus', '−'],
  ['middot', '·'],
  ['deg', '°'],
  ['numero', '№'],
  ['times', '×'],
  ['shy', '\u00ad'],
  ['thinsp', '\u2009'],
  ['ensp', '\u2002'],
  ['emsp', '\u2003'],
  ['euro', '€'],
  ['bull', '•'],
]);

/** The complete table, once loaded. */
let complete: Readonly<Record<string, string>> | undefined;
let loading: Promise<void> | undefined;
let warned = false;

/** A table's own entry only: `toString`, `constructor`, `__proto__` are not references. */
const own = (table: Readonly<Record<string, string>> | undefined, name: string): string | undefined =>
  table && Object.hasOwn(table, name) ? table[name] : undefined;

/**
 * The text a named reference stands for (`hearts` → ♥), or undefined when it
 * is unknown or needs the complete table that is not loaded yet. Names are
 * exact, as in HTML; the built-in few are also read in capitals (`&LAQUO;`).
 */
export function namedReference(name: string): string | undefined {
  return BUILT_IN.get(name) ?? own(complete, name) ?? BUILT_IN.get(name.toLowerCase());
}

/**
 * A named reference, read through the `&amp;`s before it: `&amp;hearts;` in
 * an XML feed is `&hearts;` once parsed (in JSON it is `&hearts;` as text,
 * and loading the table for it costs nothing but the table).
 */
const NAMED_REFERENCE = /&(?:amp;)*([a-z][a-z0-9]*);/gi;

/** Whether a text names a reference (`&name;`) that only the complete table knows. */
function textNeedsTable(text: string): boolean {
  if (!text.includes('&')) return false;
  for (const [, name] of text.matchAll(NAMED_REFERENCE)) if (namedReference(name) === undefined) return true;
  return false;
}

/**
 * Whether an answer names a reference outside the built-in few while the
 * complete table is not loaded: then call `loadEntityTable()` before reading
 * it. Takes the answer's text (or, for data given as an object, the object:
 * its strings are looked through). Linear in the size of the answer.
 */
export function needsEntityTable(answer: unknown): boolean {
  if (complete) return false;
  if (typeof answer === 'string') return textNeedsTable(answer);
  if (!answer || typeof answer !== 'object') return false;
  const seen = new WeakSet<object>();
  const stack: unknown[] = [answer];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (textNeedsTable(value)) return true;
    } else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      for (const v of Object.values(value)) stack.push(v);
    }
  }
  return false;
}

/** Loads the complete table of named references (once; later calls share it). */
export function loadEntityTable(): Promise<void> {
  loading ??= import('character-entities').then(
    ({ characterEntities }) => {
      complete = characterEntities;
    },
    (error: unknown) => {
      // A chunk that did not load: references stay as written, and the next answer tries again.
      loading = undefined;
      if (!warned) console.warn('letopis: could not load the table of HTML character references', error);
      warned = true;
    },
  );
  return loading;
}
