import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { allInShadow, inShadow, mockSource, schemeStory, spread } from '../.storybook/helpers.js';
import type { Scheme } from '../src/components/shared/reading.js';
import { WP_FAIL, WP_SLOW, WP_SPARSE } from '../.storybook/mock-fetch.js';
import type { LetopisCalendar } from '../src/components/calendar/letopis-calendar.js';

type Args = Record<string, unknown>;

const calendarOf = (canvas: HTMLElement) => canvas.querySelector<LetopisCalendar>('letopis-calendar')!;

// `<letopis-calendar>`: a Monday-first month grid. Its attributes, parts and
// custom properties come from `custom-elements.json`; the data from the
// stories' mocked WordPress site (October–December 2017).
// The docs page takes the element's description from the manifest.
const meta: Meta<Args> = {
  title: 'Components/Calendar',
  component: 'letopis-calendar',
  args: { onChange: fn(), onLetopisMonthChange: fn() },
  render: (args, context) => {
    const { id, source } = mockSource(context);
    return html`${source}<letopis-calendar source=${id} ${spread(args)}></letopis-calendar>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A plain date picker: no source, no marks, today's month in the site zone (the toolbar's). */
export const Default: Story = {
  render: (args, { globals }) =>
    html`<letopis-calendar time-zone=${globals.timeZone} ${spread(args)}></letopis-calendar>`,
  play: async ({ canvasElement, args }) => {
    const calendar = calendarOf(canvasElement);
    await waitFor(() =>
      expect(allInShadow(calendar, '[part~="day"]:not([part~="outside"])').length).toBeGreaterThan(27),
    );
    const day = allInShadow(calendar, '[part~="day"]:not([part~="outside"])')[9];
    const date = day.dataset.date!;
    // The first click loads the calendar's interactions and is handled when they arrive.
    await userEvent.click(day);
    await waitFor(() => expect(args.onChange).toHaveBeenCalledTimes(1));
    await expect(calendar.value).toBe(date);
    await waitFor(() =>
      expect(inShadow(calendar, `[data-date="${date}"]`)?.getAttribute('part')).toContain('selected'),
    );
  },
};

/** The seed's October 2017, days with news marked and linked (`day-href`). */
export const SeedOctober2017: Story = {
  args: { month: '2017-10', 'day-href': '#/news/?date={date}' },
  play: async ({ canvasElement }) => {
    const calendar = calendarOf(canvasElement);
    await waitFor(() => expect(allInShadow(calendar, 'a[part~="has-news"]').length).toBeGreaterThan(10));
    const link = allInShadow<HTMLAnchorElement>(calendar, 'a[part~="has-news"]')[0];
    await expect(link.getAttribute('href')).toBe(`#/news/?date=${link.dataset.date}`);
  },
};

/** The source has not answered yet: the grid is drawn, busy. */
export const Loading: Story = {
  args: { month: '2017-10' },
  render: (args, context) => {
    const { id, source } = mockSource(context, { endpoint: WP_SLOW('forever'), timeout: 86_400_000 });
    return html`${source}<letopis-calendar source=${id} ${spread(args)}></letopis-calendar>`;
  },
  play: async ({ canvasElement }) => {
    const calendar = calendarOf(canvasElement);
    await waitFor(() => expect(inShadow(calendar, '[part~="grid"]')?.getAttribute('aria-busy')).toBe('true'));
  },
};

/** The endpoint answers 500: the status line says so and offers a retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: { month: '2017-10' },
  render: (args, context) => {
    const { id, source } = mockSource(context, { endpoint: WP_FAIL(500), retries: 0 });
    return html`${source}<letopis-calendar source=${id} ${spread(args)}></letopis-calendar>`;
  },
  play: async ({ canvasElement }) => {
    const calendar = calendarOf(canvasElement);
    await waitFor(() => expect(inShadow(calendar, '[part~="retry"]')).toBeVisible());
  },
};

/** Days outside `min`..`max` cannot be picked, nor the months beyond them. */
export const MinMax: Story = {
  args: { month: '2017-10', value: '2017-10-16', min: '2017-10-09', max: '2017-10-27' },
};

/** English labels (`lang="en"` on the element). */
export const English: Story = {
  args: { month: '2017-10', lang: 'en' },
};

/** Right to left: `dir="rtl"` around an Arabic calendar. */
export const RTL: Story = {
  args: { month: '2017-10', lang: 'ar' },
  render: (args, context) => {
    const { id, source } = mockSource(context);
    return html`<div dir="rtl">${source}<letopis-calendar source=${id} ${spread(args)}></letopis-calendar></div>`;
  },
};

/** Only the weeks the month needs: November 2017 takes five. */
export const FitWeeks: Story = {
  args: { month: '2017-11', 'fit-weeks': true },
};

/** A language with long month and weekday names: the layout must hold. */
export const LongNameLocale: Story = {
  args: { month: '2017-09', value: '2017-09-27', lang: 'de' },
};

