import { expect } from '@open-wc/testing';
import {
  formatArticleDate,
  formatCount,
  formatDayLabel,
  formatFullDate,
  formatMonthHeading,
  formatMonthName,
  formatNewsTime,
  weekdayNames,
} from '../../src/core/labels.js';
import { fill, resetStrings, setStrings, timeWords, wordsFor } from '../../src/core/strings.js';
import { calendarWords } from '../../src/components/calendar/calendar.strings.js';
import { browserZone, spaces } from '../helpers/time.js';

const NOW = Date.parse('2026-01-03T09:00:00Z');
const MSK = { timeZone: 'Europe/Moscow', locale: 'ru', now: NOW };

describe(`core/labels (browser in ${browserZone()})`, () => {
  it("rebuilds the seed feed's labels, newest first", () => {
    const times = [
      '22:32',
      '21:36',
      '20:54',
      '20:08',
      '19:56',
      '19:48',
      '19:46',
      '18:14',
      '17:06',
      '15:00',
      '14:32',
      '14:30',
      '13:30',
      '13:02',
      '12:14',
      '11:59',
      '11:23',
      '11:01',
      '10:58',
      '10:48',
    ];
    for (const t of times) {
      expect(spaces(formatNewsTime(`2026-01-02T${t}:00+03:00`, MSK))).to.equal(`02 января, ${t}`);
      // The same news as an offset-less site-local string, as WordPress and Bitrix send it.
      expect(spaces(formatNewsTime(`02.01.2026 ${t}:00`, MSK))).to.equal(`02 января, ${t}`);
    }
  });

  it("adds the year when it is not the current year in the site's zone", () => {
    expect(spaces(formatNewsTime('2018-02-08T12:46:00+03:00', MSK))).to.equal('08 февраля 2018, 12:46');
    // 00:30 on 1 January in Moscow is still 2025 in UTC: the site's year decides.
    const newYear = Date.parse('2025-12-31T21:30:00Z');
    expect(spaces(formatNewsTime(newYear, { ...MSK, now: Date.parse('2026-01-01T10:00:00Z') }))).to.equal(
      '01 января, 00:30',
    );
    expect(spaces(formatNewsTime(newYear, { ...MSK, now: Date.parse('2025-12-31T20:00:00Z') }))).to.equal(
      '01 января 2026, 00:30',
    );
    expect(spaces(formatArticleDate('2018-02-08T12:46:00+03:00', MSK))).to.equal('08 февраля 2018, 12:46');
    expect(spaces(formatArticleDate('2018-02-08T09:46:00Z', { timeZone: 'Asia/Kamchatka' }))).to.equal(
      '08 февраля 2018, 21:46',
    );
  });

  it('says today and yesterday with relativeDays', () => {
    const opts = { ...MSK, relativeDays: true };
    expect(spaces(formatNewsTime('2026-01-03T11:15:00+03:00', opts))).to.equal('Сегодня, 11:15');
    expect(spaces(formatNewsTime('2026-01-02T22:32:00+03:00', opts))).to.equal('Вчера, 22:32');
    expect(spaces(formatNewsTime('2026-01-01T22:32:00+03:00', opts))).to.equal('01 января, 22:32');
    expect(spaces(formatNewsTime('2026-01-02T22:32:00+03:00', { ...opts, locale: 'en' }))).to.match(
      /^Yesterday, 10:32\sPM$/,
    );
  });

  it('speaks English completely', () => {
    const en = { ...MSK, locale: 'en' };
    expect(spaces(formatNewsTime('2026-01-02T22:32:00+03:00', en))).to.equal('January 2, 10:32 PM');
    expect(spaces(formatArticleDate('2018-02-08T12:46:00+03:00', en))).to.equal('February 8, 2018, 12:46 PM');
    expect(formatMonthHeading('2017-10', 'en')).to.equal('October 2017');
    expect(weekdayNames('en')).to.deep.equal(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(formatCount(1, 'en')).to.equal('1 news item');
    expect(formatCount(3, 'en')).to.equal('3 news items');
    expect(formatDayLabel('2017-10-26', 'en')).to.equal('Thursday, October 26, 2017');
  });

  it('writes the month heading in the nominative, capitalised, without "г."', () => {
    expect(formatMonthHeading('2017-10')).to.equal('Октябрь 2017');
    expect(formatMonthHeading('2018-03', 'ru')).to.equal('Март 2018');
    expect(formatMonthHeading('2026-01', 'ru-RU')).to.equal('Январь 2026');
    expect(formatMonthName(10)).to.equal('октябрь');
  });

  it('names weekdays from the first day of the week', () => {
    expect(weekdayNames()).to.deep.equal(['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс']);
    expect(weekdayNames('ru', 'short', 0)).to.deep.equal(['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб']);
    expect(weekdayNames('ru', 'long')).to.deep.equal([
      'понедельник',
      'вторник',
      'среда',
      'четверг',
      'пятница',
      'суббота',
      'воскресенье',
    ]);
  });

  it('labels a day for screen readers with weekday and year', () => {
    expect(spaces(formatDayLabel('2017-10-26'))).to.equal('четверг, 26 октября 2017 г.');
    expect(spaces(formatFullDate('2018-01-03'))).to.equal('3 января 2018 г.');
  });

  it('counts news and views with Russian plurals', () => {
    const cases: [number, string][] = [
      [0, '0 новостей'],
      [1, '1 новость'],
      [2, '2 новости'],
      [3, '3 новости'],
      [5, '5 новостей'],
      [11, '11 новостей'],
      [12, '12 новостей'],
      [21, '21 новость'],
      [22, '22 новости'],
      [25, '25 новостей'],
      [101, '101 новость'],
    ];
    for (const [n, label] of cases) expect(formatCount(n)).to.equal(label);
    expect(formatCount(3822, 'ru', 'views')).to.equal('3822 просмотра');
    expect(formatCount(1, 'ru', 'views')).to.equal('1 просмотр');
    expect(formatCount(5, 'ru', 'views')).to.equal('5 просмотров');
  });

  it('lets integrators override words per language', () => {
    expect(wordsFor(calendarWords, 'ru-RU').prevMonth).to.equal('Предыдущий месяц');
    expect(wordsFor(calendarWords, 'de').prevMonth, 'Russian words stand in').to.equal('Предыдущий месяц');
    expect(wordsFor(calendarWords, 'ru', { prevMonth: 'Назад' }).prevMonth).to.equal('Назад');
    setStrings('tt', { prevMonth: 'Алдагы ай', today: 'Бүген' });
    try {
      expect(wordsFor(calendarWords, 'tt-RU').prevMonth).to.equal('Алдагы ай');
      expect(wordsFor(calendarWords, 'tt').nextMonth).to.equal('Следующий месяц');
      expect(wordsFor(timeWords, 'tt').today).to.equal('Бүген');
    } finally {
      resetStrings();
    }
    expect(wordsFor(calendarWords, 'tt').prevMonth).to.equal('Предыдущий месяц');
    expect(fill('За {date} новостей нет', { date: '3 января 2018 г.' })).to.equal('За 3 января 2018 г. новостей нет');
  });

  describe('other languages: dates through Intl, Russian words standing in', () => {
    /** What this browser's Intl has for a language (Debian's Chromium lacks Belarusian and Tatar). */
    const hasDates = (lang: string) => Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;

    it('Ukrainian: its month and weekday names, Russian words with Russian plurals', () => {
      expect(formatMonthHeading('2026-01', 'uk')).to.equal('Січень 2026');
      expect(weekdayNames('uk')).to.deep.equal(['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Нд']);
      expect(formatCount(5, 'uk')).to.equal('5 новостей');
      expect(wordsFor(calendarWords, 'uk-UA').prevMonth).to.equal('Предыдущий месяц');
    });

    it("Belarusian and Tatar: the browser's names where it has them, else Russian ones, never English", () => {
      const be = hasDates('be') ? 'Студзень 2026' : 'Январь 2026';
      expect(formatMonthHeading('2026-01', 'be')).to.equal(be);
      const tt = hasDates('tt') ? /^2026 ел,? гыйнвар$/ : /^Январь 2026$/;
      expect(formatMonthHeading('2026-01', 'tt')).to.match(tt);
      for (const lang of ['be', 'tt', 'kk', 'ba']) expect(formatFullDate('2018-01-03', lang)).to.not.match(/January/);
    });

    it("picks Russian forms by Russian rules whatever the page's rules (Tatar has one form, Kazakh two)", () => {
      const cases: [number, string][] = [
        [1, '1 новость'],
        [3, '3 новости'],
        [5, '5 новостей'],
        [21, '21 новость'],
      ];
      for (const lang of ['tt', 'kk', 'be', 'uk'])
        for (const [n, label] of cases) expect(formatCount(n, lang), lang).to.equal(label);
      expect(formatCount(22, 'tt', 'views')).to.equal('22 просмотра');
    });

    it("picks a page's own forms by its own rules", () => {
      setStrings('tt', { news: { other: 'яңалык' } });
      try {
        expect(formatCount(1, 'tt')).to.equal('1 яңалык');
        expect(formatCount(5, 'tt')).to.equal('5 яңалык');
        expect(formatCount(2, 'uk', 'news', { news: { one: 'новина', few: 'новини', other: 'новин' } })).to.equal(
          '2 новини',
        );
      } finally {
        resetStrings();
      }
    });
  });
});
