import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { LetopisError } from '../../core/errors.js';
import { formatArticleDate } from '../../core/labels.js';
import { isArticleId, isWebUrl } from '../../core/links.js';
import { wordsFor, type CoreWords } from '../../core/strings.js';
import type { NewsSource } from '../../data/news-source.js';
import { sanitizeToFragment } from '../../data/sanitize.js';
import type { NewsItem } from '../../data/types.js';
import { checks } from '../shared/checked.js';
import { TimeFormat, writeItemDate } from '../shared/time-format.js';
import { DEFAULT_TIME_ZONE } from '../../core/zone.js';
import { defineOnce } from '../shared/define.js';
import { LetopisElement } from '../shared/element.js';
import { SourceController } from '../shared/find-source.js';
import { FocusRequest } from '../shared/focus.js';
import { PageParamController } from '../shared/page-param.js';
import { failureMessage, failureText, retryButton, statusStyles } from '../shared/status-line.js';
import { viewCount } from '../shared/icons.js';
import { imagesOff } from '../shared/images.js';
import { hostStyles } from '../shared/styles.js';
import { articleWords, type ArticleWords } from './article.strings.js';
import { articleStyles } from './article.styles.js';

/** Attributes it cannot use are named in the console (shared/mistakes.ts) and left out. */
const { checked, mistake } = checks(() => import('../shared/mistakes.js'));

const isHeadingLevel = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 6;
/** What `display` may name. */
const DISPLAY = ['views', 'section', 'image', 'lead'];

