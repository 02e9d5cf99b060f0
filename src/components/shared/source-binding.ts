import type { ReactiveController } from '@lit/reactive-element';
import type { NewsSource } from '../../data/news-source.js';
import { html, type TemplateResult } from 'lit-html';
import { wordsFor, type WordTables } from '../../core/strings.js';
import type { LetopisError } from '../../core/errors.js';
import type { Bounds, DayCounts } from '../../data/types.js';
import type { Binder, Binding, QueryLike, QueryStatus, SourceHost } from './binder.js';

/** Duck-typed, so nothing here needs the NewsSource class itself. */
const isSource = (v: unknown): v is NewsSource => !!v && typeof v === 'object' && 'days' in v;

/**
 * Finds the host's source, lazily: the `source` property (a NewsSource) wins;
 * else `source="ID"` in the host's root, then in the document; else the
 * nearest `<letopis-source>` ancestor. A source that is not there yet (or not
 * yet defined) is waited for — on the next frames, then twice a second — and
 * the host shows its loading state meanwhile, never an error.
 */
class SourceController implements ReactiveController, Binding {
  value?: NewsSource;
  waiting = false;
  generation = 0;
  #element?: Element | null;
  #timer = 0;
  #tries = 0;
  #given?: unknown;
  readonly #changed = () => {
    this.generation++;
    this.host.requestUpdate();
  };
  readonly #resolve = () => {
    const host = this.host;
    cancelAnimationFrame(this.#timer);
    clearTimeout(this.#timer);
    const on = host.isConnected;
    const given = (this.#given = host.source);
    let element: Element | null = null;
    if (on && typeof given === 'string' && given) {
      element = (host.getRootNode() as Document).getElementById?.(given) ?? document.getElementById(given);
    } else if (on && !given) {
      // The nearest <letopis-source> around the host, crossing shadow roots.
      for (let n: Node | null = host; n && !element; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
        if ((n as Element).localName === 'letopis-source') element = n as Element;
      }
    }
    const candidate = on && isSource(given) ? given : (element as { source?: unknown } | null)?.source;
    const source = isSource(candidate) ? candidate : undefined;
    if (element && !source) customElements.whenDefined(element.localName).then(this.#resolve, () => {});
    this.waiting = on && !source && (!!element || !!given);
    // A source declared after the widget: look on the next frames, then twice a second.
    if (this.waiting && !element) {
      this.#timer = this.#tries++ < 30 ? requestAnimationFrame(this.#resolve) : window.setTimeout(this.#resolve, 500);
      // Still nothing after about two seconds: most likely a misspelt id. Said once; the wait goes on.
      if (this.#tries === 35)
        console.warn(`letopis: <${host.localName} source="${given}">: no element with id "${given}" on the page yet`);
    }
    if (this.#element !== element) {
      this.#element?.removeEventListener('letopis-source-change', this.#resolve);
      element?.addEventListener('letopis-source-change', this.#resolve);
      this.#element = element;
    }
    if (this.value !== source) {
      this.value?.removeEventListener('letopis-change', this.#changed);
      source?.addEventListener('letopis-change', this.#changed);
      this.value = source;
      this.#tries = 0;
      this.#changed();
    }
  };

  constructor(readonly host: SourceHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#resolve();
  }

  hostUpdate(): void {
    if (this.host.source !== this.#given) this.#resolve();
  }

  query<T>(task: (source: NewsSource, signal: AbortSignal) => Promise<T>, key: () => string | undefined): QueryLike<T> {
    return new Query(this, task, key);
  }
}

/**
 * Async work for an element, in the manner of `@lit/task`: it runs when its
 * key changes, aborts the run it replaces, and a late answer never
 * overwrites a newer one. The element renders `status` explicitly.
 */
class Query<T> implements ReactiveController, QueryLike<T> {
  status: QueryStatus = 'idle';
  value?: T;
  error?: unknown;
  #key?: string;
  #controller?: AbortController;

  constructor(
    private readonly binding: SourceController,
    private readonly task: (source: NewsSource, signal: AbortSignal) => Promise<T>,
    private readonly key: () => string | undefined,
  ) {
    binding.host.addController(this);
  }

  hostUpdate(): void {
    // No source yet: nothing to run. The generation makes a new source (or new data) run again.
    const key = this.binding.value && this.key();
    const full = key === undefined ? undefined : `${this.binding.generation}|${key}`;
    if (full !== this.#key) this.#run(full);
  }

  hostDisconnected(): void {
    this.#run(undefined);
  }

  run(): void {
    this.#run(this.#key);
    this.binding.host.requestUpdate();
  }

  #run(key: string | undefined): void {
    this.#key = key;
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    if (key === undefined) {
      if (this.status === 'pending') this.status = 'idle';
      return;
    }
    this.status = 'pending';
    const settle = (status: QueryStatus, value?: T, error?: unknown) => {
      // A replaced run is silent: its answer is late by definition.
      if (controller.signal.aborted) return;
      this.status = status;
      if (status === 'complete') this.value = value;
      this.error = error;
      this.binding.host.requestUpdate();
    };
    this.task(this.binding.value!, controller.signal).then(
      (value) => settle('complete', value),
      (error: unknown) => settle('error', undefined, error),
    );
  }
}

/** The words of a failed query, with the element's own `strings` on top. */
export const statusWords: WordTables<{ error: string; details: string; retry: string }> = {
  ru: { error: 'Не удалось загрузить новости.', details: 'Подробнее', retry: 'Повторить' },
  en: { error: 'Could not load the news.', details: 'Details', retry: 'Retry' },
};

/**
 * The error line and retry button of a failed query, in the element's
 * language: a sentence for the reader; what went wrong (the URL, the status,
 * what to change) folded under "Подробнее" for whoever maintains the site.
 */
export function statusLine(
  host: SourceHost & { strings?: object },
  query: QueryLike<unknown>,
  lang: string,
): TemplateResult {
  const t = wordsFor(statusWords, lang, host.strings as Partial<typeof statusWords.en>);
  const detail = (query.error as LetopisError).localized?.(lang);
  return html`<div part="status" role="status">
      ${t.error}${
        detail
          ? html`<details>
              <summary>${t.details}</summary>
              ${detail}
            </details>`
          : ''
      }
    </div>
    <button
      part="retry"
      style="margin:.25em 0;padding:.25em .75em;border:1px solid;border-radius:var(--_radius)"
      @click=${() => query.run()}
    >
      ${t.retry}
    </button>`;
}

/** The binding for widgets; registered by `letopis/source` (and by the list and article, which always read a source). */
export const sourceBinder: Binder = {
  source: (host) => new SourceController(host),
  /**
   * A calendar's marks: the news bounds (for min/max and the opening month),
   * then the counts of its visible days — asked only once the month is
   * known, so a calendar opening on the newest news month asks once.
   */
  calendar(host, query) {
    const b = new SourceController(host);
    const bounds = b.query<Bounds>(
      (source, signal) => source.bounds({ signal }),
      () => '',
    );
    const waiting = () => !query()?.given && bounds.status === 'pending';
    const days = b.query<DayCounts>(
      (source, signal) => source.days(query()!, { signal }),
      () => {
        const q = query();
        return q && !waiting() ? `${q.from}|${q.to}|${q.section}` : undefined;
      },
    );
    return (lang) => ({
      counts: days.value,
      bounds: bounds.value,
      zone: b.value?.timeZone,
      source: b.value,
      busy: b.waiting || days.status === 'pending' || waiting(),
      status: days.status === 'error' ? statusLine(host, days, lang) : undefined,
    });
  },
};
