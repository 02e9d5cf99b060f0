import { css, html, nothing, type TemplateResult } from 'lit';
import { isISODate } from '../../core/date.js';
import { formatFullDate } from '../../core/labels.js';
import { isArticleId } from '../../core/links.js';
import { fill, wordsFor, type WordTables } from '../../core/strings.js';
import type { NewsSource } from '../../data/news-source.js';
import type { NewsItem } from '../../data/types.js';
import type { LetopisArticle } from '../article/letopis-article.js';
import type { LetopisNewsList } from '../news-list/letopis-news-list.js';
import { checks } from '../shared/checked.js';
import { defineOnce } from '../shared/define.js';
import { LetopisElement } from '../shared/element.js';
import { hostStyles } from '../shared/styles.js';

/** Where the archive keeps its state: the query string, the hash, or nowhere. */
export type ArchiveRoute = 'query' | 'hash' | 'none';

/** The parts each inner element forwards, under its prefix (`calendar-day`, `list-item`, `article-title`…). */
const PARTS = {
  calendar:
    'heading prev next picker grid weekday status retry day outside today selected has-news empty weekend disabled',
  list: 'heading list item title time lead image views section day-header loading empty error retry more pager all-link archive-link',
  article: 'title date views section lead body image back loading error retry',
};
const exportparts = (prefix: keyof typeof PARTS) =>
  PARTS[prefix].replace(/\S+/g, (p) => `${p}:${prefix}-${p}`).replace(/ /g, ',');

/** The archive's own words: the list's heading, for the whole feed and for a day (`{date}`). */
export interface ArchiveWords {
  [word: string]: string;
  feed: string;
  day: string;
}

export const archiveWords: WordTables<ArchiveWords> = {
  ru: { feed: 'Лента новостей', day: 'Новости за {date}' },
  en: { feed: 'News', day: 'News of {date}' },
};

/** Attributes and page addresses it cannot use are named in the console (shared/mistakes.ts) and left out. */
const { checked, mistake } = checks(() => import('../shared/mistakes.js'));

const ROUTES: readonly string[] = ['query', 'hash', 'none'] satisfies ArchiveRoute[];
const isRoute = (v: unknown): v is ArchiveRoute => ROUTES.includes(v as string);

/** `%D0%BD` → `н`; undefined for text that is no valid escape (`%`). */
function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

interface State {
  date?: string;
  news?: string;
}

