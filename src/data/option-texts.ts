/**
 * What `<letopis-source>` says about an option it cannot use (options.ts
 * finds them): what is wrong, saying what is accepted, then what is used
 * instead. Loaded only when there is a mistake to print.
 */
import { MAP_FIELDS, PRESET_NAMES, TEXT_TYPES, type OptionProblem } from './options.js';

const MAP_EXAMPLE = '{"items": "result.news", "date": "ACTIVE_FROM"}';
const URL_FALLBACK: Record<string, string> = {
  endpoint: 'nothing is requested',
  baseUrl: 'using the endpoint',
};
/** The least a whole number may be, and the default, by option. */
const WHOLE: Record<string, string> = {
  pageSize: 'not a whole number ≥ 1; using 20',
  timeout: 'not a whole number of milliseconds ≥ 1; using 10000',
  retries: 'not a whole number ≥ 0; using 3',
};
/** Names template.ts fills at all (with '' when a template gets no value for one). */
const FILLED = ['from', 'to', 'date', 'month', 'year', 'page', 'pageSize', 'offset', 'section', 'id'];

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`: how far a misspelling is. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + same);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** The name `written` most likely meant: within two edits (one for short names), else undefined. */
function nearest(written: string, names: readonly string[]): string | undefined {
  const w = written.trim().toLowerCase();
  let best: string | undefined;
  let least = Infinity;
  for (const name of names) {
    const d = distance(w, name);
    if (d < least) [best, least] = [name, d];
  }
  return least <= (best!.length > 4 ? 2 : 1) ? best : undefined;
}

const braces = (names: string[]) => names.map((n) => `{${n}}`).join(', ');

/** The sentence for a problem: `not a whole number ≥ 0; using 3`. */
export function optionText({ option, why, names = [], known = [] }: OptionProblem): string {
  switch (why) {
    case 'url':
      return `not an http(s) or relative URL; ${URL_FALLBACK[option] ?? 'not used'}`;
    case 'placeholder':
      return `unknown placeholder${names.length > 1 ? 's' : ''} ${braces(names)} (known here: ${braces(known)}); ${
        names.every((n) => FILLED.includes(n)) ? 'left empty' : 'sent as written'
      }`;
    case 'preset': {
      const near = nearest(names[0] ?? '', PRESET_NAMES);
      return `not one of ${PRESET_NAMES.join(', ')}${near ? ` (did you mean "${near}"?)` : ''}; detecting the shape from the first answer`;
    }
    case 'map':
      return `not JSON such as ${MAP_EXAMPLE}; using the preset's fields`;
    case 'map-keys':
      return `cannot use ${names.map((k) => JSON.stringify(k)).join(', ')}: fields are ${MAP_FIELDS.join(', ')} (a path or a list of paths) and titleType, leadType, bodyType (${TEXT_TYPES.join(', ')}); ${names.length > 1 ? 'those are' : 'it is'} ignored`;
    case 'time-zone':
      return 'not an IANA time zone such as "Europe/Moscow"; using Europe/Moscow';
    case 'whole':
      return WHOLE[option];
    case 'date-format':
      return 'not a pattern with a year, a month and a day such as dd.MM.yyyy HH:mm, d MMMM yyyy, HH:mm (date-fns) or DD.MM.YYYY HH:MI:SS (Bitrix); reading the common forms only';
    case 'credentials':
      return "not omit, same-origin or include; using the browser's default (same-origin)";
    case 'seconds':
      return 'not a number of seconds ≥ 0; using 300';
  }
}
