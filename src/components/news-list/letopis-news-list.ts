import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isISODate } from '../../core/date.js';
import { isWebUrl } from '../../core/links.js';
import { formatCount, formatFullDate, newsTimeFormatter } from '../../core/labels.js';
import { isPlainClick } from '../shared/composed.js';
import { viewCount } from '../shared/icons.js';
import { fill, wordsFor, type CoreWords } from '../../core/strings.js';
import type { NewsSource } from '../../data/news-source.js';
import type { ListResult, NewsItem } from '../../data/types.js';
import { checks } from '../shared/checked.js';
import { TimeFormat, writeItemDate } from '../shared/time-format.js';
import { DEFAULT_TIME_ZONE } from '../../core/zone.js';
import { defineOnce } from '../shared/define.js';
import { LetopisElement } from '../shared/element.js';
import { SourceController } from '../shared/find-source.js';
import { FocusRequest } from '../shared/focus.js';
import { PageParamController } from '../shared/page-param.js';
import { failureMessage, failureText, retryButton, statusStyles } from '../shared/status-line.js';
import { imagesOff } from '../shared/images.js';
import { hostStyles } from '../shared/styles.js';
import { listWords, type ListWords } from './news-list.strings.js';
import { listStyles } from './news-list.styles.js';
import type * as Windowing from './window.js';

/** Detail of `letopis-select`. */
export interface SelectDetail {
  item: NewsItem;
}

/** How the list pages: a "Показать ещё" button, a numbered pager, more on scroll, or not at all. */
export type ListPaging = 'more' | 'pages' | 'infinite' | 'none';

/** A page the list asked for. */
interface Loaded extends ListResult {
  page: number;
}

/** The properties that say which news the list shows: a change starts it again from its first page. */
const FILTERS = ['source', 'date', 'from', 'to', 'section', 'pageSize'] as const;

/** Attributes it cannot use are named in the console (shared/mistakes.ts) and left out. */
const { checked, mistake } = checks(() => import('../shared/mistakes.js'));

const PAGING: readonly string[] = ['more', 'pages', 'infinite', 'none'] satisfies ListPaging[];
const isPaging = (v: unknown): v is ListPaging => PAGING.includes(v as string);
const isPageSize = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;
/** What `display` may name. */
const DISPLAY = ['lead', 'image', 'views', 'section'];

/** Past this many rows only the rows near the viewport are rendered (the code for it loads then). */
const WINDOW_FROM = 200;
/** Rows shown while that code loads, and at most as skeleton rows while a page loads: a screenful, not the whole list. */
const FIRST_SCREEN = 20;

