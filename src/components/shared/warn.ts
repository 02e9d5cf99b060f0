/**
 * The console line for an integrator's mistake in an attribute:
 * `letopis: <letopis-source retries="abc">: not a whole number ≥ 0; using 3`
 * — the element, the attribute as written, what is accepted, what is used
 * instead — printed once a page, however often the element updates.
 */
import { MAX_ID_LENGTH } from '../../core/links.js';

const printed = new Set<string>();

/** Past this many characters a value is cut in the console line (a 10 kB id is not printed whole). */
const SHOWN = 120;

/** The rules the widgets' sentences share. */
export const URL_RULE = 'not an http(s) or relative URL';
export const DAY_RULE = 'not a day YYYY-MM-DD';
export const ID_LIMITS = `1–${MAX_ID_LENGTH} characters, not "." or ".."`;
export const ID_RULE = `not an article id (${ID_LIMITS})`;

/** The attribute's name in HTML: `pageSize` → `page-size`. */
export const attributeName = (property: string): string => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A value as the integrator wrote it: the attribute's text, else the property's value (objects as JSON). */
export function written(el: Element, property: string): string {
  const attribute = el.getAttribute(attributeName(property));
  if (attribute !== null) return attribute;
  const value = (el as unknown as Record<string, unknown>)[property];
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Cuts a long value for the console. */
export const shorten = (text: string): string => (text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);

/** A page URL's value as a sentence quotes it: JSON, cut when long. */
export const quoted = (given: string): string => JSON.stringify(shorten(given));

/** Warns once a page: `letopis: <tag attribute="value">: text`. */
export function warnAttribute(el: Element, property: string, text: string): void {
  const line = `letopis: <${el.localName} ${attributeName(property)}="${shorten(written(el, property))}">: ${text}`;
  if (printed.has(line)) return;
  printed.add(line);
  console.warn(line);
}

/**
 * An element's sentences, by key: the attribute's property name, or
 * `property:case` where one attribute can be wrong in several ways. Each
 * says what is wrong, then what is done instead; `given` is a page URL's value.
 */
export type Sentences = Record<string, (el: Element, given: string) => string>;

/** What an element's checks call (checked.ts), from the module of its sentences. */
export type Report = (el: Element, key: string, given?: string) => void;

/** The report of a table of sentences: warns once a page about `key` on `el`. */
export const reporter =
  (sentences: Sentences): Report =>
  (el, key, given = '') =>
    warnAttribute(el, key.split(':')[0], sentences[key](el, given));