/**
 * The inner calendar, list and article are styled through the parts the
 * archive forwards, each under its element's prefix: `calendar-*`, `list-*`,
 * `article-*` (the list below). A day's tokens are parts of their own, so
 * `letopis-archive::part(calendar-day calendar-selected)` is the selected
 * day and `letopis-archive::part(list-title)` every title in the list:
 *
 * ```css
 * letopis-archive::part(calendar-day calendar-has-news) { font-weight: bold; }
 * letopis-archive::part(article-body) { max-width: 40em; }
 * ```
 *
 * The colour tokens (`--letopis-accent`…) set on the archive reach all three.
 *
 * @tagname letopis-archive
 * @summary The archive as a reader meets it: a calendar beside the news
 * list, and the article in the list's place when one is opened — over one
 * source, with the state in the page URL so Back, Forward, reloads and deep
 * links work.
 *
 * @attr {string} lang - The language of labels; default: the nearest `[lang]` ancestor, else `ru`.
 * @attr {boolean} debug - Show the technical sentence of a failed query under "Подробнее" (also set by any ancestor or by the source named in `source="ID"`).
 * @attr {'light' | 'dark' | 'auto' | 'lv-white' | 'lv-black' | 'lv-blue' | 'lv-brown' | 'lv-green'} theme - The colour scheme: light, dark, the reader's preference (`auto`) or a low-vision scheme (black on white, white on black, blue, brown, green); default: the page's `data-letopis-theme`, else the bvi panel's, else the page's own colours.
 * @attr {'on' | 'off' | 'grayscale'} images - How images show (`off`: their alt text instead); default: the page's `data-letopis-images`, else the bvi panel's, else `on`.
 * @attr {string} font-scale - Text size over the page's, `150%` or `1.5`; default: the page's `data-letopis-font-scale`.
 *
 * @csspart calendar-heading - The calendar's `heading` part.
 * @csspart calendar-prev - The calendar's `prev` part.
 * @csspart calendar-next - The calendar's `next` part.
 * @csspart calendar-picker - The calendar's `picker` part.
 * @csspart calendar-grid - The calendar's `grid` part.
 * @csspart calendar-weekday - The calendar's `weekday` part.
 * @csspart calendar-status - The calendar's `status` part.
 * @csspart calendar-retry - The calendar's `retry` part.
 * @csspart calendar-day - The calendar's `day` part.
 * @csspart calendar-outside - The calendar's `outside` part.
 * @csspart calendar-today - The calendar's `today` part.
 * @csspart calendar-selected - The calendar's `selected` part.
 * @csspart calendar-has-news - The calendar's `has-news` part.
 * @csspart calendar-empty - The calendar's `empty` part.
 * @csspart calendar-weekend - The calendar's `weekend` part.
 * @csspart calendar-disabled - The calendar's `disabled` part.
 * @csspart list-heading - The list's `heading` part.
 * @csspart list-list - The list's `list` part.
 * @csspart list-item - The list's `item` part.
 * @csspart list-title - The list's `title` part.
 * @csspart list-time - The list's `time` part.
 * @csspart list-lead - The list's `lead` part.
 * @csspart list-image - The list's `image` part.
 * @csspart list-views - The list's `views` part.
 * @csspart list-section - The list's `section` part.
 * @csspart list-day-header - The list's `day-header` part.
 * @csspart list-loading - The list's `loading` part.
 * @csspart list-empty - The list's `empty` part.
 * @csspart list-error - The list's `error` part.
 * @csspart list-retry - The list's `retry` part.
 * @csspart list-more - The list's `more` part.
 * @csspart list-pager - The list's `pager` part.
 * @csspart list-all-link - The list's `all-link` part.
 * @csspart list-archive-link - The list's `archive-link` part.
 * @csspart article-title - The article's `title` part.
 * @csspart article-date - The article's `date` part.
 * @csspart article-views - The article's `views` part.
 * @csspart article-section - The article's `section` part.
 * @csspart article-lead - The article's `lead` part.
 * @csspart article-body - The article's `body` part.
 * @csspart article-image - The article's `image` part.
 * @csspart article-back - The article's `back` part.
 * @csspart article-loading - The article's `loading` part.
 * @csspart article-error - The article's `error` part.
 * @csspart article-retry - The article's `retry` part.
 *
 * @cssproperty [--letopis-archive-gap=1.5em] - Space between the calendar and the list.
 * @cssproperty [--letopis-accent=#0b5cad] - Links, the selected day, the current page: inherited by the calendar, the list and the article, as every token below.
 * @cssproperty [--letopis-accent-contrast=#fff] - Text on the accent colour (the selected day).
 * @cssproperty [--letopis-news-bg=color-mix(in srgb, var(--letopis-accent) 12%, transparent)] - Background of the calendar's days with news.
 * @cssproperty [--letopis-muted=color-mix(in srgb, currentColor 75%, transparent)] - Times, views, sections, the adjacent months' days.
 * @cssproperty [--letopis-surface=Canvas] - Background of the calendar's month/year picker.
 * @cssproperty [--letopis-border=currentColor] - Borders: the error line, an image's placeholder.
 * @cssproperty [--letopis-text=currentColor] - Text; the light and dark schemes default to #1a1a1a and #f0f0f0.
 * @cssproperty [--letopis-background=#fff] - Background in the light scheme (`theme="light"`).
 * @cssproperty [--letopis-background-dark=#121212] - Background in the dark scheme (`theme="dark"`).
 * @cssproperty [--letopis-accent-dark=#8ab4f8] - The accent in the dark scheme.
 */
