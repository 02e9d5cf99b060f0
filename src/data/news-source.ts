/**
 * NewsSource: one endpoint, read for every widget on the page. It turns
 * `days`, `list`, `article` and `bounds` queries into as few requests as the
 * endpoint allows — a date range when it can filter, else paging through the
 * feed — and answers repeated questions from one shared cache.
 */
import { addDays, addMonthsToMonth, compareDates, endOfMonth, monthOf, type ISODate } from '../core/date.js';
import { LetopisError } from '../core/errors.js';
import { DEFAULT_TIME_ZONE, assertTimeZone, todayInZone } from '../core/zone.js';
import { Http, abortable, isAbort, type HttpResult } from './http.js';
import { byNewest, normalizeItems, type NormalizeContext, type Normalized } from './normalize.js';
import { firstPath, getPath } from './path.js';
import type { Preset } from './preset.js';
import { loadDetector, loadPreset, type PresetName } from './presets/index.js';
import { expandTemplate, placeholders, type TemplateVars } from './template.js';
import type { Bounds, DayCounts, DaysQuery, FieldMap, ListQuery, ListResult, NewsItem, QueryOptions } from './types.js';

export interface NewsSourceOptions {
  /** URL or URL template of the list endpoint. */
  endpoint?: string;
  /** `wordpress`, `jsonfeed`, `drupal`, `strapi`, `ghost`, `bitrix`, `rss`, `atom`. */
  preset?: PresetName | string;
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
  /** Pattern for dates the endpoint writes its own way: `DD.MM.YYYY HH:mm`. */
  dateFormat?: string;
  headers?: HeadersInit;
  credentials?: RequestCredentials;
  /** What relative links and media URLs resolve against. Default: the endpoint. */
  baseUrl?: string;
  /** Seconds a response stays fresh. Default 300. */
  cacheTtl?: number;
  /** Keep responses in sessionStorage across page loads. */
  persist?: boolean;
  /** Per-request timeout, ms. Default 10 000. */
  timeout?: number;
  /** Retries for network errors, 5xx and 429. Default 3. */
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

type Unit = 'range' | 'date' | 'month' | 'year' | null;

interface Setup {
  preset?: Preset;
  /** The integrator named the preset: its URL parameters apply. */
  explicit: boolean;
  vars: Set<string>;
  unit: Unit;
  paging: 'template' | 'preset' | null;
  ctx: NormalizeContext;
}

interface Page extends Normalized {
  raw: number;
  /** The next page: its URL when the answer names it, true when it exists by number. */
  next: string | boolean;
  total?: number;
}

type Query = TemplateVars & { section?: string };

/** URLs whose pages together hold every item of `from..to` (for `section`, '*' = all). */
interface Coverage {
  from: ISODate;
  to: ISODate;
  section: string;
  urls: string[];
}

const MAX_PAGES = 500;
const INLINE = 'inline:';
const FAR_PAST = '1900-01-01';

const sameSection = (item: NewsItem, section?: string): boolean =>
  !section || item.section?.toLocaleLowerCase() === section.toLocaleLowerCase();

const inRange = (item: NewsItem, from: ISODate, to: ISODate): boolean => item.siteDate >= from && item.siteDate <= to;

function uniqueNewest(lists: NewsItem[][]): NewsItem[] {
  const byId = new Map<string, NewsItem>();
  for (const list of lists) for (const item of list) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()].sort(byNewest);
}

/**
 * One news endpoint for every widget on the page.
 *
 * @fires letopis-load - a response arrived and was read; `detail: { url, count, skipped }`
 * @fires letopis-error - a query failed; `detail: { error }` (a `LetopisError`)
 * @fires letopis-change - cached data changed (revalidated or refreshed): widgets query again
 */
export class NewsSource extends EventTarget {
  readonly options: Readonly<NewsSourceOptions>;
  readonly timeZone: string;
  readonly pageSize: number;
  readonly #http: Http;
  #setup?: Promise<Setup>;
  #detected?: Promise<void>;
  #coverage: Coverage[] = [];
  #feed: { urls: string[]; next: string | null | undefined } = { urls: [], next: undefined };
  #feedLock: Promise<unknown> = Promise.resolve();
  #pages = new WeakMap<HttpResult, Page>();
  #announced = new WeakSet<HttpResult>();
  #byId = new Map<string, NewsItem>();
  #bounds?: Promise<Bounds>;
  #warned = new Set<string>();

