// Helpers of npm run bench: quantiles and plain-text tables.

/** The `q` quantile of the finite numbers in `xs` (the sample at rank ⌊q·n⌋); NaN when there is none. */
export function quantile(xs, q) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
}
export const median = (xs) => quantile(xs, 0.5);
export const p95 = (xs) => quantile(xs, 0.95);
export const max = (xs) => (xs.length ? Math.max(...xs) : NaN);

/** `x` with `digits` decimals, or '—' when it is not a number. */
export const fixed = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '—');

/** A cell read as a number (right-aligned): digits, signs, units of the tables. */
const NUMERIC = /^[-+−]?[\d.,]+( ?(ms|s|KB|MB|%|×))?$|^—$/;

/** Prints a Markdown table under `title`: numeric columns right-aligned, then `notes`, one a line. */
export function printTable(title, header, rows, notes = []) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const right = header.map((_, i) => i > 0 && rows.length > 0 && all.slice(1).every((r) => NUMERIC.test(r[i] ?? '')));
  const line = (r) => `| ${r.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(all[0]));
  console.log(`|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const r of all.slice(1)) console.log(line(r));
  if (notes.length) console.log('');
  for (const n of notes) console.log(`- ${n}`);
}
