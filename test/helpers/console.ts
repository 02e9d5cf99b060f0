/**
 * Silences `console.warn` for each test of the enclosing `describe`: the
 * sources warn integrators about every bad endpoint, which these suites make
 * on purpose. A test may still replace `console.warn` to read what is said.
 */
export function quietWarnings(): void {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = warn;
  });
}
