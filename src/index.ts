/**
 * letopis — the public API: classes, types and core helpers.
 * Importing this module defines no element; import `letopis/define` for that.
 */
export * from './core/index.js';
