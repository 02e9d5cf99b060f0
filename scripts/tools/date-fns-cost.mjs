// What the date core's own day arithmetic (src/core/days.ts) would cost done
// with date-fns on UTCDate values instead: bytes (min + gzip -9) and time (a
// calendar month's grid and the data layer's day placing, in Node). Prints the
// figures docs/decisions/0001-plain-date-core.md quotes.
//   node scripts/tools/date-fns-cost.mjs
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const DIR = 'node_modules/.cache/date-fns-cost';
mkdirSync(DIR, { recursive: true });
const root = process.cwd();

// The same five operations, on YYYY-MM-DD strings, both ways.
const OURS = `
export { addDays, addMonthsToMonth, dayOfWeek, endOfMonth, weeksOf, fromEpochDay } from ${JSON.stringify(`${root}/src/core/days.ts`)};
`;
const DATE_FNS = `
import { UTCDate } from '@date-fns/utc';
import { addDays as add } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { endOfMonth as end } from 'date-fns/endOfMonth';
import { getDay } from 'date-fns/getDay';
import { startOfWeek } from 'date-fns/startOfWeek';
import { eachDayOfInterval } from 'date-fns/eachDayOfInterval';
import { format } from 'date-fns/format';
const day = (iso) => new UTCDate(iso + 'T00:00:00Z');
const iso = (date) => format(date, 'yyyy-MM-dd');
export const addDays = (date, n) => iso(add(day(date), n));
export const addMonthsToMonth = (month, n) => format(addMonths(day(month + '-01'), n), 'yyyy-MM');
export const dayOfWeek = (date) => getDay(day(date));
export const endOfMonth = (month) => iso(end(day(month + '-01')));
export function weeksOf(month, first, fixed) {
  const start = startOfWeek(day(month + '-01'), { weekStartsOn: first });
  const last = startOfWeek(end(day(month + '-01')), { weekStartsOn: first });
  const days = eachDayOfInterval({ start, end: add(last, 6) }).map(iso);
  while (fixed && days.length < 42) days.push(iso(add(day(days.at(-1)), 1)));
  return Array.from({ length: days.length / 7 }, (_, w) => days.slice(w * 7, w * 7 + 7));
}
export const fromEpochDay = (n) => iso(new UTCDate(n * 864e5));
`;

async function bundled(name, code) {
  const entry = `${DIR}/${name}.js`;
  writeFileSync(entry, code);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => `${name}.mjs` },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const [chunk] = (Array.isArray(result) ? result[0] : result).output;
  writeFileSync(`${DIR}/${name}.mjs`, chunk.code);
  return {
    bytes: gzipSync(chunk.code, { level: 9 }).length,
    module: await import(pathToFileURL(`${root}/${DIR}/${name}.mjs`).href),
  };
}

function time(run, rounds = 15) {
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const ours = await bundled('ours', OURS);
const dateFns = await bundled('date-fns', DATE_FNS);
for (const [name, { bytes, module: m }] of [
  ['own (days.ts)', ours],
  ['date-fns + UTCDate', dateFns],
]) {
  // The two agree: a check that the comparison is fair.
  if (JSON.stringify(m.weeksOf('2017-10', 1, true)) !== JSON.stringify(ours.module.weeksOf('2017-10', 1, true)))
    throw new Error(`${name}: a different grid`);
  const grid = time(() => {
    for (let i = 0; i < 1000; i++) m.weeksOf(m.addMonthsToMonth('2017-10', i % 120), 1, true);
  });
  const place = time(() => {
    for (let n = 17_000; n < 27_000; n++) m.fromEpochDay(n);
  });
  console.log(
    `${name.padEnd(20)} ${(bytes / 1000).toFixed(2)} kB min+gzip; 1000 month grids ${grid.toFixed(1)} ms; 10 000 days placed ${place.toFixed(1)} ms (medians of 15)`,
  );
}
