/**
 * The sentences of data errors, in English and Russian, each saying what to
 * change. Loaded only when a source reports an error.
 */
import type { LetopisError } from '../core/errors.js';
import { fill } from '../core/strings.js';
import { SKIP } from './normalize.js';

const SENTENCES: Record<string, [string, string]> = {
  network: [
    'could not reach {url} (offline, a wrong host, or the server does not allow this site by CORS: it must send Access-Control-Allow-Origin)',
    'нет связи с {url} (нет сети, неверный адрес или сервер не разрешает этот сайт по CORS: нужен заголовок Access-Control-Allow-Origin)',
  ],
  timeout: [
    '{url} did not answer within {value} s: raise timeout or check the server',
    '{url} не ответил за {value} с: увеличьте timeout или проверьте сервер',
  ],
  http: [
    '{url} answered HTTP {status}: check endpoint{auth}',
    '{url} ответил HTTP {status}: проверьте endpoint{authRu}',
  ],
  'bad-body': [
    '{url} answered {kind} that is not JSON: check endpoint, or set preset="rss" or "atom" for a feed',
    '{url} вернул {kindRu}, а не JSON: проверьте endpoint или укажите preset="rss" / "atom" для ленты',
  ],
  'unknown-shape': [
    'no list of news found in the answer from {url}; tried {paths}. Set a preset or map.items',
    'в ответе {url} не найден список новостей; проверены пути {pathsRu}. Укажите preset или map.items',
  ],
  'bad-items': [
    'none of the items from {url} could be read ({value}): check map.date, map.title or date-format',
    'ни одна новость из {url} не прочитана ({valueRu}): проверьте map.date, map.title или date-format',
  ],
  'not-found': ['no news item {value} at {url}', 'новость {value} не найдена ({url})'],
  // An article asked for by id that no request can fetch (a range endpoint without an article URL).
  'not-found-unasked': [
    'news item {value} is not among the news read from {url}, and there is no article URL to ask: set article-endpoint (a URL with {id})',
    'новости {value} нет среди прочитанных из {url}, а адреса для одной новости нет: укажите article-endpoint (адрес с {id})',
  ],
};

/** The skip reasons of normalize.ts, in Russian. */
const REASONS_RU: Record<keyof typeof SKIP, string> = {
  notObject: 'не объект',
  noDate: 'нет даты по пути',
  badDate: 'нечитаемая дата',
  setFormat: '(укажите date-format)',
  noText: 'нет заголовка, анонса и текста',
  example: 'напр.',
};
const inRussian = (text: string): string =>
  Object.entries(SKIP).reduce((t, [key, en]) => t.replaceAll(en, REASONS_RU[key as keyof typeof SKIP]), text);

/** Writes the error's sentences (once). */
export function describe(error: LetopisError): void {
  const sentences = SENTENCES[error.code === 'not-found' && !error.status ? 'not-found-unasked' : error.code];
  if (!sentences || error.messageRu) return;
  const html = /^\s*</.test(String(error.value));
  const auth = error.status === 401 || error.status === 403;
  const values = {
    url: error.url ?? '',
    status: error.status ?? '',
    value: Array.isArray(error.value) ? error.value.join('; ') : String(error.value),
    valueRu: inRussian(Array.isArray(error.value) ? error.value.join('; ') : String(error.value)),
    paths: (error.paths ?? []).join(', '),
    pathsRu: (error.paths ?? []).join(', ').replace('(the body itself)', '(тело ответа)'),
    id: '{id}',
    kind: html ? 'HTML or XML' : 'text',
    kindRu: html ? 'HTML или XML' : 'текст',
    auth: auth ? ', headers or credentials' : '',
    authRu: auth ? ', headers или credentials' : '',
  };
  [error.message, error.messageRu] = sentences.map((s) => `letopis: ${fill(s, values)}`);
}
