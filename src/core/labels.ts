/**
 * Labels through `Intl`, with cached formatters: creating an
 * `Intl.DateTimeFormat` costs far more than using one.
 */
import { checkedMonth } from './date.js';
import { addDays, toEpochDay } from './days.js';
import { badDate } from './errors.js';
import { readInstant, type DateInput } from './instant.js';
import { dateTimeFormat, pluralRules } from './intl.js';
import {
  DEFAULT_LOCALE,
  newsWords,
  timeWords,
  viewWords,
  wordsFor,
  type CoreWords,
  type TimeWords,
  type PluralForms,
} from './strings.js';
import type { ISODate, ISOMonth, Weekday } from './types.js';
import { DEFAULT_TIME_ZONE, dateInZone } from './zone.js';

const capitalise = (text: string, locale: string): string => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** Noon UTC of a calendar date: a safe instant to format it with `timeZone: 'UTC'`. */
const utcNoon = (date: ISODate): number => toEpochDay(date) * 86_400_000 + 43_200_000;

/**
 * Formats and keeps the parts up to the last field, dropping what a locale
 * appends after it (the Russian " г.").
 */
function trimmed(format: Intl.DateTimeFormat, ms: number): string {
  const parts = format.formatToParts(ms);
  let end = parts.length;
  while (end > 0 && parts[end - 1].type === 'literal') end--;
  return parts
    .slice(0, end)
    .map((p) => p.value)
    .join('');
}

export interface NewsTimeOptions {
  /** The site's zone. Default `Europe/Moscow`. */
  timeZone?: string;
  /** BCP 47 tag. Default `ru`. */
  locale?: string;
  /** The current instant (ms or Date), for the "same year" rule. Default `Date.now()`. */
  now?: number | Date;
  /** "Сегодня, 22:32" and "Вчера, 18:05" for the last two days. */
  relativeDays?: boolean;
  /** Words to use instead of the locale's table. */
  strings?: Partial<CoreWords>;
}

/** "02 января" (with the year: "08 февраля 2018"), in the locale's day digits. */
const dayMonthFormat = (timeZone: string, locale: string, withYear: boolean, words: TimeWords) =>
  dateTimeFormat(locale, {
    timeZone,
    day: words.dayDigits as '2-digit' | 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  });

const timeOfDay = (timeZone: string, locale: string) =>
  dateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });

/**
 * The news list label of each item, with what every label shares — today in
 * the site's zone, the words, the formats — worked out once: a list makes one
 * per render. `formatNewsTime(i, o)` is `newsTimeFormatter(o)(i)`; with
 * `dateOnly` (an item whose source wrote no time) the label has no time.
 */
export function newsTimeFormatter(options: NewsTimeOptions = {}): (instant: DateInput, dateOnly?: boolean) => string {
  const { timeZone = DEFAULT_TIME_ZONE, locale = DEFAULT_LOCALE } = options;
  const today = dateInZone(options.now === undefined ? Date.now() : +options.now, timeZone);
  const yesterday = addDays(today, -1);
  const words = wordsFor(timeWords, locale, options.strings);
  const thisYear = dayMonthFormat(timeZone, locale, false, words);
  const otherYear = dayMonthFormat(timeZone, locale, true, words);
  const time = timeOfDay(timeZone, locale);
  return (instant, dateOnly = false) => {
    const ms = readInstant(instant, timeZone) ?? badDate(instant);
    const day = dateInZone(ms, timeZone);
    const date =
      options.relativeDays && (day === today || day === yesterday)
        ? day === today
          ? words.today
          : words.yesterday
        : trimmed(day.slice(0, 4) === today.slice(0, 4) ? thisYear : otherYear, ms);
    return dateOnly ? date : `${date}, ${time.format(ms)}`;
  };
}

/**
 * The news list label: `"02 января, 22:32"`; the year is added when it
 * differs from the current year in the site's zone: `"08 февраля 2018, 12:46"`.
 */
export const formatNewsTime = (instant: DateInput, options: NewsTimeOptions = {}): string =>
  newsTimeFormatter(options)(instant);

