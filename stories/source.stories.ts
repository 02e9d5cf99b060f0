import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { allInShadow } from '../.storybook/helpers.js';
import { SEED_FEED, seedFeed } from '../test/fixtures/seed.js';

type Args = Record<string, unknown>;

// `<letopis-source>` is not drawn: it owns the NewsSource its widgets read.
// The attributes describe the data; the stories' sources take their `fetch`
// from the mock, this one needs none.
// The docs page takes the element's description from the manifest.
const meta: Meta<Args> = {
  title: 'Components/Source',
  component: 'letopis-source',
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Inline data: a `<script type="application/json">` child is the data itself
 * (here the seed's feed as a JSON Feed), and nothing is fetched. Markup an
 * integrator can paste into a CMS template as is:
 *
 * ```html
 * <letopis-source id="news" preset="jsonfeed" time-zone="Europe/Moscow">
 *   <script type="application/json">{"version": "https://jsonfeed.org/version/1.1", "items": [...]}</script>
 * </letopis-source>
 * <letopis-news-list source="news" display=""></letopis-news-list>
 * ```
 */
export const InlineData: Story = {
  name: 'Inline data',
  render: (_args, { id, globals }) => {
    const root = document.createElement('div');
    const source = document.createElement('letopis-source');
    source.id = `${id}--inline`;
    source.setAttribute('preset', 'jsonfeed');
    source.setAttribute('time-zone', globals.timeZone ?? 'Europe/Moscow');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(seedFeed(), null, 2);
    source.append(script);
    const list = document.createElement('letopis-news-list');
    list.setAttribute('source', source.id);
    list.setAttribute('display', '');
    list.setAttribute('heading', 'Лента новостей');
    root.append(source, list);
    return root;
  },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('letopis-news-list')!;
    await waitFor(() => expect(allInShadow(list, '[part~="item"]')).toHaveLength(SEED_FEED.length));
  },
};
