// Lighthouse 12 over the demo pages (npm run bench, section 2): its Node API against a
// Chromium this script starts with a DevTools port (CHROME_PATH, else /usr/bin/chromium),
// mobile (Lighthouse's default: simulated 150 ms RTT, 1.6 Mbit/s, 4× CPU slowdown) and
// desktop (lighthouse/core/config/desktop-config.js).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, chromePath } from '../check/browsers.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** Starts Chromium with a free DevTools port; resolves with the port and a stop(). */
async function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'letopis-lighthouse-'));
  const child = spawn(
    chromePath,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const port = await new Promise((done, fail) => {
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) done(+m[1]);
    });
    child.on('exit', (code) =>
      fail(new Error(`Chromium exited (${code}) before its DevTools port was known:\n${err}`)),
    );
  });
  const stop = () =>
    new Promise((done) => {
      child.on('exit', () => (rmSync(profile, { recursive: true, force: true }), done()));
      child.kill();
    });
  return { port, stop };
}

/** Lighthouse's figures for each of `paths` under `origin`, for each preset of `presets` ('mobile', 'desktop'). */
export async function lighthouseRuns(origin, paths, presets) {
  const chromium = await startChromium();
  const out = [];
  try {
    for (const preset of presets)
      for (const path of paths) {
        const result = await lighthouse(
          origin + path,
          { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const { categories, audits, runtimeError, lighthouseVersion } = result.lhr;
        out.push({
          path,
          preset,
          version: lighthouseVersion,
          error: runtimeError?.message,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? NaN) * 100)])),
          tbt: audits['total-blocking-time']?.numericValue,
          cls: audits['cumulative-layout-shift']?.numericValue,
          lcp: audits['largest-contentful-paint']?.numericValue,
          fcp: audits['first-contentful-paint']?.numericValue,
          // The audits under 100 % of the performance category, to say what costs the points.
          missed: (categories.performance?.auditRefs ?? [])
            .filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1)
            .map((r) => r.id),
        });
      }
  } finally {
    await chromium.stop();
  }
  return out;
}
