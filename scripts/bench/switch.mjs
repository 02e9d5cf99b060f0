// Month switch, letopis vs Cally (npm run bench, section 3), in one page and one driver
// (test/bench/switch.html): a click on each calendar's next-month button (`[part~=next]`,
// Cally's in its shadow root), awaited until the next month is shown and a frame with it
// rendered; main-thread time is the delta of CDP Performance.getMetrics TaskDuration around
// it. The first pass over the months loads letopis's marks from the demo's WordPress
// endpoint (and warms both); the passes after it are timed: the cached case. The driver's
// own share (the same waits without a click) is measured too. Then key press to updated
// grid in letopis (test/bench/switch.js, benchKeys).

/** Months clicked through per pass, from 2025-06 (the demo's data has news from 2025-10 to 2026-01). */
const START = '2025-06';

export async function monthSwitch(browser, origin, { passes = 3, months = 8, presses = 30 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error (month switch):', e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskMs = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  let requests = [];
  page.on('request', (r) => r.url().includes('/wp-json/') && requests.push(r.url()));
  await page.goto(`${origin}/test/bench/switch.html`);
  await page.evaluate(() => window.benchReady());
  const shown = { letopis: [], cally: [] };
  const pass = async (which) => {
    await page.evaluate(([w, m]) => window.benchReset(w, m), [which, START]);
    const out = [];
    shown[which] = [];
    for (let i = 0; i < months; i++) {
      const before = await taskMs();
      const now = await page.evaluate((w) => window.benchNext(w), which);
      out.push((await taskMs()) - before);
      shown[which].push(now);
    }
    return out;
  };
  for (const which of ['letopis', 'cally']) await pass(which);
  const samples = { letopis: [], cally: [], driver: [] };
  requests = [];
  for (let p = 0; p < passes; p++)
    for (const which of ['letopis', 'cally']) samples[which].push(...(await pass(which)));
  for (let i = 0; i < months * passes; i++) {
    const before = await taskMs();
    await page.evaluate(() => window.benchIdle());
    samples.driver.push((await taskMs()) - before);
  }
  // Key presses between two months with news, both cached.
  await page.evaluate(() => window.benchReset('letopis', '2025-11'));
  const keys = await page.evaluate((n) => window.benchKeys(n), presses);
  await context.close();
  // requests: data requests of the timed passes and key presses (0 when every month was cached).
  return { ...samples, keys, shown, requests };
}
