/**
 * `dist/letopis.js`: the one-script-tag build. Lit and everything bundled;
 * defines every tag on import and re-exports the public API.
 */
import './define.js';

export * from './index.js';
