import type { CSSResult } from 'lit';

/**
 * Adds a stylesheet to a shadow root, once: for the styles a lazily loaded
 * chunk brings with it (the picker's, a scheme's, a font scale's). Constructable stylesheets,
 * so a strict CSP (`style-src 'self'`) allows them.
 */
export function adopt(root: ShadowRoot | null | undefined, style: CSSResult | CSSStyleSheet): void {
  const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
  if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
