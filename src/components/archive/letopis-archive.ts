import { css } from '@lit/reactive-element';
import { html, type TemplateResult } from 'lit-html';
import { isISODate } from '../../core/date.js';
import { formatFullDate } from '../../core/labels.js';
import { fill, wordsFor, type WordTables } from '../../core/strings.js';
import type { NewsSource } from '../../data/news-source.js';
import type { NewsItem } from '../../data/types.js';
import { defineOnce } from '../shared/define.js';
import { LetopisElement } from '../shared/element.js';
import { langOf } from '../shared/locale.js';
import { hostStyles } from '../shared/styles.js';

/** The parts each inner element forwards, under its prefix (`calendar-day`, `list-item`, `article-title`…). */
const PARTS = {
  calendar:
    'heading prev next picker grid weekday status retry day outside today selected has-news empty weekend disabled',
  list: 'heading list item title time lead image views section day-header loading empty error retry more pager all-link archive-link',
  article: 'title date views section lead body image back loading error retry',
};
const exportparts = (prefix: keyof typeof PARTS) =>
  PARTS[prefix].replace(/\S+/g, (p) => `${p}:${prefix}-${p}`).replace(/ /g, ',');

const archiveWords: WordTables<{ feed: string; day: string }> = {
  ru: { feed: 'Лента новостей', day: 'Новости за {date}' },
  en: { feed: 'News', day: 'News of {date}' },
};

interface State {
  date?: string;
  news?: string;
}

/**
 * @tagname letopis-archive
 * @summary The archive as a reader meets it: a calendar beside the news
 * list, and the article in the list's place when one is opened — over one
 * source, with the state in the page URL so Back, Forward, reloads and deep
 * links work.
 *
 * @attr {string} lang - The language of labels; default: the nearest `[lang]` ancestor, else `ru`.
 *
 * @csspart calendar-day - …and every other part of the calendar, list and article, forwarded with the prefixes `calendar-`, `list-` and `article-`.
 *
 * @cssproperty [--letopis-archive-gap=1.5em] - Space between the calendar and the list.
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
      @container (min-width: 720px) {
        .layout {
          grid-template-columns: minmax(0, 1fr) auto;
          grid-template-areas: 'main side';
        }
      }
      main {
        grid-area: main;
        min-width: 0;
      }
      letopis-calendar {
        grid-area: side;
      }
    `,
  ];
  static override properties = {
    source: {},
    route: {},
    paramPrefix: { attribute: 'param-prefix' },
  };

  /** Registers `<letopis-archive>` unless the tag is taken (its calendar, list and article come with `letopis/define`). */
  static define(tag = 'letopis-archive'): void {
    defineOnce(tag, LetopisArchive);
  }

  /** A NewsSource (property), or the id of a `<letopis-source>`; empty: the nearest `<letopis-source>` ancestor. */
  source?: NewsSource | string | null;
  /** Where the state lives: `query` (`?date=2017-10-26`, `?news=ID`), `hash` (`#/2017-10-26`, `#/news/ID`) or `none`. */
  route = 'query';
  /** A prefix for the URL parameters, so two archives on one page keep their own (`a-` → `?a-date=…`). */
  paramPrefix = '';
  /** The day and the article shown. */
  #state: State = {};
  #announcement = '';
  /** The item the list opened, to return focus to it. */
  #opened?: string;
  #focus?: 'list' | 'article';
  readonly #read = () => {
    this.#show(this.#fromUrl());
    this.#focus = this.#state.news ? 'article' : 'list';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#show(this.#fromUrl());
    addEventListener('popstate', this.#read);
    addEventListener('hashchange', this.#read);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#read);
    removeEventListener('hashchange', this.#read);
  }

  #fromUrl(): State {
    if (this.route === 'hash') {
      const m = /^#\/(?:news\/(.+)|(\d{4}-\d\d-\d\d))?$/.exec(location.hash);
      return m ? { news: m[1] && decodeURIComponent(m[1]), date: m[2] } : {};
    }
    if (this.route !== 'query') return this.#state;
    const q = new URLSearchParams(location.search);
    const date = q.get(`${this.paramPrefix}date`) ?? undefined;
    return {
      date: isISODate(date) ? date : undefined,
      news: q.get(`${this.paramPrefix}news`) ?? undefined,
    };
  }

  #show(state: State): void {
    this.#state = state;
    this.requestUpdate();
  }

  /** Shows a new state and records it in the history, so Back returns to the previous one. */
  #go(state: State, focus: 'list' | 'article'): void {
    this.#show(state);
    this.#focus = focus;
    if (this.route === 'hash') {
      history.pushState(
        { letopis: true },
        '',
        state.news ? `#/news/${encodeURIComponent(state.news)}` : state.date ? `#/${state.date}` : '#/',
      );
    } else if (this.route === 'query') {
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
    if (this.route === 'hash') return '#/news/{id}';
    if (this.route !== 'query') return undefined;
    const q = new URLSearchParams(location.search);
    q.delete(`${this.paramPrefix}news`);
    const rest = q.toString();
    return `${location.pathname}?${rest ? `${rest}&` : ''}${this.paramPrefix}news={id}`;
  }

  protected override render(): TemplateResult {
    const { date, news } = this.#state;
    const t = wordsFor(archiveWords, langOf(this));
    const heading = date ? fill(t.day, { date: formatFullDate(date, langOf(this)) }) : t.feed;
    return html`<div class="layout">
        <main>
          ${
            news
              ? html`<letopis-article
                  exportparts=${exportparts('article')}
                  .source=${this.source}
                  article-id=${news}
                  heading-level="2"
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
        </main>
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

  protected override async updated(): Promise<void> {
    const focus = this.#focus;
    if (!focus) return;
    this.#focus = undefined;
    const root = this.renderRoot;
    const article = root.querySelector('letopis-article');
    const list = root.querySelector('letopis-news-list');
    // Focus moves with the view: to the article's title, to the list's heading, or back to the item opened.
    for (let i = 0; i < 60; i++) {
      await new Promise(requestAnimationFrame);
      const inner =
        focus === 'article'
          ? article?.shadowRoot?.querySelector<HTMLElement>('[part~="title"],[part~="error"]')
          : list?.shadowRoot?.querySelector<HTMLElement>(
              this.#opened ? `[data-id="${CSS.escape(this.#opened)}"] [part~="title"]` : '[part~="heading"]',
            );
      if (inner) {
        inner.focus();
        this.#announcement = inner.textContent?.trim() ?? '';
        this.#opened = focus === 'article' ? this.#opened : undefined;
        this.requestUpdate();
        return;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'letopis-archive': LetopisArchive;
  }
}
