/**
 * Reading one answer of an endpoint: its body parsed, its records found and
 * normalised into items, and where its next page is (as it is written: the
 * plans decide whether to follow it, paging.ts). Pure: the engine (engine.ts)
 * caches what comes out and tells the page about it.
 */
import type { LetopisError } from '../core/errors.js';
import type { HttpResult } from './http.js';
import { loadEntityTable, needsEntityTable } from './entities.js';
import { INLINE } from './inline.js';
import { fail } from './messages.js';
import { normalizeInSlices } from './normalize.js';
import { getPath } from './path.js';
import type { Page, Setup } from './plan.js';

/** A body that is an XML feed (prolog, comments and doctype allowed before its root). */
const XML_FEED = /^\uFEFF?\s*(?:(?:<\?[^>]*>|<!--(?:[^-]|-(?!->))*-->|<!DOCTYPE[^>]*>)\s*)*<(rss|feed|rdf:RDF)[\s>]/i;

/**
 * A 2xx body as data: JSON, or the text itself for XML feeds (read by their
 * preset; without one, a body that looks like a feed is detected as one).
 */
export function parseBody(preset: string | undefined, text: string, url: string): unknown {
  if (preset === 'rss' || preset === 'atom' || (!preset && XML_FEED.test(text))) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw fail('bad-body', { url, value: text.slice(0, 200) }, /^\s*</.test(text) ? 'html' : undefined);
  }
}

/** Whether an answer has a next page, when it does not name it: by the totals, else by how full it was. */
function hasNextPage(
  s: Setup,
  records: number,
  page: number,
  size: number,
  totals: { total?: number; pages?: number } | undefined,
): boolean {
  if (totals?.pages !== undefined) return page < totals.pages;
  if (totals?.total !== undefined && size) return page * size < totals.total;
  // A template that pages but does not say its page size: only an empty page ends it.
  if (s.paging === 'template' && !s.vars.has('pageSize')) return true;
  return records >= size;
}

/** An answer's body as the preset reads it: its own parse for text (XML feeds), else the body as it came. */
export const bodyOf = (s: Setup, res: HttpResult): unknown =>
  s.preset?.parse && typeof res.body === 'string' ? s.preset.parse(res.body) : res.body;

/** The paths the records may be at: the integrator's `map.items`, else the preset's. */
export const recordPaths = (s: Setup): string[] => [s.ctx.map.items ?? s.preset?.items ?? ''].flat();

/**
 * An answer read into items (a slice at a time: see normalizeInSlices), with
 * where its next page is. Throws `unknown-shape` or `bad-items`.
 */
export async function readAnswer(s: Setup, res: HttpResult, page: number, size: number): Promise<Page> {
  const body = bodyOf(s, res);
  // A named entity outside the built-in table (`&hearts;`): the full table loads first (entities.ts).
  if (needsEntityTable(res.text || body)) await loadEntityTable();
  // The integrator's map.items wins over the preset's own way to find the records.
  let records = s.ctx.mapped?.has('items') ? undefined : s.preset?.records?.(body);
  const paths = recordPaths(s);
  for (const path of paths) {
    const value = getPath(body, path);
    if (!records && Array.isArray(value)) records = value;
  }
  if (!records) throw await shapeError(s, res.url, body, paths);
  const normalized = await normalizeInSlices(records, s.ctx);
  if (normalized.skipped && !normalized.items.length)
    throw fail('bad-items', { url: res.url, skipped: normalized.skipped }, undefined, normalized.reasons);
  const totals = s.preset?.totals?.(body, res.headers);
  let next: string | boolean = false;
  const link = s.preset?.next?.(body, res.headers, new URL(res.url, document.baseURI));
  if (link) next = new URL(link, res.url).href;
  else if (link !== null && s.paging && records.length && res.url !== INLINE)
    next = hasNextPage(s, records.length, page, size, totals);
  return { ...normalized, raw: records.length, next, total: totals?.total };
}

/** Throws the HTTP error of a failed answer; false for the answer past the last page. */
export function checkAnswer(s: Setup, res: HttpResult, page: number): boolean {
  if (res.status < 400) return true;
  const pastEnd = s.preset?.pastEnd?.(res.status, res.body) || (s.paging === 'template' && res.status < 500);
  if (page > 1 && pastEnd) return false;
  throw fail('http', { url: res.url, status: res.status });
}

/**
 * `unknown-shape`. With a preset set, the answer is also read as shape
 * detection would read it: when it is another preset's shape (a Bitrix
 * export under `preset="wordpress"`), the sentence names that preset.
 */
async function shapeError(s: Setup, url: string, body: unknown, paths: string[]): Promise<LetopisError> {
  if (s.preset) {
    const [{ detect }, { loadPreset }] = await Promise.all([
      import('./presets/detect.js'),
      import('./presets/load.js'),
    ]);
    try {
      const { preset } = detect(body);
      if (preset && (await loadPreset(preset)) !== s.preset)
        return fail('unknown-shape', { url, paths, value: preset }, 'other-preset');
    } catch {
      // No shape letopis knows either: the plain sentence.
    }
  }
  return fail('unknown-shape', { url, paths });
}
