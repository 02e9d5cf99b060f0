/**
 * Requests for one source: a response cache shared by every widget on the
 * page (TTL, stale-while-revalidate, optional sessionStorage), identical
 * in-flight requests shared, a timeout, and retries with exponential backoff
 * for transient failures only (network errors, timeouts, 5xx, 429 with
 * Retry-After). A cross-origin request the browser refuses is probed once
 * without CORS: a server that answers it refuses this site (or has no such
 * path), which no retry changes. Headers and credentials go only to the
 * origins the integrator named.
 */
import { fail } from './messages.js';
import type { HeaderMap } from './preset.js';

export interface HttpOptions {
  /** A custom fetch (tests, auth wrappers). Default: the page's `fetch`. */
  fetch?: typeof fetch;
  headers?: HeadersInit;
  credentials?: RequestCredentials;
  /** Whether `url` is on an origin the integrator named (the endpoints): only those get `headers` and `credentials`. */
  trusted?: (url: string) => boolean;
  /** Per attempt, ms. */
  timeout: number;
  /** Retries after the first attempt. */
  retries: number;
  /** The first retry's delay, ms; doubled each time. */
  retryDelay: number;
  /** How long a response is fresh, ms. */
  ttl: number;
  /** Reads a 2xx body; throws `bad-body` when it cannot. */
  parse: (text: string, url: string) => unknown;
  /** A stale response was fetched again and changed. */
  changed: (url: string) => void;
}

export interface HttpResult {
  url: string;
  status: number;
  /** Parsed body: JSON-like for 2xx, best effort (JSON or text) for errors. */
  body: unknown;
  headers: HeaderMap;
  /** When it was fetched (ms); Infinity never goes stale. */
  time: number;
  /** The raw text, for persistence and change detection. */
  text: string;
}

/** Where responses outlive the page (sessionStorage; see persist.ts). */
export interface Store {
  get(url: string): HttpResult | undefined;
  set(result: HttpResult): void;
  delete(url: string): void;
  clear(): void;
}

interface Flight {
  promise: Promise<HttpResult>;
  controller: AbortController;
  users: number;
}

const KEPT_HEADERS = ['content-type', 'x-wp-total', 'x-wp-totalpages', 'link'];

/** `Accept` is CORS-safelisted: it costs no preflight. */
const ACCEPT = { accept: 'application/json, application/xml;q=0.9, */*;q=0.8' };

/** The origin of a URL (relative ones resolved against the page); '' for one that cannot be read. */
export function originOf(url: string): string {
  try {
    return new URL(url, document.baseURI).origin;
  } catch {
    return '';
  }
}

/** The error an aborted query rejects with (a DOMException named AbortError, as fetch does). */
const abortError = (): DOMException => new DOMException('The query was aborted', 'AbortError');

export const isAbort = (e: unknown): boolean => (e as Error)?.name === 'AbortError';

/** `promise`, or an AbortError as soon as `signal` aborts (the work itself goes on for others). */
export function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(abortError());
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', stop));
  });
}

export class Http {
  readonly cache = new Map<string, HttpResult>();
  store?: Store;
  readonly #flights = new Map<string, Flight>();

  constructor(readonly o: HttpOptions) {}

  /** A cached response, fresh or stale, without fetching. */
  peek(url: string): HttpResult | undefined {
    let hit = this.cache.get(url);
    if (!hit && (hit = this.store?.get(url))) this.cache.set(url, hit);
    return hit;
  }

