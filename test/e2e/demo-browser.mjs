// What the demo's measuring scripts share (waves.mjs, layout-shift.mjs, scripts/bench/loads.mjs):
// the mobile network they emulate, and running one of them from the command line over the built
// demo in Debian's Chromium.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A mobile network for CDP's Network.emulateNetworkConditions: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};

/** No emulation (latency 0, throughputs -1). */
export const NO_THROTTLING = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

/** The module at `url` is the script node was started with. */
export const isMain = (url) => process.argv[1] === fileURLToPath(url);

/**
 * Runs `work({ browser, origin })` over the demo server (on a free port) and
 * the built dist/, in Debian's Chromium; closes both after it.
 */
export async function withDemo(work) {
  if (!existsSync(fileURLToPath(new URL('../../dist/letopis.js', import.meta.url)))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const { chromium } = await import('playwright-core');
  const { createDemoServer, listen } = await import('../../demo/server.mjs');
  const { CHROMIUM_ARGS, chromePath } = await import('../../scripts/check/browsers.mjs');
  const server = createDemoServer();
  const port = await listen(server, 0, true);
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    return await work({ browser, origin: `http://127.0.0.1:${port}` });
  } finally {
    await browser.close();
    server.close();
  }
}
