import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // Autodocs from the manifest (preview.ts), and the stories' play functions as Vitest tests (vitest.config.ts).
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The renderer imports `lit-html/directive-helpers.js` unbundled: pre-bundled with the rest, one Lit is loaded, not two.
  viteFinal: (vite) => ({
    ...vite,
    optimizeDeps: {
      ...vite.optimizeDeps,
      include: [...(vite.optimizeDeps?.include ?? []), 'lit-html/directive-helpers.js'],
    },
  }),
};

export default config;
