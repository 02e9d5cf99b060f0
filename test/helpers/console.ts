/**
 * Collects `console.warn` for each test of the enclosing `describe`, instead
 * of printing it: the sources warn integrators about every bad endpoint, which
 * these suites make on purpose. The returned array holds what the current
 * test has heard (each warning's arguments joined by spaces), so a test can
 * assert on exactly what an integrator would read.
 */
export function silenceWarnings(): string[] {
  const heard: string[] = [];
  let warn: typeof console.warn;
  beforeEach(() => {
    heard.length = 0;
    warn = console.warn;
    console.warn = (...args: unknown[]) => heard.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });
  return heard;
}
