/**
 * What went wrong, as a stable machine-readable code. Codes are part of the
 * public API: integrators and widgets switch on them.
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

/**
 * The one error type letopis throws. `message` is English; `messageRu` the
 * same in Russian, so widgets can show it in the reader's language.
 */
export class LetopisError extends Error implements LetopisErrorDetails {
  override name = 'LetopisError';
  declare url?: string;
  declare status?: number;
  declare paths?: string[];
  declare value?: unknown;
  declare skipped?: number;

  constructor(
    readonly code: LetopisErrorCode,
    message: string,
    public messageRu: string,
    details: LetopisErrorDetails = {},
  ) {
    // `cause` goes to Error itself; the other details become properties.
    super(message, details);
    Object.assign(this, details);
  }

  /** The message in `lang` (`ru…` gives Russian, anything else English). */
  localized(lang: string): string {
    return (/^ru\b/i.test(lang) && this.messageRu) || this.message;
  }
}

/** Throws the `bad-date` error for a value that cannot be read as a date. */
export function badDate(value: unknown): never {
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  throw new LetopisError('bad-date', `letopis: cannot read ${shown} as a date`, `letopis: не дата: ${shown}`, {
    value,
  });
}

/** Throws the `bad-option` error naming the option and what it accepts. */
export function badOption(name: string, value: unknown, expected: string, expectedRu = expected): never {
  const text = `${name} ${JSON.stringify(value)}`;
  throw new LetopisError(
    'bad-option',
    `letopis: ${text} is not valid; expected ${expected}`,
    `letopis: неверно ${text}; нужно ${expectedRu}`,
    {
      value,
    },
  );
}
