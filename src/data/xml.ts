/** XML feeds through the browser's DOMParser (no scripts run, nothing loads). */
import { fail } from './messages.js';

export function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    throw fail('bad-body', { value: error.textContent?.trim().split('\n')[0] ?? 'parser error' }, 'xml');
  }
  return doc;
}

/** Direct children by local name, whatever their namespace prefix. */
export const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.children).filter((c) => c.localName === name);

/** Text of the first child with a local name (optionally with a namespace prefix like `content:encoded`). */
export function childText(parent: Element, name: string, prefix?: string): string | undefined {
  const el = Array.from(parent.children).find((c) => c.localName === name && (!prefix || c.prefix === prefix));
  const text = el?.textContent?.trim();
  return text || undefined;
}