  constructor(options: NewsSourceOptions = {}) {
    super();
    this.options = { ...options };
    // An unknown zone is reported by the first query (as an error event), not thrown here.
    this.timeZone = options.timeZone || DEFAULT_TIME_ZONE;
    this.pageSize = Math.max(1, Math.floor(options.pageSize ?? 20));
    this.#http = new Http({
      fetch: options.fetch,
      headers: options.headers,
      credentials: options.credentials,
      timeout: options.timeout ?? 10_000,
      retries: options.retries ?? 3,
      retryDelay: options.retryDelay ?? 500,
      ttl: (options.cacheTtl ?? 300) * 1000,
      persist: !!options.persist,
      parse: (text, url, type) => this.#parse(text, url, type),
      onRevalidated: (url) => this.#changed(url),
    });
  }

  /** Days with news in `from..to` (inclusive, site zone) and how many each. */
  days(query: DaysQuery, { signal }: QueryOptions = {}): Promise<DayCounts> {
    return this.#guard(async () => {
      const { from, to, section } = query;
      if (this.options.daysEndpoint) return this.#countsFromEndpoint(from, to, section, signal);
      const counts: DayCounts = new Map();
      for (const item of await this.#range(from, to, section, signal)) {
        counts.set(item.siteDate, (counts.get(item.siteDate) ?? 0) + 1);
      }
      return counts;
    });
  }

  /** A page of news, newest first: one day, a range, or the whole feed. */
  list(query: ListQuery = {}, { signal }: QueryOptions = {}): Promise<ListResult> {
    return this.#guard(async () => {
      const s = await this.#ready();
      const size = Math.max(1, Math.floor(query.pageSize ?? this.pageSize));
      const page = Math.max(1, Math.floor(query.page ?? 1));
      let from = query.date ?? query.from;
      let to = query.date ?? query.to;
      const { section } = query;
      const slice = (all: NewsItem[]): ListResult => ({
        items: all.slice((page - 1) * size, page * size),
        total: all.length,
        hasMore: all.length > page * size,
      });

      if (from || to) {
        to ??= todayInZone(this.timeZone);
        from ??=
          s.unit === 'range' || !s.unit ? FAR_PAST : ((await this.bounds({ signal })).first ?? addDays(to, -366));
        const long = compareDates(addDays(from, 62), to) < 0;
        // A long range on an endpoint that filters and pages: let the server page it.
        if (s.unit === 'range' && s.paging && long && !this.#covered(s, from, to, section)) {
          return this.#serverPage(s, { from, to, section }, page, size, signal);
        }
        return slice(await this.#range(from, to, section, signal));
      }
      if (s.paging && !this.#complete()) return this.#serverPage(s, { section }, page, size, signal);
      return slice(await this.#newest(s, page * size + 1, section, signal));
    });
  }

  /** One article: from the cache when it holds the body, else from `article-endpoint` or the preset's article URL. */
  article(id: string, { signal }: QueryOptions = {}): Promise<NewsItem> {
    return this.#guard(async () => {
      const s = await this.#ready();
      const known = this.#byId.get(id);
      if (known?.body) return known;
      const o = this.options;
      let url: string | undefined;
      if (o.articleEndpoint) url = new URL(expandTemplate(o.articleEndpoint, { id }), this.#page()).href;
      else if (s.explicit && s.preset?.article && o.endpoint && (!s.unit || s.unit === 'range'))
        url = this.#articleUrl(s, id);
      if (url) {
        const res = await this.#http.get(url, signal);
        if (res.status === 404 || res.status === 410) throw this.#notFound(id, url);
        this.#check(res, 1, s);
        // One object is a shape too: detect on it as a list of one when nothing else fits.
        await this.#detect(s, res).catch(() => this.#detect(s, { ...res, body: [res.body] }));
        const { items } = this.#single(s, res);
        const item = items.find((i) => i.id === id) ?? items[0];
        if (item) return item;
        throw this.#notFound(id, url);
      }
      if (known) return known;
      // A feed: page through it (bounded) until the item shows up.
      if (!s.unit) {
        for (let i = 0; i < 50 && !this.#byId.has(id) && this.#feed.next !== null; i++) await this.#feedStep(s, signal);
        const found = this.#byId.get(id);
        if (found) return found;
      }
      throw this.#notFound(id, o.endpoint ?? INLINE);
    });
  }

  /** The days of the oldest and newest news, when the endpoint lets them be known. */
  bounds({ signal }: QueryOptions = {}): Promise<Bounds> {
    // Shared by every widget, so no one caller's signal may cancel it.
    this.#bounds ??= this.#guard(async () => {
      const s = await this.#ready();
      const newest = (await this.#newest(s, 1, undefined))[0];
      const bounds: Bounds = { last: newest?.siteDate };
      if (this.#complete()) {
        const all = this.#feedItems();
        bounds.first = all[all.length - 1]?.siteDate;
      } else if (s.explicit && s.preset?.ascending && s.paging) {
        const url = this.#url(s, { page: 1, pageSize: 1 }, true);
        const res = await this.#http.get(url);
        this.#check(res, 1, s);
        const oldest = (await this.#read(s, res)).items.at(-1);
        bounds.first = oldest?.siteDate;
      }
      return bounds;
    });
    const p = this.#bounds;
    // A failed look-up is asked again next time.
    p.catch(() => this.#bounds === p && (this.#bounds = undefined));
    return abortable(p, signal);
  }

  /** Drops every cached response and tells widgets to ask again. */
  refresh(): void {
    this.#http.clear();
    this.#coverage = [];
    this.#feed = { urls: [], next: undefined };
    this.#byId.clear();
    this.#bounds = undefined;
    this.dispatchEvent(new CustomEvent('letopis-change', { detail: { url: undefined } }));
  }

  // ---- setup -------------------------------------------------------------

  #ready(): Promise<Setup> {
    this.#setup ??= (async () => {
      const o = this.options;
      assertTimeZone(this.timeZone);
      if (o.endpoint === undefined && o.data === undefined) {
        throw new LetopisError(
          'bad-option',
          'letopis: the source has no endpoint and no inline data: set endpoint="…" or put a <script type="application/json"> inside <letopis-source>',
          'letopis: у источника нет endpoint и встроенных данных: укажите endpoint="…" или вложите <script type="application/json"> в <letopis-source>',
        );
      }
      const explicit = !!o.preset;
      const preset = explicit ? await loadPreset(o.preset as string) : undefined;
      if (o.data !== undefined) {
        const body = typeof o.data === 'string' ? this.#parse(o.data, INLINE, '') : o.data;
        this.#http.seed({ url: INLINE, status: 200, body, headers: {}, time: Infinity, text: '' });
      }
      const vars = o.data !== undefined ? new Set<string>() : placeholders(o.endpoint ?? '');
      let map: FieldMap = {};
      if (typeof o.map === 'string' && o.map.trim()) {
        try {
          map = JSON.parse(o.map) as FieldMap;
        } catch {
          throw new LetopisError(
            'bad-option',
            `letopis: map is not valid JSON: ${o.map}`,
            `letopis: map не является корректным JSON: ${o.map}`,
            { value: o.map },
          );
        }
      } else if (o.map && typeof o.map === 'object') map = o.map;
      const unit: Unit =
        vars.has('from') || vars.has('to')
          ? 'range'
          : vars.has('date')
            ? 'date'
            : vars.has('month')
              ? 'month'
              : vars.has('year')
                ? 'year'
                : preset?.range && o.data === undefined
                  ? 'range'
                  : null;
      const paging =
        vars.has('page') || vars.has('offset') ? 'template' : preset?.paging && o.data === undefined ? 'preset' : null;
      const ctx: NormalizeContext = {
        timeZone: this.timeZone,
        dateFormat: o.dateFormat || undefined,
        base: this.#base(),
        map: { ...preset?.map, ...map },
        read: preset?.read,
        mapped: new Set(Object.keys(map)),
      };
      return { preset, explicit, vars, unit, paging, ctx };
    })();
    return this.#setup;
  }

  /** What endpoints resolve against: the page. */
  #page(): string | undefined {
    return globalThis.document?.baseURI ?? globalThis.location?.href;
  }

  /** What relative links and media resolve against: `base-url`, else the endpoint. */
  #base(): string {
    const page = this.#page();
    const endpoint = this.options.endpoint?.replace(/\{\w+\}/g, '');
    try {
      return new URL(this.options.baseUrl ?? endpoint ?? page ?? '', page).href;
    } catch {
      return page ?? '';
    }
  }

  /** Without a preset, the first answer tells the shape (once per source). */
  #detect(s: Setup, res: HttpResult): Promise<void> {
    if (s.preset || (s.ctx.map.items !== undefined && s.ctx.map.date !== undefined)) return Promise.resolve();
    this.#detected ??= (async () => {
      // An XML body reached here only because it looked like a feed.
      const found =
        typeof res.body === 'string'
          ? { preset: /<feed[\s>]/.test(res.body) ? ('atom' as const) : ('rss' as const), items: 'items' }
          : (await loadDetector()).detect(res.body, res.url === INLINE ? undefined : res.url);
      const user = Object.fromEntries([...(s.ctx.mapped ?? [])].map((k) => [k, s.ctx.map[k as keyof FieldMap]]));
      if (found.preset) {
        const preset = await loadPreset(found.preset);
        s.preset = { ...preset, items: [found.items, ...preset.items] };
        s.ctx.map = { ...preset.map, ...user };
        s.ctx.read = preset.read;
      } else {
        s.ctx.map = { ...found.map, ...user };
      }
    })();
    const p = this.#detected;
    p.catch(() => this.#detected === p && (this.#detected = undefined));
    return p;
  }

  #parse(text: string, url: string, type: string): unknown {
    const preset = this.options.preset;
    if (
      preset === 'rss' ||
      preset === 'atom' ||
      (!preset && /^\s*(?:<\?xml[^>]*>\s*)?<(?:rss|feed|rdf:RDF)[\s>]/.test(text))
    )
      return text;
    try {
      return JSON.parse(text);
    } catch {
      const html = /^\s*</.test(text);
      throw new LetopisError(
        'bad-body',
        `letopis: ${url} answered ${html ? 'HTML or XML' : 'something'} that is not JSON${type ? ` (${type})` : ''}: check endpoint${html ? ', or set preset="rss" or "atom" for a feed' : ''}`,
        `letopis: ${url} вернул ${html ? 'HTML или XML' : 'данные'}, а не JSON: проверьте endpoint${html ? ' или укажите preset="rss" / "atom" для ленты' : ''}`,
        { url, value: text.slice(0, 200) },
      );
    }
  }

  // ---- reading -----------------------------------------------------------

  #records(s: Setup, body: unknown, url: string): unknown[] {
    const fromHook = s.preset?.records?.(body);
    if (fromHook) return fromHook;
    const paths = s.ctx.map.items !== undefined ? [s.ctx.map.items].flat() : (s.preset?.items ?? ['']);
    for (const path of paths) {
      const v = getPath(body, path);
      if (Array.isArray(v)) return v;
    }
    const tried = paths.map((p) => (p === '' ? '(the body itself)' : p));
    throw new LetopisError(
      'unknown-shape',
      `letopis: no list of news at ${tried.join(', ')} in the answer from ${url}: check preset or map.items`,
      `letopis: в ответе ${url} нет списка новостей по путям ${tried.join(', ')}: проверьте preset или map.items`,
      { url, paths: tried },
    );
  }

  /** A response, read into items (once per response), plus where the next page is. */
  async #read(s: Setup, res: HttpResult, page = 1, size = 0): Promise<Page> {
    await this.#detect(s, res);
    let p = this.#pages.get(res);
    if (!p) {
      const body = s.preset?.parse && typeof res.body === 'string' ? s.preset.parse(res.body) : res.body;
      const records = this.#records(s, body, res.url);
      const n = normalizeItems(records, s.ctx);
      const totals = s.preset?.totals?.(body, res.headers) ?? {};
      p = {
        ...n,
        raw: records.length,
        next: this.#next(s, body, res, page, size, records.length, totals),
        total: totals.total,
      };
      this.#pages.set(res, p);
      for (const item of n.items) this.#byId.set(item.id, item);
      if (records.length && !n.items.length) {
        throw new LetopisError(
          'bad-items',
          `letopis: none of the ${records.length} items from ${res.url} could be read (${n.reasons.join('; ')}): check map.date, map.title or date-format`,
          `letopis: ни один из ${records.length} элементов ответа ${res.url} не прочитан (${n.reasons.join('; ')}): проверьте map.date, map.title или date-format`,
          { url: res.url, skipped: n.skipped },
        );
      }
    }
    if (!this.#announced.has(res)) {
      this.#announced.add(res);
      if (p.skipped)
        this.#warn(
          `skipped:${res.url}`,
          `letopis: skipped ${p.skipped} of ${p.raw} items from ${res.url}: ${p.reasons.join('; ')}`,
        );
      this.dispatchEvent(
        new CustomEvent<LoadDetail>('letopis-load', {
          detail: { url: res.url, count: p.items.length, skipped: p.skipped },
        }),
      );
    }
    return p;
  }

  /** A one-article answer: an object, `{ data: {…} }`, or a list holding it. */
  #single(s: Setup, res: HttpResult): Normalized {
    const body = s.preset?.parse && typeof res.body === 'string' ? s.preset.parse(res.body) : res.body;
    let records = s.preset?.records?.(body);
    if (!records) {
      const paths = s.ctx.map.items !== undefined ? [s.ctx.map.items].flat() : (s.preset?.items ?? ['']);
      const v = firstPath(body, paths.filter(Boolean)) ?? body;
      records = Array.isArray(v) ? v : [v];
    }
    const n = normalizeItems(records, s.ctx);
    for (const item of n.items) this.#byId.set(item.id, item);
    return n;
  }

  #next(
    s: Setup,
    body: unknown,
    res: HttpResult,
    page: number,
    size: number,
    raw: number,
    totals: { total?: number; pages?: number },
  ): string | boolean {
    if (res.url === INLINE) return false;
    const link = s.preset?.next?.(body, res.headers, new URL(res.url));
    if (link) return new URL(link, res.url).href;
    if (link === null || !s.paging || !raw) return false;
    if (totals.pages !== undefined) return page < totals.pages;
    if (totals.total !== undefined && size) return page * size < totals.total;
    return s.paging === 'template' && !s.vars.has('pageSize') ? raw > 0 : raw >= size;
  }

  /** The URL of the page after `page` of the request `q`, or null at the end. */
  #nextUrl(s: Setup, p: Page, q: Query, page: number, size: number): string | null {
    return typeof p.next === 'string' ? p.next : p.next ? this.#url(s, { ...q, page: page + 1, pageSize: size }) : null;
  }

  /** Throws the HTTP error of a failed response; false past the last page. */
  #check(res: HttpResult, page: number, s: Setup): boolean {
    if (res.status < 400) return true;
    if (page > 1 && (s.preset?.pastEnd?.(res.status, res.body) || (s.paging === 'template' && res.status < 500)))
      return false;
    throw new LetopisError(
      'http',
      `letopis: ${res.url} answered HTTP ${res.status}: check endpoint${res.status === 401 || res.status === 403 ? ', headers or credentials' : ''}`,
      `letopis: ${res.url} ответил HTTP ${res.status}: проверьте endpoint${res.status === 401 || res.status === 403 ? ', headers или credentials' : ''}`,
      { url: res.url, status: res.status },
    );
  }

  // ---- URLs --------------------------------------------------------------

  #url(s: Setup, q: Query, ascending = false): string {
    const o = this.options;
    if (o.data !== undefined) return INLINE;
    const page = Number(q.page ?? 1);
    const size = Number(q.pageSize ?? this.pageSize);
    const vars: TemplateVars = { ...q, page, pageSize: size, offset: (page - 1) * size };
    const url = new URL(expandTemplate(o.endpoint ?? '', vars), this.#page());
    const p = s.explicit ? s.preset : undefined;
    p?.prepare?.(url);
    if (p?.range && q.from && q.to && s.unit === 'range' && !s.vars.has('from') && !s.vars.has('to')) {
      p.range(url, String(q.from), String(q.to), this.timeZone);
    }
    if (s.paging === 'preset' && p?.paging) {
      const { page: pageParam, size: sizeParam, offset } = p.paging;
      if (sizeParam) url.searchParams.set(sizeParam, String(size));
      if (pageParam) url.searchParams.set(pageParam, String(page));
      else if (offset) url.searchParams.set(offset, String((page - 1) * size));
    }
    if (q.section && !s.vars.has('section')) p?.section?.(url, q.section);
    if (ascending) p?.ascending?.(url);
    return url.href;
  }

  #articleUrl(s: Setup, id: string): string {
    const url = new URL(expandTemplate(this.options.endpoint ?? '', {}), this.#page());
    for (const [k, v] of [...url.searchParams]) if (v === '') url.searchParams.delete(k);
    const article = new URL(s.preset!.article!(url, id));
    s.preset!.prepare?.(article);
    return article.href;
  }

  #sectionOnServer(s: Setup, section?: string): boolean {
    if (!section) return false;
    if (s.vars.has('section')) return true;
    return !!(s.explicit && s.preset?.section?.(new URL('http://x/'), section));
  }

  // ---- fetching plans ----------------------------------------------------

  /** Every item of a request, following its pages. */
  async #walk(s: Setup, q: Query, signal?: AbortSignal): Promise<{ urls: string[]; items: NewsItem[][] }> {
    const size = s.paging === 'preset' ? (s.preset?.paging?.max ?? 100) : s.vars.has('pageSize') ? 100 : this.pageSize;
    let url: string | null = this.#url(s, { ...q, page: 1, pageSize: size });
    const urls: string[] = [];
    const items: NewsItem[][] = [];
    for (let page = 1; url && page <= MAX_PAGES; page++) {
      const res = await this.#http.get(url, signal);
      if (!this.#check(res, page, s)) break;
      const p = await this.#read(s, res, page, size);
      urls.push(url);
      items.push(p.items);
      url = this.#nextUrl(s, p, q, page, size);
    }
    return { urls, items };
  }

  #covered(s: Setup, from: ISODate, to: ISODate, section?: string): Coverage | undefined {
    const key = this.#sectionOnServer(s, section) ? section! : '*';
    return this.#coverage.find(
      (c) => c.section === key && c.from <= from && c.to >= to && c.urls.every((u) => this.#http.peek(u)),
    );
  }

  /** Every item of the inclusive site days `from..to`, newest first. */
  async #range(from: ISODate, to: ISODate, section: string | undefined, signal?: AbortSignal): Promise<NewsItem[]> {
    const s = await this.#ready();
    let lists: NewsItem[][];
    if (!s.unit) {
      lists = [await this.#feedUntil(s, from, signal)];
    } else {
      const serverSection = this.#sectionOnServer(s, section);
      const key = serverSection ? section! : '*';
      const requests: { vars: TemplateVars; from: ISODate; to: ISODate }[] = [];
      if (s.unit === 'range') requests.push({ vars: { from, to }, from, to });
      else if (s.unit === 'date')
        for (let d = from; d <= to; d = addDays(d, 1))
          requests.push({ vars: { date: d, from: d, to: d }, from: d, to: d });
      else if (s.unit === 'month') {
        for (let m = monthOf(from); m <= monthOf(to); m = addMonthsToMonth(m, 1)) {
          requests.push({
            vars: { month: m, year: m.slice(0, 4), from: `${m}-01`, to: endOfMonth(m) },
            from: `${m}-01`,
            to: endOfMonth(m),
          });
        }
      } else {
        for (let y = +from.slice(0, 4); y <= +to.slice(0, 4); y++) {
          requests.push({
            vars: { year: String(y), from: `${y}-01-01`, to: `${y}-12-31` },
            from: `${y}-01-01`,
            to: `${y}-12-31`,
          });
        }
      }
      lists = await Promise.all(
        requests.map(async (r) => {
          const cov = this.#covered(s, r.from, r.to, section);
          const urls = cov ? cov.urls : undefined;
          if (urls) {
            const pages = await Promise.all(
              urls.map(async (u) => (await this.#read(s, await this.#http.get(u, signal))).items),
            );
            return pages.flat();
          }
          const walked = await this.#walk(s, { ...r.vars, section: serverSection ? section : undefined }, signal);
          this.#coverage.push({ from: r.from, to: r.to, section: key, urls: walked.urls });
          if (this.#coverage.length > 200) this.#coverage.shift();
          return walked.items.flat();
        }),
      );
    }
    return uniqueNewest(lists).filter((i) => inRange(i, from, to) && sameSection(i, section));
  }

  /**
   * A page straight from an endpoint that pages (and filters) itself. When the
   * page is larger than the endpoint allows, its pages are joined.
   */
  async #serverPage(
    s: Setup,
    q: { from?: ISODate; to?: ISODate; section?: string },
    page: number,
    size: number,
    signal?: AbortSignal,
  ): Promise<ListResult> {
    const server = this.#sectionOnServer(s, q.section);
    const max = s.paging === 'preset' ? (s.preset?.paging?.max ?? 100) : size;
    const query: Query = { from: q.from, to: q.to, section: server ? q.section : undefined };
    const keep = (i: NewsItem) => (server || sameSection(i, q.section)) && (!q.from || inRange(i, q.from, q.to!));
    if (size <= max) {
      const res = await this.#http.get(this.#url(s, { ...query, page, pageSize: size }), signal);
      if (!this.#check(res, page, s)) return { items: [], hasMore: false };
      const p = await this.#read(s, res, page, size);
      return { items: p.items.filter(keep), total: server || !q.section ? p.total : undefined, hasMore: !!p.next };
    }
    const items: NewsItem[] = [];
    let total: number | undefined;
    let url: string | null = this.#url(s, { ...query, page: 1, pageSize: max });
    for (let n = 1; url && items.length <= page * size && n <= MAX_PAGES; n++) {
      const res = await this.#http.get(url, signal);
      if (!this.#check(res, n, s)) break;
      const p = await this.#read(s, res, n, max);
      items.push(...p.items.filter(keep));
      total = p.total;
      url = this.#nextUrl(s, p, query, n, max);
    }
    return {
      items: items.slice((page - 1) * size, page * size),
      total: server || !q.section ? total : undefined,
      hasMore: items.length > page * size || !!url,
    };
  }

  /** The newest `count` items overall. */
  async #newest(s: Setup, count: number, section: string | undefined, signal?: AbortSignal): Promise<NewsItem[]> {
    if (!s.unit || this.#complete()) {
      const all = await this.#feedUntil(s, undefined, signal, count, section);
      return all.filter((i) => sameSection(i, section));
    }
    // The list's own first page when it holds enough: one request for both.
    if (s.paging) return (await this.#serverPage(s, { section }, 1, Math.max(count, this.pageSize), signal)).items;
    // Dated files with no paging: walk back month by month from today.
    const out: NewsItem[] = [];
    let to = todayInZone(this.timeZone);
    for (let empty = 0; out.length < count && empty < 24;) {
      const from = s.unit === 'date' ? to : s.unit === 'year' ? `${to.slice(0, 4)}-01-01` : `${to.slice(0, 7)}-01`;
      const got = await this.#range(from, to, section, signal);
      out.push(...got);
      empty = got.length ? 0 : empty + 1;
      to = addDays(from, -1);
    }
    return out;
  }

  #complete(): boolean {
    return this.#feed.next === null;
  }

  #feedItems(): NewsItem[] {
    return uniqueNewest(this.#feed.urls.map((u) => this.#pages.get(this.#http.peek(u)!)?.items ?? []));
  }

  /** Pages through the feed until it reaches back before `from`, holds `count` items, or ends. */
  async #feedUntil(
    s: Setup,
    from: ISODate | undefined,
    signal?: AbortSignal,
    count = 0,
    section?: string,
  ): Promise<NewsItem[]> {
    const enough = () => {
      if (this.#complete()) return true;
      if (!this.#feed.urls.length) return false;
      const items = this.#feedItems();
      if (count && items.filter((i) => sameSection(i, section)).length < count) return false;
      if (from && (this.options.sorted === false || !(items.at(-1)!.siteDate < from))) return false;
      return true;
    };
    // Cached pages may have expired: read them again (stale ones revalidate).
    for (const u of this.#feed.urls) if (!this.#http.peek(u)) this.#feed = { urls: [], next: undefined };
    await Promise.all(this.#feed.urls.map(async (u) => this.#read(s, await this.#http.get(u, signal))));
    while (!enough()) await this.#feedStep(s, signal);
    return this.#feedItems();
  }

  /** Fetches the next page of the feed, one step at a time for all callers. */
  #feedStep(s: Setup, signal?: AbortSignal): Promise<unknown> {
    const step = this.#feedLock.then(async () => {
      if (this.#feed.next === null) return;
      const size = s.paging === 'preset' ? (s.preset?.paging?.max ?? 100) : this.pageSize;
      const page = this.#feed.urls.length + 1;
      const url = this.#feed.next ?? this.#url(s, { page: 1, pageSize: size });
      if (page > MAX_PAGES) {
        this.#feed.next = null;
        return;
      }
      const res = await this.#http.get(url, signal);
      if (!this.#check(res, page, s)) {
        this.#feed.next = null;
        return;
      }
      const p = await this.#read(s, res, page, size);
      if (this.#feed.urls.includes(url)) return;
      this.#feed.urls.push(url);
      this.#feed.next = this.#nextUrl(s, p, {}, page, size);
    });
    this.#feedLock = step.catch(() => undefined);
    return step;
  }

  async #countsFromEndpoint(
    from: ISODate,
    to: ISODate,
    section: string | undefined,
    signal?: AbortSignal,
  ): Promise<DayCounts> {
    const template = this.options.daysEndpoint!;
    const vars = placeholders(template);
    const requests: TemplateVars[] = [];
    if (vars.has('month'))
      for (let m = monthOf(from); m <= monthOf(to); m = addMonthsToMonth(m, 1))
        requests.push({ month: m, year: m.slice(0, 4) });
    else if (vars.has('year')) for (let y = +from.slice(0, 4); y <= +to.slice(0, 4); y++) requests.push({ year: y });
    else requests.push({ from, to });
    const counts: DayCounts = new Map();
    await Promise.all(
      requests.map(async (v) => {
        const url = new URL(expandTemplate(template, { ...v, section }), this.#page()).href;
        const res = await this.#http.get(url, signal);
        this.#check(res, 1, await this.#ready());
        const body = res.body as Record<string, unknown> | { date: string; count: number }[];
        const entries = Array.isArray(body)
          ? body.map((e) => [e.date, e.count] as const)
          : Object.entries((body as Record<string, unknown>).days ?? body);
        for (const [date, n] of entries) {
          const c = Number(n);
          if (typeof date === 'string' && date >= from && date <= to && c > 0) counts.set(date, c);
        }
      }),
    );
    return counts;
  }

  // ---- errors and events -------------------------------------------------

  async #guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      if (isAbort(e)) throw e;
      const error =
        e instanceof LetopisError
          ? e
          : new LetopisError('bad-body', `letopis: ${String(e)}`, `letopis: ${String(e)}`, { cause: e });
      this.#warn(`${error.code}:${error.url ?? ''}`, error.message);
      this.dispatchEvent(new CustomEvent('letopis-error', { detail: { error } }));
      throw error;
    }
  }

  #warn(key: string, message: string): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(message);
  }

  #notFound(id: string, url: string): LetopisError {
    return new LetopisError(
      'not-found',
      `letopis: no news item with id ${JSON.stringify(id)} at ${url}`,
      `letopis: новость ${JSON.stringify(id)} не найдена (${url})`,
      {
        url,
        status: 404,
        value: id,
      },
    );
  }

  #changed(url: string): void {
    this.#bounds = undefined;
    this.dispatchEvent(new CustomEvent('letopis-change', { detail: { url } }));
  }
}
