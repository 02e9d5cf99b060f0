/** The sources most tests read: the test server's WordPress REST API (test/server), and fault keys of their own. */
import { NewsSource, type NewsSourceOptions } from '../../src/data/news-source.js';

/** The test server's WordPress posts endpoint (test/fixtures/wordpress). */
export const WP = '/api/wp-json/wp/v2/posts';

/** A NewsSource over the test server's WordPress site, with these options on top. */
export const wpSource = (options: Partial<NewsSourceOptions> = {}): NewsSource =>
  new NewsSource({ endpoint: WP, preset: 'wordpress', ...options });

/** A key no other request to /fault has used (its `flaky` and hit counts are per key). */
export const faultKey = (): string => Math.random().toString(36).slice(2);

/** How many requests the fault server has seen with this key (`?key=` or `?flaky=`). */
export const faultHits = async (key: string): Promise<number> =>
  ((await (await fetch(`/fault/hits?key=${key}`)).json()) as { hits: number }).hits;
