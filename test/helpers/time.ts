/**
 * Freezes `Date.now()` (what letopis reads as "now") at an instant, and
 * returns a function that restores it. Tests never depend on the real today.
 */
export function freezeTime(instant: string | number): () => void {
  const original = Date.now;
  const frozen = typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(frozen)) throw new Error(`freezeTime: bad instant ${instant}`);
  Date.now = () => frozen;
  return () => {
    Date.now = original;
  };
}

/** The browser's own zone, for test titles: proves which matrix a run is in. */
export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Normalises the kinds of space `Intl` uses (NBSP, narrow NBSP, thin space), and template whitespace. */
export const spaces = (text: string): string =>
  text
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
