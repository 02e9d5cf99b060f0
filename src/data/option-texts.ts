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
    case 'preset':
      return `not one of ${PRESET_NAMES.join(', ')}; detecting the shape from the first answer`;
    case 'map':
      return `not JSON such as ${MAP_EXAMPLE}; using the preset's fields`;
    case 'map-keys':
      return `cannot use ${names.map((k) => JSON.stringify(k)).join(', ')}: fields are ${MAP_FIELDS.join(', ')} (a path or a list of paths) and titleType, leadType, bodyType (${TEXT_TYPES.join(', ')}); ${names.length > 1 ? 'those are' : 'it is'} ignored`;
    case 'time-zone':
      return 'not an IANA time zone such as "Europe/Moscow"; using Europe/Moscow';
    case 'whole':
      return WHOLE[option];
    case 'date-format':
      return 'not a pattern with a year, a month and a day such as DD.MM.YYYY HH:mm (tokens YYYY YY MM M DD D HH H mm m ss s SSS Z); reading the common forms only';
    case 'credentials':
      return "not omit, same-origin or include; using the browser's default (same-origin)";
    case 'seconds':
      return 'not a number of seconds ≥ 0; using 300';
  }
}
