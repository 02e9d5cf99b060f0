/** This copy's version (package.json's; test/tooling/version.test.mjs keeps them equal). */
export const VERSION = '0.1.0';

/** Marks the constructors letopis defines, with the version of the copy that defined them. */
export const COPY = Symbol.for('letopis.version');
