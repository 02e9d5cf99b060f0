// The page side of scripts/bench/switch.mjs: one month switch per call, letopis's or Cally's,
// resolved once the new month is in the grid and a frame with it has been rendered.
const letopis = document.querySelector('letopis-calendar');
const cally = document.querySelector('calendar-date');
const frame = () => new Promise(requestAnimationFrame);
/** The task after the next frame: the frame's style, layout and paint are done by then. */
const channel = new MessageChannel();
const tick = () => new Promise((resolve) => ((channel.port1.onmessage = resolve), channel.port2.postMessage(0)));
const afterFrame = async () => {
  await frame();
  await tick();
};

/** The month letopis shows and whether its marks are in. */
const letopisShown = () => {
  const table = letopis.shadowRoot?.querySelector('table');
  return table?.getAttribute('aria-busy') === 'false' ? letopis.month : '';
};
const callyShown = () => cally.shadowRoot?.querySelector('#h')?.textContent ?? '';

const calendars = {
  letopis: {
    shown: letopisShown,
    next: () => letopis.shadowRoot.querySelector('[part~="next"]'),
    reset: (month) => (letopis.month = month),
  },
  cally: {
    shown: callyShown,
    next: () => cally.shadowRoot.querySelector('[part~="next"]'),
    reset: (month) => (cally.focusedDate = `${month}-01`),
  },
};

/** Resolves when `which` shows something other than `before` (and, for letopis, its marks). */
async function changed(which, before) {
  const { shown } = calendars[which];
  while (!shown() || shown() === before) await frame();
  await afterFrame();
}

window.benchReady = async () => {
  await customElements.whenDefined('letopis-calendar');
  await customElements.whenDefined('calendar-date');
  while (!letopisShown() || !callyShown()) await frame();
};

/** Shows `month` in `which` (outside the measure). */
window.benchReset = async (which, month) => {
  calendars[which].reset(month);
  await afterFrame();
  if (which === 'letopis') while (letopisShown() !== month) await frame();
  await afterFrame();
  return calendars[which].shown();
};

/** Clicks `which`'s next-month button; resolves after the frame that shows the next month. */
window.benchNext = async (which) => {
  const before = calendars[which].shown();
  calendars[which].next().click();
  await changed(which, before);
  return which === 'letopis' ? letopis.month : callyShown();
};

/** The driver alone: the same waits without a click. */
window.benchIdle = () => afterFrame();

/**
 * Key press to updated grid, letopis: ArrowRight on the focused day until the month changes.
 * For `presses` crossing presses (ArrowLeft takes the focus back, untimed): `work`, from before
 * the key event until the new month is in the grid plus the next frame's rendering (its
 * animation-frame callback to the task after it), and `toFrame`, key event to after that
 * frame, which includes the wait for the display's next frame.
 */
window.benchKeys = async (presses) => {
  const root = letopis.shadowRoot;
  const press = async (key) => {
    const day = root.querySelector('[data-date][tabindex="0"]');
    day.focus();
    const month = letopis.month;
    const t = performance.now();
    day.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    do await tick();
    while (letopis.month !== month && !letopisShown());
    const dom = performance.now() - t;
    await frame();
    const painting = performance.now();
    await tick();
    const end = performance.now();
    return {
      crossed: letopis.month !== month,
      dom,
      render: end - painting,
      work: dom + (end - painting),
      toFrame: end - t,
    };
  };
  const samples = [];
  while (samples.length < presses) {
    const r = await press('ArrowRight');
    if (!r.crossed) continue;
    samples.push(r);
    await press('ArrowLeft');
  }
  return samples;
};