/**
 * @tagname letopis-news-list
 * @summary "Лента новостей": news newest first, as links with their time
 * ("02 января, 22:32"), for one day, a range, or the whole feed, with
 * paging, day headers and the loading, empty and error states.
 *
 * @attr {string} lang - The language of labels; default: the nearest `[lang]` ancestor, else `ru`.
 * @attr {boolean} debug - Show the technical sentence of a failed query under "Подробнее" (also set by any ancestor or by the source named in `source="ID"`).
 * @attr {'light' | 'dark' | 'auto' | 'lv-white' | 'lv-black' | 'lv-blue' | 'lv-brown' | 'lv-green'} theme - The colour scheme: light, dark, the reader's preference (`auto`) or a low-vision scheme (black on white, white on black, blue, brown, green); default: the page's `data-letopis-theme`, else the bvi panel's, else the page's own colours.
 * @attr {'on' | 'off' | 'grayscale'} images - How images show (`off`: their alt text instead); default: the page's `data-letopis-images`, else the bvi panel's, else `on`.
 * @attr {string} font-scale - Text size over the page's, `150%` or `1.5`; default: the page's `data-letopis-font-scale`.
 *
 * @slot all - Replaces the "Все новости" link.
 * @slot archive - Replaces the "Архив" link.
 *
 * @csspart heading - The list's heading (`heading` attribute).
 * @csspart list - The list of items.
 * @csspart item - One item (`data-id` holds its id).
 * @csspart title - The item's title, a link.
 * @csspart time - The item's time label.
 * @csspart lead - The item's lead.
 * @csspart image - The item's thumbnail.
 * @csspart views - The item's view count.
 * @csspart section - The item's section.
 * @csspart day-header - A day's header (`group-by-day`).
 * @csspart loading - The skeleton shown while loading.
 * @csspart empty - The line shown when there is no news.
 * @csspart error - The error line.
 * @csspart retry - The retry button.
 * @csspart more - The "Показать ещё" button (and the button that stops infinite loading).
 * @csspart pager - The numbered pager.
 * @csspart all-link - The "Все новости" link.
 * @csspart archive-link - The "Архив" link.
 *
 * @cssproperty [--letopis-accent=#0b5cad] - Links and the current page.
 * @cssproperty [--letopis-muted=color-mix(in srgb, currentColor 75%, transparent)] - Times, views, sections.
 * @cssproperty [--letopis-border=currentColor] - Borders: the error line, an image's placeholder.
 * @cssproperty [--letopis-text=currentColor] - Text; the light and dark schemes default to #1a1a1a and #f0f0f0.
 * @cssproperty [--letopis-background=#fff] - Background in the light scheme (`theme="light"`).
 * @cssproperty [--letopis-background-dark=#121212] - Background in the dark scheme (`theme="dark"`).
 * @cssproperty [--letopis-accent-dark=#8ab4f8] - The accent in the dark scheme.
 * @cssproperty [--letopis-gap=0.75em] - Space between items.
 * @cssproperty [--letopis-thumb=6em] - Width of thumbnails.
 *
 * @fires {CustomEvent<{item: NewsItem}>} letopis-select - The reader opened an item. Cancelable: cancel it to route instead of following the link.
 */
export class LetopisNewsList extends LetopisElement {
  static override styles = [hostStyles, statusStyles, listStyles];
  static override properties = {
    source: {},
    date: {},
    section: {},
    from: {},
    to: {},
    pageSize: { attribute: 'page-size', type: Number },
    itemHref: { attribute: 'item-href' },
    dateParam: { attribute: 'date-param' },
    paging: {},
    display: {},
    relativeDays: { attribute: 'relative-days', type: Boolean },
    groupByDay: { attribute: 'group-by-day', type: Boolean },
    heading: {},
    allHref: { attribute: 'all-href' },
    archiveHref: { attribute: 'archive-href' },
    timeFormat: { attribute: 'time-format' },
    strings: { attribute: false },
  };

  /** Registers `<letopis-news-list>` unless the tag is taken. */
  static define(tag = 'letopis-news-list'): void {
    defineOnce(tag, LetopisNewsList);
  }

