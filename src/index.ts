/**
 * letopis — the public API: classes, types and core helpers.
 * Importing this module defines no element; import `letopis/define` for that.
 */
export * from './core/index.js';
export * from './data/index.js';
export { LetopisSource } from './components/source/letopis-source.js';
export { LetopisCalendar, type MonthChangeDetail } from './components/calendar/letopis-calendar.js';
export { LetopisNewsList, type SelectDetail } from './components/news-list/letopis-news-list.js';
export { LetopisArticle } from './components/article/letopis-article.js';
export { setStrings } from './core/strings.js';
export { LetopisArchive } from './components/archive/letopis-archive.js';
