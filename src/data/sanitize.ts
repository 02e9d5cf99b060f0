/**
 * HTML from endpoints is sanitised before it reaches the DOM, by DOMPurify,
 * loaded on first use so a page with only a calendar never downloads it.
 *
 * Policy: HTML only (no SVG/MathML); no script, style, iframe, object, embed,
 * form or form controls, meta/link/base; no `on*` or `style` attributes; URLs
 * http(s), mailto, tel or relative (`data:` only for images); every link gets
 * `rel="noopener noreferrer"`, images `loading="lazy"`. On a page that enforces
 * Trusted Types, DOMPurify parses through a policy named `letopis` (allow it in
 * the `trusted-types` CSP directive) and the result is a DocumentFragment, so
 * no HTML string sink is used at all.
 */
import type { DOMPurify as Purify, Config } from 'dompurify';

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'iframe',
    'object',
    'embed',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'meta',
    'link',
    'base',
    'frame',
    'frameset',
    'noscript',
    'template',
    'dialog',
  ],
  FORBID_ATTR: ['style', 'srcdoc', 'formaction', 'action', 'ping', 'background'],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(name: string, rules: { createHTML(s: string): string }): unknown;
  };
}

let purifier: Promise<Purify> | undefined;

function load(): Promise<Purify> {
  purifier ??= import('dompurify').then(({ default: factory }) => {
    // An instance of our own: hooks on it never touch a DOMPurify the host page uses.
    const purify = factory(window);
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node instanceof HTMLImageElement) {
        node.setAttribute('loading', 'lazy');
        node.setAttribute('decoding', 'async');
      } else if (node instanceof Element) {
        // data: URLs only for images (DOMPurify also allows them on audio/video).
        for (const name of ['src', 'href', 'poster']) {
          if (/^\s*data:/i.test(node.getAttribute(name) ?? '')) node.removeAttribute(name);
        }
      }
    });
    const tt = (window as TrustedTypesWindow).trustedTypes;
    if (tt) {
      try {
        // Only DOMPurify's own parsing goes through this policy; its output is sanitised.
        CONFIG.TRUSTED_TYPES_POLICY = tt.createPolicy('letopis', {
          createHTML: (s) => s,
        }) as Config['TRUSTED_TYPES_POLICY'];
      } catch {
        // the page's CSP does not allow a policy named letopis: DOMPurify falls back to its own
      }
    }
    return purify;
  });
  return purifier;
}

/** Sanitised HTML as a fragment, ready to append: no string reaches `innerHTML`. */
export async function sanitizeToFragment(html: string): Promise<DocumentFragment> {
  const purify = await load();
  return purify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** Sanitised HTML as a string (for integrators who render it themselves). */
export async function sanitizeHtml(html: string): Promise<string> {
  const purify = await load();
  return String(purify.sanitize(html, CONFIG));
}
