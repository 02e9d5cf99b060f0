import type { ISODate } from '../core/date.js';

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
