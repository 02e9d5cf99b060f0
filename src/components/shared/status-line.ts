import { css, html, type CSSResult, type TemplateResult } from 'lit';
import type { LetopisError } from '../../core/errors.js';
import { wordsFor, type WordTables } from '../../core/strings.js';

/** The words of a failed query, with the element's own `strings` on top. */
export const statusWords: WordTables<{ error: string; details: string; retry: string }> = {
  ru: { error: 'Не удалось загрузить новости.', details: 'Подробнее', retry: 'Повторить' },
  en: { error: 'Could not load the news.', details: 'Details', retry: 'Retry' },
};

/** The retry button's look: in the styles of every element that shows a failed query. */
export const statusStyles: CSSResult = css`
  .retry {
    margin: 0.25em 0;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;

/** A failed query: its error, and a way to run it again. `@lit/task`'s Task is one. */
export interface Retryable {
  readonly error?: unknown;
  run(): unknown;
}

const words = (lang: string, strings?: object) =>
  wordsFor(statusWords, lang, strings as Partial<typeof statusWords.en>);

/** The sentence a screen reader hears when a query fails: "Не удалось загрузить новости." */
export const failureText = (lang: string, strings?: object): string => words(lang, strings).error;

/**
 * What went wrong, in the element's language: a sentence for the reader, and
 * what to change (the URL, the status) folded under "Подробнее" for whoever
 * maintains the site. Elements put it into a live region that is already on
 * the page, so it is announced.
 */
export function failureMessage(query: Retryable, lang: string, strings?: object): TemplateResult {
  const t = words(lang, strings);
  const detail = (query.error as LetopisError | undefined)?.localized?.(lang);
  return html`${t.error}${
    detail
      ? html`<details>
          <summary>${t.details}</summary>
          ${detail}
        </details>`
      : ''
  }`;
}

/** The "Повторить" button; `retried` runs after the query starts again (an element moves focus). */
export function retryButton(query: Retryable, lang: string, strings?: object, retried?: () => void): TemplateResult {
  return html`<button
    part="retry"
    class="retry"
    @click=${() => {
      query.run();
      retried?.();
    }}
  >
    ${words(lang, strings).retry}
  </button>`;
}
