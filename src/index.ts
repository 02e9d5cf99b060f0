/**
 * letopis — the public API, as the README documents it: the element classes,
 * NewsSource, the date core's helpers and the types they take. Importing this
 * module defines no element; import `letopis/define` (or one element's entry)
 * for that. Anything not listed here is internal and may change.
 */

// Elements (classes only: registering a tag is the define entries' job).
export { LetopisSource } from './components/source/letopis-source.js';
export { LetopisCalendar, type MonthChangeDetail } from './components/calendar/letopis-calendar.js';
export { LetopisNewsList, type ListPaging, type SelectDetail } from './components/news-list/letopis-news-list.js';
export { LetopisArticle } from './components/article/letopis-article.js';
export { LetopisArchive, type ArchiveRoute } from './components/archive/letopis-archive.js';

// Data.
export { NewsSource } from './data/news-source.js';
export { PRESET_NAMES, type PresetName } from './data/presets/load.js';
export { sanitizeHtml } from './data/sanitize.js';
export type {
  Bounds,
  DayCounts,
  DaysQuery,
  FieldMap,
  ListQuery,
  ListResult,
  LoadDetail,
  NewsItem,
  NewsSourceOptions,
  QueryOptions,
  TextType,
} from './data/types.js';

// The date core.
export {
  addDays,
  addMonths,
  addMonthsToMonth,
  addYears,
  clampDate,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  endOfMonth,
  endOfWeek,
  fromEpochDay,
  isISODate,
  isISOMonth,
  isSameMonth,
  monthOf,
  startOfMonth,
  startOfWeek,
  toEpochDay,
} from './core/date.js';
export type { ISODate, ISOMonth, Weekday } from './core/types.js';
export { monthGrid, type MonthGridOptions } from './core/grid.js';
export { parseInstant, toSiteDate } from './core/parse.js';
export type { DateInput } from './core/instant.js';
export { DEFAULT_TIME_ZONE, todayInZone } from './core/zone.js';
export {
  formatArticleDate,
  formatCount,
  formatDayLabel,
  formatMonthHeading,
  formatNewsTime,
  weekdayNames,
  type NewsTimeOptions,
} from './core/labels.js';
export { setStrings } from './core/strings.js';
export { LetopisError, type LetopisErrorCode, type LetopisErrorDetails } from './core/errors.js';
