import { COPY, VERSION } from './version.js';

/**
 * Registers a tag unless it is already taken. A page may load letopis twice
 * (a template's script tag and a plugin's bundle): the first copy's elements
 * serve every widget, and copies.ts tells the console which copy that is, or
 * that the tag belongs to another script altogether.
 */
export function defineOnce(tag: string, constructor: CustomElementConstructor): void {
  const taken = customElements.get(tag);
  if (!taken) customElements.define(tag, Object.assign(constructor, { [COPY]: VERSION }));
  else if (taken !== constructor) void import('./copies.js').then((copies) => copies.explain(tag, taken));
}
