/**
 * The data engine of a NewsSource: one endpoint, read for every widget on the page. It turns
 * `days`, `list`, `article` and `bounds` queries into as few requests as the
 * endpoint allows and answers repeated questions from one shared cache.
 *
 * The configuration picks what loads with it, as separate chunks: the
 * preset, the fetching plan (plan-range.ts for endpoints that filter by
 * date, plan-feed.ts for those that only page), shape detection without a
 * preset, sessionStorage, a custom date format, a days endpoint. Pages with a
 * list or an article load the items' full fields; errors load their sentences.
 */
import { addDays } from '../core/date.js';
import type { LetopisError } from '../core/errors.js';
import { badOption } from '../core/errors.js';
import { assertTimeZone, todayInZone } from '../core/zone.js';
import type { Engine, Page, Setup } from './engine.js';
import { fail } from './errors.js';
import { Http, abortable, isAbort, type HttpResult } from './http.js';
import { normalizeItems } from './normalize.js';
import { INLINE } from './inline.js';
import { getPath } from './path.js';
import { loadDetector, loadPreset } from './presets/index.js';
import type { LoadDetail, NewsSource, NewsSourceOptions } from './news-source.js';
import { placeholders } from './template.js';
import type { Bounds, DayCounts, DaysQuery, FieldMap, ListQuery, ListResult, NewsItem, QueryOptions } from './types.js';

/** Fills the fields of items a list or an article shows (its own chunk). */
const completeAll = async (items: NewsItem[]): Promise<NewsItem[]> => items.map((await import('./full.js')).complete);

/**
 * The engine behind a NewsSource, loaded on its first query. Events go out
 * through the NewsSource it serves.
 */
export class Core {
  readonly options: Readonly<NewsSourceOptions>;
  readonly timeZone: string;
  readonly pageSize: number;
  readonly #http: Http;
  readonly #events: EventTarget;
  #setup?: Promise<Setup>;
  #detected?: Promise<void>;
  #engine?: Engine;
  #pages = new WeakMap<HttpResult, Page>();
  #byId = new Map<string, NewsItem>();
  #bounds?: Promise<Bounds>;
  #warned = new Set<string>();

