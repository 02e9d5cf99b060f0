/** What `<letopis-calendar>` says about an attribute it cannot use (loaded with the first such mistake). */
import { DAY_RULE, URL_RULE, quoted, reporter, written } from '../shared/warn.js';

export const report = reporter({
  month: () =>
    "not a month YYYY-MM (0001-01 to 9999-12); showing the selected day's month, else the newest news month, else today's",
  value: () => `${DAY_RULE}; no day is selected`,
  min: () => `${DAY_RULE}; using the first news day`,
  max: () => `${DAY_RULE}; using the last news day`,
  'min:after-max': (el) => `is after max="${written(el, 'max')}"; using the first and last news days instead`,
  firstDayOfWeek: () => 'not a whole number 0–6 (0 = Sunday); using 1 (Monday)',
  dayHref: () => `${URL_RULE}; days are not links`,
  counts: () => 'not a JSON object such as {"2017-10-26": 3}; ignored',
  timeZone: () => 'not an IANA time zone such as "Europe/Moscow"; using Europe/Moscow',
  dateParam: (el, given) => `the page's ?${written(el, 'dateParam')}=${quoted(given)} is ${DAY_RULE}; ignored`,
});
