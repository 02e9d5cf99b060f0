import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NewsSource } from '../../data/news-source.js';
import { byId, sourceAncestor } from './composed.js';

/** An element that reads from a source: `source` is a NewsSource, an element id, or empty. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  source?: NewsSource | string | null;
}

/** Duck-typed, so a NewsSource from another copy of letopis on the page is one too. */
const isSource = (value: unknown): value is NewsSource =>
  !!value && typeof value === 'object' && typeof (value as NewsSource).days === 'function';

/** How long a missing `source="ID"` is waited for before the console hears of it (the wait goes on). */
const WARN_AFTER_MS = 2000;

/**
 * Finds the host's source: the `source` property (a NewsSource) wins; else
 * `source="ID"` in the host's tree, then in the document; else the nearest
 * `<letopis-source>` ancestor. A source not there yet — an id not on the
 * page, an element not yet defined or not yet built — is waited for (its
 * element's `letopis-source-change`, or a MutationObserver for the id), and
 * the host shows its loading state meanwhile, never an error.
 */
export class SourceController implements ReactiveController {
  /** The source, once found. */
  value?: NewsSource;
  /** A source is expected (an id, an ancestor) but not ready: show loading, never an error. */
  waiting = false;
  /** Bumped when the source's data changes (`letopis-change`): part of every query's arguments. */
  generation = 0;

  readonly #host: SourceHost;
  /** The `source` property as last resolved. */
  #given?: unknown;
  /** The `<letopis-source>` (or other element) the source comes from. */
  #element: Element | null = null;
  /** Looks for an id that is not on the page yet. */
  #watcher?: MutationObserver;
  #warnTimer?: ReturnType<typeof setTimeout>;
  #warned = false;
  readonly #resolve = () => this.#find();
  readonly #dataChanged = () => {
    this.generation++;
    this.#host.requestUpdate();
  };

  constructor(host: SourceHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#find();
  }

  hostDisconnected(): void {
    // The source found is kept: a widget moved in the page (a low-vision panel wrapping the body) goes on with it.
    this.#listen(null, undefined);
    this.#stopWatching();
  }

  hostUpdate(): void {
    if (this.#host.source !== this.#given && this.#host.isConnected) this.#find();
  }

  #find(): void {
    const host = this.#host;
    const given = (this.#given = host.source);
    let element: Element | null = null;
    if (typeof given === 'string' && given) element = byId(host, given);
    else if (!given) element = sourceAncestor(host);
    const offered = isSource(given) ? given : (element as { source?: unknown } | null)?.source;
    const source = isSource(offered) ? offered : undefined;
    if (typeof given === 'string' && given && !element) this.#watchFor(given);
    else this.#stopWatching();
    this.waiting = !source && (!!given || !!element);
    this.#listen(element, source);
    if (this.value !== source) {
      this.value = source;
      this.#dataChanged();
    }
  }

  /** Hears the element say its source was rebuilt, and the source say its data changed. */
  #listen(element: Element | null, source: NewsSource | undefined): void {
    if (this.#element !== element) {
      this.#element?.removeEventListener('letopis-source-change', this.#resolve);
      element?.addEventListener('letopis-source-change', this.#resolve);
      this.#element = element;
    }
    this.value?.removeEventListener('letopis-change', this.#dataChanged);
    source?.addEventListener('letopis-change', this.#dataChanged);
  }

  /** Watches the host's tree and the document for the id; says once in the console if it does not come. */
  #watchFor(id: string): void {
    if (this.#watcher) return;
    this.#watcher = new MutationObserver(this.#resolve);
    const options = { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] };
    const root = this.#host.getRootNode();
    this.#watcher.observe(root, options);
    if (root !== document) this.#watcher.observe(document, options);
    if (!this.#warned)
      this.#warnTimer = setTimeout(() => {
        this.#warned = true;
        console.warn(`letopis: <${this.#host.localName} source="${id}">: no element with id "${id}" on the page yet`);
      }, WARN_AFTER_MS);
  }

  #stopWatching(): void {
    this.#watcher?.disconnect();
    this.#watcher = undefined;
    clearTimeout(this.#warnTimer);
  }
}
