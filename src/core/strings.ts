/**
 * The words of the interface, one table per language. Dates and numbers come
 * from `Intl`; only what `Intl` cannot say lives here. Integrators override
 * any entry with `setStrings('ru', { retry: '…' })` or per element through its
 * `strings` property.
 */

/** Plural forms by `Intl.PluralRules` category. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface LetopisStrings {
  /** Prev/next month buttons; the target month follows after ": ". */
  prevMonth: string;
  nextMonth: string;
  prevYear: string;
  nextYear: string;
  /** The heading button that opens the month/year picker. */
  chooseMonth: string;
  loading: string;
  /** The generic failure line; the error's own message follows. */
  error: string;
  retry: string;
  /** "За {date} новостей нет". `{date}` is the full date. */
  emptyDay: string;
  emptyRange: string;
  emptyFeed: string;
  more: string;
  allNews: string;
  archive: string;
  pages: string;
  page: string;
  stopLoading: string;
  today: string;
  yesterday: string;
  back: string;
  notFound: string;
  /** "1 новость", "3 новости", "5 новостей". */
  news: PluralForms;
  /** "3822 просмотра". */
  views: PluralForms;
  /** Day number style in news labels: "02 января" in Russian. */
  dayDigits: '2-digit' | 'numeric';
}

const ru: LetopisStrings = {
  prevMonth: 'Предыдущий месяц',
  nextMonth: 'Следующий месяц',
  prevYear: 'Предыдущий год',
  nextYear: 'Следующий год',
  chooseMonth: 'Выбрать месяц и год',
  loading: 'Загрузка…',
  error: 'Не удалось загрузить новости.',
  retry: 'Повторить',
  emptyDay: 'За {date} новостей нет',
  emptyRange: 'За выбранный период новостей нет',
  emptyFeed: 'Новостей пока нет',
  more: 'Показать ещё',
  allNews: 'Все новости',
  archive: 'Архив',
  pages: 'Страницы',
  page: 'Страница {n}',
  stopLoading: 'Не подгружать дальше',
  today: 'Сегодня',
  yesterday: 'Вчера',
  back: 'Назад',
  notFound: 'Новость не найдена',
  news: { one: 'новость', few: 'новости', many: 'новостей', other: 'новости' },
  views: { one: 'просмотр', few: 'просмотра', many: 'просмотров', other: 'просмотра' },
  dayDigits: '2-digit',
};

const en: LetopisStrings = {
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  prevYear: 'Previous year',
  nextYear: 'Next year',
  chooseMonth: 'Choose month and year',
  loading: 'Loading…',
  error: 'Could not load the news.',
  retry: 'Retry',
  emptyDay: 'No news on {date}',
  emptyRange: 'No news in this period',
  emptyFeed: 'No news yet',
  more: 'Show more',
  allNews: 'All news',
  archive: 'Archive',
  pages: 'Pages',
  page: 'Page {n}',
  stopLoading: 'Stop loading more',
  today: 'Today',
  yesterday: 'Yesterday',
  back: 'Back',
  notFound: 'News item not found',
  news: { one: 'news item', other: 'news items' },
  views: { one: 'view', other: 'views' },
  dayDigits: 'numeric',
};

const tables = new Map<string, LetopisStrings>([
  ['ru', ru],
  ['en', en],
]);

/** The language part of a tag: `ru-RU` → `ru`. */
export const baseLanguage = (locale: string): string => locale.toLowerCase().split(/[-_]/)[0];

/**
 * The table for `locale`: its language's, else English for a language we have
 * no words for (dates still follow `Intl` in that locale), with `overrides` on top.
 */
export function stringsFor(locale: string, overrides?: Partial<LetopisStrings>): LetopisStrings {
  const table = tables.get(baseLanguage(locale)) ?? en;
  return overrides ? { ...table, ...overrides } : table;
}

/** Adds or overrides words for a language, for every element on the page. */
export function setStrings(language: string, words: Partial<LetopisStrings>): void {
  const lang = baseLanguage(language);
  tables.set(lang, { ...(tables.get(lang) ?? en), ...words });
}

/** Fills `{name}` placeholders. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
