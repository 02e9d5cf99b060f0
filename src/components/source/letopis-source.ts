import { ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import { NewsSource, type NewsSourceOptions } from '../../data/news-source.js';
import type { FieldMap } from '../../data/types.js';
import { defineOnce } from '../shared/define.js';

/**
 * @summary Non-visual. Owns one NewsSource for the widgets that point at it
 * (`source="ID"`) or sit inside it. Every attribute describes the data;
 * widgets only shape their own queries.
 *
 * Inline data: a `<script type="application/json">` child is the data itself
 * (any shape the preset or the detection reads), and nothing is fetched.
 *
 * @fires {CustomEvent<{url: string, count: number, skipped: number}>} letopis-load - a response was read
 * @fires {CustomEvent<{error: LetopisError}>} letopis-error - a query failed; `detail.error.code` says why
 * @fires {Event} letopis-source-change - the settings changed and a new NewsSource replaced the old one
 */
export class LetopisSource extends ReactiveElement {
  static readonly tagName = 'letopis-source';

  /** Registers `<letopis-source>` unless the tag is taken. */
  static define(tag = LetopisSource.tagName): void {
    defineOnce(tag, LetopisSource);
  }

  /** URL or URL template of the list endpoint (`{from}`, `{to}`, `{date}`, `{month}`, `{year}`, `{page}`, `{pageSize}`, `{offset}`, `{section}`). */
  @property() endpoint?: string;
  /** `wordpress`, `jsonfeed`, `drupal`, `strapi`, `ghost`, `bitrix`, `rss`, `atom`; empty: the shape is detected. */
  @property() preset?: string;
  /** JSON of dotted paths (`items`, `id`, `title`, `date`, `lead`, `body`, `url`, `image`, `views`, `section`), overriding the preset. */
  @property() map?: string | FieldMap;
  /** The site's IANA zone; every day is placed by it. */
  @property({ attribute: 'time-zone' }) timeZone = 'Europe/Moscow';
  /** URL template of one article with `{id}`, for lists that carry only leads. */
  @property({ attribute: 'article-endpoint' }) articleEndpoint?: string;
  /** URL template answering `{"2017-10-26": 3}` day counts for a `{month}`, `{year}` or `{from}`–`{to}`. */
  @property({ attribute: 'days-endpoint' }) daysEndpoint?: string;
  /** Default items per list page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;
  /** Pattern for dates the endpoint writes its own way, e.g. `DD.MM.YYYY HH:mm`. */
  @property({ attribute: 'date-format' }) dateFormat?: string;
  /** `omit`, `same-origin` or `include` (cookies for a private endpoint). */
  @property() credentials?: RequestCredentials;
  /** What relative media and links resolve against (Strapi's `/uploads/…`). */
  @property({ attribute: 'base-url' }) baseUrl?: string;
  /** Seconds a response stays fresh; older ones are shown and fetched again. */
  @property({ attribute: 'cache-ttl', type: Number }) cacheTtl = 300;
  /** Keep responses in sessionStorage across page loads. */
  @property({ type: Boolean }) persist = false;
  /** Request timeout, ms. */
  @property({ type: Number }) timeout = 10_000;
  /** Retries for network errors, 5xx and 429. */
  @property({ type: Number }) retries = 3;
  /** Request headers (property only), e.g. `{ Authorization: 'Bearer …' }`. */
  @property({ attribute: false }) headers?: HeadersInit;
  /** A custom fetch (property only). */
  @property({ attribute: false }) fetch?: typeof fetch;
  /** The data itself (property only); the inline JSON script does the same in HTML. */
  @property({ attribute: false }) data?: unknown;

  #source?: NewsSource;
  #key = '';
  #observer?: MutationObserver;
  readonly #forward = (e: Event) =>
    this.dispatchEvent(new CustomEvent(e.type, { detail: (e as CustomEvent).detail, bubbles: true, composed: true }));

  /** The NewsSource built from the current settings (the same object until they change). */
  get source(): NewsSource {
    const options = this.#options();
    const key = JSON.stringify(options, (k, v) => (k === 'data' && typeof v !== 'string' ? '[data]' : v));
    if (
      !this.#source ||
      key !== this.#key ||
      options.data !== this.#source.options.data ||
      options.fetch !== this.#source.options.fetch
    ) {
      const old = this.#source;
      for (const type of ['letopis-load', 'letopis-error']) old?.removeEventListener(type, this.#forward);
      this.#source = new NewsSource(options);
      this.#key = key;
      for (const type of ['letopis-load', 'letopis-error']) this.#source.addEventListener(type, this.#forward);
      if (old) this.dispatchEvent(new Event('letopis-source-change'));
    }
    return this.#source;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hidden = true;
    // The inline script may be parsed after the element upgrades.
    this.#observer = new MutationObserver(() => this.requestUpdate());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  protected override updated(): void {
    // Rebuilds (and tells the widgets) only when a setting really changed.
    if (this.#source) void this.source;
  }

  #options(): NewsSourceOptions {
    const script = this.querySelector('script[type="application/json"]');
    return {
      endpoint: this.endpoint || undefined,
      preset: this.preset || undefined,
      map: this.map || undefined,
      timeZone: this.timeZone || undefined,
      articleEndpoint: this.articleEndpoint || undefined,
      daysEndpoint: this.daysEndpoint || undefined,
      pageSize: this.pageSize,
      dateFormat: this.dateFormat || undefined,
      credentials: this.credentials || undefined,
      baseUrl: this.baseUrl || undefined,
      cacheTtl: this.cacheTtl,
      persist: this.persist,
      timeout: this.timeout,
      retries: this.retries,
      headers: this.headers,
      fetch: this.fetch,
      data: this.data ?? script?.textContent ?? undefined,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'letopis-source': LetopisSource;
  }
}
