import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { allInShadow, inShadow, mockSource, schemeStory, spread } from '../.storybook/helpers.js';
import type { Scheme } from '../src/components/shared/reading.js';
import { relativeFeed, WP_EMPTY, WP_FAIL, WP_SLOW } from '../.storybook/mock-fetch.js';
import { SEED_FEED, seedFeed } from '../test/fixtures/seed.js';
import type { LetopisNewsList } from '../src/components/news-list/letopis-news-list.js';

type Args = Record<string, unknown>;

const listOf = (canvas: HTMLElement) => canvas.querySelector<LetopisNewsList>('letopis-news-list')!;
const items = (list: LetopisNewsList) => allInShadow(list, '[part~="item"]');

// `<letopis-news-list>`, "Лента новостей": the seed's feed as a JSON Feed,
// and the mocked WordPress site (October–December 2017) for paging and days.
// The docs page takes the element's description from the manifest.
const meta: Meta<Args> = {
  title: 'Components/News list',
  component: 'letopis-news-list',
  // `heading` and `section` are attributes as well as parts: keep their controls.
  argTypes: {
    heading: { control: 'text', table: { category: 'attributes' } },
    section: { control: 'text', table: { category: 'attributes' } },
  },
  args: { 'item-href': '#/news/{id}', onLetopisSelect: fn() },
  render: (args, context) => {
    const { id, source } = mockSource(context);
    return html`${source}<letopis-news-list source=${id} ${spread(args)}></letopis-news-list>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The seed's "Лента новостей" of 2 January 2026: twenty titles with their times, nothing else (`display=""`). */
export const SeedFeed: Story = {
  args: {
    display: '',
    heading: 'Лента новостей',
    'all-href': '#/news/',
    'archive-href': '#/news/archive/',
  },
  render: (args, context) => {
    const { id, source } = mockSource(context, { preset: 'jsonfeed', data: seedFeed() });
    return html`${source}<letopis-news-list source=${id} ${spread(args)}></letopis-news-list>`;
  },
  play: async ({ canvasElement }) => {
    const list = listOf(canvasElement);
    await waitFor(() => expect(items(list)).toHaveLength(SEED_FEED.length));
    // Newest first, whatever the order in the feed.
    await expect(inShadow(list, '[part~="item"] [part~="title"]')?.textContent?.trim()).toBe(SEED_FEED[0][1]);
  },
};

/** Leads, thumbnails, views and sections (`display="lead image views section"`). */
export const WithLeadsAndImages: Story = {
  args: { display: 'lead image views section', 'page-size': 6 },
  render: (args, context) => {
    const { id, source } = mockSource(context, { map: '{"views": "views"}' });
    return html`${source}<letopis-news-list source=${id} ${spread(args)}></letopis-news-list>`;
  },
};

/** A week of October 2017 (`from`/`to`) with a header for every day. */
export const GroupByDay: Story = {
  args: { from: '2017-10-23', to: '2017-10-29', 'group-by-day': true, display: '', 'page-size': 50 },
};

/** "Показать ещё": each click adds a page. */
export const PagingMore: Story = {
  args: { paging: 'more', 'page-size': 5, display: 'lead' },
  play: async ({ canvasElement }) => {
    const list = listOf(canvasElement);
    await waitFor(() => expect(items(list)).toHaveLength(5));
    await userEvent.click(inShadow(list, '[part~="more"]')!);
    await waitFor(() => expect(items(list)).toHaveLength(10));
  },
};

/** A numbered pager: one page at a time. */
export const PagingPages: Story = {
  args: { paging: 'pages', 'page-size': 5, display: 'lead' },
};

/** The next page loads when the button scrolls into view; a second button stops that. */
export const PagingInfinite: Story = {
  args: { paging: 'infinite', 'page-size': 5, display: 'lead' },
};

/** The skeleton while the first page is on its way. */
export const Loading: Story = {
  render: (args, context) => {
    const { id, source } = mockSource(context, { endpoint: WP_SLOW('forever'), timeout: 86_400_000 });
    return html`${source}<letopis-news-list source=${id} ${spread(args)}></letopis-news-list>`;
  },
  play: async ({ canvasElement }) => {
    const list = listOf(canvasElement);
    await waitFor(() => expect(inShadow(list, '[part~="loading"]')?.getAttribute('aria-busy')).toBe('true'));
  },
};

/** No news at all. */
export const Empty: Story = {
  render: (args, context) => {
    const { id, source } = mockSource(context, { endpoint: WP_EMPTY });
    return html`${source}<letopis-news-list source=${id} ${spread(args)}></letopis-news-list>`;
  },
  play: async ({ canvasElement }) => {
    const list = listOf(canvasElement);
    await waitFor(() => expect(inShadow(list, '[part~="empty"]')).toBeVisible());
  },
};

/** The endpoint answers 500: the error and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args, context) => {
    const { id, source } = mockSource(context, { endpoint: WP_FAIL(500), retries: 0 });
    return html`${source}<letopis-news-list source=${id} ${spread(args)}></letopis-news-list>`;
  },
  play: async ({ canvasElement }) => {
    const list = listOf(canvasElement);
    await waitFor(() => expect(inShadow(list, '[part~="retry"]')).toBeVisible());
  },
};

/** "Сегодня, …" and "Вчера, …" (`relative-days`): the seed's titles dated over the last two days. */
export const RelativeDays: Story = {
  args: { 'relative-days': true, display: '' },
  render: (args, context) => {
    const { id, source } = mockSource(context, { preset: 'jsonfeed', data: relativeFeed() });
    return html`${source}<letopis-news-list source=${id} ${spread(args)}></letopis-news-list>`;
  },
  play: async ({ canvasElement }) => {
    const list = listOf(canvasElement);
    await waitFor(() => expect(items(list)).toHaveLength(SEED_FEED.length));
    // The newest item is 20 minutes old: today's, or yesterday's just after midnight.
    await expect(inShadow(list, '[part~="time"]')?.textContent).toMatch(/^\s*(Сегодня|Вчера|Today|Yesterday),/);
  },
};

/** A JSON Feed of `n` items, ten minutes apart, newest first. */
const longFeed = (n: number) => ({
  version: 'https://jsonfeed.org/version/1.1',
  items: Array.from({ length: n }, (_, i) => ({
    id: `long-${i}`,
    title: `Новость ${n - i} из ${n}`,
    summary: i % 3 ? undefined : 'Краткое содержание: у каждой третьей новости есть лид.',
    date_published: new Date(Date.UTC(2017, 11, 31, 20) - i * 600_000).toISOString(),
  })),
});

/**
 * 10 000 items in one page (`page-size="10000"`, `paging="none"`): only the
 * rows near the viewport are in the DOM, between two spacers that keep the
 * page as tall as the whole list. Scroll it, or Tab through its links.
 */
export const LongList: Story = {
  name: 'Long list (10 000 items)',
  args: { display: 'lead', 'page-size': 10_000, paging: 'none' },
  render: (args, context) => {
    const { id, source } = mockSource(context, { preset: 'jsonfeed', data: longFeed(10_000) });
    return html`${source}<letopis-news-list source=${id} ${spread(args)}></letopis-news-list>`;
  },
  play: async ({ canvasElement }) => {
    const list = listOf(canvasElement);
    await waitFor(() => expect(inShadow(list, '[part~="list"] > .spacer')).not.toBeNull());
    await waitFor(() => expect(items(list).length).toBeGreaterThan(5));
    // Bounded rows, the whole height kept, and the screen reader still told where it is.
    await expect(items(list).length).toBeLessThan(80);
    await expect(list.offsetHeight).toBeGreaterThan(10_000 * 20);
    await expect(items(list)[0].getAttribute('aria-setsize')).toBe('10000');
  },
};

// The list in each scheme (its `theme`): its data loaded, every text 4.5:1 or more.
const inScheme = (scheme: Scheme): Story =>
  schemeStory(
    'letopis-news-list',
    scheme,
    { display: 'lead image views section', 'page-size': 4 },
    (el) => allInShadow(el, '[part~="item"]').length === 4,
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
