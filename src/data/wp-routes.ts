/**
 * The day-counts and bounds routes of the letopis WordPress plugin
 * (integrations/wordpress: `letopis/v1/days`, `letopis/v1/bounds`), for a
 * preset that derives them from its endpoint. The first query tries the
 * route together with the preset's own requests (a site without the plugin
 * loses no round); a 404 means the site has no such route, for the source's
 * lifetime; an answer means one request a month from then on, said once in
 * the console. Loaded only by sources whose preset names such routes.
 */
import type { ISODate } from '../core/types.js';
import type { Verdict } from './counts.js';
import type { HttpResult } from './http.js';
import type { Bounds, DayCounts } from './types.js';

/** The routes a preset derived from its endpoint. */
export interface RouteUrls {
  /** Day counts for `from`, `to` (and `section`) query parameters: `{ "2017-10-26": 3 }`. */
  days: URL;
  /** The oldest and newest news days: `{ "first": "2017-09-25", "last": "2017-11-05" }`. */
  bounds: URL;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isRecord = (body: unknown): body is Record<string, unknown> =>
  !!body && typeof body === 'object' && !Array.isArray(body);
/** A day of an answer, when it is one (`null` or missing is "none"). */
const dayOf = (value: unknown): ISODate | undefined =>
  typeof value === 'string' && DAY.test(value) ? value : undefined;

/** Counts from a days answer, or undefined when the answer is not one. */
function countsOf(body: unknown, from: ISODate, to: ISODate): DayCounts | undefined {
  if (!isRecord(body)) return undefined;
  const counts: DayCounts = new Map();
  for (const [day, n] of Object.entries(body)) {
    if (!DAY.test(day) || typeof n !== 'number' || !Number.isInteger(n) || n < 0) return undefined;
    if (n > 0 && day >= from && day <= to) counts.set(day, n);
  }
  return counts;
}

/** Bounds from a bounds answer, or undefined when the answer is not one. */
function boundsOf(body: unknown): Bounds | undefined {
  if (!isRecord(body) || !('first' in body) || !('last' in body)) return undefined;
  return { first: dayOf(body.first), last: dayOf(body.last) };
}

export class PluginRoutes {
  /** Whether the site answers the routes: undefined until one answer says. */
  #has?: boolean;
  readonly #urls: RouteUrls;
  /** A request as the engine makes it: shared, cached, retried; any status comes back. */
  readonly #get: (url: string, signal?: AbortSignal) => Promise<HttpResult>;
  /** The answer of a failed request as an error (the engine's checkAnswer). */
  readonly #check: (res: HttpResult) => void;

  constructor(
    urls: RouteUrls,
    get: (url: string, signal?: AbortSignal) => Promise<HttpResult>,
    check: (res: HttpResult) => void,
  ) {
    this.#urls = urls;
    this.#get = get;
    this.#check = check;
  }

  /**
   * Day counts of `from..to` from the days route, else from `fallback`. The
   * fallback is told whether the route answered, so that it asks no more
   * than its first request when it did.
   */
  days(
    from: ISODate,
    to: ISODate,
    section: string | undefined,
    fallback: (routeAnswered: Verdict) => Promise<DayCounts>,
    signal?: AbortSignal,
  ): Promise<DayCounts> {
    const url = new URL(this.#urls.days.href);
    url.searchParams.set('from', from);
    url.searchParams.set('to', to);
    if (section) url.searchParams.set('section', section);
    return this.#prefer(url.href, (body) => countsOf(body, from, to), fallback, signal);
  }

  /** The oldest and newest news days from the bounds route, else from `fallback`. */
  bounds(fallback: () => Promise<Bounds>, signal?: AbortSignal): Promise<Bounds> {
    return this.#prefer(this.#urls.bounds.href, boundsOf, fallback, signal);
  }

  async #prefer<T>(
    url: string,
    read: (body: unknown) => T | undefined,
    fallback: (routeAnswered: Verdict) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    if (this.#has) {
      const res = await this.#get(url, signal);
      this.#check(res);
      const answer = read(res.body);
      if (answer !== undefined) return answer;
      // An answer that is no answer of the plugin's: the preset's own requests from now on.
      this.#has = false;
    }
    if (this.#has === false) return fallback({ value: false, settled: Promise.resolve(false) });
    // Not known yet: the route and the preset's own requests at once.
    let resolve!: (answered: boolean) => void;
    const verdict: Verdict = { settled: new Promise<boolean>((r) => (resolve = r)) };
    const settle = (answered: boolean) => resolve((verdict.value = answered));
    const backup = fallback(verdict);
    // Its errors matter only when it is the answer (returned below).
    backup.catch(() => {});
    try {
      const res = await this.#get(url, signal);
      const answer = res.status === 200 ? read(res.body) : undefined;
      if (answer !== undefined) {
        this.#has = true;
        settle(true);
        // Good news, not a fault: said once as information, where letopis's warnings are.
        // eslint-disable-next-line no-console
        console.info(`letopis: using the letopis plugin's days route at ${this.#urls.days.href}: one request a month`);
        return answer;
      }
      // 404 (rest_no_route): no plugin on this site. Another failure: the route is asked again next time.
      if (res.status === 404 || res.status === 200) this.#has = false;
    } catch {
      // A network failure or an abort: the fallback answers (or fails) as it would have alone.
    }
    settle(false);
    return backup;
  }
}
