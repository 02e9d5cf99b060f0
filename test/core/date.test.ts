import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
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
  formatISODate,
  fromEpochDay,
  isISODate,
  isISOMonth,
  isSameMonth,
  monthOf,
  parseISODate,
  parseISOMonth,
  startOfMonth,
  startOfWeek,
  toEpochDay,
  type Weekday,
} from '../../src/core/date.js';
import { LetopisError } from '../../src/core/errors.js';

/** Random real calendar dates 1900–2100, built without the code under test. */
const anyDate = fc
  .record({
    y: fc.integer({ min: 1900, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => {
    const last =
      new Date(Date.UTC(2000, m, 0)).getUTCDate() -
      (m === 2 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 1 : 0);
    return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  });
const anyWeekday = fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<Weekday>;

describe('core/date', () => {
  it('reads and writes YYYY-MM-DD strictly', () => {
    expect(parseISODate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    for (const bad of [
      '2023-02-29',
      '2017-13-01',
      '2017-00-10',
      '2017-1-1',
      '17-10-26',
      '2017-10-26T00:00',
      ' 2017-10-26',
      '',
    ]) {
      expect(parseISODate(bad), bad).to.equal(null);
      expect(isISODate(bad), bad).to.equal(false);
    }
    expect(formatISODate({ year: 987, month: 3, day: 4 })).to.equal('0987-03-04');
    expect(isISOMonth('2017-10')).to.equal(true);
    expect(isISOMonth('2017-13')).to.equal(false);
    expect(parseISOMonth('2017-10')).to.deep.equal([2017, 10]);
    expect(() => parseISOMonth('October'))
      .to.throw(LetopisError)
      .with.property('code', 'bad-option');
  });

  it('throws bad-date with the value for arithmetic on a non-date', () => {
    try {
      addDays('2017-02-30', 1);
      expect.fail('no error');
    } catch (e) {
      expect(e).to.be.instanceOf(LetopisError);
      expect((e as LetopisError).code).to.equal('bad-date');
      expect((e as LetopisError).value).to.equal('2017-02-30');
      expect((e as LetopisError).message).to.contain('2017-02-30');
    }
  });

  it('knows month lengths and leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).to.deep.equal([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(1900, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
  });

  it('clamps the day when adding months and years', () => {
    expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
    expect(addMonths('2024-02-29', 1)).to.equal('2024-03-29');
    expect(addMonths('2023-01-31', 1)).to.equal('2023-02-28');
    expect(addMonths('2017-10-31', -1)).to.equal('2017-09-30');
    expect(addMonths('2017-01-15', -13)).to.equal('2015-12-15');
    expect(addMonths('2017-12-15', 1)).to.equal('2018-01-15');
    expect(addYears('2024-02-29', 1)).to.equal('2025-02-28');
    expect(addYears('2024-02-29', 4)).to.equal('2028-02-29');
    expect(addMonthsToMonth('2017-12', 1)).to.equal('2018-01');
    expect(addMonthsToMonth('2018-01', -1)).to.equal('2017-12');
  });

  it('throws bad-option for a count of months or years that is no number, never a non-date', () => {
    for (const call of [() => addMonths('2024-01-31', NaN), () => addYears('2024-01-31', Infinity)])
      expect(call).to.throw(LetopisError).with.property('code', 'bad-option');
  });

  it('finds week bounds for any first day of the week', () => {
    // 2017-10-26 is a Thursday.
    expect(startOfWeek('2017-10-26')).to.equal('2017-10-23');
    expect(endOfWeek('2017-10-26')).to.equal('2017-10-29');
    expect(startOfWeek('2017-10-26', 0)).to.equal('2017-10-22');
    expect(startOfWeek('2017-10-26', 6)).to.equal('2017-10-21');
    expect(startOfWeek('2017-10-26', 4)).to.equal('2017-10-26');
    expect(endOfWeek('2017-10-26', 4)).to.equal('2017-11-01');
  });

  it('compares, measures and clamps dates', () => {
    expect(compareDates('2017-10-26', '2017-10-27')).to.equal(-1);
    expect(compareDates('2017-10-26', '2017-10-26')).to.equal(0);
    expect(compareDates('2018-01-01', '2017-12-31')).to.equal(1);
    expect(daysBetween('2017-12-31', '2018-03-01')).to.equal(60);
    expect(isSameMonth('2017-10-01', '2017-10-31')).to.equal(true);
    expect(isSameMonth('2017-10-31', '2017-11-01')).to.equal(false);
    expect(monthOf('2017-10-26')).to.equal('2017-10');
    expect(startOfMonth('2017-10')).to.equal('2017-10-01');
    expect(endOfMonth('2024-02')).to.equal('2024-02-29');
    expect(clampDate('2017-10-26', '2017-11-01')).to.equal('2017-11-01');
    expect(clampDate('2017-10-26', undefined, '2017-10-01')).to.equal('2017-10-01');
    expect(clampDate('2017-10-26', '2017-10-01', '2017-10-31')).to.equal('2017-10-26');
  });

  it('turns any day number into the date Date#toISOString gives, years 0000 to beyond 9999 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 3_500_000 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString();
        expect(fromEpochDay(n)).to.equal(iso.slice(0, iso.indexOf('T')));
        if (iso.length === 24) expect(toEpochDay(fromEpochDay(n))).to.equal(n);
      }),
      { numRuns: 5000 },
    );
    expect(() => fromEpochDay(1.5)).to.throw(LetopisError, /day number/);
    expect(() => addDays('2017-10-26', Number.NaN)).to.throw(LetopisError, /days/);
    expect(addDays('2017-10-26', 1.5)).to.equal('2017-10-27');
    expect(addDays('2017-10-26', -1.5)).to.equal('2017-10-24');
  });

  it('numbers days from 1970-01-01 like Date.UTC does (property)', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const [y, m, day] = d.split('-').map(Number);
        expect(toEpochDay(d)).to.equal(Date.UTC(y, m - 1, day) / 86_400_000);
        expect(fromEpochDay(toEpochDay(d))).to.equal(d);
        expect(dayOfWeek(d)).to.equal(new Date(Date.UTC(y, m - 1, day)).getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  it('adds then subtracts days and months back to the start (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).to.equal(d);
        expect(daysBetween(d, addDays(d, n))).to.equal(n);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -600, max: 600 }), (d, n) => {
        const moved = addMonths(d, n);
        const day = +d.slice(8);
        const [y, m] = parseISOMonth(moved.slice(0, 7));
        // The month index moves by exactly n, the day is kept or clamped to the month's last.
        expect(y * 12 + m - (+d.slice(0, 4) * 12 + +d.slice(5, 7))).to.equal(n);
        expect(+moved.slice(8)).to.equal(Math.min(day, daysInMonth(y, m)));
        if (day <= 28) expect(addMonths(moved, -n)).to.equal(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('puts every date inside its week, which starts on the first day (property)', () => {
    fc.assert(
      fc.property(anyDate, anyWeekday, (d, first) => {
        const start = startOfWeek(d, first);
        expect(dayOfWeek(start)).to.equal(first);
        expect(daysBetween(start, d)).to.be.within(0, 6);
        expect(daysBetween(start, endOfWeek(d, first))).to.equal(6);
      }),
      { numRuns: 2000 },
    );
  });
});
