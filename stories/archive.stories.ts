import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { allInShadow, inShadow, mockSource, schemeStory, spread } from '../.storybook/helpers.js';
import type { Scheme } from '../src/components/shared/reading.js';
import type { LetopisArchive } from '../src/components/archive/letopis-archive.js';

type Args = Record<string, unknown>;

// `<letopis-archive>`: calendar, list and article over one source (the
// mocked WordPress site, October–December 2017). `route="none"` keeps the
// state out of the Storybook frame's URL.
// The docs page takes the element's description from the manifest.
const meta: Meta<Args> = {
  title: 'Components/Archive',
  component: 'letopis-archive',
  args: { route: 'none' },
  render: (args, context) => {
    const { id, source } = mockSource(context);
    return html`${source}<letopis-archive source=${id} ${spread(args)}></letopis-archive>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The feed beside the calendar; opening a title shows the article in the list's place. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const archive = canvasElement.querySelector<LetopisArchive>('letopis-archive')!;
    const list = () => inShadow(archive, 'letopis-news-list');
    await waitFor(() => expect(inShadow(list(), '[part~="item"] [part~="title"]')).not.toBeNull());
    const title = inShadow(list(), '[part~="item"] [part~="title"]')!;
    const text = title.textContent!.trim();
    await userEvent.click(title);
    await waitFor(() => expect(inShadow(archive, 'letopis-article')).not.toBeNull());
    const article = inShadow(archive, 'letopis-article')!;
    await waitFor(() => expect(inShadow(article, '[part~="title"]')?.textContent).toBe(text));
  },
};

/** Picking a day narrows the list to it; the article's back button returns to that day's list, focus on the item. */
export const PickADay: Story = {
  name: 'Pick a day, open, go back',
  play: async ({ canvasElement }) => {
    const archive = canvasElement.querySelector<LetopisArchive>('letopis-archive')!;
    const calendar = () => inShadow(archive, 'letopis-calendar');
    const list = () => inShadow(archive, 'letopis-news-list');
    await waitFor(() => expect(inShadow(calendar(), '[part~="has-news"]')).not.toBeNull());
    const day = inShadow(calendar(), '[part~="has-news"]:not([part~="outside"])')!;
    const date = day.dataset.date!;
    await userEvent.click(day);
    // The list shows that day only, under a heading that names it, and takes the focus.
    await waitFor(() => expect(inShadow(list(), '[part~="heading"]')?.textContent).toMatch(/^Новости за /));
    // The day's items, not the feed's still shown while they load.
    await waitFor(() => {
      const days = allInShadow(list(), '[part~="item"] [part~="time"]').map((t) =>
        t.getAttribute('datetime')!.slice(0, 10),
      );
      expect(days.length).toBeGreaterThan(0);
      expect(new Set(days)).toEqual(new Set([date]));
    });
    await waitFor(() => expect(list()!.shadowRoot!.activeElement).toBe(inShadow(list(), '[part~="heading"]')));
    // Open the first item, then its back button: the day's list again, focus on the item opened.
    const first = inShadow(list(), '[part~="item"]')!;
    const id = first.dataset.id!;
    await userEvent.click(first.querySelector('[part~="title"]')!);
    await waitFor(() => expect(inShadow(inShadow(archive, 'letopis-article'), '[part~="back"]')).not.toBeNull());
    await userEvent.click(inShadow(inShadow(archive, 'letopis-article'), '[part~="back"]')!);
    await waitFor(() => expect(list()).not.toBeNull());
    await waitFor(() =>
      expect(list()!.shadowRoot!.activeElement?.closest('[part~="item"]')?.getAttribute('data-id')).toBe(id),
    );
  },
};

/** Narrower than 720 px, the calendar goes below the list. */
export const Stacked: Story = {
  render: (args, context) => {
    const { id, source } = mockSource(context);
    return html`${source}
      <div style="max-width: 420px">
        <letopis-archive source=${id} ${spread(args)}></letopis-archive>
      </div>`;
  },
  play: async ({ canvasElement }) => {
    const archive = canvasElement.querySelector<LetopisArchive>('letopis-archive')!;
    // The layout once both have their data (the list's height comes with its items).
    await waitFor(() => {
      expect(inShadow(inShadow(archive, 'letopis-news-list'), '[part~="item"]')).not.toBeNull();
      expect(inShadow(inShadow(archive, 'letopis-calendar'), '[part~="has-news"]')).not.toBeNull();
      const list = inShadow(archive, 'letopis-news-list')!.getBoundingClientRect();
      const calendar = inShadow(archive, 'letopis-calendar')!.getBoundingClientRect();
      expect(calendar.top).toBeGreaterThanOrEqual(list.bottom);
      expect(calendar.right).toBeLessThanOrEqual(archive.getBoundingClientRect().right + 0.5);
    });
  },
};

/**
 * Styled from the page through the parts the archive forwards:
 * `letopis-archive::part(calendar-day calendar-has-news)` for the calendar's
 * days with news, `::part(list-title)` for the list's titles.
 */
export const StyledParts: Story = {
  render: (args, context) => {
    const { id, source } = mockSource(context);
    return html`${source}
      <style>
        letopis-archive.styled-parts::part(calendar-day calendar-has-news) {
          font-weight: bold;
          text-decoration: underline;
        }
        letopis-archive.styled-parts::part(list-title) {
          font-family: Georgia, serif;
        }
      </style>
      <letopis-archive class="styled-parts" source=${id} ${spread(args)}></letopis-archive>`;
  },
  play: async ({ canvasElement }) => {
    const archive = canvasElement.querySelector<LetopisArchive>('letopis-archive')!;
    const calendar = () => inShadow(archive, 'letopis-calendar');
    await waitFor(() => expect(inShadow(calendar(), '[part~="has-news"]')).not.toBeNull());
    await expect(getComputedStyle(inShadow(calendar(), '[part~="has-news"]')!).fontWeight).toBe('700');
    await expect(getComputedStyle(inShadow(calendar(), '[part~="day"]:not([part~="has-news"])')!).fontWeight).toBe(
      '400',
    );
    await waitFor(() => expect(inShadow(inShadow(archive, 'letopis-news-list'), '[part~="title"]')).not.toBeNull());
    const title = inShadow(inShadow(archive, 'letopis-news-list'), '[part~="title"]')!;
    await expect(getComputedStyle(title).fontFamily).toContain('Georgia');
  },
};

// The archive in each scheme (its `theme`): its data loaded, every text 4.5:1 or more.
const inScheme = (scheme: Scheme): Story =>
  schemeStory(
    'letopis-archive',
    scheme,
    {},
    (el) =>
      !!inShadow(inShadow(el, 'letopis-news-list'), '[part~="item"]') &&
      !!inShadow(inShadow(el, 'letopis-calendar'), '[part~="has-news"]'),
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