  /** A NewsSource (property), or the id of a `<letopis-source>`; empty: the nearest `<letopis-source>` ancestor. */
  source?: NewsSource | string | null;
  /** One day, `YYYY-MM-DD` (set by a calendar through `controls`, or read with `date-param`). */
  date?: string;
  /** Only this section. */
  section?: string;
  /** First day of a range, `YYYY-MM-DD`. */
  from?: string;
  /** Last day of a range, `YYYY-MM-DD`. */
  to?: string;
  /** Items per page; default: the source's. */
  pageSize?: number;
  /** Links of items: `/news/{id}`; default: the item's own URL. */
  itemHref?: string;
  /** Reads the day from this page URL parameter (`date` → `?date=2017-10-26`). */
  dateParam?: string;
  /** `more` (a "Показать ещё" button, default), `pages` (a numbered pager), `infinite`, or `none`. */
  paging: 'more' | 'pages' | 'infinite' | 'none' = 'more';
  /**
   * What an item shows besides its title and time: any of `lead`, `image`, `views`, `section`, space-separated.
   * @type {'lead' | 'image' | 'views' | 'section'}
   */
  display = 'lead image';
  /** "Сегодня, 22:32" and "Вчера, 18:05" for the last two days. */
  relativeDays = false;
  /** Headers between days. */
  groupByDay = false;
  /** A heading above the list, e.g. "Лента новостей". */
  heading?: string;
  /** Where "Все новости" leads (the link shows when set). */
  allHref?: string;
  /** Where "Архив" leads (the link shows when set). */
  archiveHref?: string;
  /**
   * How item dates are written: a date-fns `format` pattern (`d MMMM yyyy, HH:mm`, `dd.MM.yyyy`)
   * or the Bitrix spelling (`DD.MM.YYYY HH:MI`), in the site's zone, with Russian or English month
   * names by `lang` (other languages keep the default). Its code loads only when set. Dates written
   * without a time drop the pattern's time. Default: "02 января, 22:32".
   */
  timeFormat?: string;
  /** Words to use instead of the language's table (property only). */
  strings?: Partial<ListWords & CoreWords>;