export class LetopisArchive extends LetopisElement {
  static override styles = [
    hostStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .layout {
        display: grid;
        gap: var(--letopis-archive-gap, 1.5em);
        /* minmax(0, …): a column never grows past the archive, so the calendar's max-width: 100% holds. */
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'main' 'side';
      }
      /* In em, so large text (a low-vision panel's font size) stacks the calendar under the list as a narrow screen does. */
      @container (min-width: 45em) {
        .layout {
          grid-template-columns: minmax(0, 1fr) auto;
          grid-template-areas: 'main side';
        }
      }
      .main {
        grid-area: main;
        min-width: 0;
      }
      letopis-calendar {
        grid-area: side;
      }
      /* The reader's text spacing reaches the widgets inside (each resets its own for the page it sits in). */
      letopis-calendar,
      letopis-news-list,
      letopis-article {
        line-height: inherit;
      }
    `,
  ];
  static override properties = {
    source: {},
    route: {},
    paramPrefix: { attribute: 'param-prefix' },
    bodyStylesheet: { attribute: 'body-stylesheet' },
    strings: { attribute: false },
  };

  /** Registers `<letopis-archive>` unless the tag is taken (its calendar, list and article come with `letopis/define`). */
  static define(tag = 'letopis-archive'): void {
    defineOnce(tag, LetopisArchive);
  }

  /** A NewsSource (property), or the id of a `<letopis-source>`; empty: the nearest `<letopis-source>` ancestor. */
  source?: NewsSource | string | null;
  /** Where the state lives: `query` (`?date=2017-10-26`, `?news=ID`), `hash` (`#/2017-10-26`, `#/news/ID`) or `none`. */
  route: 'query' | 'hash' | 'none' = 'query';
  /** A prefix for the URL parameters, so two archives on one page keep their own (`a-` → `?a-date=…`). */
  paramPrefix = '';
  /** The site's stylesheet for article bodies, passed to the article (`<letopis-article body-stylesheet>`). */
  bodyStylesheet?: string;
  /** Words to use instead of the language's table (property only): the list's heading, `feed` and `day`. */
  strings?: Partial<ArchiveWords>;
  /** The day and the article shown. */
  #state: State = {};
  #announcement = '';
  /** The item the list opened, to return focus to it. */
  #opened?: string;
  /** Where focus goes after the next update: the article's title, or the list (its heading, or the item opened). */
  #focus?: 'list' | 'article';
  readonly #onNavigate = () => {
    this.#show(this.#fromUrl());
    this.#focus = this.#state.news ? 'article' : 'list';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Listening first: whatever the address holds now, later hash changes, Back and Forward are followed.
    addEventListener('popstate', this.#onNavigate);
    addEventListener('hashchange', this.#onNavigate);
    this.#show(this.#fromUrl());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#onNavigate);
    removeEventListener('hashchange', this.#onNavigate);
  }

  /** Where the state lives (`query` for a value it does not know). */
  get #route(): ArchiveRoute {
    return checked(this, 'route', isRoute) ?? 'query';
  }

  /**
   * The state the page's address holds. What this archive cannot read — a
   * `#/…` hash that is neither a day nor an article, an escape that is not
   * one (`#/news/%`), a day that is none (`?date=2017-13-01`), an id that
   * could step out of the article URL's path (`?news=..`) — is named in the
   * console and ignored: the archive shows the feed.
   */
  #fromUrl(): State {
    const route = this.#route;
    if (route === 'hash') {
      const hash = location.hash;
      // Only `#/…` is the archive's: other anchors of the page are not its business.
      if (!hash.startsWith('#/')) return {};
      const m = /^#\/(?:news\/(.+)|(\d{4}-\d\d-\d\d))?$/.exec(hash);
      const news = m?.[1] === undefined ? undefined : decoded(m[1]);
      if (!m || (m[1] !== undefined && !isArticleId(news)) || (m[2] !== undefined && !isISODate(m[2]))) {
        mistake(this, 'route:hash', hash);
        return {};
      }
      return { news, date: m[2] };
    }
    if (route !== 'query') return this.#state;
    const q = new URLSearchParams(location.search);
    const date = q.get(`${this.paramPrefix}date`) || undefined;
    const news = q.get(`${this.paramPrefix}news`) || undefined;
    if (date && !isISODate(date)) mistake(this, 'route:date', date);
    if (news && !isArticleId(news)) mistake(this, 'route:news', news);
    return { date: isISODate(date) ? date : undefined, news: isArticleId(news) ? news : undefined };
  }

  #show(state: State): void {
    this.#state = state;
    this.requestUpdate();
  }

