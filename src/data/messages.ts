/**
 * The data layer's error sentences, in English and Russian, each saying what
 * to change: one table, keyed by code and, where a code has several causes,
 * by reason (`not-found/unasked`). `fail()` writes both sentences when the
 * error is made; an error never changes after that. Loaded with the data
 * engine, never by a page that only shows a calendar.
 */
import { LetopisError, type LetopisErrorCode, type LetopisErrorDetails, type Sentences } from '../core/errors.js';

/** Why records of an answer could not become items (normalize.ts counts them). */
export interface SkipReason {
  kind: 'not-object' | 'no-date' | 'bad-date' | 'no-text';
  /** How many records. */
  count: number;
  /** `no-date`: the path(s) read, as JSON. */
  path?: string;
  /** `bad-date`: no `date-format` was set, which might read them. */
  formatHint?: boolean;
  /** `bad-date`: the first few values, as JSON. */
  examples: string[];
}

const REASON_WORDS = {
  en: {
    'not-object': 'not an object',
    'no-date': 'no date at',
    'bad-date': 'unreadable date',
    'no-text': 'no title, lead or body',
    formatHint: '(set date-format)',
    example: 'e.g.',
  },
  ru: {
    'not-object': 'не объект',
    'no-date': 'нет даты по пути',
    'bad-date': 'нечитаемая дата',
    'no-text': 'нет заголовка, анонса и текста',
    formatHint: '(укажите date-format)',
    example: 'напр.',
  },
};

/** `3 × unreadable date (set date-format), e.g. "вчера"`, in English or Russian. */
export function describeSkip(reason: SkipReason, lang: 'en' | 'ru' = 'en'): string {
  const w = REASON_WORDS[lang];
  let text = `${reason.count} × ${w[reason.kind]}`;
  if (reason.path) text += ` ${reason.path}`;
  if (reason.formatHint) text += ` ${w.formatHint}`;
  if (reason.examples.length) text += `, ${w.example} ${reason.examples.join(', ')}`;
  return text;
}

/** What a sentence can name; every field is already text. */
interface Facts {
  url: string;
  status: string;
  value: string;
  paths: string;
}

type Reason = 'auth' | 'cors' | 'html' | 'unasked' | 'no-date-field' | 'other-preset' | 'xml' | 'not-rss' | 'not-atom';
type Key = LetopisErrorCode | `${LetopisErrorCode}/${Reason}`;

