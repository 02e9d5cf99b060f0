import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { CHROMIUM_ARGS, chromePath, firefoxPath, requireBrowsers } from './scripts/check/browsers.mjs';
import { apiMiddleware } from './test/server/api-middleware.mjs';
import { copiesMiddleware } from './test/server/copies.mjs';
import { cspMiddleware } from './test/server/csp.mjs';
import { faultMiddleware } from './test/server/faults.mjs';
import { mediaFeaturesPlugin } from './test/server/media-features.mjs';

requireBrowsers();
process.env.PUPPETEER_SKIP_DOWNLOAD = 'true';

const chromeArgs = [
  ...CHROMIUM_ARGS,
  // Several test pages share a browser: keep background pages' frames and timers running.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** Chromium with the browser's own zone pinned: the site zone must not depend on it. */
function chromium(timeZone) {
  const launcher = chromeLauncher({
    launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs },
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timeZone);
      return page;
    },
  });
  launcher.name = `Chromium ${timeZone}`;
  return launcher;
}

/** Firefox ESR over WebDriver BiDi; its zone comes from TZ. */
function firefox(timeZone) {
  const launcher = puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      env: { ...process.env, TZ: timeZone },
    },
    concurrency: 1,
  });
  launcher.name = `Firefox ${timeZone}`;
  return launcher;
}

// Every suite that shows or places a date also runs with the browser far from
// Moscow, so a day placed by the visitor's zone instead of the site's fails somewhere.
const dateSuites = ['test/core/**/*.test.ts', 'test/data/**/*.test.ts', 'test/components/**/*.test.ts'];

/**
 * Suites run in Chromium only: those that need its DevTools protocol (forced
 * colours), and the security suite (Trusted Types, long tasks, CSP reports).
 */
const chromiumOnly = ['test/a11y/media-features.test.ts', 'test/security/**/*.test.ts'];

export default {
  files: ['test/**/*.test.ts', ...chromiumOnly.map((f) => `!${f}`)],
  nodeResolve: true,
  // One page at a time per browser: a hidden tab gets no animation frames, and keyboard tests need focus.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  // Endpoints that behave like real ones (/api), one that misbehaves on purpose (/fault), separate copies of letopis (/copies).
  middleware: [apiMiddleware, faultMiddleware, copiesMiddleware, cspMiddleware],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), mediaFeaturesPlugin()],
  browsers: [chromium('Europe/Moscow'), firefox('America/New_York')],
  // `wtr --group default` runs only the first matrix, `--group zones` only this one.
  groups: [
    { name: 'chromium', files: chromiumOnly, browsers: [chromium('Europe/Moscow')] },
    {
      name: 'zones',
      files: dateSuites,
      browsers: ['America/Sao_Paulo', 'UTC', 'Asia/Vladivostok', 'America/New_York'].map(chromium),
    },
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
};
