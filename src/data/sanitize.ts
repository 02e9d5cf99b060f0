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
 * no HTML string sink is used at all. DOMPurify's own `dompurify` policy is
 * never created: that name stays free for a DOMPurify of the page's.
 *
 * When the HTML cannot be parsed at all (the page enforces Trusted Types and
 * does not allow `letopis`, or the sanitiser's chunk did not load), a body is
 * shown as its plain text, in paragraphs, and the console says once why.
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
    createPolicy(name: string, rules: { createHTML(s: string): string; createScriptURL(s: string): string }): unknown;
  };
}

/** Said once in the console when the page's Trusted Types leave no way to parse HTML. */
export const TRUSTED_TYPES_WARNING =
  "letopis: article bodies are shown as plain text: this page's Content-Security-Policy enforces Trusted Types " +
  `(require-trusted-types-for 'script') and its trusted-types directive does not allow the policy "letopis". ` +
  "Add letopis to it: trusted-types lit-html letopis (and 'allow-duplicates' when two copies of letopis share the page).";

/** Said once in the console when the sanitiser could not run (its chunk did not load, or it failed). */
export const SANITISER_WARNING =
  'letopis: article bodies are shown as plain text: the HTML sanitiser (DOMPurify) could not run';

/**
 * How DOMPurify parses: through our policy on a page with Trusted Types, a
 * plain string (null) where the page lets one parse, or not at all (false).
 */
type Parsing = NonNullable<Config['TRUSTED_TYPES_POLICY']> | null | false;

/** The sanitiser, or none when HTML cannot be parsed here (bodies are then shown as text). */
interface Purifier {
  purify?: Purify;
  parsing?: Parsing;
}

let purifier: Promise<Purifier> | undefined;
const warned = new Set<string>();

/** Each reason for plain-text bodies is said once in the console. */
function warnOnce(message: string, cause?: unknown): void {
  if (warned.has(message)) return;
  warned.add(message);
  if (cause === undefined) console.warn(message);
  else console.warn(message, cause);
}

/** Whether the page lets a plain string be parsed as HTML (no Trusted Types enforced, or a default policy). */
function stringsParse(): boolean {
  try {
    new DOMParser().parseFromString('', 'text/html');
    return true;
  } catch {
    return false;
  }
}

function parsing(): Parsing {
  const tt = (window as TrustedTypesWindow).trustedTypes;
  if (!tt) return null;
  try {
    return tt.createPolicy('letopis', {
      // Only DOMPurify's own parsing goes through this policy; what it returns is sanitised.
      createHTML: (s) => s,
      // No script URL survives the sanitiser (no script, iframe, object or embed): none is trusted.
      createScriptURL: () => '',
    }) as NonNullable<Config['TRUSTED_TYPES_POLICY']>;
  } catch {
    // Not allowed by the page's trusted-types directive: strings still parse where Trusted Types are not enforced.
    return stringsParse() && null;
  }
}

function load(): Promise<Purifier> {
  purifier ??= import('dompurify').then(
    ({ default: factory }) => {
      const how = parsing();
      if (how === false) {
        warnOnce(TRUSTED_TYPES_WARNING);
        return {};
      }
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
      return { purify, parsing: how };
    },
    (error: unknown) => {
      // The chunk did not load (offline, a wrong path to the build): plain text now, and another try next time.
      purifier = undefined;
      warnOnce(SANITISER_WARNING, error);
      return {};
    },
  );
  return purifier;
}

/** Our options, and how DOMPurify parses (never through a `dompurify` policy of its own). */
const configFor = (how: Parsing | undefined): Config => ({ ...CONFIG, TRUSTED_TYPES_POLICY: how || null });

/** The text stripper (text.ts, a chunk the list and the article load anyway), with the entities `html` names. */
async function paragraphsOf(html: string): Promise<(html: string) => string[]> {
  const text = await import('./text.js');
  if (text.needsEntityTable(html)) await text.loadEntityTable();
  return text.htmlToParagraphs;
}

/** The text of HTML that could not be parsed, as paragraphs built node by node (no HTML is parsed). */
async function textFragment(html: string): Promise<DocumentFragment> {
  const htmlToParagraphs = await paragraphsOf(html);
  const fragment = document.createDocumentFragment();
  for (const text of htmlToParagraphs(html))
    fragment.append(Object.assign(document.createElement('p'), { textContent: text }));
  return fragment;
}

/**
 * Sanitised HTML as a fragment, ready to append: no string reaches `innerHTML`.
 * Where HTML cannot be parsed (see above), its text in paragraphs.
 */
export async function sanitizeToFragment(html: string): Promise<DocumentFragment> {
  const { purify, parsing: how } = await load();
  if (purify) {
    try {
      return purify.sanitize(html, { ...configFor(how), RETURN_DOM_FRAGMENT: true });
    } catch (error) {
      // Not expected (a page's default policy that throws, say); the body is still shown, as text.
      warnOnce(SANITISER_WARNING, error);
    }
  }
  return textFragment(html);
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Sanitised HTML as a string (for integrators who render it themselves).
 * Where HTML cannot be parsed (see above), its text in escaped paragraphs.
 */
export async function sanitizeHtml(html: string): Promise<string> {
  const { purify, parsing: how } = await load();
  if (purify) return String(purify.sanitize(html, configFor(how)));
  const htmlToParagraphs = await paragraphsOf(html);
  return htmlToParagraphs(html)
    .map((p) => `<p>${p.replace(/[&<>"']/g, (c) => escapes[c])}</p>`)
    .join('');
}