  readonly #source = new SourceController(this);
  readonly #timeFormat = new TimeFormat(this, () => mistake(this, 'timeFormat'));
  /** How many pages are wanted (`more`, `infinite`) or which page is shown (`pages`). */
  #page = 1;
  /** The items shown: the pages loaded so far, each id once. */
  #items: NewsItem[] = [];
  readonly #query = new Task(this, {
    task: async ([source, , date, from, to, section, pageSize, page], { signal }) => {
      if (!source) return initialState;
      const query = date ? { date, section, page, pageSize } : { from, to, section, page, pageSize };
      const result = await source.list(query, { signal });
      return { ...result, page } satisfies Loaded;
    },
    args: () => {
      const { date, from, to, pageSize } = this.#filters();
      return [this.#source.value, this.#source.generation, date, from, to, this.section, pageSize, this.#page] as const;
    },
    onComplete: (loaded) => this.#merge(loaded),
    onError: () => this.#announce(failureText(this.page.lang, this.strings)),
  });
  /** What the live region says: a page of more news arrived, a query failed. */
  #announcement = '';
  readonly #focus = new FocusRequest(this);
  #stopped = false;
  #observer?: IntersectionObserver;
  #windowing?: typeof Windowing;
  #windowingAsked = false;
  #window?: Windowing.RowWindow;
  /** The rows of a long list this update renders. */
  #shown?: Windowing.WindowRange;

  constructor() {
    super();
    new PageParamController(
      this,
      () => this.dateParam,
      (day) => {
        if (isISODate(day)) this.date = day;
        else mistake(this, 'dateParam', day);
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** Moves focus to the heading (else the list, or its empty or error line) once it is there. */
  focusHeading(): Promise<HTMLElement | undefined> {
    return this.#focus.request(
      () =>
        this.renderRoot.querySelector<HTMLElement>('[part~="heading"],[part~="list"],[part~="empty"],[part~="error"]'),
      () => this.#settled(),
    );
  }

  /** Moves focus to an item's title once it is shown; to the heading when the list settles without it. */
  focusItem(id: string): Promise<HTMLElement | undefined> {
    const heading = () =>
      this.renderRoot.querySelector<HTMLElement>('[part~="heading"],[part~="list"],[part~="empty"],[part~="error"]');
    return this.#focus.request(
      () =>
        this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] [part~="title"]`) ??
        (this.#settled() ? heading() : null),
      () => this.#settled(),
    );
  }

  /** The attributes that choose the news, each checked: a day, a range that is one (from ≤ to), a page size. */
  #filters(): { date?: string; from?: string; to?: string; pageSize?: number } {
    let from = checked(this, 'from', isISODate);
    let to = checked(this, 'to', isISODate);
    if (from && to && from > to) {
      mistake(this, 'from:after-to');
      from = to = undefined;
    }
    return { date: checked(this, 'date', isISODate), from, to, pageSize: checked(this, 'pageSize', isPageSize) };
  }

  /** How it pages (`more` for a value it does not know). */
  get #paging(): ListPaging {
    return checked(this, 'paging', isPaging) ?? 'more';
  }

  /** The source is found and no page is on its way. */
  #settled(): boolean {
    return !this.#source.waiting && this.#query.status !== TaskStatus.PENDING;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New filters, a new list: from its first page.
    if (FILTERS.some((name) => changed.has(name))) {
      this.#page = 1;
      this.#items = [];
    }
    this.#shown = this.#windowRows();
  }

  /** Adds a page to the items, each id once: an item that moved to the next page is not repeated. */
  #merge(loaded: Loaded): void {
    if (this.#paging === 'pages' || loaded.page === 1) this.#items = [];
    const before = this.#items.length;
    const seen = new Set(this.#items.map((i) => i.id));
    for (const item of loaded.items) {
      if (!seen.has(item.id)) this.#items.push(item);
      seen.add(item.id);
    }
    // A page the reader asked for ("Показать ещё"): focus goes to its first item, and the region says how many came.
    const added = this.#items.length - before;
    if (loaded.page > 1 && this.#paging !== 'pages' && this.#readerAsked) {
      this.#readerAsked = false;
      const t = wordsFor(listWords, this.page.lang, this.strings);
      this.#announce(
        added ? fill(t.moreLoaded, { count: formatCount(added, this.page.lang, 'news', this.strings) }) : t.noMore,
      );
      const first = this.#items[before];
      if (first) void this.focusItem(first.id);
    }
  }

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }

  /** The next page was asked for by the reader (not by infinite scrolling): focus follows it. */
  #readerAsked = false;

  #go(page: number, byReader = false): void {
    this.#page = page;
    this.#readerAsked = byReader;
    this.requestUpdate();
  }

  #select(event: MouseEvent, item: NewsItem): void {
    if (!isPlainClick(event)) return;
    const go = this.dispatchEvent(
      new CustomEvent<SelectDetail>('letopis-select', {
        detail: { item },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    if (!go) event.preventDefault();
  }

  protected override render(): TemplateResult {
    const lang = this.page.lang;
    const t = wordsFor(listWords, lang, this.strings);
    const q = this.#query;
    const loaded = q.value as Loaded | undefined;
    const items = this.#items;
    const loading = q.status === TaskStatus.PENDING || this.#source.waiting;
    const more = loaded?.hasMore;
    const show = new Set(this.display.split(/\s+/).filter(Boolean));
    if ([...show].some((word) => !DISPLAY.includes(word))) mistake(this, 'display:list');
    const { date, from, to, pageSize } = this.#filters();
    const paging = this.#paging;
    const itemHref = checked(this, 'itemHref', isWebUrl);
    const time = newsTimeFormatter({
      timeZone: this.#source.value?.timeZone,
      locale: lang,
      relativeDays: this.relativeDays,
      strings: this.strings,
    });
    const write = this.#timeFormat.writer(this.timeFormat, lang);
    const zone = this.#source.value?.timeZone ?? DEFAULT_TIME_ZONE;
    const label = (item: NewsItem) => (write ? writeItemDate(write, item, zone) : time(item.date, item.dateOnly));
    const setSize = loaded?.total ?? (more ? -1 : items.length);
    const row = (item: NewsItem, i: number) => {
      const header = this.groupByDay && item.siteDate !== items[i - 1]?.siteDate ? item.siteDate : '';
      // The item's own URL is http(s) once the source has read it; one from elsewhere is checked too.
      const own = isWebUrl(item.url) ? item.url : undefined;
      const href = itemHref ? itemHref.replace(/\{id\}/g, encodeURIComponent(item.id)) : own;
      return html`${
          header ? html`<li part="day-header" data-row=${i}><h3>${formatFullDate(header, lang)}</h3></li>` : nothing
        }
        <li
          part="item"
          data-row=${header ? nothing : i}
          data-id=${item.id}
          aria-posinset=${i + 1}
          aria-setsize=${setSize}
        >
          ${show.has('image') && item.image ? this.#image(item.image) : nothing}
          <div class="text">
            ${
              href
                ? html`<a part="title" href=${href} @click=${(e: MouseEvent) => this.#select(e, item)}
                    >${item.title}</a
                  >`
                : html`<span part="title">${item.title}</span>`
            }
            <div class="meta">
              <time part="time" datetime=${item.date}>${label(item)}</time>
              ${show.has('section') && item.section ? html`<span part="section">${item.section}</span>` : nothing}
              ${show.has('views') && item.views !== undefined ? viewCount(item.views, lang, this.strings) : nothing}
            </div>
            ${show.has('lead') && item.lead ? html`<p part="lead">${item.lead}</p>` : nothing}
          </div>
        </li>`;
    };
    let body: unknown;
    const failed = q.status === TaskStatus.ERROR;
    // The error line: in the list's place when nothing was read, under the items when a later page failed.
    const error = failed
      ? html`<div part="error">
          ${failureMessage(q, lang, this.strings)} ${retryButton(q, lang, this.strings, () => this.focusHeading())}
        </div>`
      : nothing;
    if (failed && !items.length) body = error;
    else if (!items.length && loading) {
      // A skeleton of the page to come, row for row (a thumbnail, title, time and a lead of two lines, as `display`
      // says): the space is taken before the news arrives, and nothing below moves. Only its name is read out.
      const rows = Math.min(pageSize ?? this.#source.value?.pageSize ?? FIRST_SCREEN, FIRST_SCREEN);
      const skeleton = html`<li>
        ${show.has('image') ? html`<span class="thumb"></span>` : nothing}
        <div class="text">
          <span></span
          ><span class="meta"></span>${show.has('lead') ? html`<span class="lead"></span><span></span>` : nothing}
        </div>
      </li>`;
      body = html`<div part="loading" aria-busy="true">
        <span class="sr">${t.loading}</span>
        <ul aria-hidden="true">
          ${Array.from({ length: rows }, () => skeleton)}
        </ul>
      </div>`;
    } else if (!items.length) {
      body = html`<p part="empty" tabindex="-1">
        ${date ? fill(t.emptyDay, { date: formatFullDate(date, lang) }) : from || to ? t.emptyRange : t.emptyFeed}
      </p>`;
    } else {
      body = html`<ul part="list" tabindex="-1" aria-busy=${loading}>
        ${this.#rows(items, row)}
      </ul>`;
    }
    const links = { all: checked(this, 'allHref', isWebUrl), archive: checked(this, 'archiveHref', isWebUrl) };
    return html`
      ${this.heading ? html`<h2 part="heading" tabindex="-1">${this.heading}</h2>` : nothing} ${body}
      ${items.length && more && paging !== 'pages' && paging !== 'none' ? this.#moreButton(t, loading) : nothing}
      ${paging === 'pages' && loaded && (loaded.total || more || this.#page > 1) ? this.#pager(t, loaded, pageSize) : nothing}
      ${items.length ? error : nothing}
      <p class="links">
        <slot name="all">${links.all ? html`<a part="all-link" href=${links.all}>${t.allNews}</a>` : nothing}</slot>
        <slot name="archive"
          >${links.archive ? html`<a part="archive-link" href=${links.archive}>${t.archive}</a>` : nothing}</slot
        >
      </p>
      <div class="sr" role="status">${this.#announcement}</div>
    `;
  }

  /** A thumbnail, or its alt text where the page shows no images. */
  #image({ src, alt }: { src: string; alt: string }): unknown {
    if (imagesOff(this)) return alt ? html`<span part="image" class="alt">${alt}</span>` : nothing;
    return html`<img part="image" src=${src} alt=${alt} loading="lazy" />`;
  }

  /** A long list's window: which rows to render, between two spacers (undefined: render them all). */
  #windowRows(): Windowing.WindowRange | undefined {
    const long = this.#items.length > WINDOW_FROM;
    if (!long) {
      this.#window?.remove();
      this.#window = undefined;
      return undefined;
    }
    if (!this.#windowing) {
      if (!this.#windowingAsked)
        void import('./window.js').then((module) => {
          this.#windowing = module;
          this.requestUpdate();
        });
      this.#windowingAsked = true;
      return undefined;
    }
    this.#window ??= new this.#windowing.RowWindow(this);
    return this.#window.range(this.#items);
  }

  /** All rows of a short list; of a long one, those near the viewport between two spacers. */
  #rows(items: NewsItem[], row: (item: NewsItem, i: number) => unknown): unknown {
    if (items.length <= WINDOW_FROM) return items.map(row);
    const shown = this.#shown;
    // The windowing code is on its way: a screenful, not the whole list.
    if (!shown || !this.#windowing) return items.slice(0, FIRST_SCREEN).map(row);
    const { start, end } = shown;
    return html`<li class="spacer" aria-hidden="true"></li>
      ${this.#windowing.repeat(
        items.slice(start, end),
        (item) => item.id,
        (item, k) => row(item, start + k),
      )}
      <li class="spacer" aria-hidden="true"></li>`;
  }

  /** "Показать ещё"; with `paging="infinite"` the next page also comes when the button scrolls into view. */
  #moreButton(t: ListWords, loading: boolean): TemplateResult {
    const infinite = this.#paging === 'infinite' && !this.#stopped;
    return html`<button
        part="more"
        class="more"
        aria-busy=${loading}
        ?disabled=${loading}
        @click=${() => this.#go(this.#page + 1, true)}
      >
        ${t.more}
      </button>
      ${infinite ? html`<button part="more" class="stop" @click=${this.#stop}>${t.stopLoading}</button>` : nothing}`;
  }

  #stop(): void {
    this.#stopped = true;
    this.#observer?.disconnect();
    this.requestUpdate();
  }

  #pager(t: ListWords, loaded: Loaded, pageSize: number | undefined): TemplateResult {
    const size = loaded.items.length || 1;
    const last =
      loaded.total !== undefined
        ? Math.max(1, Math.ceil(loaded.total / (pageSize || size)))
        : this.#page + (loaded.hasMore ? 1 : 0);
    const pages = [
      ...new Set([1, this.#page - 2, this.#page - 1, this.#page, this.#page + 1, this.#page + 2, last]),
    ].filter((p) => p >= 1 && p <= last);
    return html`<nav part="pager" aria-label=${t.pages}>
      ${pages.map(
        (p, i) =>
          html`${i && p - pages[i - 1] > 1 ? html`<span aria-hidden="true">…</span>` : nothing}
            <button
              aria-label=${fill(t.page, { n: p })}
              aria-current=${p === this.#page ? 'page' : nothing}
              @click=${() => this.#go(p)}
            >
              ${p}
            </button>`,
      )}
    </nav>`;
  }

  protected override updated(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('[part~="list"]');
    if (this.#window && list) this.#window.measure(list);
    // Infinite paging: the "more" button coming into view asks for the next page.
    const button = this.#paging === 'infinite' && !this.#stopped ? this.renderRoot.querySelector('.more') : null;
    this.#observer?.disconnect();
    if (button) {
      this.#observer ??= new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting) && this.#query.status !== TaskStatus.PENDING)
          this.#go(this.#page + 1);
      });
      this.#observer.observe(button);
    }
  }
}

declare global {
  interface HTMLElementEventMap {
    'letopis-select': CustomEvent<SelectDetail>;
  }
}
