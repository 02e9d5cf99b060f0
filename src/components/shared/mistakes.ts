/**
 * What `<letopis-news-list>`, `<letopis-article>` and `<letopis-archive>`
 * say about an attribute or a page URL parameter they cannot use (loaded
 * with the first such mistake). The calendar's are in
 * calendar/calendar.mistakes.ts, the source's in data/options.ts.
 */
import { DAY_RULE, ID_LIMITS, ID_RULE, URL_RULE, quoted, reporter, written } from './warn.js';

export const report = reporter({
  // <letopis-news-list>
  date: () => `${DAY_RULE}; ignored`,
  from: () => `${DAY_RULE}; ignored`,
  to: () => `${DAY_RULE}; ignored`,
  'from:after-to': (el) => `is after to="${written(el, 'to')}"; both ignored`,
  pageSize: () => "not a whole number ≥ 1; using the source's page size",
  itemHref: () => `${URL_RULE}; using each item's own URL`,
  'itemHref:item': (_, given) => `item ${quoted(given)} has no http(s) URL of its own; its title is not a link`,
  paging: () => 'not more, pages, infinite or none; using more',
  'display:list': () => 'has words other than lead, image, views, section; those are ignored',
  allHref: () => `${URL_RULE}; the link is not shown`,
  archiveHref: () => `${URL_RULE}; the link is not shown`,
  timeFormat: () =>
    'not a date-fns format pattern such as d MMMM yyyy, HH:mm or the Bitrix DD.MM.YYYY HH:MI (no offset tokens); using the default display',
  dateParam: (el, given) => `the page's ?${written(el, 'dateParam')}=${quoted(given)} is ${DAY_RULE}; ignored`,
  // <letopis-article>
  articleId: () => `${ID_RULE}; no article is shown`,
  idParam: (el, given) => `the page's ?${written(el, 'idParam')}=${quoted(given)} is ${ID_RULE}; ignored`,
  headingLevel: () => 'not a whole number 1–6; using 1',
  backHref: () => `${URL_RULE}; the back button goes back in history`,
  'display:article': () => 'has words other than views, section, image, lead; those are ignored',
  bodyStylesheet: () => `${URL_RULE}; not linked`,
  // <letopis-archive>
  route: () => 'not query, hash or none; using query',
  'route:hash': (_, given) =>
    `the page's address ${quoted(given)} is neither #/YYYY-MM-DD nor #/news/ID (an id of ${ID_LIMITS}, with valid escapes); ignored`,
  'route:date': (_, given) => `the page's date ${quoted(given)} is ${DAY_RULE}; ignored`,
  'route:news': (_, given) => `the page's news id ${quoted(given)} is ${ID_RULE}; ignored`,
});
