import { expect } from '@open-wc/testing';
import { monthGrid } from '../../src/core/grid.js';
import { LetopisError } from '../../src/core/errors.js';

/** Zeller's congruence: 0 = Sunday. An oracle independent of the code under test. */
function zeller(year: number, month: number, day: number): number {
  let y = year;
  let m = month;
  if (m < 3) {
    m += 12;
    y -= 1;
  }
  const k = y % 100;
  const j = Math.floor(y / 100);
  const h = (day + Math.floor((13 * (m + 1)) / 5) + k + Math.floor(k / 4) + Math.floor(j / 4) + 5 * j) % 7;
  return (h + 6) % 7; // Zeller counts from Saturday
}

const LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const lengthOf = (y: number, m: number) =>
  m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : LENGTHS[m - 1];
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The grid a person would draw: previous month's tail, the month, next month's head. */
function expectedGrid(y: number, m: number, first: number, fixed: boolean): string[] {
  const lead = (zeller(y, m, 1) - first + 7) % 7;
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  const days: string[] = [];
  for (let i = lead; i > 0; i--) days.push(iso(py, pm, lengthOf(py, pm) - i + 1));
  for (let d = 1; d <= lengthOf(y, m); d++) days.push(iso(y, m, d));
  const total = fixed ? 42 : Math.ceil(days.length / 7) * 7;
  for (let d = 1; days.length < total; d++) days.push(iso(ny, nm, d));
  return days;
}

describe('core/grid monthGrid', () => {
  it("draws the seed's October 2017: Mon 25 Sep .. Sun 5 Nov, 6 weeks", () => {
    const weeks = monthGrid('2017-10');
    expect(weeks).to.have.length(6);
    expect(weeks[0]).to.deep.equal([
      '2017-09-25',
      '2017-09-26',
      '2017-09-27',
      '2017-09-28',
      '2017-09-29',
      '2017-09-30',
      '2017-10-01',
    ]);
    expect(weeks[5][6]).to.equal('2017-11-05');
    // The seed page's rows of day numbers, "25 26 27 28 29 30 1" … "30 31 1 2 3 4 5".
    expect(weeks.map((w) => w.map((d) => +d.slice(8)).join(' '))).to.deep.equal([
      '25 26 27 28 29 30 1',
      '2 3 4 5 6 7 8',
      '9 10 11 12 13 14 15',
      '16 17 18 19 20 21 22',
      '23 24 25 26 27 28 29',
      '30 31 1 2 3 4 5',
    ]);
  });

  it('gives only the weeks needed unless fixedWeeks, then always 6', () => {
    expect(monthGrid('2021-02')).to.have.length(4); // Mon 1 .. Sun 28
    expect(monthGrid('2021-02', { fixedWeeks: true })).to.have.length(6);
    expect(monthGrid('2024-02')).to.have.length(5);
    expect(monthGrid('2024-02')[4]).to.include('2024-02-29');
    expect(monthGrid('2017-10', { firstDayOfWeek: 0 })[0][0]).to.equal('2017-10-01');
  });

  it('matches Zeller for every month 1900–2100 and every first day of the week', function () {
    this.timeout(60_000);
    let grids = 0;
    for (let y = 1900; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        for (let first = 0; first < 7; first++) {
          for (const fixed of [false, true]) {
            const weeks = monthGrid(month, { firstDayOfWeek: first, fixedWeeks: fixed });
            const flat = weeks.flat();
            const expected = expectedGrid(y, m, first, fixed);
            if (flat.join() !== expected.join() || weeks.some((w) => w.length !== 7)) {
              expect(flat, `${month} first=${first} fixed=${fixed}`).to.deep.equal(expected);
            }
            grids++;
          }
        }
      }
    }
    expect(grids).to.equal(201 * 12 * 7 * 2);
  });

  it('rejects a bad month or week start with a clear error', () => {
    expect(() => monthGrid('2017-13')).to.throw(LetopisError, /YYYY-MM/);
    expect(() => monthGrid('2017-10', { firstDayOfWeek: 7 })).to.throw(LetopisError, /0–6/);
    expect(() => monthGrid('2017-10', { firstDayOfWeek: 1.5 })).to.throw(LetopisError);
  });
});