/**
 * The article label, always with the year: `"08 февраля 2018, 12:46"`;
 * `dateOnly` (a date the source wrote without a time): `"08 февраля 2018"`.
 */
export function formatArticleDate(
  instant: DateInput,
  options: Omit<NewsTimeOptions, 'now' | 'relativeDays'> & { dateOnly?: boolean } = {},
): string {
  const { timeZone = DEFAULT_TIME_ZONE, locale = DEFAULT_LOCALE } = options;
  const ms = readInstant(instant, timeZone) ?? badDate(instant);
  const words = wordsFor(timeWords, locale, options.strings);
  const date = trimmed(dayMonthFormat(timeZone, locale, true, words), ms);
  return options.dateOnly ? date : `${date}, ${timeOfDay(timeZone, locale).format(ms)}`;
}

/**
 * The calendar heading: `"Октябрь 2017"` (nominative, capitalised, no "г.");
 * `capitalised: false` gives the form inside a sentence: `"октябрь 2017"`.
 */
export function formatMonthHeading(month: ISOMonth, locale: string = DEFAULT_LOCALE, capitalised = true): string {
  return monthYear(checkedMonth(month), locale, capitalised);
}

/** `formatMonthHeading` for a month already known to be valid (what elements render). */
export function monthYear(month: ISOMonth, locale: string, capitalised = true): string {
  const text = trimmed(
    dateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }),
    utcNoon(`${month}-15`),
  );
  return capitalised ? capitalise(text, locale) : text;
}

/** A month's name on its own: `"октябрь"` (`long`) or `"окт."` (`short`). */
export function formatMonthName(
  month: number,
  locale: string = DEFAULT_LOCALE,
  style: 'long' | 'short' = 'long',
): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', month: style }).format(
    utcNoon(`2017-${String(month).padStart(2, '0')}-15`),
  );
}

/** A full date: `"26 октября 2017 г."`. */
export const formatFullDate = (date: ISODate, locale: string = DEFAULT_LOCALE): string =>
  dateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(utcNoon(date));

/**
 * Weekday names in calendar order from `firstDayOfWeek`:
 * `short` → `["Пн", "Вт", …, "Вс"]`, `long` → `["понедельник", …]`.
 */
export function weekdayNames(
  locale: string = DEFAULT_LOCALE,
  style: 'short' | 'long' = 'short',
  firstDayOfWeek: Weekday = 1,
): string[] {
  const f = dateTimeFormat(locale, { timeZone: 'UTC', weekday: style });
  // 2017-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => {
    const name = f.format(utcNoon(addDays('2017-01-01', (firstDayOfWeek + i) % 7)));
    return style === 'short' ? capitalise(name, locale) : name;
  });
}

/** The accessible name of a day: `"четверг, 26 октября 2017 г."`. */
export const formatDayLabel = (date: ISODate, locale: string = DEFAULT_LOCALE): string =>
  dateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    utcNoon(date),
  );

/**
 * `"5 новостей"`: a count and its word, picked by the plural rules of the
 * words' language — Russian forms standing in for a language without its own
 * by Russian rules, so a Tatar page reads "5 новостей", not "5 новости".
 */
function counted(count: number, forms: PluralForms, russian: PluralForms, locale: string): string {
  const rules = pluralRules(forms === russian ? DEFAULT_LOCALE : locale);
  return `${count} ${forms[rules.select(count)] ?? forms.other}`;
}

/** `"1 новость"`, `"3 новости"`, `"5 новостей"`; `"3822 просмотра"` with `kind: 'views'`. */
export function formatCount(
  count: number,
  locale: string = DEFAULT_LOCALE,
  kind: 'news' | 'views' = 'news',
  strings?: Partial<CoreWords>,
): string {
  return kind === 'views'
    ? counted(count, wordsFor(viewWords, locale, strings).views, viewWords.ru.views, locale)
    : counted(count, wordsFor(newsWords, locale, strings).news, newsWords.ru.news, locale);
}

/** `"3 новости"`: what a calendar day says (news only, so a calendar does not carry "views"). */
export const formatNewsCount = (count: number, locale: string): string =>
  counted(count, wordsFor(newsWords, locale).news, newsWords.ru.news, locale);
