import { css, html, type CSSResult, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import type { LetopisError } from '../../core/errors.js';
import { wordsFor, type WordTables, type Words } from '../../core/strings.js';
import { byId, closestComposed } from './composed.js';

/** The words of a failed query, with the element's own `strings` on top. */
export interface StatusWords extends Words {
  error: string;
  details: string;
  retry: string;
  /** What a reader is told after `error`: the server cannot be reached (offline, wrong host). */
  unreachable: string;
  /** It did not answer in time. */
  slow: string;
  /** It answered 5xx or 429. */
  busy: string;
  /** Anything else (a wrong address, an answer that cannot be read): only the site can mend it. */
  later: string;
}

export const statusWords: WordTables<StatusWords> = {
  ru: {
    error: 'Не удалось загрузить новости.',
    details: 'Подробнее',
    retry: 'Повторить',
    unreachable: 'Нет связи с сервером новостей. Проверьте подключение к интернету.',
    slow: 'Сервер новостей не ответил вовремя. Попробуйте позже.',
    busy: 'Сервер новостей временно не работает. Попробуйте позже.',
    later: 'Попробуйте позже.',
  },
  en: {
    error: 'Could not load the news.',
    details: 'Details',
    retry: 'Retry',
    unreachable: 'The news server cannot be reached. Check your internet connection.',
    slow: 'The news server did not answer in time. Try again later.',
    busy: 'The news server is not working right now. Try again later.',
    later: 'Try again later.',
  },
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

const words = (lang: string, strings?: object) => wordsFor(statusWords, lang, strings as Partial<StatusWords>);

/** The reader's sentence for an error: what they can do about it, no URL, no status. */
function plainReason(error: LetopisError | undefined, t: StatusWords): string {
  if (error?.code === 'network') return error.value === 'cors' ? t.later : t.unreachable;
  if (error?.code === 'timeout') return t.slow;
  if (error?.code === 'http' && (error.status! > 499 || error.status === 429)) return t.busy;
  return t.later;
}

/**
 * Whether technical details are shown to readers: a `debug` attribute on the
 * widget, on an element around it (across shadow roots), or on the
 * `<letopis-source>` one of them names with `source="ID"`.
 */
export const debugging = (host: Element): boolean =>
  !!closestComposed(host, (element) => {
    if (element.hasAttribute('debug')) return true;
    const id = element.localName.startsWith('letopis-') && element.getAttribute('source');
    return !!id && !!byId(element, id)?.hasAttribute('debug');
  });

/** The technical sentence folded under "Подробнее", rendered only where `debugging` says so (read from the part's host). */
class TechnicalDetails extends Directive {
  render(summary: string, detail: string): unknown {
    return html`<details>
      <summary>${summary}</summary>
      ${detail}
    </details>`;
  }

  override update(part: ChildPart, [summary, detail]: Parameters<this['render']>): unknown {
    const host = part.options?.host;
    return host instanceof Element && debugging(host) ? this.render(summary, detail) : '';
  }
}
const technicalDetails = directive(TechnicalDetails);

/** The sentence a screen reader hears when a query fails: "Не удалось загрузить новости." */
export const failureText = (lang: string, strings?: object): string => words(lang, strings).error;

/**
 * What went wrong, in the element's language: a plain sentence for the
 * reader ("Не удалось загрузить новости. Попробуйте позже."), and, when the
 * page asks with `debug`, what to change (the URL, the status) folded under
 * "Подробнее" for whoever maintains the site; the console always has it.
 * Elements put it into a live region that is already on the page, so it is
 * announced.
 */
export function failureMessage(query: Retryable, lang: string, strings?: object): TemplateResult {
  const t = words(lang, strings);
  const error = query.error as LetopisError | undefined;
  const detail = error?.localized?.(lang);
  return html`${t.error} ${plainReason(error, t)}${detail ? technicalDetails(t.details, detail) : ''}`;
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
