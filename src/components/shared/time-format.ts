/**
 * `time-format` on a list or an article: the date-fns writer for the pattern
 * and the reader's language, loaded with the first pattern set (a page
 * without one never downloads date-fns). Until it is there, and for a
 * pattern it cannot write by, the element shows its default labels.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DateWriter } from '../../data/date-write.js';
import type { NewsItem } from '../../data/types.js';

/** An item's label by the writer: its instant in the site's zone. */
export const writeItemDate = (write: DateWriter, item: NewsItem, timeZone: string): string =>
  write(Date.parse(item.date), timeZone, item.dateOnly);

export class TimeFormat {
  #key?: string;
  #writer?: DateWriter;

  /** `invalid` is told (once per pattern) when the pattern cannot write a date. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly invalid: () => void,
  ) {}

  /** The writer for `pattern` in `lang`; undefined without a pattern, while it loads, or when it cannot be used. */
  writer(pattern: string | undefined, lang: string): DateWriter | undefined {
    if (!pattern) return undefined;
    const key = `${pattern}\n${lang}`;
    if (key !== this.#key) {
      this.#key = key;
      this.#writer = undefined;
      void import('../../data/date-write.js').then(async ({ dateWriter, isWritePattern }) => {
        if (this.#key !== key) return;
        if (!isWritePattern(pattern)) return this.invalid();
        const writer = await dateWriter(pattern, lang);
        if (this.#key !== key || !writer) return;
        this.#writer = writer;
        this.host.requestUpdate();
      });
    }
    return this.#writer;
  }
}
