import type { Plugin } from 'vite';

/** Minifies the text of css`` and html`` templates in letopis sources (minify-literals). */
export function minifyTemplates(): Plugin;
export function minifySource(code: string, fileName: string): Promise<{ code: string; map: unknown } | null>;