/** The three layers of theming: inherited font and colour, `--letopis-*` properties, `::part()`. */
export const Themed: Story = {
  args: {
    month: '2017-10',
    value: '2017-10-26',
    '--letopis-accent': '#8a1538',
    '--letopis-accent-contrast': '#fff8e7',
    '--letopis-news-bg': '#f3dfc1',
    '--letopis-radius': '50%',
    '--letopis-cell-size': '2.5em',
  },
  render: (args, context) => {
    const { id, source } = mockSource(context);
    return html`<style>
        .letopis-themed {
          font:
            15px/1.4 Georgia,
            'Times New Roman',
            serif;
          color: #3b2a1a;
          background: #fff8e7;
          padding: 1em;
          display: inline-block;
        }
        .letopis-themed letopis-calendar::part(heading) {
          font-variant: small-caps;
          letter-spacing: 0.05em;
        }
        .letopis-themed letopis-calendar::part(weekday) {
          color: #8a1538;
          text-transform: uppercase;
          font-size: 0.75em;
        }
        .letopis-themed letopis-calendar::part(day has-news) {
          font-weight: 700;
        }
        .letopis-themed letopis-calendar::part(day weekend) {
          color: #a0522d;
        }
      </style>
      <div class="letopis-themed">${source}<letopis-calendar source=${id} ${spread(args)}></letopis-calendar></div>`;
  },
  // The colour tokens are colour pickers, the sizes text fields (helpers.ts, from the manifest), and
  // their values custom properties on the host: the selected day takes the accent.
  play: async ({ canvasElement, argTypes }) => {
    const control = (name: string) => (argTypes[name]?.control as { type?: string } | undefined)?.type;
    for (const name of ['--letopis-accent', '--letopis-news-bg', '--letopis-text', '--letopis-surface'])
      await expect(control(name), name).toBe('color');
    await expect(control('--letopis-cell-size')).toBe('text');
    await expect(argTypes.day?.control).toBe(false);
    const calendar = calendarOf(canvasElement);
    await expect(calendar.style.getPropertyValue('--letopis-accent')).toBe('#8a1538');
    await waitFor(() =>
      expect(getComputedStyle(inShadow(calendar, '[part~="selected"]')!).backgroundColor).toBe('rgb(138, 21, 56)'),
    );
  },
};

/** The site's low-vision mode ("версия для слабовидящих"): large text, yellow on black, set on a wrapper. */
export const LowVision: Story = {
  args: { month: '2017-10', value: '2017-10-26' },
  render: (args, context) => {
    const { id, source } = mockSource(context);
    return html`<style>
        .letopis-low-vision {
          font:
            28px/1.5 Arial,
            sans-serif;
          background: #000;
          color: #ff0;
          padding: 0.5em;
          display: inline-block;
          --letopis-accent: #ff0;
          --letopis-accent-contrast: #000;
          --letopis-news-bg: #333;
          --letopis-muted: #bbb;
          --letopis-surface: #000;
          --letopis-focus-ring: 4px solid #fff;
        }
        .letopis-low-vision letopis-calendar::part(day has-news) {
          text-decoration: underline;
          font-weight: 700;
        }
      </style>
      <div class="letopis-low-vision">
        ${source}<letopis-calendar source=${id} ${spread(args)}></letopis-calendar>
      </div>`;
  },
};

/** Prev/next jump over months without news (October → December 2017 → March 2018). */
export const SkipEmptyMonths: Story = {
  args: { month: '2017-10', 'skip-empty-months': true },
  render: (args, context) => {
    const { id, source } = mockSource(context, { endpoint: WP_SPARSE });
    return html`${source}<letopis-calendar source=${id} ${spread(args)}></letopis-calendar>`;
  },
};

// The calendar in each scheme (its `theme`): its data loaded, every text 4.5:1 or more.
const inScheme = (scheme: Scheme): Story =>
  schemeStory(
    'letopis-calendar',
    scheme,
    { month: '2017-10', value: '2017-10-26' },
    (el) =>
      !!inShadow(el, '[part~="has-news"]') && inShadow(el, '[part~="grid"]')?.getAttribute('aria-busy') === 'false',
  );
/** `theme="light"`: light. */
export const SchemeLight = inScheme('light');
/** `theme="dark"`: dark. */
export const SchemeDark = inScheme('dark');
/** `theme="lv-white"`: black on white (low vision). */
export const SchemeLvWhite = inScheme('lv-white');
/** `theme="lv-black"`: white on black (low vision). */
export const SchemeLvBlack = inScheme('lv-black');
/** `theme="lv-blue"`: dark blue on light blue (low vision). */
export const SchemeLvBlue = inScheme('lv-blue');
/** `theme="lv-brown"`: brown on beige (low vision). */
export const SchemeLvBrown = inScheme('lv-brown');
/** `theme="lv-green"`: green on dark brown (low vision). */
export const SchemeLvGreen = inScheme('lv-green');