  constructor(source: NewsSource) {
    const options = (this.options = source.options);
    this.#events = source;
    this.timeZone = source.timeZone;
    this.pageSize = source.pageSize;
    this.#http = new Http({
      fetch: options.fetch,
      headers: options.headers,
      credentials: options.credentials,
      timeout: options.timeout ?? 10_000,
      retries: options.retries ?? 3,
      retryDelay: options.retryDelay ?? 500,
      ttl: (options.cacheTtl ?? 300) * 1000,
      parse: (text, url) => this.#parse(text, url),
      changed: (url) => this.#changed(url),
    });
  }

  /** Days with news in `from..to` (inclusive, site zone) and how many each. */
  days({ from, to, section }: DaysQuery, { signal }: QueryOptions = {}): Promise<DayCounts> {
    return this.#guard(async (s) => {
      const template = this.options.daysEndpoint;
      if (template) {
        const get = (url: string) => this.#http.get(url, signal).then((res) => (this.#check(s, res, 1), res));
        return (await import('./counts.js')).countsFrom(template, from, to, section, get);
      }
      const counts: DayCounts = new Map();
      for (const item of await s.plan.range(from, to, section, signal))
        counts.set(item.siteDate, (counts.get(item.siteDate) ?? 0) + 1);
      return counts;
    });
  }

  /** A page of news, newest first: one day, a range, or the whole feed. */
  list(query: ListQuery = {}, { signal }: QueryOptions = {}): Promise<ListResult> {
    return this.#guard(async (s) => {
      let from = query.date ?? query.from;
      let to = query.date ?? query.to;
      if (from || to) {
        to ??= todayInZone(this.timeZone);
        from ??=
          s.unit === 'range' || !s.unit ? '1900-01-01' : ((await this.bounds({ signal })).first ?? addDays(to, -366));
      }
      const size = Math.max(1, Math.floor(query.pageSize || this.pageSize));
      const result = await s.plan.list(
        { from, to, section: query.section },
        Math.max(1, Math.floor(query.page || 1)),
        size,
        signal,
      );
      result.items = await completeAll(result.items);
      return result;
    });
  }

  /** One article: from the cache when it holds the body, else from `article-endpoint` or the preset's article URL. */
  article(id: string, { signal }: QueryOptions = {}): Promise<NewsItem> {
    return this.#guard(async () =>
      (await import('./article.js')).findArticle(this.#engine!, this.options.articleEndpoint, id, signal),
    );
  }

  /** The days of the oldest and newest news, when the endpoint lets them be known. */
  bounds({ signal }: QueryOptions = {}): Promise<Bounds> {
    // Shared by every widget, so no one caller's signal may cancel it.
    const p = (this.#bounds ??= this.#guard(async (s) => {
      const last = (await s.plan.newest(1, undefined))[0]?.siteDate;
      return { first: await s.plan.first(), last };
    }));
    // A failed look-up is asked again next time.
    p.catch(() => this.#bounds === p && (this.#bounds = undefined));
    return abortable(p, signal);
  }

  /** Drops every cached response. */
  refresh(): void {
    this.#http.clear();
    this.#byId.clear();
    this.#bounds = undefined;
    this.#setup?.then(
      (s) => s.plan.reset(),
      () => {},
    );
  }

  // ---- setup -------------------------------------------------------------

  #ready(): Promise<Setup> {
    return (this.#setup ??= (async () => {
      const o = this.options;
      assertTimeZone(this.timeZone);
      if (!o.endpoint && o.data === undefined)
        badOption(
          'endpoint',
          o.endpoint,
          'a URL, or inline data in <script type="application/json">',
          'адрес или данные в <script type="application/json">',
        );
      let map = o.map || {};
      if (typeof map === 'string') {
        try {
          map = JSON.parse(map) as FieldMap;
        } catch {
          badOption(
            'map',
            map,
            'JSON such as {"items": "result.news", "date": "ACTIVE_FROM"}',
            'JSON, например {"items": "result.news", "date": "ACTIVE_FROM"}',
          );
        }
      }
      const format = o.dateFormat;
      const parse = format && (await import('../core/parse.js')).parseInstant;
      if (o.persist)
        this.#http.store = (await import('./persist.js')).sessionStore((text, url) => this.#parse(text, url));
      const preset = o.preset ? await loadPreset(o.preset) : undefined;
      const inline = o.data !== undefined;
      if (inline)
        this.#http.seed({
          url: INLINE,
          status: 200,
          body: typeof o.data === 'string' ? this.#parse(o.data, INLINE) : o.data,
          headers: {},
          time: Infinity,
          text: '',
        });
      const vars = placeholders(inline ? '' : o.endpoint!);
      const has = (v: string) => vars.has(v);
      const unit =
        has('from') || has('to')
          ? 'range'
          : has('date')
            ? 'date'
            : has('month')
              ? 'month'
              : has('year')
                ? 'year'
                : preset?.range && !inline
                  ? 'range'
                  : undefined;
      const paging = has('page') || has('offset') ? 'template' : preset?.paging && !inline ? 'preset' : undefined;
      const s: Omit<Setup, 'plan'> & Partial<Setup> = {
        preset,
        explicit: !!preset,
        vars,
        unit,
        paging,
        ctx: {
          timeZone: this.timeZone,
          // date-format first; a value in another form it does not fit (Bitrix writes midnight as a bare date) is still read.
          parse: parse
            ? (value: Parameters<typeof parse>[0], zone: string) => {
                try {
                  return parse(value, zone, format);
                } catch {
                  return parse(value, zone);
                }
              }
            : undefined,
          base: this.#base(),
          map: { ...preset?.map, ...map },
          read: preset?.read,
          mapped: new Set(Object.keys(map)),
        },
      };
      s.plan = (await (unit ? import('./plan-range.js') : import('./plan-feed.js'))).default(
        this.#engineOf(s as Setup),
      );
      return s as Setup;
    })());
  }

  #engineOf(s: Setup): Engine {
    return (this.#engine = {
      setup: s,
      endpoint: this.options.data === undefined ? this.options.endpoint : undefined,
      pageSize: this.pageSize,
      timeZone: this.timeZone,
      sorted: this.options.sorted !== false,
      byId: this.#byId,
      walkSize: s.paging === 'preset' ? s.preset!.paging!.max : s.vars.has('pageSize') ? 100 : this.pageSize,
      get: (url, signal) => this.#http.get(url, signal),
      peek: (url) => this.#http.peek(url),
      read: (res, page, size) => this.#read(s, res, page, size),
      check: (res, page) => this.#check(s, res, page),
      detect: (res) => this.#detect(s, res),
      serverSection: (section) =>
        !!section && (s.vars.has('section') || (s.explicit && !!s.preset?.section?.(new URL('http://x'), section))),
    });
  }

  /** What relative links and media resolve against: `base-url`, else the endpoint. */
  #base(): string {
    try {
      return new URL(this.options.baseUrl ?? this.options.endpoint?.replace(/\{\w+\}/g, '') ?? '', document.baseURI)
        .href;
    } catch {
      return document.baseURI;
    }
  }

  #parse(text: string, url: string): unknown {
    const preset = this.options.preset;
    // XML feeds are read by their preset; without one, a body that looks like a feed is detected as one.
    if (
      preset === 'rss' ||
      preset === 'atom' ||
      (!preset &&
        /^\uFEFF?\s*(?:(?:<\?[^>]*>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(text))
    )
      return text;
    try {
      return JSON.parse(text);
    } catch {
      throw fail('bad-body', { url, value: text.slice(0, 200) });
    }
  }

  /** Without a preset, the first answer tells the shape (once per source). */
  #detect(s: Setup, res: HttpResult): Promise<void> {
    if (s.preset || (s.ctx.map.items !== undefined && s.ctx.map.date !== undefined)) return Promise.resolve();
    const p = (this.#detected ??= loadDetector().then((m) => m.adopt(s, res)));
    p.catch(() => this.#detected === p && (this.#detected = undefined));
    return p;
  }

  // ---- reading -----------------------------------------------------------

  /** A response, read into items (once per response), plus where the next page is. */
  async #read(s: Setup, res: HttpResult, page = 1, size = 0): Promise<Page> {
    await this.#detect(s, res);
    let p = this.#pages.get(res);
    if (!p) {
      const body = s.preset?.parse && typeof res.body === 'string' ? s.preset.parse(res.body) : res.body;
      // The integrator's map.items wins over the preset's own way to find the records.
      let records = s.ctx.mapped?.has('items') ? undefined : s.preset?.records?.(body);
      const paths = [s.ctx.map.items ?? s.preset?.items ?? ''].flat();
      for (const path of paths) {
        const v = getPath(body, path);
        if (!records && Array.isArray(v)) records = v;
      }
      if (!records) throw fail('unknown-shape', { url: res.url, paths: paths.map((p) => p || '(the body itself)') });
      const n = normalizeItems(records, s.ctx);
      const totals = s.preset?.totals?.(body, res.headers) ?? {};
      let next: string | boolean = false;
      const link = s.preset?.next?.(body, res.headers, new URL(res.url, document.baseURI));
      if (link) next = new URL(link, res.url).href;
      else if (link !== null && s.paging && records.length && res.url !== INLINE) {
        next =
          totals.pages !== undefined
            ? page < totals.pages
            : totals.total !== undefined && size
              ? page * size < totals.total
              : s.paging === 'template' && !s.vars.has('pageSize')
                ? true
                : records.length >= size;
      }
      this.#pages.set(res, (p = { ...n, raw: records.length, next, total: totals.total }));
      for (const item of n.items) this.#byId.set(item.id, item);
      if (p.skipped) {
        if (!n.items.length) throw fail('bad-items', { url: res.url, skipped: p.skipped, value: n.reasons });
        this.#warn(
          `skipped:${res.url}`,
          `letopis: skipped ${p.skipped} of ${p.raw} items from ${res.url}: ${n.reasons.join('; ')}`,
        );
      }
      this.#events.dispatchEvent(
        new CustomEvent<LoadDetail>('letopis-load', {
          detail: { url: res.url, count: n.items.length, skipped: p.skipped },
        }),
      );
    }
    return p;
  }

  /** Throws the HTTP error of a failed response; false for the answer past the last page. */
  #check(s: Setup, res: HttpResult, page: number): boolean {
    if (res.status < 400) return true;
    if (page > 1 && (s.preset?.pastEnd?.(res.status, res.body) || (s.paging === 'template' && res.status < 500)))
      return false;
    throw fail('http', { url: res.url, status: res.status });
  }

  // ---- errors and events -------------------------------------------------

  async #guard<T>(run: (s: Setup) => Promise<T>): Promise<T> {
    try {
      return await run(await this.#ready());
    } catch (e) {
      const error = e as LetopisError;
      if (!isAbort(e) && error.name === 'LetopisError') {
        (await import('./messages.js')).describe(error);
        this.#warn(`${error.code}:${error.url}`, error.message);
        this.#events.dispatchEvent(new CustomEvent('letopis-error', { detail: { error } }));
      }
      throw e;
    }
  }

  #warn(key: string, message: string): void {
    if (!this.#warned.has(key)) console.warn(message);
    this.#warned.add(key);
  }

  #changed(url?: string): void {
    this.#bounds = undefined;
    this.#events.dispatchEvent(new CustomEvent('letopis-change', { detail: { url } }));
  }
}
