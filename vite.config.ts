import { defineConfig, type UserConfig } from 'vite';
import { minifyTemplates } from './scripts/build/minify-templates.mjs';

/** The per-element entries, as `package.json` exports them. */
const elements = ['calendar', 'news-list', 'article', 'source', 'archive'];

/** `dist/index.js`, `dist/define.js` and the element entries: `lit` and `dompurify` stay external. */
const library: UserConfig = {
  plugins: [minifyTemplates()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: Object.fromEntries(['index', 'define', ...elements].map((name) => [name, `src/${name}.ts`])),
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(-html)?(\/|$)/, /^@lit\//, /^dompurify$/],
      // No hash in the npm build's chunk names: an application's bundler renames them anyway.
      output: { chunkFileNames: 'chunks/[name].js' },
    },
  },
};

/** `dist/letopis.js`: one file for one script tag, minified, lazy chunks beside it. */
const standalone: UserConfig = {
  plugins: [minifyTemplates()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry: 'src/standalone.ts', formats: ['es'], fileName: () => 'letopis.js' },
    rolldownOptions: {
      // Everything eager in letopis.js itself; lazy chunks import what they share from it.
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, chunkFileNames: 'letopis-[name]-[hash].js' },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'standalone' ? standalone : library));
