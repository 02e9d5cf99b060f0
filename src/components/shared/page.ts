import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE } from '../../core/strings.js';
import { langOf } from './locale.js';
import type * as Reading from './reading.js';
import { closestComposed } from './composed.js';

/**
 * The attributes that say how the page wants to be read: the language, the
 * element's own `theme`, `images` and `font-scale`, the page's
 * `data-letopis-*` settings, and the bvi low-vision panel's colours and
 * images (its font size and spacing reach the widget by inheritance).
 */
const WATCHED = [
  'lang',
  'theme',
  'images',
  'font-scale',
  'data-letopis-theme',
  'data-letopis-images',
  'data-letopis-font-scale',
  'data-letopis-text-spacing',
  'data-bvi-theme',
  'data-bvi-images',
];

/**
 * An element that carries one of them (the language aside) means the page has
 * reading settings: the element or an enclosing letopis element (`theme`,
 * `images`, `font-scale`), the page (`data-letopis-*`), the bvi panel's
 * `.bvi-body`. reading.ts sorts out which applies.
 */
const SETTINGS = WATCHED.filter((name) => name !== 'lang')
  .map((name) => `[${name}]`)
  .join();

/**
 * Keeps an element's reading settings current: its language, and — once any
 * setting is there (a scheme, an image mode, a font scale, the bvi panel) —
 * the rest, which loads with `reading.ts`. One observer per
 * tree the element sits in watches the attributes above, so a page's
 * language switch or low-vision panel re-renders the widget without a reload.
 */
export class PageController implements ReactiveController {
  /** The language now: a BCP 47 tag. */
  lang = DEFAULT_LOCALE;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #observer = new MutationObserver(() => this.#read());
  #reading?: Promise<typeof Reading>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#read();
    // The element's own tree and each tree around it, up to the document: a setting can change in any.
    let root: Node | undefined = this.#host.getRootNode();
    while (root) {
      this.#observer.observe(root, { attributes: true, attributeFilter: WATCHED, subtree: true });
      root = root instanceof ShadowRoot ? root.host.getRootNode() : undefined;
    }
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  #read(): void {
    const host = this.#host;
    const lang = langOf(host);
    if (lang !== this.lang) {
      this.lang = lang;
      host.requestUpdate();
    }
    if (this.#reading || closestComposed(host, (e) => e.matches(SETTINGS))) {
      this.#reading ??= import('./reading.js');
      void this.#reading.then((reading) => reading.applyReading(host));
    }
  }
}
