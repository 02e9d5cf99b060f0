/**
 * The Custom Elements Manifest (custom-elements.json): what editors and
 * Storybook's controls show. Only the public surface goes in: private
 * `#fields` and `@internal` members are left out.
 */
const publicOnly = {
  name: 'letopis-public-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
        );
      }
    }
  },
};

export default {
  globs: ['src/components/*/letopis-*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // package.json names custom-elements.json itself; an analysis written elsewhere (test/tooling) must not change it.
  packagejson: false,
  plugins: [publicOnly],
};
