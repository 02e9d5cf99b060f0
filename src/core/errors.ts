/**
 * What went wrong, as a stable machine-readable code. Codes are part of the
 * public API: integrators and widgets switch on them.
 *
 * An error's sentences are written once, when it is made, and never change:
 * the core's three codes take theirs from `SENTENCES` below, the data layer's
 * from its own table (`data/messages.ts`, which loads with the data engine).
 */
export type LetopisErrorCode =
  /** A date or instant that cannot be read. */
  | 'bad-date'
  /** An option outside its allowed values (a month string, a week start…). */
  | 'bad-option'
  /** A time zone name `Intl` does not know. */
  | 'bad-time-zone'
  /** The request never got an answer (offline, DNS, CORS). */
  | 'network'
  /** No answer within the source's `timeout`. */
  | 'timeout'
  /** The endpoint answered with HTTP status 400 or above. */
  | 'http'
  /** The endpoint answered 404 for one article. */
  | 'not-found'
  /** The body is not what the preset reads (not JSON, not XML). */
  | 'bad-body'
  /** No list of news items found in the body. */
  | 'unknown-shape'
  /** Items were found, but none had the fields a NewsItem needs. */
  | 'bad-items'
  /** The request was aborted by a newer one. */
  | 'aborted';

/** Extra facts an error carries for the console and for widgets. */
export interface LetopisErrorDetails {
  /** The URL that was requested. */
  url?: string;
  /** HTTP status, when there was a response. */
  status?: number;
  /** Dotted paths that were tried when looking for data. */
  paths?: string[];
  /** The value that could not be read. */
  value?: unknown;
  /** How many items were skipped. */
  skipped?: number;
  /** The error underneath, if any. */
  cause?: unknown;
}

/** An error's two sentences: English (`message`) and Russian (`messageRu`). */
export type Sentences = readonly [en: string, ru: string];

/**
 * The one error type letopis throws. `message` is English; `messageRu` the
 * same in Russian, so widgets can show it in the reader's language.
 */
export class LetopisError extends Error implements LetopisErrorDetails {
  override name = 'LetopisError';
  readonly messageRu: string;
  declare readonly url?: string;
  declare readonly status?: number;
  declare readonly paths?: string[];
  declare readonly value?: unknown;
  declare readonly skipped?: number;

  constructor(
    readonly code: LetopisErrorCode,
    [message, messageRu]: Sentences,
    details: LetopisErrorDetails = {},
  ) {
    // `cause` goes to Error itself; the other details become properties.
    super(message, details);
    this.messageRu = messageRu;
    const { cause: _cause, ...facts } = details;
    Object.assign(this, facts);
  }

  /** The message in `lang` (`ru…` gives Russian, anything else English). */
  localized(lang: string): string {
    return /^ru\b/i.test(lang) ? this.messageRu : this.message;
  }
}

/** How a value is quoted in a sentence: strings as JSON, the rest as written. */
const shown = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/** The core's sentences, by code. */
const SENTENCES = {
  'bad-date': (value: unknown): Sentences => [
    `letopis: cannot read ${shown(value)} as a date`,
    `letopis: не дата: ${shown(value)}`,
  ],
  'bad-option': (name: string, value: unknown, expected: string, expectedRu: string): Sentences => [
    `letopis: ${name} ${JSON.stringify(value)} is not valid; expected ${expected}`,
    `letopis: неверно ${name} ${JSON.stringify(value)}; нужно ${expectedRu}`,
  ],
  'bad-time-zone': (zone: string): Sentences => [
    `letopis: unknown time zone ${JSON.stringify(zone)} (IANA, e.g. "Europe/Moscow")`,
    `letopis: неизвестный часовой пояс ${JSON.stringify(zone)} (нужно имя IANA, например "Europe/Moscow")`,
  ],
};

/** Throws the `bad-date` error for a value that cannot be read as a date. */
export function badDate(value: unknown): never {
  throw new LetopisError('bad-date', SENTENCES['bad-date'](value), { value });
}

/** Throws the `bad-option` error naming the option and what it accepts. */
export function badOption(name: string, value: unknown, expected: string, expectedRu = expected): never {
  throw new LetopisError('bad-option', SENTENCES['bad-option'](name, value, expected, expectedRu), { value });
}

/** Throws the `bad-time-zone` error for a zone `Intl` does not know. */
export function badTimeZone(zone: string, cause?: unknown): never {
  throw new LetopisError('bad-time-zone', SENTENCES['bad-time-zone'](zone), { value: zone, cause });
}
