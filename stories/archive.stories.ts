import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inShadow, mockSource, spread } from '../.storybook/helpers.js';
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
    await waitFor(() => expect(inShadow(list(), '[part~="item"] [part~="title"]')).not.toBeNull(), { timeout: 5000 });
    const title = inShadow(list(), '[part~="item"] [part~="title"]')!;
    const text = title.textContent!.trim();
    await userEvent.click(title);
    await waitFor(() => expect(inShadow(archive, 'letopis-article')).not.toBeNull());
    const article = inShadow(archive, 'letopis-article')!;
    await waitFor(() => expect(inShadow(article, '[part~="title"]')?.textContent).toBe(text), { timeout: 5000 });
  },
};