  /**
   * The response for `url`: fresh from the cache, else from the network (one
   * request however many callers ask at once). A stale response is returned
   * at once and fetched again in the background.
   */
  get(url: string, signal?: AbortSignal): Promise<HttpResult> {
    const hit = this.peek(url);
    if (!hit) return this.#join(url, signal);
    if (Date.now() - hit.time > this.o.ttl && !this.#flights.has(url)) {
      this.#join(url).then(
        (fresh) => fresh.text !== hit.text && this.o.changed(url),
        () => {},
      );
    }
    return abortable(Promise.resolve(hit), signal);
  }

  /** Puts a response in the cache by hand (inline data). */
  seed(result: HttpResult): void {
    this.cache.set(result.url, result);
  }

  clear(): void {
    this.cache.clear();
    this.store?.clear();
  }

  /** Drops one response (a failed or unreadable answer), so the next request for it asks the server. */
  forget(url: string): void {
    this.cache.delete(url);
    this.store?.delete(url);
  }

  #join(url: string, signal?: AbortSignal): Promise<HttpResult> {
    let f = this.#flights.get(url);
    // A flight its last caller abandoned is finishing its abort: start afresh.
    if (!f || f.controller.signal.aborted) {
      const controller = new AbortController();
      const flight: Flight = {
        controller,
        users: 0,
        promise: this.#load(url, controller.signal).finally(
          () => this.#flights.get(url) === flight && this.#flights.delete(url),
        ),
      };
      this.#flights.set(url, (f = flight));
    }
    const flight = f;
    flight.users++;
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      // The last caller to lose interest cancels the request.
      if (!--flight.users) flight.controller.abort();
    };
    signal?.addEventListener('abort', leave, { once: true });
    return abortable(flight.promise, signal).finally(() => {
      signal?.removeEventListener('abort', leave);
      if (!signal?.aborted) flight.users--;
    });
  }

  async #load(url: string, signal: AbortSignal): Promise<HttpResult> {
    const o = this.o;
    const trusted = o.trusted?.(url) ?? true;
    const init: RequestInit = {
      credentials: trusted ? o.credentials : 'omit',
      headers: (trusted && o.headers) || ACCEPT,
    };
    for (let attempt = 0; ; attempt++) {
      const timer = new AbortController();
      const timeout = setTimeout(() => timer.abort(), o.timeout);
      const stop = () => timer.abort();
      signal.addEventListener('abort', stop);
      let delay: number | undefined;
      try {
        const res = await (o.fetch ?? fetch)(url, { ...init, signal: timer.signal });
        const { status } = res;
        if ((status > 499 || status === 429) && attempt < o.retries) {
          const after = res.headers.get('retry-after');
          delay = after ? (+after || (Date.parse(after) - Date.now()) / 1000) * 1000 : o.retryDelay * 2 ** attempt;
          // A server asking for more than half a minute is not coming back soon.
          if (!(delay < 30_000)) delay = undefined;
        }
        if (delay === undefined) {
          const text = await res.text();
          const headers: HeaderMap = {};
          for (const name of KEPT_HEADERS) {
            const v = res.headers.get(name);
            if (v !== null) headers[name] = v;
          }
          let body: unknown = text;
          if (res.ok) body = o.parse(text, url);
          else {
            try {
              body = JSON.parse(text);
            } catch {
              // an error page in HTML: keep its text
            }
          }
          const result: HttpResult = { url, status, headers, text, body, time: Date.now() };
          // Cached: answers, and "there is no such file" (a static site's missing month, a removed article).
          if (res.ok || status === 404 || status === 410) {
            this.cache.delete(url);
            this.cache.set(url, result);
            if (this.cache.size > 300) this.cache.delete(this.cache.keys().next().value!);
            this.store?.set(result);
          }
          return result;
        }
      } catch (e) {
        if (signal.aborted) throw abortError();
        if ((e as Error).name === 'LetopisError') throw e;
        const timedOut = timer.signal.aborted;
        // Refused by CORS, or no such path on a server whose error pages carry no CORS headers: no retry helps.
        if (!timedOut && originOf(url) !== location.origin && (await this.#answersWithoutCors(url, signal)))
          throw fail('network', { url, value: 'cors', cause: e }, 'cors');
        if (attempt >= o.retries)
          throw timedOut ? fail('timeout', { url, value: o.timeout / 1000 }) : fail('network', { url, cause: e });
        delay = o.retryDelay * 2 ** attempt;
      } finally {
        clearTimeout(timeout);
        signal.removeEventListener('abort', stop);
      }
      await new Promise((resolve) => setTimeout(resolve, delay! * (0.75 + Math.random() / 2)));
      if (signal.aborted) throw abortError();
    }
  }

  /**
   * Whether the server at `url` answers a request made without CORS (an
   * opaque response: up, but not sharing its answer with this site). False
   * when even that fails: offline, a wrong host, or the page's own policy.
   */
  async #answersWithoutCors(url: string, signal: AbortSignal): Promise<boolean> {
    const timer = new AbortController();
    const stop = () => timer.abort();
    const timeout = setTimeout(stop, this.o.timeout);
    signal.addEventListener('abort', stop);
    try {
      const res = await (this.o.fetch ?? fetch)(url, { mode: 'no-cors', credentials: 'omit', signal: timer.signal });
      return res.type === 'opaque';
    } catch {
      if (signal.aborted) throw abortError();
      return false;
    } finally {
      clearTimeout(timeout);
      signal.removeEventListener('abort', stop);
    }
  }
}
