/**
 * Walking up the page from an element through the shadow roots it sits in (a
 * widget inside `<letopis-archive>` belongs to the page around it). Apart from
 * find-source.ts, so that a calendar can ask whether it has a source without
 * loading the code that binds one.
 */

/** The nearest ancestor of `node` (itself included) that `match` accepts, crossing shadow roots. */
export function closestComposed(node: Node, match: (element: Element) => boolean): Element | null {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null))
    if (n instanceof Element && match(n)) return n;
  return null;
}

/** The nearest `<letopis-source>` around `node`. */
export const sourceAncestor = (node: Node): Element | null =>
  closestComposed(node, (element) => element !== node && element.localName === 'letopis-source');
