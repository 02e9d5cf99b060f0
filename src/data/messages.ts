/**
 * The sentences of data errors, in English and Russian, each saying what to
 * change. Loaded only when a source reports an error.
 */
import type { LetopisError } from '../core/errors.js';
import { fill } from '../core/strings.js';

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
    'no list of news in the answer from {url}; tried {paths}: check preset or map.items',
    'в ответе {url} нет списка новостей; проверены пути {paths}: проверьте preset или map.items',
  ],
  'bad-items': [
    'none of the items from {url} could be read ({value}): check map.date, map.title or date-format',
    'ни одна новость из {url} не прочитана ({value}): проверьте map.date, map.title или date-format',
  ],
  'not-found': ['no news item {value} at {url}', 'новость {value} не найдена ({url})'],
};

/** Writes the error's sentences (once). */
export function describe(error: LetopisError): void {
  const sentences = SENTENCES[error.code];
  if (!sentences || error.messageRu) return;
  const html = /^\s*</.test(String(error.value));
  const auth = error.status === 401 || error.status === 403;
  const values = {
    url: error.url ?? '',
    status: error.status ?? '',
    value: Array.isArray(error.value) ? error.value.join('; ') : String(error.value),
    paths: (error.paths ?? []).join(', '),
    kind: html ? 'HTML or XML' : 'text',
    kindRu: html ? 'HTML или XML' : 'текст',
    auth: auth ? ', headers or credentials' : '',
    authRu: auth ? ', headers или credentials' : '',
  };
  [error.message, error.messageRu] = sentences.map((s) => `letopis: ${fill(s, values)}`);
}
