import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageTag } from '../../core/intl.js';
import { DEFAULT_LOCALE } from '../../core/labels.js';
import { closestComposed } from './source-ancestor.js';

/**
 * The language of an element: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `ru`. A `lang` that is no language tag
 * (`{LANG}`, a template left unfilled) is passed over; POSIX spellings
 * (`ru_RU`, `ru-RU.UTF-8`) are read as the tag they mean.
 */
export function langOf(element: Element): string {
  const owner = closestComposed(element, (e) => !!languageTag(e.getAttribute('lang')));
  return (owner && languageTag(owner.getAttribute('lang'))) || DEFAULT_LOCALE;
}

/**
 * Keeps an element's language current: the element's own `lang` and every
 * ancestor's are watched (one observer per tree the element is inside), so
 * a page's language switch or low-vision panel that sets `lang` on `<html>`
 * re-renders the widget without a reload.
 */
export class LangController implements ReactiveController {
  /** The language now: a BCP 47 tag. */
  value = DEFAULT_LOCALE;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #observer = new MutationObserver(() => this.#read());

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.value = langOf(this.#host);
    // The element's own tree and each tree around it, up to the document: `lang` can change in any.
    let root: Node | undefined = this.#host.getRootNode();
    while (root) {
      this.#observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      root = root instanceof ShadowRoot ? root.host.getRootNode() : undefined;
    }
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  #read(): void {
    const lang = langOf(this.#host);
    if (lang === this.value) return;
    this.value = lang;
    this.#host.requestUpdate();
  }
}
