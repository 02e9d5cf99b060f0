/**
 * The layers of DESIGN.md, enforced by `npm run lint` (dependency-cruiser):
 * src/core → src/data → src/components, never back; no import cycles, type
 * imports and lazy `import()`s included. `test/tooling/layers.test.mjs`
 * proves each rule fails on a violation.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules that import each other (directly or round a loop) cannot be understood or split apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core knows no data layer and no element: pure functions on dates and labels.',
      from: { path: '^src/core/' },
      to: { path: '^src/(data|components)/|(^|/)node_modules/' },
    },
    {
      name: 'data-knows-no-element',
      severity: 'error',
      comment: 'src/data reads endpoints for any front end: it imports no element and nothing of Lit.',
      from: { path: '^src/data/' },
      to: { path: '^src/components/|(^|/)node_modules/(lit|lit-html|lit-element|@lit)/' },
    },
    {
      name: 'elements-never-fetch',
      severity: 'error',
      comment: 'Elements read from a NewsSource; only src/data fetches (its engine loads with the first query).',
      from: { path: '^src/components/' },
      to: { path: '^src/data/(engine|setup|answer|http|plan-range|plan-feed|paging)[.]ts$' },
    },
    {
      name: 'entries-are-the-top',
      severity: 'error',
      comment: 'The package entries (src/*.ts) are imported by nothing inside src but one another.',
      from: { path: '^src/(core|data|components)/' },
      to: { path: '^src/[^/]+[.]ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
