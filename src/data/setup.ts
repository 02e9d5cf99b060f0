/**
 * Reading a source's options into a setup, once per source: the time zone
 * checked, the `map` read, the preset and the date reader loaded, and from
 * the endpoint template how it narrows requests to dates and how it pages.
 */
import { badOption } from '../core/errors.js';
import type { DateInput } from '../core/instant.js';
import { assertTimeZone } from '../core/zone.js';
import type { Setup, Unit } from './plan.js';
import { loadPreset } from './presets/load.js';
import { placeholders } from './template.js';
import type { FieldMap, NewsSourceOptions } from './types.js';

/**
 * `map` as an object: the integrator's JSON read, with a sentence for JSON
 * that is not an object (`null`, a list, a number: no field can be read
 * from those). `<letopis-source>` has already checked it (options.ts);
 * this is for a NewsSource made in code.
 */
function readMap(map: NewsSourceOptions['map']): FieldMap {
  if (!map) return {};
  let value: unknown = map;
  if (typeof map === 'string') {
    try {
      value = JSON.parse(map);
    } catch {
      value = undefined;
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    badOption(
      'map',
      map,
      'JSON such as {"items": "result.news", "date": "ACTIVE_FROM"}',
      'JSON, например {"items": "result.news", "date": "ACTIVE_FROM"}',
    );
  return value as FieldMap;
}

/** The first placeholder that narrows a request to dates decides the unit; else the preset's range, if any. */
function unitOf(vars: Set<string>, presetRange: boolean): Unit {
  if (vars.has('from') || vars.has('to')) return 'range';
  for (const unit of ['date', 'month', 'year'] as const) if (vars.has(unit)) return unit;
  return presetRange ? 'range' : undefined;
}

/**
 * A `date-format` reader (date-fns; its code loads only when one is set) that
 * still reads the common forms, and says which values have a time of day.
 */
async function dateReader(format: string | undefined): Promise<Pick<Setup['ctx'], 'parse' | 'timed'>> {
  if (!format) return {};
  const { dateReader } = await import('./date-read.js');
  const reader = await dateReader(format);
  return { parse: (value: DateInput, zone: string) => reader.parse(value, zone), timed: reader.timed };
}

/** What relative links and media resolve against: `base-url`, else the endpoint. */
function baseOf(options: NewsSourceOptions): string {
  try {
    return new URL(options.baseUrl ?? options.endpoint?.replace(/\{\w+\}/g, '') ?? '', document.baseURI).href;
  } catch {
    return document.baseURI;
  }
}

/**
 * The setup of a source. Throws the `bad-time-zone` or `bad-option` error of
 * the first setting that cannot be used.
 */
export async function readSetup(options: NewsSourceOptions, timeZone: string): Promise<Setup> {
  assertTimeZone(timeZone);
  const inline = options.data !== undefined;
  if (!options.endpoint && !inline)
    badOption(
      'endpoint',
      options.endpoint,
      'a URL, or inline data in <script type="application/json">',
      'адрес или данные в <script type="application/json">',
    );
  const map = readMap(options.map);
  const [{ parse, timed }, preset] = await Promise.all([
    dateReader(options.dateFormat),
    options.preset ? loadPreset(options.preset) : undefined,
  ]);
  // Inline data is one answer: no dates or pages to ask for.
  const vars = placeholders(inline ? '' : options.endpoint!);
  const templatePaging = vars.has('page') || vars.has('offset');
  return {
    preset,
    explicit: !!preset,
    vars,
    unit: unitOf(vars, !!preset?.range && !inline),
    paging: templatePaging ? 'template' : preset?.paging && !inline ? 'preset' : undefined,
    ctx: {
      timeZone,
      parse,
      timed,
      base: baseOf(options),
      map: { ...preset?.map, ...map },
      read: preset?.read,
      mapped: new Set(Object.keys(map)),
    },
  };
}
