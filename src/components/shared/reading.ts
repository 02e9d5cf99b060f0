/**
 * How the page wants to be read, for a widget that found any such setting
 * (page.ts decides; a page with none never loads this): the colour scheme —
 * the element's `theme`, else the page's `data-letopis-theme`, else the bvi
 * panel's (`theme="auto"` follows `prefers-color-scheme`) — how images show, the page's
 * text spacing (under bvi, or where an ancestor has `data-letopis-text-spacing`), and a font scale. Each is put on the host as a
 * `data-letopis-*` attribute that the stylesheet below reads.
 */
import { css, type CSSResult, type ReactiveControllerHost } from 'lit';
import { adopt } from './adopt.js';
import { IMAGE_MODE, type ImageMode } from './images.js';
import { closestComposed } from './composed.js';

/** The schemes: light and dark, and the five of Russian low-vision site versions. */
export const SCHEMES = ['light', 'dark', 'lv-white', 'lv-black', 'lv-blue', 'lv-brown', 'lv-green'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** bvi's colour themes (`data-bvi-theme`) and image setting (`data-bvi-images`), in our words. */
const BVI_SCHEMES: Record<string, Scheme> = {
  white: 'lv-white',
  black: 'lv-black',
  blue: 'lv-blue',
  brown: 'lv-brown',
  green: 'lv-green',
};
const BVI_IMAGES: Record<string, ImageMode> = { true: 'on', false: 'off', grayscale: 'grayscale' };

/**
 * Colours of each scheme: text and background, from which every part's
 * colour follows (the low-vision schemes use only their two colours, as the
 * sites' own versions do).
 */
const schemeStyles: CSSResult = css`
  :host([data-letopis-scheme='light']),
  :host([data-letopis-scheme='dark']),
  :host([data-letopis-scheme^='lv-']) {
    background-color: var(--_bg);
  }
  :host([data-letopis-scheme='light']) {
    --_text: var(--letopis-text, #1a1a1a);
    --_bg: var(--letopis-background, #fff);
    --_surface: var(--letopis-surface, #fff);
  }
  :host([data-letopis-scheme='dark']) {
    --_text: var(--letopis-text, #f0f0f0);
    --_bg: var(--letopis-background-dark, #121212);
    --_surface: var(--letopis-surface-dark, #1e1e1e);
    --_accent: var(--letopis-accent-dark, #8ab4f8);
    --_on-accent: #000;
  }
  :host([data-letopis-scheme^='lv-']) {
    --_muted: var(--_text);
    --_accent: var(--_text);
    --_on-accent: var(--_bg);
    --_surface: var(--_bg);
    --_border: var(--_text);
    --_news: color-mix(in srgb, var(--_text) 18%, var(--_bg));
    --_tint: color-mix(in srgb, var(--_text) 12%, var(--_bg));
  }
  :host([data-letopis-scheme='lv-white']) {
    --_text: #000;
    --_bg: #fff;
  }
  :host([data-letopis-scheme='lv-black']) {
    --_text: #fff;
    --_bg: #000;
  }
  :host([data-letopis-scheme='lv-blue']) {
    --_text: #063462;
    --_bg: #9dd1ff;
  }
  :host([data-letopis-scheme='lv-brown']) {
    --_text: #4d4b43;
    --_bg: #f7f3d6;
  }
  :host([data-letopis-scheme='lv-green']) {
    --_text: #a9e44d;
    --_bg: #3b2716;
  }
  /* Under a low-vision panel, or where the page says its text spacing is the reader's, it reaches inside. */
  :host([data-letopis-spacing]) {
    line-height: inherit !important;
    letter-spacing: inherit !important;
    word-spacing: inherit !important;
  }
  :host([data-letopis-image-mode='grayscale']) img {
    filter: grayscale(1);
  }
  :host([data-letopis-image-mode='off']) [part~='body'] img {
    display: none;
  }
`;

/** A letopis element. */
type Host = ReactiveControllerHost & HTMLElement;

/** Each host's own font-scale sheet. */
const scales = new WeakMap<Element, CSSStyleSheet>();

/** The nearest of these attributes on the host, an enclosing letopis element, or (for `data-` ones) any ancestor. */
function setting(host: Element, own: string, page: string): string | undefined {
  const owner = closestComposed(
    host,
    (e) => (e.localName.startsWith('letopis-') && e.hasAttribute(own)) || e.hasAttribute(page),
  );
  return owner?.getAttribute(owner.hasAttribute(own) ? own : page) ?? undefined;
}

/** The reader's colour preference; hosts on `theme="auto"` are read again when it changes. */
const prefersDark = matchMedia('(prefers-color-scheme: dark)');
const following = new Set<Host>();
prefersDark.addEventListener('change', () => {
  for (const host of following) {
    if (host.isConnected) applyReading(host);
    else following.delete(host);
  }
});

/** The scheme in force: the element's or the page's, else the bvi panel's (its `.bvi-body`, when the host is in one). */
function schemeOf(host: Host, panel: Element | null): Scheme | undefined {
  let theme = setting(host, 'theme', 'data-letopis-theme');
  if (theme === 'auto') {
    following.add(host);
    theme = prefersDark.matches ? 'dark' : 'light';
  } else following.delete(host);
  if (theme && (SCHEMES as readonly string[]).includes(theme)) return theme as Scheme;
  return BVI_SCHEMES[panel?.getAttribute('data-bvi-theme') ?? ''];
}

/** `150%`, `1.5` or `150` → 1.5; undefined for anything else. */
function scaleOf(value: string | undefined): number | undefined {
  const n = Number.parseFloat(value ?? '');
  if (!(n > 0)) return undefined;
  return value!.trim().endsWith('%') || n > 4 ? n / 100 : n;
}

function toggle(host: Element, name: string, value: string | undefined): void {
  if (value === undefined) host.removeAttribute(name);
  else if (host.getAttribute(name) !== value) host.setAttribute(name, value);
}

/** Puts the page's reading settings on the host, and re-renders it when its images are to show otherwise. */
export function applyReading(host: Host): void {
  const root = host.shadowRoot;
  adopt(root, schemeStyles);
  // The bvi panel wraps the page's body in `.bvi-body` and keeps its settings there (npm 1.x and the jQuery 2.0 plugin alike).
  const panel = closestComposed(host, (e) => e.classList.contains('bvi-body'));

  toggle(host, 'data-letopis-scheme', schemeOf(host, panel));
  const images =
    (setting(host, 'images', 'data-letopis-images') as ImageMode | undefined) ??
    BVI_IMAGES[panel?.getAttribute('data-bvi-images') ?? ''] ??
    'on';
  const mode = images === 'off' || images === 'grayscale' ? images : undefined;
  if (host.getAttribute(IMAGE_MODE) !== (mode ?? null)) {
    toggle(host, IMAGE_MODE, mode);
    host.requestUpdate();
  }
  const spacing = panel || closestComposed(host, (e) => e.hasAttribute('data-letopis-text-spacing'));
  toggle(host, 'data-letopis-spacing', spacing ? '' : undefined);

  // A font scale applies once: an element inside another letopis element inherits its size.
  const inner = !!closestComposed(host, (e) => e !== host && e.localName.startsWith('letopis-'));
  const scale = inner ? undefined : scaleOf(setting(host, 'font-scale', 'data-letopis-font-scale'));
  if (root && (scale || scales.has(host))) {
    let sheet = scales.get(host);
    if (!sheet) scales.set(host, (sheet = new CSSStyleSheet()));
    adopt(root, sheet);
    sheet.replaceSync(scale ? `:host { font-size: ${scale * 100}%; }` : '');
  }
}
