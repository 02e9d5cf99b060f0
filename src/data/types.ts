import type { ISODate } from '../core/types.js';

/** One news item, normalised from whatever the endpoint sends. */
export interface NewsItem {
  id: string;
  /** Plain text: entities decoded once, tags removed. */
  title: string;
  /** The instant, ISO 8601 with the site zone's offset: `2017-10-26T14:05:00+03:00`. */
  date: string;
  /** The site's calendar day of `date`, in the source's time zone. */
  siteDate: ISODate;
  /** Plain text. */
  lead?: string;
  /** HTML (sanitised before it reaches the DOM) or plain text. */
  body?: { html: string } | { text: string };
  url?: string;
  image?: { src: string; alt: string };
  views?: number;
  section?: string;
  /**
   * True when the source wrote the date without a time of day (`2017-11-01`,
   * `01.11.2017`, a `date-format` without hours): `date` is then the day's
   * midnight in the site's zone, and lists and articles show only the date.
   * Absent for dates with a time.
   */
  dateOnly?: true;
}

/** The fields `map` can point at. */
export type Field = 'id' | 'title' | 'date' | 'lead' | 'body' | 'url' | 'image' | 'imageAlt' | 'views' | 'section';

/** How a text field is written at the endpoint. `auto` looks for tags. */
export type TextType = 'html' | 'text' | 'auto';

/**
 * Dotted paths to each field (`title.rendered`, `_embedded["wp:featuredmedia"][0].source_url`,
 * `result.news`); an array tries each path in turn.
 */
export type FieldMap = Partial<Record<Field | 'items', string | string[]>> & {
  titleType?: TextType;
  leadType?: TextType;
  bodyType?: TextType;
};

/** Days with news: `YYYY-MM-DD` → count. */
export type DayCounts = Map<ISODate, number>;

export interface DaysQuery {
  /** First day, inclusive, site zone. */
  from: ISODate;
  /** Last day, inclusive, site zone. */
  to: ISODate;
  section?: string;
}

export interface ListQuery {
  /** One day; wins over `from`/`to`. */
  date?: ISODate;
  from?: ISODate;
  to?: ISODate;
  section?: string;
  /** 1-based. Default 1. */
  page?: number;
  /** Default: the source's `pageSize`. */
  pageSize?: number;
}

export interface ListResult {
  items: NewsItem[];
  /** How many items match, when the endpoint says. */
  total?: number;
  hasMore: boolean;
}

export interface Bounds {
  /** The day of the oldest news, when knowable. */
  first?: ISODate;
  /** The day of the newest news. */
  last?: ISODate;
}

/** What every query takes. */
export interface QueryOptions {
  signal?: AbortSignal;
}

/** What a NewsSource reads, and how. Every field has an attribute on `<letopis-source>` except `headers`, `fetch` and `data`. */
export interface NewsSourceOptions {
  /** URL or URL template of the list endpoint. */
  endpoint?: string;
  /** `wordpress`, `jsonfeed`, `drupal`, `strapi`, `ghost`, `bitrix`, `rss`, `atom`. */
  preset?: string;
  /** Field paths (object or JSON), overriding the preset field by field. */
  map?: FieldMap | string;
  /** The site's zone: every day is placed by it. Default `Europe/Moscow`. */
  timeZone?: string;
  /** URL template of one article, with `{id}`, for lists that carry only leads. */
  articleEndpoint?: string;
  /** URL template answering `{"2017-10-26": 3, …}` for a range, month or year. */
  daysEndpoint?: string;
  /** Items per list page. Default 20. */
  pageSize?: number;
  /**
   * Pattern for dates the endpoint writes its own way, in date-fns `parse`
   * tokens (`dd.MM.yyyy HH:mm`, `d MMMM yyyy, HH:mm` with Russian or English
   * month names) or the Bitrix site-format spelling (`DD.MM.YYYY HH:MI:SS`).
   * Read in the source's time zone.
   */
  dateFormat?: string;
  headers?: HeadersInit;
  credentials?: RequestCredentials;
  /** What relative links and media URLs resolve against. Default: the endpoint. */
  baseUrl?: string;
  /** Seconds a response stays fresh. Default 300. */
  cacheTtl?: number;
  /** Keep responses in sessionStorage across page loads. */
  persist?: boolean;
  /** Per-request timeout, ms; a request that times out is retried like a network error. Default 10 000. */
  timeout?: number;
  /** Retries for network errors, timeouts, 5xx and 429 (not for a CORS refusal). Default 3. */
  retries?: number;
  /** First retry delay, ms, doubled each time. Default 500. */
  retryDelay?: number;
  /** The feed is newest first, so paging can stop past a range. Default true. */
  sorted?: boolean;
  /** The data itself (a parsed body, or JSON text): no network at all. */
  data?: unknown;
  /** A custom fetch. */
  fetch?: typeof fetch;
}

/** Detail of `letopis-load`. */
export interface LoadDetail {
  url: string;
  /** Items read from this response. */
  count: number;
  /** Records skipped as unreadable. */
  skipped: number;
}
