import type { ReactiveController, ReactiveElement } from 'lit';
import type { NewsSource } from '../../data/news-source.js';

/** An element that reads from a source: `source` is a NewsSource, an element id, or empty. */
export interface SourceHost extends ReactiveElement {
  source?: NewsSource | string | null;
}

interface SourceElement extends HTMLElement {
  readonly source: NewsSource;
}

/** Duck-typed, so a calendar-only bundle never pulls in the NewsSource class. */
const isSource = (v: unknown): v is NewsSource =>
  !!v && typeof v === 'object' && 'days' in v && 'list' in v && 'addEventListener' in v;

/** The nearest `<letopis-source>` around `node`, crossing shadow roots. */
function ancestorSource(node: Node): Element | null {
  for (let n: Node | null = node; n;) {
    if (n instanceof Element && n.localName === 'letopis-source') return n;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return null;
}

/**
 * Finds the host's source, lazily: the `source` property (a NewsSource) wins;
 * else `source="ID"` in the host's root, then in the document; else the
 * nearest `<letopis-source>` ancestor. A source that is not there yet (or not
 * yet defined) is waited for — on the next frames, then twice a second — and
 * the host shows its loading state meanwhile, never an error.
 */
export class SourceController implements ReactiveController {
  /** The resolved source, once found. */
  value?: NewsSource;
  /** True while a `source="ID"` (or an ancestor) is expected but not ready. */
  waiting = false;
  /** Bumped whenever the source or its data changes: part of every query key. */
  generation = 0;

  readonly #host: SourceHost;
  #element?: Element;
  #timer?: number;
  #tries = 0;
  #given?: unknown;
  readonly #onData = () => this.#bump();
  readonly #onReplaced = () => this.#resolve();

  constructor(host: SourceHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#stopWaiting();
    this.#listen(undefined, undefined);
  }

  hostUpdate(): void {
    if (this.#host.source !== this.#given) this.#resolve();
  }

  #resolve(): void {
    this.#stopWaiting();
    const given = (this.#given = this.#host.source);
    let element: Element | null = null;
    let source: NewsSource | undefined;
    if (isSource(given)) source = given;
    else if (typeof given === 'string' && given) {
      const root = this.#host.getRootNode() as Document | ShadowRoot;
      element = root.getElementById?.(given) ?? document.getElementById(given);
    } else {
      element = ancestorSource(this.#host);
    }
    if (element) {
      const candidate = (element as Partial<SourceElement>).source;
      if (isSource(candidate)) source = candidate;
      else if (element.localName.includes('-')) {
        customElements.whenDefined(element.localName).then(() => this.#host.isConnected && this.#resolve());
      }
    }
    const expecting = !source && (!!element || (typeof given === 'string' && !!given));
    this.waiting = expecting;
    if (expecting && !element) this.#waitFor();
    this.#listen(source, element ?? undefined);
  }

  #waitFor(): void {
    const again = () => this.#host.isConnected && this.#resolve();
    // A source declared after the widget: look on the next frames, then twice a second.
    this.#timer = this.#tries++ < 30 ? requestAnimationFrame(again) : window.setTimeout(again, 500);
  }

  #stopWaiting(): void {
    if (this.#timer !== undefined) {
      cancelAnimationFrame(this.#timer);
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }

  #listen(source: NewsSource | undefined, element: Element | undefined): void {
    if (this.#element !== element) {
      this.#element?.removeEventListener('letopis-source-change', this.#onReplaced);
      element?.addEventListener('letopis-source-change', this.#onReplaced);
      this.#element = element;
    }
    if (this.value !== source) {
      this.value?.removeEventListener('letopis-change', this.#onData);
      source?.addEventListener('letopis-change', this.#onData);
      this.value = source;
      this.#tries = 0;
      this.#bump();
    }
  }

  #bump(): void {
    this.generation++;
    this.#host.requestUpdate();
  }
}
