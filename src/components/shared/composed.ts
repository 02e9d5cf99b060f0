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

/** The element with this id in `node`'s tree, else in the document (a widget inside a shadow root still finds the page's). */
export function byId(node: Node, id: string): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? document.getElementById(id);
}

/** A click with the main button and no modifier key (the others open a link in a new tab: the browser's job). */
export const isPlainClick = (e: MouseEvent): boolean => !(e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey);
