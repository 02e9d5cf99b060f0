/**
 * The nearest `<letopis-source>` around `node`, crossing shadow roots. Apart
 * from find-source.ts so that a calendar can ask whether it has a source
 * without loading the code that binds one.
 */
export function sourceAncestor(node: Node): Element | null {
  for (let n: Node | null = node.parentNode; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n instanceof Element && n.localName === 'letopis-source') return n;
  }
  return null;
}
