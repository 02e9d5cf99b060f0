// Finds the browsers the test suite runs in, and says plainly how to get them.
// Chromium: CHROME_PATH, else /usr/bin/chromium. Firefox ESR: FIREFOX_PATH, else /usr/bin/firefox-esr.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
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

/** Exits with the sentence that says what to install, instead of a stack trace. */
export function requireBrowsers() {
  const missing = [];
  if (!existsSync(chromePath)) missing.push(MISSING.chromium);
  if (!existsSync(firefoxPath)) missing.push(MISSING.firefox);
  if (missing.length) {
    for (const line of missing) console.error(line);
    process.exit(1);
  }
}

// As a script (npm test runs it first): on Debian as root, install what is missing
// from Debian's packages; anywhere else, fail with the sentence above.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const packages = [];
  if (!existsSync(chromePath) && !process.env.CHROME_PATH) packages.push('chromium');
  if (!existsSync(firefoxPath) && !process.env.FIREFOX_PATH) packages.push('firefox-esr');
  const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
  if (packages.length && canApt && process.env.LETOPIS_NO_APT !== '1') {
    console.log(`Installing Debian's ${packages.join(' and ')} for the browser tests (set LETOPIS_NO_APT=1 to skip)…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
      stdio: 'inherit',
    });
  }
  requireBrowsers();
}
