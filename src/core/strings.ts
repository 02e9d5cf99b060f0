/**
 * The words of the interface, one table per language and element; dates and
 * numbers come from `Intl`, only what `Intl` cannot say lives here.
 * Integrators override any word for a language with `setStrings('ru', { retry: '…' })`,
 * or per element through its `strings` property.
 */

/** Plural forms by `Intl.PluralRules` category. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A table of words for one language. */
export type Words = Record<string, string | PluralForms>;

/** Tables per language; Russian stands in for a language without its own. */
export type WordTables<T extends Words> = { ru: T; en: T } & Partial<Record<string, T>>;

/** Words for counts: "1 новость", "3 новости", "5 новостей"; "3822 просмотра". */
export interface CountWords extends Words {
  news: PluralForms;
  views: PluralForms;
}

/** Words of the news time labels. */
export interface TimeWords extends Words {
  today: string;
  yesterday: string;
  /** Day number style: "02 января" in Russian. */
  dayDigits: string;
}

/** Everything the core labels say in words. */
export type CoreWords = CountWords & TimeWords;

/** Plural forms of "news" (the calendar needs only these). */
export const newsWords: WordTables<Pick<CountWords, 'news'>> = {
  ru: { news: { one: 'новость', few: 'новости', many: 'новостей', other: 'новости' } },
  en: { news: { one: 'news item', other: 'news items' } },
};

/** Plural forms of "views". */
export const viewWords: WordTables<Pick<CountWords, 'views'>> = {
  ru: { views: { one: 'просмотр', few: 'просмотра', many: 'просмотров', other: 'просмотра' } },
  en: { views: { one: 'view', other: 'views' } },
};

export const timeWords: WordTables<TimeWords> = {
  ru: { today: 'Сегодня', yesterday: 'Вчера', dayDigits: '2-digit' },
  en: { today: 'Today', yesterday: 'Yesterday', dayDigits: 'numeric' },
};

/** The language used when neither the element nor the page names one, and whose words stand in for a language without its own. */
export const DEFAULT_LOCALE = 'ru';

const overrides = new Map<string, Words>();

/** The language part of a tag: `ru-RU` → `ru`. */
const baseLanguage = (locale: string): string => locale.toLowerCase().split(/[-_]/)[0];

/**
 * The words of `tables` for `locale` (Russian ones for a language without a
 * table; dates still follow `Intl` in that language), with page-wide and own
 * overrides on top.
 */
export function wordsFor<T extends Words>(tables: WordTables<T>, locale: string, own?: Partial<T>): T {
  const lang = baseLanguage(locale);
  return { ...(tables[lang] ?? tables[DEFAULT_LOCALE]), ...(overrides.get(lang) as Partial<T>), ...own };
}

/** Adds or overrides words for a language, for every element on the page. */
export function setStrings(language: string, words: Words): void {
  const lang = baseLanguage(language);
  overrides.set(lang, { ...overrides.get(lang), ...words });
}

/** @internal Forgets every `setStrings` override (for tests; a page has no reason to). */
export function resetStrings(): void {
  overrides.clear();
}

/** Fills `{name}` placeholders. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
