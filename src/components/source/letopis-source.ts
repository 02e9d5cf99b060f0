import { css, ReactiveElement, type PropertyDeclaration } from 'lit';
import { NewsSource, type NewsSourceOptions } from '../../data/news-source.js';
import { checkOptions } from '../../data/options.js';
import type { FieldMap } from '../../data/types.js';
import { defineOnce } from '../shared/define.js';
import { attributeName, warnAttribute } from '../shared/warn.js';

/** Options as attributes: `timeZone` ↔ `time-zone`. Headers, fetch and data are properties only. */
const STRINGS = [
  'endpoint',
  'preset',
  'map',
  'timeZone',
  'articleEndpoint',
  'daysEndpoint',
  'dateFormat',
  'credentials',
  'baseUrl',
];
const NUMBERS = ['pageSize', 'cacheTtl', 'timeout', 'retries'];
const OBJECTS = ['headers', 'fetch', 'data'];
/** A boolean attribute is on when present, empty or with its own name (or `true`); `persist="false"` is a mistake. */
const isOn = (value: string, name: string) => value === '' || value === name || value === 'true';

/**
 * @tagname letopis-source
 * @summary Non-visual. Owns one NewsSource for the widgets that point at it
 * (`source="ID"`) or sit inside it. Every attribute describes the data;
 * widgets only shape their own queries.
 *
 * Inline data: a `<script type="application/json">` child is the data itself
 * (any shape the preset or the detection reads), and nothing is fetched.
 *
 * @attr {string} endpoint - URL or URL template of the list endpoint: `{from}`, `{to}`, `{date}`, `{month}`, `{year}`, `{page}`, `{pageSize}`, `{offset}`, `{section}`.
 * @attr {string} preset - `wordpress`, `jsonfeed`, `drupal`, `strapi`, `ghost`, `bitrix`, `rss`, `atom`; without it the shape is detected.
 * @attr {string} map - JSON of dotted paths (`items`, `id`, `title`, `date`, `lead`, `body`, `url`, `image`, `views`, `section`) overriding the preset field by field.
 * @attr {string} time-zone - The site's IANA zone; every day is placed by it. Default `Europe/Moscow`.
 * @attr {string} article-endpoint - URL template of one article with `{id}`, for lists that carry only leads.
 * @attr {string} days-endpoint - URL template answering `{"2017-10-26": 3}` for a `{month}`, `{year}` or `{from}`–`{to}`.
 * @attr {number} page-size - Default items per list page. Default 20.
 * @attr {string} date-format - Pattern for dates the endpoint writes its own way: date-fns `parse` tokens (`dd.MM.yyyy HH:mm`, `d MMMM yyyy, HH:mm` with Russian or English month names) or the Bitrix site format (`DD.MM.YYYY HH:MI:SS`); read in `time-zone`. Its code loads only when set.
 * @attr {string} credentials - `omit`, `same-origin` or `include` (cookies for a private endpoint).
 * @attr {string} base-url - What relative media and links resolve against (Strapi's `/uploads/…`).
 * @attr {number} cache-ttl - Seconds a response stays fresh; older ones are shown and fetched again. Default 300.
 * @attr {boolean} persist - Keep responses in sessionStorage across page loads.
 * @attr {number} timeout - Request timeout, ms; a request that times out is retried like a network error. Default 10000.
 * @attr {number} retries - Retries for network errors, timeouts, 5xx and 429 (not for a CORS refusal). Default 3.
 * @attr {boolean} debug - Show readers the technical sentence (URL, HTTP status) under "Подробнее" in every widget bound to this source; the console always has it.
 * @attr {boolean} unsorted - The feed is not newest first: it is read to its end before a day is answered.
 * @prop {HeadersInit} headers - Request headers (property only), e.g. `{ Authorization: 'Bearer …' }`.
 * @prop {typeof fetch} fetch - A custom fetch (property only).
 * @prop {unknown} data - The data itself (property only); the inline JSON script does the same in HTML.
 * @prop {NewsSource | undefined} source - The NewsSource built from the current settings (read only; a new one when they change, announced by `letopis-source-change`).
 *
 * @fires {CustomEvent<{url: string, count: number, skipped: number}>} letopis-load - A response was read.
 * @fires {CustomEvent<{error: LetopisError}>} letopis-error - A query failed; `detail.error.code` says why.
 * @fires {Event} letopis-source-change - A NewsSource was built from the settings: the first one, or a new one after a setting changed.
 */
