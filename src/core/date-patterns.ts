/**
 * Date patterns as integrators write them, in date-fns's Unicode tokens
 * (`dd.MM.yyyy HH:mm`, `d MMMM yyyy, HH:mm`). The Bitrix site-format spelling
 * (`DD.MM.YYYY HH:MI:SS`) and letopis's own earlier one (`DD.MM.YYYY HH:mm`)
 * are translated; a pattern is in that spelling when it writes the year as
 * `YY` (Unicode patterns write it `yy`; `YY` there is the week-numbering year,
 * which no CMS writes).
 *
 * | Bitrix / letopis | date-fns | |
 * |---|---|---|
 * | `YYYY`, `YY` | `yyyy`, `yy` | year |
 * | `MMMM` | `MMMM` | month name |
 * | `MM`, `M` | `MM`, `M` | month number |
 * | `DD`, `D` | `dd`, `d` | day of the month |
 * | `HH` | `HH` | hour 00–23 |
 * | `H` | `h` with `T`/`TT`, else `H` | hour (Bitrix: 1–12 with AM/PM) |
 * | `MI`, `mm`, `m` | `mm`, `m` | minutes |
 * | `SS`, `ss`, `s` | `ss`, `s` | seconds |
 * | `SSS` | `SSS` | milliseconds |
 * | `TT`, `T` after a space | `a` | AM/PM (`H:MI T`) |
 * | `Z` | `XXX` | offset `+03:00` or `Z` |
 *
 * Everything else is literal text.
 */

const LEGACY_TOKENS = /YYYY|YY|MMMM|MI|MM|M|DD|D|HH|H|mm|m|SSS|SS|ss|s|TT|T|Z/g;
const LEGACY_TO_UNICODE: Record<string, string> = {
  YYYY: 'yyyy',
  YY: 'yy',
  MMMM: 'MMMM',
  MI: 'mm',
  MM: 'MM',
  M: 'M',
  DD: 'dd',
  D: 'd',
  HH: 'HH',
  mm: 'mm',
  m: 'm',
  SSS: 'SSS',
  SS: 'ss',
  ss: 'ss',
  s: 's',
  TT: 'a',
  T: 'a',
  Z: 'XXX',
};

/** Bitrix's AM/PM: `T` or `TT` after a space. */
const AM_PM = /\sTT?(?![A-Za-z])/;

/** Literal text as date-fns reads it: quoted when it holds a Latin letter or a quote. */
const literal = (text: string): string => (/[a-zA-Z']/.test(text) ? `'${text.replace(/'/g, "''")}'` : text);

/** `pattern` in date-fns's Unicode tokens (a Bitrix or letopis spelling translated, a Unicode one as it is). */
export function toUnicodePattern(pattern: string): string {
  if (!/YY/.test(pattern)) return pattern;
  const twelveHour = AM_PM.test(pattern);
  let out = '';
  let last = 0;
  for (const t of pattern.matchAll(LEGACY_TOKENS)) {
    // `T` is AM/PM only after a space (`H:MI T`); in `YYYY-MM-DDTHH:mm` it is the letter.
    if (t[0][0] === 'T' && !/\s/.test(pattern[t.index - 1] ?? '')) continue;
    out += literal(pattern.slice(last, t.index)) + (t[0] === 'H' ? (twelveHour ? 'h' : 'H') : LEGACY_TO_UNICODE[t[0]]);
    last = t.index + t[0].length;
  }
  return out + literal(pattern.slice(last));
}

/** One piece of a Unicode pattern: a token (a run of one letter) or literal text. */
export interface PatternPart {
  token?: string;
  text: string;
}

/** The pieces of a Unicode pattern: runs of one letter are tokens; quoted text and the rest literal. */
export function patternParts(pattern: string): PatternPart[] {
  const parts: PatternPart[] = [];
  for (const [text] of pattern.matchAll(/'(?:[^']|'')*'?|([a-zA-Z])\1*|[^a-zA-Z']+/g))
    parts.push(/^[a-zA-Z]/.test(text) ? { token: text, text } : { text });
  return parts;
}

/** A token of the time of day (hours, minutes, seconds, AM/PM, a timestamp). */
export const isTimeToken = (token: string): boolean => /^[HhkKmsSabBtT]/.test(token);

/** A token that names an offset or is a timestamp: the text then says its own instant. */
export const isZoneToken = (token: string): boolean => /^[XxOzZtT]/.test(token);

/** A token written in words (month and weekday names, AM/PM, eras, ordinals): it needs a locale. */
export const isTextToken = (token: string): boolean => /^(?:[MLQqeci]{3,}|[EabBGo])/.test(token);

/**
 * The pattern without its time of day, for a date the source wrote without
 * one: `d MMMM yyyy, HH:mm` → `d MMMM yyyy`, `HH:mm dd.MM.yyyy` → `dd.MM.yyyy`;
 * with times between the date's tokens, only the time's tokens go.
 */
export function dateOnlyPattern(unicode: string): string {
  const parts = patternParts(unicode);
  const isTime = (p: PatternPart) => !!p.token && isTimeToken(p.token);
  const isDate = (p: PatternPart) => !!p.token && !isTimeToken(p.token);
  const firstTime = parts.findIndex(isTime);
  if (firstTime < 0) return unicode;
  const lastTime = parts.findLastIndex(isTime);
  const firstDate = parts.findIndex(isDate);
  const lastDate = parts.findLastIndex(isDate);
  let kept: PatternPart[];
  if (lastDate < firstTime) kept = parts.slice(0, lastDate + 1);
  else if (firstDate > lastTime) kept = parts.slice(firstDate);
  else kept = parts.filter((p) => !isTime(p));
  return kept.map((p) => p.text).join('');
}
