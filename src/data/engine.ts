/**
 * The data engine of a NewsSource, loaded on its first query: it turns
 * `days`, `list`, `article` and `bounds` queries into as few requests as the
 * endpoint allows and answers repeated questions from one shared cache.
 *
 * The settings pick what loads with it, as separate chunks: the preset, the
 * fetching plan (plan-range.ts for endpoints that filter by date,
 * plan-feed.ts for those that only page), shape detection without a preset,
 * sessionStorage, a custom date format, a days endpoint. Pages with a list
 * or an article load the items' other fields (full.ts).
 */
import { checkedDate } from '../core/date.js';
import { addDays } from '../core/days.js';
import type { LetopisError } from '../core/errors.js';
import type { ISODate } from '../core/types.js';
import { siteToday } from '../core/zone.js';
import { checkAnswer, parseBody, readAnswer } from './answer.js';
import { Http, abortable, isAbort, originOf, type HttpResult } from './http.js';
import type { DayStore, Verdict } from './counts.js';
import type { PluginRoutes } from './wp-routes.js';
import { INLINE } from './inline.js';
import { newestMerger } from './items.js';
import { describeSkip } from './messages.js';
import type { Endpoint, Page, Plan, Setup } from './plan.js';
import { readSetup } from './setup.js';
import type {
  Bounds,
  DayCounts,
  DaysQuery,
  ListQuery,
  ListResult,
  LoadDetail,
  NewsItem,
  NewsSourceOptions,
  QueryOptions,
} from './types.js';

/** Fills the other fields of items a list or an article shows (its own chunk). */
const withAllFields = async (items: NewsItem[]): Promise<NewsItem[]> => items.map((await import('./full.js')).fillItem);

/** Endpoints of dated files (`{date}`, `{month}`, `{year}`): a static site's. */
const isDatedFiles = (setup: Setup): boolean =>
  setup.unit === 'date' || setup.unit === 'month' || setup.unit === 'year';

/** A 1-based page number or size from a caller's value: whole, at least 1. */
const atLeastOne = (n: number | undefined, fallback: number): number => Math.max(1, Math.floor(n || fallback));

/** A caller's day, checked at the door: the plans' arithmetic trusts what passes. */
const checkedDay = (value: ISODate | undefined): ISODate | undefined =>
  value === undefined ? value : checkedDate(value);

/** The settings read, the plan chosen, and the endpoint as that plan sees it. */
interface Ready {
  setup: Setup;
  plan: Plan;
  endpoint: Endpoint;
}

export class Engine {
  readonly #options: Readonly<NewsSourceOptions>;
  readonly #timeZone: string;
  readonly #pageSize: number;
  readonly #http: Http;
  /** Where `letopis-load`, `letopis-error` and `letopis-change` go: the NewsSource. */
  readonly #events: EventTarget;
  #ready?: Promise<Ready>;
  #detected?: Promise<void>;
  /** Each answer read once: the same response object gives the same page (or the same error). */
  readonly #pages = new WeakMap<HttpResult, Promise<Page>>();
  readonly #byId = new Map<string, NewsItem>();
  #bounds?: Promise<Bounds>;
  readonly #warned = new Set<string>();
  readonly #ttl: number;
  /** Day counts learned from fields-only pages (counts.ts): what a calendar has seen, as counts, not records. */
  #known?: DayStore;
  /** The letopis plugin's routes, once looked for (wp-routes.ts). */
  #routes?: Promise<PluginRoutes | undefined>;