export class LetopisSource extends ReactiveElement {
  static override properties: Record<string, PropertyDeclaration> = Object.fromEntries([
    ...STRINGS.map((n) => [n, { attribute: attributeName(n) }]),
    ...NUMBERS.map((n) => [n, { attribute: attributeName(n), type: Number }]),
    ...OBJECTS.map((n) => [n, { attribute: false }]),
    ['persist', { type: Boolean }],
    ['unsorted', { type: Boolean }],
  ]);

  /** Registers `<letopis-source>` unless the tag is taken. */
  static define(tag = 'letopis-source'): void {
    defineOnce(tag, LetopisSource);
  }

  declare endpoint?: string;
  declare preset?: string;
  declare map?: string | FieldMap;
  declare timeZone?: string;
  declare articleEndpoint?: string;
  declare daysEndpoint?: string;
  declare pageSize?: number;
  declare dateFormat?: string;
  declare credentials?: RequestCredentials;
  declare baseUrl?: string;
  declare cacheTtl?: number;
  declare persist?: boolean;
  declare unsorted?: boolean;
  declare timeout?: number;
  declare retries?: number;
  declare headers?: HeadersInit;
  declare fetch?: typeof fetch;
  declare data?: unknown;

  #source?: NewsSource;
  /** The settings the source was built from, as given (before options.ts replaced what it cannot use). */
  #given?: NewsSourceOptions;
  readonly #forward = (e: Event) =>
    this.dispatchEvent(new CustomEvent(e.type, { detail: (e as CustomEvent).detail, bubbles: true, composed: true }));
  // The inline script may be parsed after the element upgrades.
  readonly #observer = new MutationObserver(() => this.requestUpdate());

  /** The NewsSource built from the current settings (the same object until one of them changes); undefined before the first update. */
  get source(): NewsSource | undefined {
    return this.#source;
  }

  /** The options the settings and the inline JSON script describe, as given. */
  #options(): NewsSourceOptions {
    const settings = this as unknown as Record<string, unknown>;
    const options: Record<string, unknown> = {};
    for (const name of [...STRINGS, ...NUMBERS, ...OBJECTS]) options[name] = settings[name] ?? undefined;
    options.persist = this.#flag('persist') || undefined;
    if (this.#flag('unsorted')) options.sorted = false;
    options.data ??= this.querySelector('script[type="application/json"]')?.textContent ?? undefined;
    return options as NewsSourceOptions;
  }

  /** A boolean setting; an attribute with another value (`persist="false"`) is named in the console and off. */
  #flag(name: 'persist' | 'unsorted'): boolean {
    const value = this.getAttribute(name);
    if (value === null || isOn(value, name)) return !!this[name];
    warnAttribute(this, name, `a boolean attribute: write ${name}, or leave it out; using off`);
    return false;
  }

  /**
   * A new NewsSource when a setting changed (strings and numbers compare by
   * value, headers, fetch and data by identity), from the options checked:
   * each value it cannot use is named once in the console and left to its
   * default (options.ts).
   */
  protected override willUpdate(): void {
    const given = this.#options();
    const old = this.#given;
    const same = old && Object.entries(given).every(([key, value]) => value === old[key as keyof NewsSourceOptions]);
    if (same) return;
    this.#given = given;
    const [options, problems] = checkOptions(given);
    // Their sentences load with the first mistake.
    if (problems.length)
      void import('../../data/option-texts.js').then(({ optionText }) => {
        for (const problem of problems) warnAttribute(this, problem.option, optionText(problem));
      });
    const previous = this.#source;
    const source = (this.#source = new NewsSource(options));
    for (const type of ['letopis-load', 'letopis-error']) {
      previous?.removeEventListener(type, this.#forward);
      source.addEventListener(type, this.#forward);
    }
    // Widgets bound to this element (by id or as its descendants) take the new source.
    this.dispatchEvent(new Event('letopis-source-change'));
  }

  /** No box of its own: widgets placed inside it lay out as if it were not there. */
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  protected override createRenderRoot(): ShadowRoot {
    const root = super.createRenderRoot() as ShadowRoot;
    root.append(document.createElement('slot'));
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }
}
