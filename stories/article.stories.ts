import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, waitFor } from 'storybook/test';
import { inShadow, mockSource, schemeStory, spread } from '../.storybook/helpers.js';
import type { Scheme } from '../src/components/shared/reading.js';
import { WP_FAIL, WP_FIXTURE, WP_SLOW } from '../.storybook/mock-fetch.js';
import { SEED_ARTICLE } from '../test/fixtures/seed.js';
import type { LetopisArticle } from '../src/components/article/letopis-article.js';

type Args = Record<string, unknown>;

const articleOf = (canvas: HTMLElement) => canvas.querySelector<LetopisArticle>('letopis-article')!;

// `<letopis-article>`: the seed's article (a Bitrix export), an HTML body, and the states without one.
// The docs page takes the element's description from the manifest.
const meta: Meta<Args> = {
  title: 'Components/Article',
  component: 'letopis-article',
  args: { 'article-id': '1001', 'back-href': '#/news/', onLetopisBack: fn() },
  render: (args, context) => {
    const { id, source } = mockSource(context);
    return html`${source}<letopis-article source=${id} ${spread(args)}></letopis-article>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The seed's article of 8 February 2018: "08 февраля 2018, 12:46", 3822 views, a section, a lead, paragraphs. */
export const SeedArticle: Story = {
  args: { 'article-id': SEED_ARTICLE.ID },
  render: (args, context) => {
    const { id, source } = mockSource(context, { preset: 'bitrix', data: { result: { news: [SEED_ARTICLE] } } });
    return html`${source}<letopis-article source=${id} ${spread(args)}></letopis-article>`;
  },
  play: async ({ canvasElement }) => {
    const article = articleOf(canvasElement);
    await waitFor(() => expect(inShadow(article, '[part~="views"]')?.textContent?.trim()).toBe('3822'));
    await expect(inShadow(article, '[part~="title"]')?.textContent).toBe(SEED_ARTICLE.NAME);
  },
};

/** A WordPress body with a `<script>` and an `onclick` in it (test/fixtures/wordpress/posts.json): both are gone. */
export const HtmlBody: Story = {
  args: { 'article-id': '501', 'heading-level': 2 },
  render: (args, context) => {
    const { id, source } = mockSource(context, { endpoint: WP_FIXTURE });
    return html`${source}<letopis-article source=${id} ${spread(args)}></letopis-article>`;
  },
  play: async ({ canvasElement }) => {
    const article = articleOf(canvasElement);
    // The body shows once DOMPurify, a chunk of its own, has loaded and sanitised it.
    await waitFor(() => expect(inShadow(article, '[part~="body"]')?.textContent).toContain('Второй абзац'));
    const body = inShadow(article, '[part~="body"]')!;
    await expect(body.querySelector('script, [onclick]')).toBeNull();
    await expect((window as { __letopisXss?: boolean }).__letopisXss).toBeUndefined();
  },
};

/** An id the site does not know (404): "Новость не найдена" and the way back. */
export const NotFound: Story = {
  args: { 'article-id': '424242' },
  play: async ({ canvasElement }) => {
    const article = articleOf(canvasElement);
    await waitFor(() => expect(inShadow(article, '[part~="error"]')).toBeVisible());
    await expect(inShadow(article, '[part~="back"]')).toBeVisible();
  },
};

/** The endpoint answers 500: the error and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args, context) => {
    const { id, source } = mockSource(context, { endpoint: WP_FAIL(500), retries: 0 });
    return html`${source}<letopis-article source=${id} ${spread(args)}></letopis-article>`;
  },
  play: async ({ canvasElement }) => {
    const article = articleOf(canvasElement);
    await waitFor(() => expect(inShadow(article, '[part~="retry"]')).toBeVisible());
  },
};

/** The skeleton while the article is on its way. */
export const Loading: Story = {
  render: (args, context) => {
    const { id, source } = mockSource(context, { endpoint: WP_SLOW('forever'), timeout: 86_400_000 });
    return html`${source}<letopis-article source=${id} ${spread(args)}></letopis-article>`;
  },
  play: async ({ canvasElement }) => {
    const article = articleOf(canvasElement);
    await waitFor(() => expect(inShadow(article, '[part~="loading"]')?.getAttribute('aria-busy')).toBe('true'));
  },
};

// The article in each scheme (its `theme`): its data loaded, every text 4.5:1 or more.
const inScheme = (scheme: Scheme): Story =>
  schemeStory(
    'letopis-article',
    scheme,
    { display: 'views section image lead' },
    (el) => !!inShadow(el, '[part~="body"] p'),
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