const SENTENCES: Partial<Record<Key, (f: Facts, ru: Facts) => Sentences>> = {
  network: ({ url }) => [
    `could not reach ${url}: offline, a wrong host or port, or the page's Content-Security-Policy (connect-src) does not allow it`,
    `нет связи с ${url}: нет сети, неверный адрес или порт сервера, или Content-Security-Policy страницы (connect-src) его не разрешает`,
  ],
  // The server answered a request without CORS, so it is up; an opaque answer hides its status.
  'network/cors': ({ url }) => [
    `${url} answers, but not to this site: the server does not allow ${location.origin} by CORS (it must send Access-Control-Allow-Origin; with headers or credentials also Access-Control-Allow-Headers or -Credentials), or there is no such path and its error page has no CORS headers: check endpoint, then the server's CORS settings`,
    `${url} отвечает, но не этому сайту: сервер не разрешает ${location.origin} по CORS (нужен заголовок Access-Control-Allow-Origin, а с headers или credentials ещё Access-Control-Allow-Headers или -Credentials) или такого адреса на нём нет, а у страницы ошибки нет заголовков CORS: проверьте endpoint, затем настройки CORS сервера`,
  ],
  timeout: ({ url, value }) => [
    `${url} did not answer within ${value} s: raise timeout or check the server`,
    `${url} не ответил за ${value} с: увеличьте timeout или проверьте сервер`,
  ],
  http: ({ url, status }) => [
    `${url} answered HTTP ${status}: check endpoint`,
    `${url} ответил HTTP ${status}: проверьте endpoint`,
  ],
  'http/auth': ({ url, status }) => [
    `${url} answered HTTP ${status}: check endpoint, headers or credentials`,
    `${url} ответил HTTP ${status}: проверьте endpoint, headers или credentials`,
  ],
  'bad-body': ({ url }) => [
    `${url} answered text that is not JSON: check endpoint, or set preset="rss" or "atom" for a feed`,
    `${url} вернул текст, а не JSON: проверьте endpoint или укажите preset="rss" / "atom" для ленты`,
  ],
  'bad-body/html': ({ url }) => [
    `${url} answered HTML or XML that is not JSON: check endpoint, or set preset="rss" or "atom" for a feed`,
    `${url} вернул HTML или XML, а не JSON: проверьте endpoint или укажите preset="rss" / "atom" для ленты`,
  ],
  'bad-body/xml': ({ value }) => [`the feed is not well-formed XML (${value})`, 'лента не является корректным XML'],
  'bad-body/not-rss': ({ value }) => [
    `expected an RSS feed, got <${value}>`,
    `ожидалась лента RSS, получен <${value}>`,
  ],
  'bad-body/not-atom': ({ value }) => [
    `expected an Atom feed, got <${value}>`,
    `ожидалась лента Atom, получен <${value}>`,
  ],
  'unknown-shape': ({ url, paths }, ru) => [
    `no list of news found in the answer from ${url}; tried ${paths}. Set a preset or map.items`,
    `в ответе ${ru.url} не найден список новостей; проверены пути ${ru.paths}. Укажите preset или map.items`,
  ],
  // A preset is set, and the answer has another preset's shape.
  'unknown-shape/other-preset': ({ url, paths, value }) => [
    `no list of news found in the answer from ${url} where the preset looks (${paths}); the answer has the ${value} shape: set preset="${value}"`,
    `в ответе ${url} не найден список новостей там, где его ищет preset (${paths}); ответ в формате ${value}: укажите preset="${value}"`,
  ],
  'unknown-shape/no-date-field': ({ value, paths }, ru) => [
    `found items at "${value}" but no date in them; tried ${paths}. Set map.date`,
    `элементы найдены в "${ru.value}", но без даты; проверены поля ${paths}. Укажите map.date`,
  ],
  'bad-items': ({ url, value }, ru) => [
    `none of the items from ${url} could be read (${value}): check map.date, map.title or date-format`,
    `ни одна новость из ${url} не прочитана (${ru.value}): проверьте map.date, map.title или date-format`,
  ],
  'not-found': ({ url, value }) => [`no news item ${value} at ${url}`, `новость ${value} не найдена (${url})`],
  // An article asked for by id that no request can fetch (a range endpoint without an article URL).
  'not-found/unasked': ({ url, value }) => [
    `news item ${value} is not among the news read from ${url}, and there is no article URL to ask: set article-endpoint (a URL with {id})`,
    `новости ${value} нет среди прочитанных из ${url}, а адреса для одной новости нет: укажите article-endpoint (адрес с {id})`,
  ],
};

/** What "the body itself" (the path '') is called in each language. */
const BODY_ITSELF = { en: '(the body itself)', ru: '(тело ответа)' };

/** 401 and 403 also point at headers and credentials. */
const httpReason = (status?: number): Reason | undefined => (status === 401 || status === 403 ? 'auth' : undefined);

function facts(details: LetopisErrorDetails, reasons: SkipReason[] | undefined, lang: 'en' | 'ru'): Facts {
  const value = reasons
    ? reasons.map((r) => describeSkip(r, lang)).join('; ')
    : details.value === '' && lang in BODY_ITSELF
      ? BODY_ITSELF[lang]
      : String(details.value ?? '');
  return {
    url: details.url ?? (lang === 'ru' ? 'сервера' : 'the endpoint'),
    status: String(details.status ?? ''),
    value,
    paths: (details.paths ?? []).map((p) => p || BODY_ITSELF[lang]).join(', '),
  };
}

/**
 * A data error, its sentences written now from the table above.
 * `reasons` (for `bad-items`) are the skip reasons, kept in `value` as English lines.
 */
export function fail(
  code: LetopisErrorCode,
  details: LetopisErrorDetails = {},
  reason?: Reason,
  reasons?: SkipReason[],
): LetopisError {
  reason ??= code === 'http' ? httpReason(details.status) : undefined;
  const key: Key = reason ? `${code}/${reason}` : code;
  const sentences = SENTENCES[key] ?? SENTENCES[code];
  const [en, ru] = sentences
    ? sentences(facts(details, reasons, 'en'), facts(details, reasons, 'ru'))
    : [`${code} ${details.url ?? ''}`, `${code} ${details.url ?? ''}`];
  const value = reasons ? reasons.map((r) => describeSkip(r)) : details.value;
  const paths = details.paths?.map((p) => p || BODY_ITSELF.en);
  return new LetopisError(code, [`letopis: ${en}`, `letopis: ${ru}`], { ...details, value, paths });
}
