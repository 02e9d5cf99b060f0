/**
 * What an integrator's URL or an article id may be, checked as text (no
 * base to resolve against, no DOM): the rules every element and the data
 * layer share, so a link or a request can never be steered by a value.
 */

/**
 * True for an http(s) URL or a relative one (a path, a query, a hash, `//host`).
 * Any other scheme (`javascript:`, `data:`, `vbscript:`, `file:`…) is refused,
 * read by the URL parser itself, so a scheme hidden the way browsers forgive
 * (`" java\tscript:"`) is refused too. Placeholders (`{date}`) are fine.
 */
export function isWebUrl(value: unknown): value is string {
  try {
    return typeof value === 'string' && /^https?:$/.test(new URL(value, 'http://relative.invalid').protocol);
  } catch {
    return false;
  }
}

/** The longest article id read from a page URL or an attribute (a JSON Feed id may be a whole URL). */
export const MAX_ID_LENGTH = 1000;

/**
 * True for a value that can name an article: 1–1000 characters, not `.` or
 * `..` (the URL parser would take either, even encoded, as a step up the
 * path of the article URL), and no control characters.
 */
export const isArticleId = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  value.length <= MAX_ID_LENGTH &&
  value !== '.' &&
  value !== '..' &&
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  !/[\0-\x1f\x7f]/.test(value);
