// Environment check: finds the browsers the test suite runs in, and says plainly how to get them.
// Chromium: CHROME_PATH, else /usr/bin/chromium. Firefox ESR: FIREFOX_PATH, else /usr/bin/firefox-esr.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Flags for every headless Chromium this repository starts (tests, Storybook's
 * tests, the benchmark, the end-to-end run): no sandbox (root), no GPU, and
 * nothing that reaches the network — Chromium's own services still try, so no
 * host but localhost resolves.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export const MISSING = {
  chromium: `Chromium not found at ${chromePath}: set CHROME_PATH to a Chromium or Chrome binary, or on Debian run \`apt-get install chromium\`.`,
  firefox: `Firefox ESR not found at ${firefoxPath}: set FIREFOX_PATH to a Firefox binary, or on Debian run \`apt-get install firefox-esr\`.`,
};

/** Exits with the sentences that say what to install, instead of a stack trace. */
export function requireBrowsers() {
  const missing = [];
  if (!existsSync(chromePath)) missing.push(MISSING.chromium);
  if (!existsSync(firefoxPath)) missing.push(MISSING.firefox);
  if (missing.length) {
    for (const line of missing) console.error(line);
    process.exit(1);
  }
}

// As a script (npm test runs it first): checks, installs nothing (.ci/run installs them on CI).
if (import.meta.url === pathToFileURL(process.argv[1]).href) requireBrowsers();