  /** Shows a new state and records it in the history, so Back returns to the previous one. */
  #go(state: State, focus: 'list' | 'article'): void {
    this.#show(state);
    this.#focus = focus;
    const route = this.#route;
    if (route === 'hash') {
      history.pushState(
        { letopis: true },
        '',
        state.news ? `#/news/${encodeURIComponent(state.news)}` : state.date ? `#/${state.date}` : '#/',
      );
    } else if (route === 'query') {
      const url = new URL(location.href);
      // Both keys, always: a day picked with an article open leaves no ?news= behind for a reload to reopen.
      for (const key of ['date', 'news'] as const) {
        const value = state[key];
        if (value) url.searchParams.set(this.paramPrefix + key, value);
        else url.searchParams.delete(this.paramPrefix + key);
      }
      history.pushState({ letopis: true }, '', url);
    }
  }

  /**
   * Items link to their article in this archive (`?news={id}` beside the
   * other parameters, or `#/news/{id}`): a click is routed without leaving the
   * page, a new tab opens the same state, and items without a URL of their
   * own (static files) can be opened too. With `route="none"`, their own URL.
   */
  #itemHref(): string | undefined {
    const route = this.#route;
    if (route === 'hash') return '#/news/{id}';
    if (route !== 'query') return undefined;
    const q = new URLSearchParams(location.search);
    q.delete(`${this.paramPrefix}news`);
    const rest = q.toString();
    return `${location.pathname}?${rest ? `${rest}&` : ''}${this.paramPrefix}news={id}`;
  }

  protected override render(): TemplateResult {
    const { date, news } = this.#state;
    const t = wordsFor(archiveWords, this.page.lang, this.strings);
    const heading = date ? fill(t.day, { date: formatFullDate(date, this.page.lang) }) : t.feed;
    return html`<div class="layout">
        <div class="main">
          ${
            news
              ? html`<letopis-article
                  exportparts=${exportparts('article')}
                  .source=${this.source}
                  article-id=${news}
                  heading-level="2"
                  body-stylesheet=${this.bodyStylesheet ?? nothing}
                  @letopis-back=${(e: Event) => {
                    e.preventDefault();
                    // Back through our own history entry when there is one; a deep link goes to the list instead.
                    if ((history.state as { letopis?: boolean } | null)?.letopis) history.back();
                    else this.#go({ date }, 'list');
                  }}
                ></letopis-article>`
              : html`<letopis-news-list
                  exportparts=${exportparts('list')}
                  .source=${this.source}
                  .date=${date}
                  .itemHref=${this.#itemHref()}
                  heading=${heading}
                  @letopis-select=${(e: CustomEvent<{ item: NewsItem }>) => {
                    e.preventDefault();
                    this.#opened = e.detail.item.id;
                    this.#go({ date, news: e.detail.item.id }, 'article');
                  }}
                ></letopis-news-list>`
          }
        </div>
        <letopis-calendar
          exportparts=${exportparts('calendar')}
          .source=${this.source}
          .value=${date}
          month=${date?.slice(0, 7) ?? ''}
          @change=${(e: Event) => {
            e.preventDefault();
            this.#go({ date: (e.target as HTMLElement & { value: string }).value }, 'list');
          }}
        ></letopis-calendar>
      </div>
      <div class="sr" role="status">${this.#announcement}</div>`;
  }

  protected override updated(): void {
    const focus = this.#focus;
    if (!focus) return;
    this.#focus = undefined;
    // Focus moves with the view — to the article's title, to the list's heading, or back to the item opened —
    // once the inner element has rendered it; what it reached is announced.
    let moved: Promise<HTMLElement | undefined> | undefined;
    if (focus === 'article') moved = this.renderRoot.querySelector<LetopisArticle>('letopis-article')?.focusTitle();
    else {
      const list = this.renderRoot.querySelector<LetopisNewsList>('letopis-news-list');
      const opened = this.#opened;
      this.#opened = undefined;
      moved = opened ? list?.focusItem(opened) : list?.focusHeading();
    }
    void moved?.then((element) => {
      if (!element) return;
      this.#announcement = element.textContent?.trim() ?? '';
      this.requestUpdate();
    });
  }
}
