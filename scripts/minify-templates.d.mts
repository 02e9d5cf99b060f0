import type { Plugin } from 'vite';

/** Minifies the text of css`` and html`` templates in letopis sources. */
export function minifyTemplates(): Plugin;
export function transformTemplates(code: string, fileName: string): string | null;
