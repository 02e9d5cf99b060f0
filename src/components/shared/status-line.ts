import { html, type TemplateResult } from 'lit';
import type { LetopisError } from '../../core/errors.js';
import { wordsFor, type WordTables } from '../../core/strings.js';

/** The words of a failed query, with the element's own `strings` on top. */
export const statusWords: WordTables<{ error: string; details: string; retry: string }> = {
  ru: { error: 'Не удалось загрузить новости.', details: 'Подробнее', retry: 'Повторить' },
  en: { error: 'Could not load the news.', details: 'Details', retry: 'Retry' },
};

/** A failed query: its error, and a way to run it again. `@lit/task`'s Task is one. */
export interface Retryable {
  readonly error?: unknown;
  run(): unknown;
}

/**
 * The error line and retry button of a failed query, in the element's
 * language: a sentence for the reader; what went wrong (the URL, the status,
 * what to change) folded under "Подробнее" for whoever maintains the site.
 */
export function statusLine(query: Retryable, lang: string, strings?: object): TemplateResult {
  const t = wordsFor(statusWords, lang, strings as Partial<typeof statusWords.en>);
  const detail = (query.error as LetopisError | undefined)?.localized?.(lang);
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
    <button part="retry" class="retry" @click=${() => query.run()}>${t.retry}</button>`;
}
