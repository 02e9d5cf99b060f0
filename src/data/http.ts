/**
 * Requests for one source: a response cache shared by every widget on the
 * page (with a TTL, stale-while-revalidate and optional sessionStorage),
 * identical in-flight requests shared, a timeout, and retries with
 * exponential backoff for transient failures only.
 */
import { LetopisError } from '../core/errors.js';
import type { HeaderMap } from './preset.js';

export interface HttpOptions {
  /** A custom fetch (tests, auth wrappers). Default: the page's `fetch`. */
  fetch?: typeof fetch;
  headers?: HeadersInit;
  credentials?: RequestCredentials;
  /** Per attempt, ms. */
  timeout: number;
  /** Retries after the first attempt, for network errors, 5xx and 429. */
  retries: number;
  /** The first retry's delay, ms; doubled each time. */
  retryDelay: number;
  /** How long a response is fresh, ms. */
  ttl: number;
  /** Keep responses in sessionStorage across page loads. */
  persist: boolean;
  /** Reads a 2xx body; throws `bad-body` when it cannot. */
  parse: (text: string, url: string, contentType: string) => unknown;
  /** Called when a stale response was fetched again and changed. */
  onRevalidated?: (url: string) => void;
  /** Called for every response that came over the network. */
  onResponse?: (result: HttpResult) => void;
}

export interface HttpResult {
  url: string;
  status: number;
  /** Parsed body: JSON-like for 2xx, best effort (JSON or text) for errors. */
  body: unknown;
  headers: HeaderMap;
  /** When it was fetched (ms). */
  time: number;
  /** The raw text, for persistence and change detection. */
  text: string;
}

interface Flight {
  promise: Promise<HttpResult>;
  controller: AbortController;
  users: number;
}

const KEPT_HEADERS = ['content-type', 'x-wp-total', 'x-wp-totalpages', 'link', 'x-total-count'];
const MAX_ENTRIES = 300;
const STORAGE_PREFIX = 'letopis:v1:';

/** The error an aborted query rejects with (a DOMException named AbortError, as fetch does). */
export const abortError = (): DOMException => new DOMException('The query was aborted', 'AbortError');

export const isAbort = (e: unknown): boolean =>
  (e instanceof DOMException && e.name === 'AbortError') || (e instanceof LetopisError && e.code === 'aborted');

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(abortError())), { once: true });
  });
}

