export * from './errors.js';
export * from './date.js';
export * from './grid.js';
export * from './zone.js';
export * from './parse.js';
export * from './strings.js';
export * from './labels.js';
