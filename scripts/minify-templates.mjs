// A Vite plugin that minifies the text of Lit's css`` and html`` templates in
// our sources at build time (the JS minifier leaves template text alone).
// CSS: comments out, whitespace collapsed, none around { } ; , and after ':'.
// HTML: runs of whitespace with a line break collapse to one space.
// Expressions (${…}) are untouched; tests run the sources as written.
import ts from 'typescript';

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

const minifyHtml = (text) => text.replace(/\s*\n\s*/g, ' ');

export function transformTemplates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      (node.tag.text === 'css' || node.tag.text === 'html')
    ) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const part of parts) {
        // The raw text between the backtick/`}` and the next backtick/`${`.
        const start = part.getStart(source) + 1;
        const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        const raw = code.slice(start, end);
        const min = minify(raw);
        if (min !== raw) edits.push([start, end, min]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return null;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** @returns {import('vite').Plugin} */
export function minifyTemplates() {
  return {
    name: 'letopis-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const out = transformTemplates(code, id);
      return out && { code: out, map: null };
    },
  };
}
