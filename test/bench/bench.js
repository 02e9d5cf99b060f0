// Benchmarks, run in headless Chromium by scripts/bench.mjs against the built
// dist/letopis.js. Each returns raw samples (ms); the runner prints medians and p95.
import { NewsSource } from '/dist/letopis.js';

const stage = document.getElementById('stage');
const now = () => performance.now();
const frame = () => new Promise(requestAnimationFrame);
/** Yields to the event loop without setTimeout's 4 ms clamp on nested calls. */
const channel = new MessageChannel();
const tick = () => new Promise((resolve) => ((channel.port1.onmessage = resolve), channel.port2.postMessage(0)));

/** A JSON Feed body of `n` items, ten minutes apart, newest first, with leads and HTML bodies. */
function feed(n) {
  const start = Date.UTC(2017, 10, 30, 20, 0, 0);
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push({
      id: `n${i}`,
      url: `https://region.example/news/${i}`,
      title: `Новость номер ${i} &laquo;о событиях&raquo; в районе`,
      summary: `Краткое содержание новости ${i}`,
      content_html: `<p>Текст новости ${i}.</p><p>Второй абзац.</p>`,
      date_published: new Date(start - i * 600_000).toISOString(),
      tags: [i % 2 ? 'Экономика' : 'Общество'],
    });
  }
  return { version: 'https://jsonfeed.org/version/1.1', items };
}

/** Normalising 10 000 items: dates placed (days) and every field read (list). */
async function normalise(runs = 15) {
  const body = feed(10_000);
  const days = [];
  const full = [];
  for (let i = 0; i < runs + 2; i++) {
    // The engine and preset chunks load once, outside the timing.
    if (!i) await new NewsSource({ preset: 'jsonfeed', data: body }).list({ pageSize: 1 });
    const b = new NewsSource({ preset: 'jsonfeed', data: body });
    let t = now();
    await b.days({ from: '2017-01-01', to: '2017-12-31' });
    const d = now() - t;
    const c = new NewsSource({ preset: 'jsonfeed', data: body });
    t = now();
    const page = await c.list({ pageSize: 10_000 });
    const f = now() - t;
    if (page.items.length !== 10_000) throw new Error(`expected 10000 items, got ${page.items.length}`);
    if (i >= 2) {
      days.push(d);
      full.push(f);
    }
  }
  return {
    'normalise 10 000 items: dates (days query)': days,
    'normalise 10 000 items: all fields (list query)': full,
  };
}

/** Key press to updated grid, switching between months whose data is cached. */
async function monthSwitch(switches = 200) {
  const body = feed(20_000); // ~140 days of news: every month visited is cached
  const source = new NewsSource({ preset: 'jsonfeed', data: body });
  const cal = document.createElement('letopis-calendar');
  cal.month = '2017-08';
  cal.source = source;
  cal.max = '2030-01-01';
  stage.replaceChildren(cal);
  await cal.updateComplete;
  const root = cal.shadowRoot;
  const ready = (month) =>
    root.querySelector('#label')?.textContent &&
    cal.month === month &&
    root.querySelector('table').getAttribute('aria-busy') === 'false' &&
    root.querySelector(`[data-date^="${month}"][part~="has-news"]`);
  const press = async (key, month) => {
    const day = root.querySelector('[data-date][tabindex="0"]');
    day.focus();
    const t = now();
    day.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    while (!ready(month)) await tick();
    return now() - t;
  };
  const months = ['2017-08', '2017-09', '2017-10', '2017-11'];
  // Warm: the interactions chunk and every month's data.
  for (const m of months.slice(1)) await press('PageDown', m);
  for (const m of months.slice(0, -1).reverse()) await press('PageUp', m);
  const samples = [];
  let index = 0;
  let direction = 1;
  for (let i = 0; i < switches; i++) {
    if (index + direction < 0 || index + direction >= months.length) direction = -direction;
    index += direction;
    samples.push(await press(direction > 0 ? 'PageDown' : 'PageUp', months[index]));
  }
  return { 'calendar: key press to updated grid (cached month)': samples };
}

/** A list of 10 000 items: first render, rows in the DOM, frame times while scrolling through it. */
async function longList(runs = 7) {
  const body = feed(10_000);
  const first = [];
  let rows = 0;
  for (let i = 0; i < runs + 1; i++) {
    const source = new NewsSource({ preset: 'jsonfeed', data: body, pageSize: 10_000 });
    await source.list(); // data read and cached: this times the list's render
    const list = document.createElement('letopis-news-list');
    list.source = source;
    list.display = '';
    stage.replaceChildren(list);
    const t = now();
    while (
      !list.shadowRoot?.querySelector('[part~="item"]') ||
      list.shadowRoot.querySelectorAll('[part~="item"]').length > 1000
    )
      await frame();
    if (i) first.push(now() - t);
    rows = list.shadowRoot.querySelectorAll('[part~="item"]').length;
  }
  // Scroll from top to bottom, a viewport per frame, timing every frame.
  const frames = [];
  const end = document.documentElement.scrollHeight;
  let last = await frame();
  for (let y = 0; y < end; y += innerHeight) {
    scrollTo(0, y);
    const t = await frame();
    frames.push(t - last);
    last = t;
  }
  const rowsAfter = stage.firstElementChild.shadowRoot.querySelectorAll('[part~="item"]').length;
  return {
    'list of 10 000: first render (data cached)': first,
    'list of 10 000: frame time while scrolling': frames,
    counts: {
      'rows in the DOM after first render': rows,
      'rows in the DOM at the end of the list': rowsAfter,
      'frames measured (one viewport scrolled per frame)': frames.length,
      // At 60 Hz a frame is 16.7 ms: a longer one is a dropped frame.
      'frames longer than 17 ms (dropped)': frames.filter((f) => f > 17).length,
      'page height px': end,
    },
  };
}

window.runBenchmarks = async () => ({ ...(await normalise()), ...(await monthSwitch()), ...(await longList()) });
