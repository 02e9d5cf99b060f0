import type { ISODate } from '../core/types.js';
import { checkedId } from './template.js';
import type { Readers } from './normalize.js';
import type { FieldMap } from './types.js';

/** Response headers, lower-cased names (kept as a plain object so they can be cached). */
export type HeaderMap = Record<string, string>;

/** How an endpoint pages: query parameter names and its largest page size. */
export interface Paging {
  /** 1-based page number parameter (`page`). */
  page?: string;
  /** Page size parameter (`per_page`). */
  size?: string;
  /** Offset parameter (`page[offset]`), when the endpoint counts items, not pages. */
  offset?: string;
  /** The largest page size the endpoint allows. */
  max: number;
}

/**
 * What a preset knows about one kind of endpoint. Everything is optional
 * except where the items are and how to read their fields.
 */
export interface Preset {
  /** The body format. Default `json`. */
  format?: 'json' | 'xml';
  /** Turns a non-JSON body into JSON-like data (RSS, Atom). */
  parse?: (text: string) => unknown;
  /** Paths where the list of items may be, tried in order; '' is the body itself. */
  items: string[];
  /** Gets the records when they need more than a path (Drupal's `included` images). */
  records?: (body: unknown) => unknown[] | undefined;
  map: FieldMap;
  read?: Readers;
  paging?: Paging;
  /** Standing parameters every request carries (`_embed`). */
  prepare?: (url: URL) => void;
  /**
   * Narrows a request to the fields a purpose needs (`days`: the id and the
   * date only; WordPress `_fields`, JSON:API sparse fieldsets) and drops what
   * would embed more. Items read from such answers are only ever counted.
   */
  fields?: (url: URL, purpose: 'days') => void;
  /** Restricts a request to the inclusive site-zone days `from`..`to`. */
  range?: (url: URL, from: ISODate, to: ISODate, timeZone: string) => void;
  /** Asks for the oldest items first (for `bounds().first`). */
  ascending?: (url: URL) => void;
  /** Filters by section on the server; false when it cannot (then letopis filters). */
  section?: (url: URL, section: string) => boolean;
  /** The next page's URL when the body or headers name it. */
  next?: (body: unknown, headers: HeaderMap, url: URL) => string | null | undefined;
  /** Totals when the endpoint tells them. */
  totals?: (body: unknown, headers: HeaderMap) => { total?: number; pages?: number };
  /** True for the answer an endpoint gives past its last page (WordPress: 400). */
  pastEnd?: (status: number, body: unknown) => boolean;
  /** The URL of one article. */
  article?: (endpoint: URL, id: string) => string;
  /**
   * Routes of a server-side companion derived from the endpoint (the letopis
   * WordPress plugin's `letopis/v1/days` and `letopis/v1/bounds`), tried by
   * the first query and used when the site answers them (wp-routes.ts).
   */
  routes?: (endpoint: URL) => { days: URL; bounds: URL } | undefined;
}

/** A number from a header or field, or undefined. */
export function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * `endpoint/id` keeping the query: `/wp/v2/posts?x=1` → `/wp/v2/posts/42?x=1`.
 * The id is encoded, and one that would step out of the path (`.`, `..`) throws `bad-option`.
 */
export function childUrl(endpoint: URL, id: string, trailingSlash = false): string {
  const u = new URL(endpoint.href);
  const segment = encodeURIComponent(checkedId(id));
  const child = (path: string) => `${path.replace(/\/+$/, '')}/${segment}${trailingSlash ? '/' : ''}`;
  // WordPress without pretty permalinks routes by parameter: ?rest_route=/wp/v2/posts → /wp/v2/posts/42.
  const route = u.searchParams.get('rest_route');
  if (route) u.searchParams.set('rest_route', child(route));
  else u.pathname = child(u.pathname);
  return u.href;
}

/** Sets a parameter unless the integrator's endpoint already has it. */
export function setDefault(url: URL, name: string, value: string): void {
  if (!url.searchParams.has(name)) url.searchParams.set(name, value);
}