/** A body's text in paragraphs: blank lines, or line breaks after a sentence's end. */
const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n|(?<=[.!?…»"])\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * @tagname letopis-article
 * @summary One news item: its title, date ("08 февраля 2018, 12:46"), views,
 * section, image, lead and body — the body's HTML sanitised before it reaches
 * the page, or its text in paragraphs — with a way back.
 *
 * @attr {string} lang - The language of labels; default: the nearest `[lang]` ancestor, else `ru`.
 * @attr {boolean} debug - Show the technical sentence of a failed query under "Подробнее" (also set by any ancestor or by the source named in `source="ID"`).
 * @attr {'light' | 'dark' | 'auto' | 'lv-white' | 'lv-black' | 'lv-blue' | 'lv-brown' | 'lv-green'} theme - The colour scheme: light, dark, the reader's preference (`auto`) or a low-vision scheme (black on white, white on black, blue, brown, green); default: the page's `data-letopis-theme`, else the bvi panel's, else the page's own colours.
 * @attr {'on' | 'off' | 'grayscale'} images - How images show (`off`: their alt text instead); default: the page's `data-letopis-images`, else the bvi panel's, else `on`.
 * @attr {string} font-scale - Text size over the page's, `150%` or `1.5`; default: the page's `data-letopis-font-scale`.
 *
 * @csspart title - The title (a heading of `heading-level`).
 * @csspart date - The date label.
 * @csspart views - The view count ("3822", named "3822 просмотра").
 * @csspart section - The section.
 * @csspart image - The image.
 * @csspart lead - The lead.
 * @csspart body - The body.
 * @csspart back - The way back: a link with `back-href`, else a button.
 * @csspart loading - The skeleton shown while loading.
 * @csspart error - The error line ("Новость не найдена", or the error and a retry).
 * @csspart retry - The retry button.
 *
 * @cssproperty [--letopis-accent=#0b5cad] - Links.
 * @cssproperty [--letopis-muted=color-mix(in srgb, currentColor 75%, transparent)] - Date, views and section.
 * @cssproperty [--letopis-border=currentColor] - Borders: the error line, an image's placeholder.
 * @cssproperty [--letopis-text=currentColor] - Text; the light and dark schemes default to #1a1a1a and #f0f0f0.
 * @cssproperty [--letopis-background=#fff] - Background in the light scheme (`theme="light"`).
 * @cssproperty [--letopis-background-dark=#121212] - Background in the dark scheme (`theme="dark"`).
 * @cssproperty [--letopis-accent-dark=#8ab4f8] - The accent in the dark scheme.
 *
 * @fires {Event} letopis-back - The reader asked to go back (the button, without `back-href`). Cancelable: cancel it to route; else the browser goes back in history.
 */
export class LetopisArticle extends LetopisElement {
  static override styles = [hostStyles, statusStyles, articleStyles];
  static override properties = {
    source: {},
    articleId: { attribute: 'article-id' },
    idParam: { attribute: 'id-param' },
    item: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    backHref: { attribute: 'back-href' },
    display: {},
    bodyStylesheet: { attribute: 'body-stylesheet' },
    timeFormat: { attribute: 'time-format' },
    strings: { attribute: false },
  };

  /** Registers `<letopis-article>` unless the tag is taken. */
  static define(tag = 'letopis-article'): void {
    defineOnce(tag, LetopisArticle);
  }

  /** A NewsSource (property), or the id of a `<letopis-source>`; empty: the nearest `<letopis-source>` ancestor. */
  source?: NewsSource | string | null;
  /** The item's id, read through the source. */
  articleId?: string;
  /** Reads the id from this page URL parameter (`news` → `?news=3822`). */
  idParam?: string;
  /** The item itself (property only): no source needed. */
  item?: NewsItem;
  /** The title's heading level, 1–6. */
  headingLevel = 1;
  /** Where the back link leads; without it the back button fires `letopis-back`. */
  backHref?: string;
  /**
   * What shows besides title, date and body: any of `views`, `section`, `image`, `lead`, space-separated.
   * @type {'views' | 'section' | 'image' | 'lead'}
   */
  display = 'views section image lead';
  /**
   * A stylesheet of the site's for the body (its tables, lists, quotes…),
   * linked inside the element: its rules reach only the article, under the
   * page's CSP `style-src`. Write them under `[part~="body"]`.
   */
  bodyStylesheet?: string;
  /**
   * How the date is written: a date-fns `format` pattern (`d MMMM yyyy, HH:mm`, `dd.MM.yyyy`)
   * or the Bitrix spelling (`DD.MM.YYYY HH:MI`), in the site's zone, with Russian or English month
   * names by `lang` (other languages keep the default). Its code loads only when set. A date written
   * without a time drops the pattern's time. Default: "08 февраля 2018, 12:46".
   */
  timeFormat?: string;
  /** Words to use instead of the language's table (property only). */
  strings?: Partial<ArticleWords & CoreWords>;

  readonly #source = new SourceController(this);
  readonly #timeFormat = new TimeFormat(this, () => mistake(this, 'timeFormat'));
  /** The item read through the source for `article-id` (when no `item` is given), with the id it was read for. */
  readonly #query = new Task(this, {
    task: async ([source, , id, given], { signal }) => {
      if (!source || !id || given) return initialState;
      return { id, item: await source.article(id, { signal }) };
    },
    args: () => [this.#source.value, this.#source.generation, this.#id(), !!this.item] as const,
    onError: (error) => {
      const t = wordsFor(articleWords, this.page.lang, this.strings);
      this.#announcement =
        (error as LetopisError).code === 'not-found' ? t.notFound : failureText(this.page.lang, this.strings);
    },
  });
  /** What the live region says: that the article could not be loaded. */
  #announcement = '';
  /**
   * The item's HTML body, sanitised (DOMPurify loads on first use), as nodes:
   * unlike a fragment, an array of nodes can be rendered again after the
   * article was replaced by its loading state.
   */
  readonly #body = new Task(this, {
    task: async ([body]) => {
      if (!body || !('html' in body)) return initialState;
      return [...(await sanitizeToFragment(body.html)).childNodes];
    },
    args: () => [this.#item()?.body] as const,
  });
  readonly #focus = new FocusRequest(this);

  constructor() {
    super();
    new PageParamController(
      this,
      () => this.idParam,
      (id) => {
        if (isArticleId(id)) this.articleId = id;
        else mistake(this, 'idParam', id);
      },
    );
  }

  /** The item shown: the `item` property, else the one read for `article-id` (also while it is read again). */
  #item(): NewsItem | undefined {
    if (this.item) return this.item;
    const read = this.#query.value;
    return read && read.id === this.#id() && this.#query.status !== TaskStatus.ERROR ? read.item : undefined;
  }

  /** The item's HTML body is being sanitised. */
  #sanitising(): boolean {
    const body = this.#item()?.body;
    const status = this.#body.status;
    return !!body && 'html' in body && (status === TaskStatus.INITIAL || status === TaskStatus.PENDING);
  }

  /** `article-id`, when it can name an article (not `.` or `..`, not 10 kB long). */
  #id(): string | undefined {
    return checked(this, 'articleId', isArticleId);
  }

  /** Moves focus to the title (or the error line) once it is there: the archive does it when an article opens. */
  focusTitle(): Promise<HTMLElement | undefined> {
    return this.#focus.request(
      () => this.renderRoot.querySelector<HTMLElement>('[part~="title"],[part~="error"]'),
      () => !this.#source.waiting && this.#query.status !== TaskStatus.PENDING && !this.#sanitising(),
    );
  }

  #back(event: Event): void {
    if (checked(this, 'backHref', isWebUrl)) return;
    event.preventDefault();
    if (this.dispatchEvent(new Event('letopis-back', { bubbles: true, composed: true, cancelable: true })))
      history.back();
  }

  protected override render(): TemplateResult {
    const lang = this.page.lang;
    const t = wordsFor(articleWords, lang, this.strings);
    const backHref = checked(this, 'backHref', isWebUrl);
    const back = backHref
      ? html`<a part="back" href=${backHref}>${t.back}</a>`
      : html`<button part="back" @click=${this.#back}>${t.back}</button>`;
    const stylesheet = checked(this, 'bodyStylesheet', isWebUrl);
    const sheet = stylesheet ? html`<link rel="stylesheet" href=${stylesheet} />` : nothing;
    const shown = this.#item() ? !this.#sanitising() : this.#query.status === TaskStatus.ERROR;
    return html`${sheet}${this.#content(t)}${shown ? back : nothing}
      <div class="sr" role="status">${this.#announcement}</div>`;
  }

  /** The article, its error, its skeleton while it loads, or nothing before an id is asked for. */
  #content(t: ArticleWords): unknown {
    const lang = this.page.lang;
    const q = this.#query;
    const item = this.#item();
    if (!item) {
      const error = q.status === TaskStatus.ERROR ? (q.error as LetopisError) : undefined;
      if (error?.code === 'not-found') return html`<p part="error" tabindex="-1">${t.notFound}</p>`;
      if (error) {
        const retry = retryButton(q, lang, this.strings, () => void this.focusTitle());
        return html`<div part="error" tabindex="-1">${failureMessage(q, lang, this.strings)} ${retry}</div>`;
      }
      // Nothing asked for yet (no id) shows nothing; a query on its way shows the skeleton, read out by its name only.
      if (q.status !== TaskStatus.PENDING && !this.#source.waiting) return nothing;
      return this.#skeleton(t);
    }
    const show = new Set(this.display.split(/\s+/).filter(Boolean));
    if ([...show].some((word) => !DISPLAY.includes(word))) mistake(this, 'display:article');
    const body = item.body;
    let content: unknown = nothing;
    // An HTML body shows once sanitised, and the article with it: until then the skeleton keeps its place.
    if (this.#sanitising()) return this.#skeleton(t);
    if (body && 'html' in body) content = this.#body.value;
    else if (body) content = paragraphs(body.text).map((p) => html`<p>${p}</p>`);
    const level = checked(this, 'headingLevel', isHeadingLevel) ?? 1;
    const zone = this.#source.value?.timeZone;
    const write = this.#timeFormat.writer(this.timeFormat, lang);
    const date = write
      ? writeItemDate(write, item, zone ?? DEFAULT_TIME_ZONE)
      : formatArticleDate(item.date, { timeZone: zone, locale: lang, dateOnly: item.dateOnly });
    return html`<article>
      <div part="title" role="heading" aria-level=${level} tabindex="-1">${item.title}</div>
      <div class="meta">
        <time part="date" datetime=${item.date}>${date}</time>
        ${show.has('views') && item.views !== undefined ? viewCount(item.views, lang, this.strings) : nothing}
        ${show.has('section') && item.section ? html`<span part="section">${item.section}</span>` : nothing}
      </div>
      ${show.has('image') && item.image ? this.#image(item.image) : nothing}
      ${show.has('lead') && item.lead ? html`<p part="lead">${item.lead}</p>` : nothing}
      <div part="body">${content}</div>
    </article>`;
  }

  /**
   * The article to come, in its sizes: a title of two lines, the date, a lead and a paragraph — the space is
   * taken before it arrives. Read out by its name only.
   */
  #skeleton(t: ArticleWords): TemplateResult {
    return html`<div part="loading" aria-busy="true">
      <span class="sr">${t.loading}</span>
      <div aria-hidden="true">
        <div class="title"><span></span><span></span></div>
        <div class="meta"><span></span></div>
        <p><span></span><span></span></p>
        <p><span></span><span></span><span></span></p>
      </div>
    </div>`;
  }

  /** The article's image, or its alt text where the page shows no images. */
  #image({ src, alt }: { src: string; alt: string }): unknown {
    if (imagesOff(this)) return alt ? html`<p part="image" class="alt">${alt}</p>` : nothing;
    return html`<img part="image" src=${src} alt=${alt} />`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'letopis-back': Event;
  }
}
