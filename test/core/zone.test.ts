import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LetopisError } from '../../src/core/errors.js';
import { instantFromWallClock, isoInZone, todayInZone, wallClockInZone, zoneOffset } from '../../src/core/zone.js';
import { parseInstant, toSiteDate } from '../../src/core/parse.js';
import { browserZone } from '../helpers/time.js';

const ZONES = [
  'Europe/Moscow',
  'Europe/Samara',
  'Europe/Ulyanovsk',
  'Asia/Yekaterinburg',
  'Asia/Vladivostok',
  'Asia/Kamchatka',
  'UTC',
  'America/New_York',
  'America/Sao_Paulo',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
];

/** The oracle: Intl itself, asked for the calendar date in the zone. */
function intlDate(ms: number, timeZone: string): string {
  const p: Record<string, string> = {};
  const f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  for (const { type, value } of f.formatToParts(ms)) p[type] = value;
  return `${p.year}-${p.month}-${p.day}`;
}

describe(`core/zone (browser in ${browserZone()})`, () => {
  it('places offset-less strings as wall-clock time in the site zone', () => {
    // A WordPress `date` at 23:30 Moscow on 31 December stays in the old year.
    expect(toSiteDate('2017-12-31T23:30:00', 'Europe/Moscow')).to.equal('2017-12-31');
    expect(parseInstant('2017-12-31T23:30:00', 'Europe/Moscow')).to.equal(Date.parse('2017-12-31T20:30:00Z'));
    // The same wall clock in Kamchatka is a different instant.
    expect(parseInstant('2017-12-31T23:30:00', 'Asia/Kamchatka')).to.equal(Date.parse('2017-12-31T11:30:00Z'));
    // Bitrix ACTIVE_FROM.
    expect(parseInstant('26.10.2017 14:05:00', 'Europe/Moscow')).to.equal(Date.parse('2017-10-26T11:05:00Z'));
    expect(parseInstant('26.10.2017 14:05', 'Europe/Moscow')).to.equal(Date.parse('2017-10-26T11:05:00Z'));
    expect(toSiteDate('26.10.2017', 'Asia/Vladivostok')).to.equal('2017-10-26');
    // Date-only strings are that day in the site zone, whatever the zone.
    for (const zone of ZONES) expect(toSiteDate('2017-10-26', zone), zone).to.equal('2017-10-26');
  });

  it('moves an instant near midnight to the right site day', () => {
    // JSON Feed item at 21:30Z on the last day of a month: already the next day in Moscow.
    expect(toSiteDate('2017-10-31T21:30:00Z', 'Europe/Moscow')).to.equal('2017-11-01');
    expect(toSiteDate('2017-10-31T20:59:59Z', 'Europe/Moscow')).to.equal('2017-10-31');
    expect(toSiteDate('2017-10-31T21:00:00Z', 'Europe/Moscow')).to.equal('2017-11-01');
    expect(toSiteDate('2017-10-31T19:59:59+00:00', 'Europe/Ulyanovsk')).to.equal('2017-10-31');
    expect(toSiteDate('2017-10-31T20:00:00+00:00', 'Europe/Ulyanovsk')).to.equal('2017-11-01');
    expect(toSiteDate('2017-10-31T11:59:59Z', 'Asia/Kamchatka')).to.equal('2017-10-31');
    expect(toSiteDate('2017-10-31T12:00:00Z', 'Asia/Kamchatka')).to.equal('2017-11-01');
    // Ulyanovsk moved from +3 to +4 on 27 March 2016: 20:30Z on the 26th was 23:30 there.
    expect(toSiteDate('2016-03-26T20:30:00Z', 'Europe/Ulyanovsk')).to.equal('2016-03-26');
    expect(toSiteDate('2016-03-27T20:30:00Z', 'Europe/Ulyanovsk')).to.equal('2016-03-28');
    // Moscow was +4 until 26 October 2014.
    expect(toSiteDate('2014-10-25T20:30:00Z', 'Europe/Moscow')).to.equal('2014-10-26');
    expect(toSiteDate('2014-10-26T20:30:00Z', 'Europe/Moscow')).to.equal('2014-10-26');
    // The other side of the day line.
    expect(toSiteDate('2017-11-01T02:00:00+03:00', 'America/New_York')).to.equal('2017-10-31');
    expect(toSiteDate(new Date('2017-10-31T21:30:00Z'), 'Europe/Moscow')).to.equal('2017-11-01');
  });

  it('reads ISO offsets, fractions, RFC 2822 and epoch values', () => {
    expect(parseInstant('2017-10-26T14:05:00+03:00')).to.equal(Date.parse('2017-10-26T11:05:00Z'));
    expect(parseInstant('2017-10-26T14:05:00+0300')).to.equal(Date.parse('2017-10-26T11:05:00Z'));
    expect(parseInstant('2017-10-26T14:05:00+03')).to.equal(Date.parse('2017-10-26T11:05:00Z'));
    expect(parseInstant('2017-10-26 14:05:00.250Z')).to.equal(Date.parse('2017-10-26T14:05:00.250Z'));
    expect(parseInstant('2017-10-26T14:05Z')).to.equal(Date.parse('2017-10-26T14:05:00Z'));
    expect(parseInstant('2017-10-26T24:00:00Z')).to.equal(Date.parse('2017-10-27T00:00:00Z'));
    expect(parseInstant('Thu, 26 Oct 2017 23:30:00 +0000')).to.equal(Date.parse('2017-10-26T23:30:00Z'));
    expect(toSiteDate('Thu, 26 Oct 2017 23:30:00 GMT', 'Europe/Moscow')).to.equal('2017-10-27');
    expect(parseInstant('26 Oct 2017 14:05 MSK')).to.equal(Date.parse('2017-10-26T11:05:00Z'));
    expect(parseInstant('Thu, 26 Oct 2017 14:05:00', 'Europe/Moscow')).to.equal(Date.parse('2017-10-26T11:05:00Z'));
    expect(parseInstant(1508995500)).to.equal(1508995500000);
    expect(parseInstant('1508995500')).to.equal(1508995500000);
    expect(parseInstant(1508995500123)).to.equal(1508995500123);
    expect(parseInstant('1508995500123')).to.equal(1508995500123);
  });

  it('reads a custom date-format', () => {
    expect(parseInstant('2017/10/26 14:05', 'Europe/Moscow', 'YYYY/MM/DD HH:mm')).to.equal(
      Date.parse('2017-10-26T11:05:00Z'),
    );
    expect(parseInstant('26-10-17 2:05', 'Europe/Moscow', 'DD-MM-YY H:mm')).to.equal(
      Date.parse('2017-10-25T23:05:00Z'),
    );
    expect(parseInstant('[26.10.2017|14.05.00 +05:00]', 'Europe/Moscow', '[DD.MM.YYYY|HH.mm.ss Z]')).to.equal(
      Date.parse('2017-10-26T09:05:00Z'),
    );
    expect(() => parseInstant('2017-10-26', 'Europe/Moscow', 'DD.MM.YYYY')).to.throw(LetopisError);
  });

  it('raises bad-date with the string for anything it cannot read', () => {
    for (const bad of [
      '',
      'вчера',
      '2017-13-01',
      '31.02.2017',
      '2017-10-26T25:00',
      '2017-10-26T12:61',
      'Thu, 26 Foo 2017',
      '2017-10-26T12:00+25:00',
      NaN,
      new Date('nope'),
      {},
    ]) {
      try {
        parseInstant(bad as string);
        expect.fail(`no error for ${String(bad)}`);
      } catch (e) {
        expect(e, String(bad)).to.be.instanceOf(LetopisError);
        expect((e as LetopisError).code).to.equal('bad-date');
        expect(Object.is((e as LetopisError).value, bad), 'value kept').to.equal(true);
      }
    }
    expect(() => toSiteDate('soon', 'Europe/Moscow')).to.throw(/soon/);
  });

  it('raises bad-time-zone for a zone Intl does not know', () => {
    expect(() => toSiteDate('2017-10-26', 'Mars/Olympus'))
      .to.throw(LetopisError)
      .with.property('code', 'bad-time-zone');
  });

  it("handles Sao Paulo's historic midnight DST start (no 00:00 that day)", () => {
    // 15 October 2017 began at 01:00 in Sao Paulo: the wall clock jumped from 23:59:59 to 01:00.
    const ms = parseInstant('2017-10-15', 'America/Sao_Paulo');
    expect(ms).to.equal(Date.parse('2017-10-15T03:00:00Z'));
    expect(toSiteDate('2017-10-15', 'America/Sao_Paulo')).to.equal('2017-10-15');
    expect(toSiteDate('2017-10-15T00:30:00', 'America/Sao_Paulo')).to.equal('2017-10-15');
    // The ambiguous hour when DST ended (18 Feb 2018 23:00–23:59 twice) takes the earlier instant.
    expect(parseInstant('2018-02-17T23:30:00', 'America/Sao_Paulo')).to.equal(Date.parse('2018-02-18T01:30:00Z'));
  });

  it('agrees with Intl on the site date of random instants in every zone (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          expect(toSiteDate(new Date(ms), zone)).to.equal(intlDate(ms, zone));
          expect(toSiteDate(new Date(ms).toISOString(), zone)).to.equal(intlDate(ms, zone));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('turns wall clock to instant and back (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2050, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          const [date, h, m] = wallClockInZone(ms, zone);
          const [year, month, day] = date.split('-').map(Number);
          const back = instantFromWallClock({ year, month, day }, zone, h, m);
          // Same wall clock; the same instant unless the hour was repeated by a DST change.
          expect(wallClockInZone(back, zone)).to.deep.equal([date, h, m]);
          const minute = ms - (ms % 60_000);
          expect(back === minute || (back < minute && zoneOffset(back, zone) !== zoneOffset(ms, zone))).to.equal(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('knows the offset minute by minute around DST changes, however the cache was filled', () => {
    // Changes: Moscow's last DST (2011) and its 2014 switch to +03; New York's spring and fall; Lord Howe's half hour.
    const changes: [string, string][] = [
      ['Europe/Moscow', '2011-03-26T23:00:00Z'],
      ['Europe/Moscow', '2014-10-25T22:00:00Z'],
      ['America/New_York', '2024-03-10T07:00:00Z'],
      ['America/New_York', '2024-11-03T06:00:00Z'],
      ['Australia/Lord_Howe', '2024-04-06T15:00:00Z'],
      ['America/Sao_Paulo', '2018-11-04T03:00:00Z'],
    ];
    for (const [zone, at] of changes) {
      const change = Date.parse(at);
      // Forwards and backwards, so each order of filling the day and quarter caches is seen.
      const minutes = Array.from({ length: 241 }, (_, i) => change + (i - 120) * 60_000 + 30_000);
      for (const ms of [...minutes, ...minutes.reverse()]) {
        const p: Record<string, string> = {};
        const f = new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        });
        for (const { type, value } of f.formatToParts(ms)) p[type] = value;
        const local = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
        expect(zoneOffset(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).to.equal(local - ms + (ms % 1000));
      }
    }
  });

  it('writes an instant as ISO 8601 with the zone offset (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          const iso = isoInZone(ms, zone);
          expect(iso).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
          expect(Date.parse(iso)).to.equal(ms - (((ms % 1000) + 1000) % 1000));
          expect(iso.slice(0, 10)).to.equal(intlDate(ms, zone));
        },
      ),
      { numRuns: 3000 },
    );
    expect(isoInZone(Date.UTC(2017, 9, 26, 11, 5), 'Europe/Moscow')).to.equal('2017-10-26T14:05:00+03:00');
    expect(isoInZone(Date.UTC(2024, 0, 1, 3, 59, 59, 999), 'America/New_York')).to.equal('2023-12-31T22:59:59-05:00');
  });

  it("gives today in the site's zone, not the browser's", () => {
    const lateInMoscow = Date.parse('2017-10-26T20:30:00Z'); // 23:30 in Moscow
    const pastMidnight = Date.parse('2017-10-26T21:30:00Z'); // 00:30 in Moscow
    expect(todayInZone('Europe/Moscow', lateInMoscow)).to.equal('2017-10-26');
    expect(todayInZone('Europe/Moscow', pastMidnight)).to.equal('2017-10-27');
    expect(todayInZone('Asia/Kamchatka', lateInMoscow)).to.equal('2017-10-27');
    expect(todayInZone('America/Sao_Paulo', pastMidnight)).to.equal('2017-10-26');
  });
});
