/**
 * A source's options checked once, where the integrator wrote them (the
 * `<letopis-source>` attributes): each value a source cannot use is named
 * with what is accepted and what is used instead, and replaced by its
 * default, so that no mistake retries forever, aborts every request, sends
 * a literal `{foo}` or throws later from a widget.
 */
import { isWebUrl } from '../core/links.js';
import { isTimeZone } from '../core/zone.js';
import type { Field, FieldMap, NewsSourceOptions } from './types.js';

/** The preset names `preset="…"` accepts (each loads as its own chunk: presets/load.ts). */
export const PRESET_NAMES = ['wordpress', 'jsonfeed', 'drupal', 'strapi', 'ghost', 'bitrix', 'rss', 'atom'] as const;

export type PresetName = (typeof PRESET_NAMES)[number];

/** True for one of `PRESET_NAMES` (an own name: `__proto__`, `constructor` or `toString` is none). */
export const isPresetName = (name: unknown): name is PresetName =>
  typeof name === 'string' && (PRESET_NAMES as readonly string[]).includes(name);

/** A preset name as written, in any case and with spaces around (`WordPress` → `wordpress`), else undefined. */
export const presetNamed = (name: unknown): PresetName | undefined => {
  const folded = typeof name === 'string' ? name.trim().toLowerCase() : undefined;
  return isPresetName(folded) ? folded : undefined;
};

/**
 * One option a source cannot use: which, and why (a key of option-texts.ts,
 * whose sentences load only when there is one to print); `names` are the
 * map keys or the placeholders it cannot use.
 */
export interface OptionProblem {
  option: keyof NewsSourceOptions;
  why:
    | 'url'
    | 'placeholder'
    | 'preset'
    | 'map'
    | 'map-keys'
    | 'time-zone'
    | 'whole'
    | 'date-format'
    | 'credentials'
    | 'seconds';
  names?: string[];
  /** For `placeholder`: the names this template knows. */
  known?: string[];
}

/** The placeholders each template fills (template.ts names them all; each template gets values for these only). */
const TEMPLATE_VARS: Partial<Record<keyof NewsSourceOptions, string[]>> = {
  endpoint: ['from', 'to', 'date', 'month', 'year', 'page', 'pageSize', 'offset', 'section'],
  articleEndpoint: ['id'],
  daysEndpoint: ['from', 'to', 'month', 'year', 'section'],
};

/** The fields `map` names, and the text types of three of them. */
export const MAP_FIELDS: (Field | 'items')[] = [
  'items',
  'id',
  'title',
  'date',
  'lead',
  'body',
  'url',
  'image',
  'imageAlt',
  'views',
  'section',
];
export const TEXT_TYPES = ['html', 'text', 'auto'];
/** Keys a path may not pass through: they lead into every object's prototype. */
const PROTOTYPE_KEYS = /(^|[.[\]"'])(__proto__|constructor|prototype)($|[.[\]"'])/;

/**
 * A date-format needs a year, a month and a day: date-fns tokens (`dd.MM.yyyy HH:mm`)
 * or the Bitrix spelling (`DD.MM.YYYY HH:MI:SS`); date-fns checks the rest when it loads.
 */
const isDateFormat = (format: string): boolean =>
  format.length <= 100 && /yy|YY/.test(format) && /[ML]/.test(format) && /[dD]/.test(format);

const isWhole = (n: unknown, min: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min;

/** A path, or a list of paths tried in turn, that leads nowhere near a prototype. */
const isPaths = (v: unknown): boolean =>
  (typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((p) => typeof p === 'string'))) &&
  ![v].flat().some((p) => PROTOTYPE_KEYS.test(p as string));

/** `map` read and checked: the fields that can be used, and what was wrong with the rest. */
function checkMap(map: NewsSourceOptions['map'], problems: OptionProblem[]): FieldMap | undefined {
  if (map === undefined || map === '') return undefined;
  let value: unknown = map;
  if (typeof map === 'string') {
    try {
      value = JSON.parse(map);
    } catch {
      value = undefined;
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ option: 'map', why: 'map' });
    return undefined;
  }
  const out: Record<string, unknown> = {};
  const bad: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const ok = key.endsWith('Type') ? TEXT_TYPES.includes(v as string) : isPaths(v);
    if (ok && (MAP_FIELDS.includes(key as Field) || ['titleType', 'leadType', 'bodyType'].includes(key))) out[key] = v;
    else bad.push(key);
  }
  if (bad.length) problems.push({ option: 'map', why: 'map-keys', names: bad });
  return out as FieldMap;
}

/** The placeholders a template has that it gets no value for. */
function checkTemplate(option: keyof NewsSourceOptions, template: string, problems: OptionProblem[]): void {
  const known = TEMPLATE_VARS[option]!;
  const names = [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].filter((n) => !known.includes(n));
  if (names.length) problems.push({ option, why: 'placeholder', names, known });
}

/**
 * The options with every value a source cannot use replaced by its default
 * (left out, so the source's own default applies), and what was wrong.
 */
export function checkOptions(options: NewsSourceOptions): [NewsSourceOptions, OptionProblem[]] {
  const o: NewsSourceOptions = { ...options };
  const problems: OptionProblem[] = [];
  const refuse = (option: keyof NewsSourceOptions, why: OptionProblem['why']) => {
    problems.push({ option, why });
    delete o[option];
  };
  const given = (v: unknown) => v !== undefined && v !== null && v !== '';

  for (const option of ['endpoint', 'articleEndpoint', 'daysEndpoint', 'baseUrl'] as const) {
    const v = o[option];
    if (!given(v)) continue;
    if (!isWebUrl(v)) refuse(option, 'url');
    else if (option !== 'baseUrl') checkTemplate(option, v, problems);
  }
  if (given(o.preset)) {
    const name = presetNamed(o.preset);
    if (name) o.preset = name;
    else {
      problems.push({ option: 'preset', why: 'preset', names: [String(o.preset)] });
      delete o.preset;
    }
  }
  if (o.map !== undefined) {
    const map = checkMap(o.map, problems);
    if (map) o.map = map;
    else delete o.map;
  }
  if (given(o.timeZone) && !isTimeZone(o.timeZone)) refuse('timeZone', 'time-zone');
  if (o.pageSize !== undefined && !isWhole(o.pageSize, 1)) refuse('pageSize', 'whole');
  if (given(o.dateFormat) && !isDateFormat(o.dateFormat!)) refuse('dateFormat', 'date-format');
  if (given(o.credentials) && !['omit', 'same-origin', 'include'].includes(o.credentials!))
    refuse('credentials', 'credentials');
  const seconds = o.cacheTtl;
  if (seconds !== undefined && !(typeof seconds === 'number' && seconds >= 0 && seconds !== Infinity))
    refuse('cacheTtl', 'seconds');
  if (o.timeout !== undefined && !isWhole(o.timeout, 1)) refuse('timeout', 'whole');
  if (o.retries !== undefined && !isWhole(o.retries, 0)) refuse('retries', 'whole');
  return [o, problems];
}
