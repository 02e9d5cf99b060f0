/**
 * What the console hears when a tag letopis defines is already taken (loaded
 * only then). Another copy of letopis: its elements are used — they read any
 * copy's sources, which are duck-typed (find-source.ts) — and this is said
 * once per copy. Another script's element: every time, since those widgets
 * will not work.
 */
import { COPY, VERSION } from './version.js';

let told = false;

export function explain(tag: string, taken: CustomElementConstructor): void {
  const version = (taken as { [COPY]?: string })[COPY];
  if (version === undefined)
    console.warn(
      `letopis: <${tag}> is already defined by another script of this page, not by letopis: those elements will not be letopis widgets: remove that definition`,
    );
  else if (!told) {
    told = true;
    console.warn(
      `letopis: another copy of letopis (${version}) is on this page and defined its elements first; this copy (${VERSION}) uses them`,
    );
  }
}
