import { html, type TemplateResult } from 'lit';
import { formatCount } from '../../core/labels.js';
import type { CoreWords } from '../../core/strings.js';

/** An eye, before a view count: the number's meaning at a glance (the words are there for screen readers). */
export const viewsIcon: TemplateResult = html`<svg
  class="icon"
  viewBox="0 0 24 24"
  width="1em"
  height="1em"
  aria-hidden="true"
  focusable="false"
>
  <path
    fill="currentColor"
    d="M12 5C6.5 5 2.7 9.4 1.5 12c1.2 2.6 5 7 10.5 7s9.3-4.4 10.5-7C21.3 9.4 17.5 5 12 5zm0 11.5A4.5 4.5 0 1 1 12 7.5a4.5 4.5 0 0 1 0 9zm0-2.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4z"
  />
</svg>`;

/** A view count as the list and the article show it: the eye and the number, and "3822 просмотра" for screen readers. */
export const viewCount = (views: number, lang: string, strings?: Partial<CoreWords>): TemplateResult =>
  html`<span part="views" aria-hidden="true">${viewsIcon}${views}</span
    ><span class="sr">${formatCount(views, lang, 'views', strings)}</span>`;
