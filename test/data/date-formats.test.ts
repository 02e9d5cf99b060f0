import { expect } from '@open-wc/testing';
import type { LetopisError } from '../../src/core/errors.js';
import { dateOnlyPattern, toUnicodePattern } from '../../src/core/date-patterns.js';
import { dateReader } from '../../src/data/date-read.js';
import { dateWriter, isWritePattern } from '../../src/data/date-write.js';
import { browserZone } from '../helpers/time.js';

const at = (iso: string) => Date.parse(iso);

describe(`core/date-formats: date-fns patterns in the site's zone (browser in ${browserZone()})`, () => {
  it('translates the Bitrix and letopis spellings to date-fns tokens, and leaves date-fns patterns as they are', () => {
    const table: [string, string][] = [
      ['DD.MM.YYYY HH:MI:SS', 'dd.MM.yyyy HH:mm:ss'],
      ['DD.MM.YYYY', 'dd.MM.yyyy'],
      ['MM/DD/YYYY H:MI:SS T', 'MM/dd/yyyy h:mm:ss a'],
      ['DD.MM.YYYY HH:mm', 'dd.MM.yyyy HH:mm'],
      ['YYYY-MM-DDTHH:mm:ss', "yyyy-MM-dd'T'HH:mm:ss"],
      ['YYYY/MM/DD HH:mm Z', 'yyyy/MM/dd HH:mm XXX'],
      ['D MMMM YYYY, HH:MI', 'd MMMM yyyy, HH:mm'],
      ['DD.MM.YYYY г.', 'dd.MM.yyyy г.'],
      ['d MMMM yyyy, HH:mm', 'd MMMM yyyy, HH:mm'],
      ["dd.MM.yyyy 'в' HH:mm", "dd.MM.yyyy 'в' HH:mm"],
    ];
    expect(table.map(([given]) => [given, toUnicodePattern(given)])).to.deep.equal(table);
  });

  // [text, pattern, site zone, the instant, whether it says a time]
  const READ: [string, string, string, string, boolean][] = [
    ['26 октября 2017, 14:05', 'd MMMM yyyy, HH:mm', 'Europe/Moscow', '2017-10-26T11:05:00Z', true],
    ['26 октября 2017, 14:05', 'd MMMM yyyy, HH:mm', 'Asia/Vladivostok', '2017-10-26T04:05:00Z', true],
    ['1 ноября 2017', 'd MMMM yyyy', 'Europe/Moscow', '2017-10-31T21:00:00Z', false],
    ['3 марта 2018 г.', 'd MMMM yyyy г.', 'Europe/Moscow', '2018-03-02T21:00:00Z', false],
    ['26 окт. 2017', 'd MMM yyyy', 'Europe/Moscow', '2017-10-25T21:00:00Z', false],
    ['четверг, 26 октября 2017 14:05', 'EEEE, d MMMM yyyy HH:mm', 'Europe/Moscow', '2017-10-26T11:05:00Z', true],
    ['26 October 2017, 14:05', 'd MMMM yyyy, HH:mm', 'America/New_York', '2017-10-26T18:05:00Z', true],
    ['October 26, 2017 2:05 PM', 'MMMM d, yyyy h:mm a', 'UTC', '2017-10-26T14:05:00Z', true],
    ['26.10.2017 14:05:00', 'dd.MM.yyyy HH:mm:ss', 'Europe/Moscow', '2017-10-26T11:05:00Z', true],
    ['26.10.2017 14:05:00', 'DD.MM.YYYY HH:MI:SS', 'Europe/Moscow', '2017-10-26T11:05:00Z', true],
    ['10/26/2017 2:05:00 PM', 'MM/DD/YYYY H:MI:SS T', 'Europe/Moscow', '2017-10-26T11:05:00Z', true],
    ['26.10.2017 14:05', 'DD.MM.YYYY HH:mm', 'Europe/Moscow', '2017-10-26T11:05:00Z', true],
    ['2017/10/26 14:05 +05:00', 'YYYY/MM/DD HH:mm Z', 'Europe/Moscow', '2017-10-26T09:05:00Z', true],
    // A bare date beside a pattern with a time: Bitrix writes midnight so; the common forms read it.
    ['01.11.2017', 'DD.MM.YYYY HH:MI:SS', 'Europe/Moscow', '2017-10-31T21:00:00Z', false],
    ['2017-11-01', 'dd.MM.yyyy HH:mm', 'Asia/Vladivostok', '2017-10-31T14:00:00Z', false],
    // A date without the pattern's time is read by the pattern's date part.
    ['3 ноября 2017', 'd MMMM yyyy, HH:mm', 'Europe/Moscow', '2017-11-02T21:00:00Z', false],
    // The site's midnight that its DST skips (São Paulo, 15 October 2017) is its 01:00, whatever the browser's zone.
    ['15.10.2017', 'DD.MM.YYYY', 'America/Sao_Paulo', '2017-10-15T03:00:00Z', false],
    ['31 декабря 2017, 23:59', 'd MMMM yyyy, HH:mm', 'Europe/Moscow', '2017-12-31T20:59:00Z', true],
  ];

  it('reads dates by date-fns patterns, Russian and English month names, as wall-clock time in the site zone', async () => {
    const got = [];
    for (const [text, pattern, zone] of READ) {
      const reader = await dateReader(pattern);
      got.push([text, pattern, zone, new Date(reader.parse(text, zone)).toISOString(), reader.timed(text)]);
    }
    expect(got).to.deep.equal(READ.map(([t, p, z, iso, timed]) => [t, p, z, new Date(iso).toISOString(), timed]));
  });

  it('refuses a date that is none, and a pattern date-fns cannot read by', async () => {
    const reader = await dateReader('d MMMM yyyy');
    for (const text of ['31 февраля 2018', 'когда-то'])
      expect(() => reader.parse(text, 'Europe/Moscow'), text)
        .to.throw()
        .with.property('code', 'bad-date');
    const refused = await dateReader('dd.MM.yyyy N').then(
      () => undefined,
      (e: LetopisError) => e.code,
    );
    expect(refused).to.equal('bad-option');
  });

  // [instant, site zone, pattern, language, text]
  const WRITE: [string, string, string, string, string][] = [
    ['2017-10-26T11:05:00Z', 'Europe/Moscow', 'd MMMM yyyy, HH:mm', 'ru', '26 октября 2017, 14:05'],
    ['2017-10-26T11:05:00Z', 'Asia/Vladivostok', 'd MMMM yyyy, HH:mm', 'ru', '26 октября 2017, 21:05'],
    ['2017-10-26T11:05:00Z', 'America/Sao_Paulo', 'd MMMM yyyy, HH:mm', 'ru', '26 октября 2017, 09:05'],
    ['2017-10-26T11:05:00Z', 'Europe/Moscow', 'd MMMM yyyy, HH:mm', 'en', '26 October 2017, 14:05'],
    ['2017-10-26T11:05:00Z', 'Europe/Moscow', 'd MMMM yyyy, HH:mm', 'en-GB', '26 October 2017, 14:05'],
    ['2017-10-26T11:05:00Z', 'Europe/Moscow', 'DD.MM.YYYY HH:MI', 'ru', '26.10.2017 14:05'],
    ['2017-10-26T11:05:00Z', 'Europe/Moscow', 'EEEE, d MMMM', 'ru', 'четверг, 26 октября'],
    ['2017-10-26T11:05:00Z', 'Europe/Moscow', 'LLLL yyyy', 'ru', 'октябрь 2017'],
    ['2017-10-26T11:05:00Z', 'Europe/Moscow', "d MMM yyyy 'в' HH:mm", 'ru', '26 окт. 2017 в 14:05'],
    ['2017-12-31T21:30:00Z', 'Europe/Moscow', 'd MMMM yyyy', 'ru', '1 января 2018'],
    ['2017-12-31T21:30:00Z', 'America/New_York', 'd MMMM yyyy', 'ru', '31 декабря 2017'],
  ];

  it('writes dates by date-fns patterns in the site zone, with the month names of the language', async () => {
    const got = [];
    for (const [iso, zone, pattern, lang] of WRITE) {
      const write = await dateWriter(pattern, lang);
      got.push([iso, zone, pattern, lang, write?.(at(iso), zone)]);
    }
    expect(got).to.deep.equal(WRITE);
  });

  it('drops the time of a pattern for a date written without one', async () => {
    const table: [string, string][] = [
      ['d MMMM yyyy, HH:mm', 'd MMMM yyyy'],
      ['HH:mm dd.MM.yyyy', 'dd.MM.yyyy'],
      ["dd.MM.yyyy 'в' HH:mm:ss", 'dd.MM.yyyy'],
      ['dd.MM.yyyy', 'dd.MM.yyyy'],
    ];
    expect(table.map(([p]) => [p, dateOnlyPattern(p)])).to.deep.equal(table);
    const write = await dateWriter('DD.MM.YYYY HH:MI', 'ru');
    expect(write!(at('2017-10-31T21:00:00Z'), 'Europe/Moscow', true)).to.equal('01.11.2017');
  });

  it('writes no pattern it cannot, nor in a language without date-fns names here', async () => {
    expect(['dd.MM.yyyy N', 'dd.MM.yyyy XXX', 'd MMMM yyyy', 'DD.MM.YYYY HH:MI'].map(isWritePattern)).to.deep.equal([
      false,
      false,
      true,
      true,
    ]);
    expect(await dateWriter('d MMMM yyyy', 'tt')).to.equal(undefined);
    expect(await dateWriter('dd.MM.yyyy N', 'ru')).to.equal(undefined);
  });

  it('reads back what it writes, with Russian month names, in every zone', async () => {
    const pattern = 'd MMMM yyyy, HH:mm:ss';
    const [write, reader] = await Promise.all([dateWriter(pattern, 'ru'), dateReader(pattern)]);
    const instants = [
      '2017-10-26T11:05:00Z',
      '2017-12-31T20:59:59Z',
      '2018-02-28T23:30:00Z',
      '2017-10-15T03:30:00Z',
      '2026-01-02T19:32:00Z',
      '2016-02-29T12:00:00Z',
    ];
    const zones = ['Europe/Moscow', 'Asia/Vladivostok', 'America/Sao_Paulo', 'America/New_York', 'UTC'];
    const got: string[] = [];
    const want: string[] = [];
    for (const iso of instants)
      for (const zone of zones) {
        const text = write!(at(iso), zone);
        got.push(`${zone} ${text} ${new Date(reader.parse(text, zone)).toISOString()}`);
        want.push(`${zone} ${text} ${new Date(at(iso)).toISOString()}`);
      }
    expect(got).to.deep.equal(want);
  });
});