/** Seconds (or an HTTP date) of a Retry-After header, as ms; undefined when absent. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

export class Http {
  readonly #o: HttpOptions;
  readonly #cache = new Map<string, HttpResult>();
  readonly #flights = new Map<string, Flight>();

  constructor(options: HttpOptions) {
    this.#o = options;
  }

  /** A cached response, fresh or stale, without fetching. */
  peek(url: string): HttpResult | undefined {
    let hit = this.#cache.get(url);
    if (!hit && this.#o.persist) hit = this.#restore(url);
    return hit;
  }

  isFresh(result: HttpResult): boolean {
    return Date.now() - result.time < this.#o.ttl;
  }

  /**
   * The response for `url`: fresh from the cache, else from the network (one
   * request however many callers ask at once). A stale response is returned
   * at once and fetched again in the background.
   */
  async get(url: string, signal?: AbortSignal): Promise<HttpResult> {
    if (signal?.aborted) throw abortError();
    const hit = this.peek(url);
    if (hit) {
      if (!this.isFresh(hit)) this.#revalidate(url, hit);
      return hit;
    }
    return this.#join(url, signal);
  }

  /** Puts a response in the cache by hand (inline data); `time: Infinity` never goes stale. */
  seed(result: HttpResult): void {
    this.#cache.set(result.url, result);
  }

  /** Forgets every cached response (and the persisted ones). */
  clear(): void {
    this.#cache.clear();
    if (this.#o.persist) {
      try {
        for (const key of Object.keys(sessionStorage))
          if (key.startsWith(STORAGE_PREFIX)) sessionStorage.removeItem(key);
      } catch {
        // storage may be blocked; nothing to clear then
      }
    }
  }

  #join(url: string, signal?: AbortSignal): Promise<HttpResult> {
    let flight = this.#flights.get(url);
    // A flight its last caller abandoned is finishing its abort: start afresh.
    if (!flight || flight.controller.signal.aborted) {
      const controller = new AbortController();
      const f: Flight = {
        controller,
        users: 0,
        promise: this.#load(url, controller.signal).finally(() => {
          if (this.#flights.get(url) === f) this.#flights.delete(url);
        }),
      };
      this.#flights.set(url, (flight = f));
    }
    const f = flight;
    f.users++;
    return new Promise<HttpResult>((resolve, reject) => {
      let done = false;
      const leave = () => {
        if (done) return false;
        done = true;
        signal?.removeEventListener('abort', onAbort);
        // The last caller to lose interest cancels the request.
        if (--f.users === 0 && !f.controller.signal.aborted) return true;
        return false;
      };
      const onAbort = () => {
        if (leave()) f.controller.abort();
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      f.promise.then(
        (r) => (leave(), resolve(r)),
        (e) => (leave(), reject(e)),
      );
    });
  }

  #revalidate(url: string, old: HttpResult): void {
    if (this.#flights.has(url)) return;
    this.#join(url).then(
      (fresh) => fresh.text !== old.text && this.#o.onRevalidated?.(url),
      () => {
        // keep serving the stale response; the next query tries again
      },
    );
  }

  async #load(url: string, signal: AbortSignal): Promise<HttpResult> {
    const o = this.#o;
    const doFetch = o.fetch ?? globalThis.fetch.bind(globalThis);
    for (let attempt = 0; ; attempt++) {
      const timer = new AbortController();
      const timeout = setTimeout(() => timer.abort(), o.timeout);
      const onAbort = () => timer.abort();
      signal.addEventListener('abort', onAbort, { once: true });
      let delay: number | undefined;
      try {
        const res = await doFetch(url, {
          signal: timer.signal,
          headers: o.headers,
          credentials: o.credentials,
          // `Accept` is CORS-safelisted: it costs no preflight.
          ...(o.headers ? {} : { headers: { accept: 'application/json, application/xml;q=0.9, */*;q=0.8' } }),
        });
        const transient = res.status >= 500 || res.status === 429;
        if (transient && attempt < o.retries) {
          delay = retryAfter(res.headers.get('retry-after')) ?? o.retryDelay * 2 ** attempt;
          // A server asking for more than half a minute is not coming back soon.
          if (delay > 30_000) delay = undefined;
        }
        if (delay === undefined) {
          const text = await res.text();
          const headers: HeaderMap = {};
          for (const name of KEPT_HEADERS) {
            const v = res.headers.get(name);
            if (v !== null) headers[name] = v;
          }
          const ok = res.status >= 200 && res.status < 300;
          const result: HttpResult = {
            url,
            status: res.status,
            headers,
            text,
            time: Date.now(),
            body: ok ? o.parse(text, url, headers['content-type'] ?? '') : lenient(text),
          };
          if (ok) this.#store(result);
          o.onResponse?.(result);
          return result;
        }
      } catch (e) {
        if (signal.aborted) throw abortError();
        if (e instanceof LetopisError) throw e;
        if (timer.signal.aborted) {
          throw new LetopisError(
            'timeout',
            `letopis: ${url} did not answer within ${o.timeout / 1000} s`,
            `letopis: ${url} не ответил за ${o.timeout / 1000} с`,
            { url },
          );
        }
        if (attempt >= o.retries) {
          throw new LetopisError(
            'network',
            `letopis: could not reach ${url} (offline, wrong host, or the server does not allow this site by CORS)`,
            `letopis: не удалось обратиться к ${url} (нет сети, неверный адрес или сервер не разрешает CORS для этого сайта)`,
            { url, cause: e },
          );
        }
        delay = o.retryDelay * 2 ** attempt;
      } finally {
        clearTimeout(timeout);
        signal.removeEventListener('abort', onAbort);
      }
      await wait(delay * (0.75 + Math.random() / 2), signal);
    }
  }

  #store(result: HttpResult): void {
    this.#cache.delete(result.url);
    this.#cache.set(result.url, result);
    if (this.#cache.size > MAX_ENTRIES) this.#cache.delete(this.#cache.keys().next().value as string);
    if (this.#o.persist) {
      try {
        sessionStorage.setItem(
          STORAGE_PREFIX + result.url,
          JSON.stringify({ t: result.time, s: result.status, h: result.headers, x: result.text }),
        );
      } catch {
        // quota or privacy mode: the memory cache still works
      }
    }
  }

  #restore(url: string): HttpResult | undefined {
    try {
      const raw = sessionStorage.getItem(STORAGE_PREFIX + url);
      if (!raw) return undefined;
      const { t, s, h, x } = JSON.parse(raw) as { t: number; s: number; h: HeaderMap; x: string };
      const result: HttpResult = {
        url,
        status: s,
        headers: h,
        text: x,
        time: t,
        body: this.#o.parse(x, url, h['content-type'] ?? ''),
      };
      this.#cache.set(url, result);
      return result;
    } catch {
      return undefined;
    }
  }
}

/** `promise`, or an AbortError as soon as `signal` aborts (the work itself goes on for others). */
export function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function lenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
