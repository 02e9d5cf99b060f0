/**
 * Responses kept in sessionStorage, so the next page of the same site starts
 * from them (`persist` on the source). Loaded only when asked for.
 */
import type { HttpResult, Store } from './http.js';

const PREFIX = 'letopis:v1:';

export function sessionStore(parse: (text: string, url: string) => unknown): Store {
  return {
    get(url) {
      try {
        const raw = sessionStorage.getItem(PREFIX + url);
        if (!raw) return undefined;
        const { t, s, h, x } = JSON.parse(raw) as { t: number; s: number; h: HttpResult['headers']; x: string };
        return { url, status: s, headers: h, text: x, time: t, body: parse(x, url) };
      } catch {
        return undefined;
      }
    },
    set(r) {
      try {
        sessionStorage.setItem(PREFIX + r.url, JSON.stringify({ t: r.time, s: r.status, h: r.headers, x: r.text }));
      } catch {
        // quota or privacy mode: the memory cache still works
      }
    },
    delete(url) {
      try {
        sessionStorage.removeItem(PREFIX + url);
      } catch {
        // storage blocked: nothing was kept
      }
    },
    clear() {
      try {
        for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
      } catch {
        // storage blocked: nothing was kept
      }
    },
  };
}
