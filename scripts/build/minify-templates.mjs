// Build plugin: minifies the text of Lit's html`` and css`` templates in our
// sources with minify-literals (html-minifier-terser and clean-css), since the
// JS minifier leaves template text alone. Whitespace collapses conservatively
// (a run of it becomes one space, never nothing), so what a template renders
// does not change. Tests run the sources as written; test/tooling checks this.
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * Options for minify-literals: as its defaults, but whitespace kept as one
 * space, no attribute dropped, and quotes left off where HTML allows (a Lit
 * binding `attr=${x}` stays as written instead of gaining quotes).
 */
const MINIFY_OPTIONS = {
  minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false, removeAttributeQuotes: true },
};

/** Minified source, or null when there is nothing to minify. */
export async function minifySource(code, fileName) {
  if (!/\b(css|html)`/.test(code)) return null;
  return (await minifyHTMLLiterals(code, { fileName, ...MINIFY_OPTIONS })) ?? null;
}

/** @returns {import('vite').Plugin} */
export function minifyTemplates() {
  return {
    name: 'letopis-minify-templates',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = await minifySource(code, id);
      return out && { code: out.code, map: out.map };
    },
  };
}