  constructor(options: Readonly<NewsSourceOptions>, timeZone: string, pageSize: number, events: EventTarget) {
    this.#options = options;
    this.#timeZone = timeZone;
    this.#pageSize = pageSize;
    this.#events = events;
    // The origins the integrator named: only they get the headers and credentials (never one a feed links to).
    const named = [options.endpoint, options.articleEndpoint, options.daysEndpoint]
      .filter((template) => !!template)
      .map((template) => originOf(template!.replace(/\{\w+\}/g, '')));
    this.#ttl = (options.cacheTtl ?? 300) * 1000;
    this.#http = new Http({
      fetch: options.fetch,
      headers: options.headers,
      credentials: options.credentials,
      trusted: (url) => named.includes(originOf(url)),
      timeout: options.timeout ?? 10_000,
      retries: options.retries ?? 3,
      retryDelay: options.retryDelay ?? 500,
      ttl: this.#ttl,
      parse: (text, url) => parseBody(options.preset, text, url),
      changed: (url) => this.#changed(url),
    });
  }

  /** Days with news in `from..to` (inclusive, site zone) and how many each. */
  days({ from, to, section }: DaysQuery, { signal }: QueryOptions = {}): Promise<DayCounts> {
    return this.#guard(async ({ setup, plan, endpoint }) => {
      checkedDate(from);
      checkedDate(to);
      const template = this.#options.daysEndpoint;
      if (template) {
        const get = async (url: string) => {
          const res = await this.#http.get(url, signal);
          checkAnswer(setup, res, 1);
          return res;
        };
        return (await import('./counts.js')).countsFrom(template, from, to, section, get);
      }
      const routes = await this.#pluginRoutes(setup);
      const count = (answered?: Verdict) =>
        this.#countDays({ setup, plan, endpoint }, from, to, section, signal, answered);
      return routes ? routes.days(from, to, section, count, signal) : count();
    });
  }

  /** Day counts from the endpoint's own answers: fields-only pages, a dated index, or the items. */
  async #countDays(
    { setup, plan, endpoint }: Ready,
    from: ISODate,
    to: ISODate,
    section: string | undefined,
    signal?: AbortSignal,
    answered?: Verdict,
  ): Promise<DayCounts> {
    if (this.#byFields(setup, endpoint, section)) {
      const counting = await import('./counts.js');
      this.#known ??= new counting.DayStore(this.#ttl);
      const store = this.#known;
      const hooks = {
        store,
        forget: (url: string) => this.#http.forget(url),
        loaded: (url: string, count: number) =>
          this.#events.dispatchEvent(new CustomEvent('letopis-load', { detail: { url, count, skipped: 0 } })),
        answered,
      };
      return counting.countByFields(endpoint, hooks, from, to, section, signal);
    }
    if (!section && isDatedFiles(setup) && endpoint.template !== undefined) {
      // Dated files with an index of their days: the marks from it, no file read.
      const index = await (await import('./dated-index.js')).readIndex(endpoint, signal);
      if (index?.days) return index.counts(from, to);
    }
    const counts: DayCounts = new Map();
    for (const item of await plan.range(from, to, section, signal))
      counts.set(item.siteDate, (counts.get(item.siteDate) ?? 0) + 1);
    return counts;
  }

  /** A page of news, newest first: one day, a range, or the whole feed. */
  list(query: ListQuery = {}, { signal }: QueryOptions = {}): Promise<ListResult> {
    return this.#guard(async ({ setup, plan }) => {
      let from = checkedDay(query.date ?? query.from);
      let to = checkedDay(query.date ?? query.to);
      if (from || to) {
        to ??= siteToday(this.#timeZone);
        // An open start: endpoints that filter by range take any; dated files need the first news day.
        if (!from && (setup.unit === 'range' || !setup.unit)) from = '1900-01-01';
        from ??= (await this.bounds({ signal })).first ?? addDays(to, -366);
      }
      const page = atLeastOne(query.page, 1);
      const size = atLeastOne(query.pageSize, this.#pageSize);
      const result = await plan.list({ from, to, section: query.section }, page, size, signal);
      return { ...result, items: await withAllFields(result.items) };
    });
  }

  /** One article: from the cache when it holds the body, else from `article-endpoint` or the preset's article URL. */
  article(id: string, { signal }: QueryOptions = {}): Promise<NewsItem> {
    return this.#guard(async (ready) =>
      (await import('./article.js')).findArticle(ready.endpoint, ready.plan, this.#options.articleEndpoint, id, signal),
    );
  }

  /** The days of the oldest and newest news, when the endpoint lets them be known. */
  bounds({ signal }: QueryOptions = {}): Promise<Bounds> {
    // Shared by every widget, so no one caller's signal may cancel it.
    const shared = (this.#bounds ??= this.#guard(async ({ setup, plan }) => {
      const own = async () => {
        const last = (await plan.newest(1, undefined))[0]?.siteDate;
        return { first: await plan.first(), last };
      };
      const routes = await this.#pluginRoutes(setup);
      return routes ? routes.bounds(own) : own();
    }));
    // A failed look-up is asked again next time.
    shared.catch(() => {
      if (this.#bounds === shared) this.#bounds = undefined;
    });
    return abortable(shared, signal);
  }

  /** Drops every cached response. */
  refresh(): void {
    this.#http.clear();
    this.#byId.clear();
    this.#bounds = undefined;
    this.#known = undefined;
    this.#ready?.then(
      ({ plan }) => plan.reset(),
      () => {},
    );
  }

  // ---- setup -------------------------------------------------------------

  #start(): Promise<Ready> {
    return (this.#ready ??= (async () => {
      const o = this.#options;
      const setup = await readSetup(o, this.#timeZone);
      if (o.persist) {
        const { sessionStore } = await import('./persist.js');
        this.#http.store = sessionStore((text, url) => parseBody(o.preset, text, url));
      }
      if (o.data !== undefined) {
        const body = typeof o.data === 'string' ? parseBody(o.preset, o.data, INLINE) : o.data;
        this.#http.seed({ url: INLINE, status: 200, body, headers: {}, time: Infinity, text: '' });
      }
      const endpoint = this.#endpointFor(setup);
      const { default: makePlan } = await (setup.unit ? import('./plan-range.js') : import('./plan-feed.js'));
      return { setup, plan: makePlan(endpoint), endpoint };
    })());
  }

  /** The endpoint as the plans see it. */
  #endpointFor(setup: Setup): Endpoint {
    const o = this.#options;
    let walkSize = this.#pageSize;
    if (setup.paging === 'preset') walkSize = setup.preset!.paging!.max;
    else if (setup.vars.has('pageSize')) walkSize = 100;
    return {
      setup,
      template: o.data === undefined ? o.endpoint : undefined,
      pageSize: this.#pageSize,
      timeZone: this.#timeZone,
      sorted: o.sorted !== false,
      byId: this.#byId,
      walkSize,
      merge: newestMerger(),
      get: (url, signal) => this.#http.get(url, signal),
      peek: (url) => this.#http.peek(url),
      read: (res, page, size) => this.#read(setup, res, page, size),
      check: (res, page) => checkAnswer(setup, res, page),
      detect: (res) => this.#detect(setup, res),
      serverSection: (section) =>
        !!section &&
        (setup.vars.has('section') || (setup.explicit && !!setup.preset?.section?.(new URL('http://x'), section))),
    };
  }

  /**
   * Whether a days query is counted from fields-only pages: a preset that can
   * ask for ids and dates alone, an endpoint that filters by range and pages,
   * the date and id read where the preset reads them, and the section (if
   * any) filtered by the server, since a fields-only record names none.
   */
  #byFields(setup: Setup, endpoint: Endpoint, section?: string): boolean {
    const mapped = setup.ctx.mapped;
    return (
      setup.explicit &&
      !!setup.preset?.fields &&
      setup.unit === 'range' &&
      !!setup.paging &&
      endpoint.template !== undefined &&
      !mapped?.has('date') &&
      !mapped?.has('id') &&
      (!section || endpoint.serverSection(section))
    );
  }

  /**
   * The routes of the letopis WordPress plugin, when the preset derives them
   * from the endpoint and letopis reads the dates where the preset does
   * (wp-routes.ts, loaded only then).
   */
  #pluginRoutes(setup: Setup): Promise<PluginRoutes | undefined> {
    return (this.#routes ??= (async () => {
      const o = this.#options;
      const own = setup.explicit && o.data === undefined && !!o.endpoint && !o.endpoint.includes('{');
      const urls =
        own && !setup.ctx.mapped?.has('date')
          ? setup.preset?.routes?.(new URL(o.endpoint!, document.baseURI))
          : undefined;
      if (!urls) return undefined;
      const { PluginRoutes } = await import('./wp-routes.js');
      return new PluginRoutes(
        urls,
        (url, signal) => this.#http.get(url, signal),
        (res) => checkAnswer(setup, res, 1),
      );
    })());
  }

  /** Without a preset, the first answer tells the shape (once per source). */
  #detect(setup: Setup, res: HttpResult): Promise<void> {
    if (setup.preset || (setup.ctx.map.items !== undefined && setup.ctx.map.date !== undefined))
      return Promise.resolve();
    const detected = (this.#detected ??= import('./presets/detect.js').then((m) => m.adopt(setup, res)));
    detected.catch(() => {
      if (this.#detected === detected) this.#detected = undefined;
    });
    return detected;
  }

  // ---- reading -----------------------------------------------------------

  /**
   * An answer read into items (once per answer); the page hears of it
   * (`letopis-load`). An answer that cannot be read is dropped from the
   * cache, so the next query (a reader's "Повторить") asks the server again.
   */
  #read(setup: Setup, res: HttpResult, page = 1, size = 0): Promise<Page> {
    let read = this.#pages.get(res);
    if (!read) {
      read = this.#readOnce(setup, res, page, size);
      this.#pages.set(res, read);
      read.catch(() => this.#http.forget(res.url));
    }
    return read;
  }

  async #readOnce(setup: Setup, res: HttpResult, page: number, size: number): Promise<Page> {
    await this.#detect(setup, res);
    const read = await readAnswer(setup, res, page, size);
    for (const item of read.items) this.#byId.set(item.id, item);
    if (read.skipped) {
      const reasons = read.reasons.map((r) => describeSkip(r)).join('; ');
      this.#warn(
        `skipped:${res.url}`,
        `letopis: skipped ${read.skipped} of ${read.raw} items from ${res.url}: ${reasons}`,
      );
    }
    const detail: LoadDetail = { url: res.url, count: read.items.length, skipped: read.skipped };
    this.#events.dispatchEvent(new CustomEvent('letopis-load', { detail }));
    return read;
  }

  // ---- errors and events -------------------------------------------------

  /**
   * Runs a query once the setup is ready; a failure is said once in the
   * console and fired as `letopis-error`, and the answer it names is never
   * served from the cache again.
   */
  async #guard<T>(run: (ready: Ready) => Promise<T>): Promise<T> {
    try {
      return await run(await this.#start());
    } catch (e) {
      const error = e as LetopisError;
      if (!isAbort(e) && error.name === 'LetopisError') {
        if (error.url) this.#http.forget(error.url);
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
    // The data changed: counts learned before may be out of date.
    this.#known = undefined;
    this.#events.dispatchEvent(new CustomEvent('letopis-change', { detail: { url } }));
  }
}
