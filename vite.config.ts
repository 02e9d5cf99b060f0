import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
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

/** What a chunk group's `name` is given: rolldown's module graph. */
interface ChunkingContext {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * The modules `dist/letopis.js` runs at once: the entry and its static
 * imports (rolldown's `$initial`), plus `adopt.ts`, a dozen lines that the
 * calendar's and the reading modes' lazy chunks share (as a chunk of its
 * own it would be fetched after them, a round trip more).
 */
function eagerModules(entry: string): (id: string, context: ChunkingContext) => string | null {
  let eager: Set<string> | undefined;
  return (id, context) => {
    if (!eager) {
      const found = new Set<string>();
      const walk = (module: string) => {
        if (found.has(module)) return;
        found.add(module);
        for (const imported of context.getModuleInfo(module)?.importedIds ?? []) walk(imported);
      };
      walk(entry);
      eager = found;
    }
    return eager.has(id) || /[\\/]components[\\/]shared[\\/]adopt\.ts$/.test(id) ? 'letopis' : null;
  };
}

/**
 * The data layer a source's queries run on, as one lazy chunk: the engine,
 * its plans, paging, counting, reading, messages. Left out: the presets (a
 * chunk each, fetched beside this one), shape detection, the sentences of
 * option mistakes, and the date-fns readers and writers of `date-format` and
 * `time-format` (chunks of their own, for the pages that set those).
 */
const ENGINE = /[\\/]src[\\/]data[\\/](?!presets[\\/](?!load\.ts)|option-texts\.ts|date-(?:read|write)\.ts)/;

/**
 * `dist/letopis-files.txt`: the files of this standalone build, one a line
 * (letopis.js and its chunks, whose names change with their content). To
 * upgrade a site, delete the files the old list names, then copy the new
 * ones with the new list (test/tooling/standalone-files.test.mjs checks it).
 */
function fileList(): Plugin {
  return {
    name: 'letopis-file-list',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle)
        .filter((output) => output.type === 'chunk')
        .map((chunk) => chunk.fileName)
        .sort();
      this.emitFile({ type: 'asset', fileName: 'letopis-files.txt', source: `${files.join('\n')}\n` });
    },
  };
}

/**
 * `dist/letopis.js`: one file for one script tag, minified, lazy chunks beside it.
 *
 * Chunks are grouped so that a page loads in two rounds of scripts: letopis.js
 * (no static import of a chunk: it would be a round of its own), then, as a
 * source is seen, the engine and its preset together, each importing nothing
 * but letopis.js and the engine (test/e2e/waves.mjs counts the rounds).
 */
const standalone: UserConfig = {
  plugins: [minifyTemplates(), fileList()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry: 'src/standalone.ts', formats: ['es'], fileName: () => 'letopis.js' },
    rolldownOptions: {
      // Everything eager in letopis.js itself; lazy chunks import what they share from it.
      preserveEntrySignatures: 'allow-extension',
      // The engine's lazy seams (full.ts, counts.ts, the plans) are one chunk here on purpose; npm builds keep them.
      checks: { ineffectiveDynamicImport: false },
      output: {
        minify: true,
        chunkFileNames: 'letopis-[name]-[hash].js',
        codeSplitting: {
          groups: [
            { name: eagerModules(resolve('src/standalone.ts')), debugName: 'letopis' },
            { name: 'engine', test: ENGINE },
          ],
        },
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'standalone' ? standalone : library));
