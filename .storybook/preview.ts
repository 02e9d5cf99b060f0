import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { configure } from 'storybook/test';
import customElements from '../custom-elements.json';
import '../src/define.js';
import { cssControls } from './helpers.js';
import { refused } from './mock-fetch.js';

// A play waits for what it asserts (`waitFor`, `findBy…`): data, and the chunks that load on first use —
// the sanitiser, the calendar's interactions, the reading settings — can take seconds on a busy machine
// or a designer's laptop, and Testing Library's default second turned a correct story red.
configure({ asyncUtilTimeout: 10_000 });

// Controls, the args table and the docs' descriptions come from the manifest (`npm run analyze`).
setCustomElementsManifest(customElements);

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
}

/** An element's `@summary` and description from the manifest (Storybook reads only the description, empty here). */
function describe(tag: unknown): string | undefined {
  const modules = (customElements as { modules?: { declarations?: Declaration[] }[] }).modules ?? [];
  const found = modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  return found && [found.summary, found.description].filter(Boolean).join('\n\n');
}

/**
 * The toolbar's locale, scheme, font scale and images are the `lang` and
 * `data-letopis-*` settings of a wrapper, as a page's own switches set them
 * (a story's own attributes on the element win): the widgets follow them in
 * place. Its site zone reaches the stories' sources through `mockSource()`,
 * so a new zone remounts the story, as a new page would.
 */
const withPage: Decorator = (story, { globals }) => html`
  <div
    lang=${globals.locale ?? 'ru'}
    data-letopis-theme=${globals.scheme && globals.scheme !== 'page' ? globals.scheme : nothing}
    data-letopis-font-scale=${globals.fontScale && globals.fontScale !== '100' ? `${globals.fontScale}%` : nothing}
    data-letopis-images=${globals.images && globals.images !== 'on' ? globals.images : nothing}
    style="display: contents"
  >
    ${keyed(globals.timeZone, story())}
  </div>
`;

/** `string | undefined` in the manifest is a text control, not an object one (likewise number and boolean). */
const primitive = (name: unknown): string | undefined => {
  const kinds = new Set(
    String(name)
      .split('|')
      .map((t) => t.trim())
      .filter((t) => t !== 'undefined' && t !== 'null'),
  );
  if (kinds.has('string')) return 'string';
  return kinds.size === 1 && (kinds.has('number') || kinds.has('boolean')) ? [...kinds][0] : undefined;
};

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    docs: { toc: false, extractComponentDescription: describe },
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets (`lang` on a wrapper)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'ru', title: 'ru — Русский' },
          { value: 'en', title: 'en — English' },
          { value: 'de', title: 'de — Deutsch (long names)' },
        ],
      },
    },
    timeZone: {
      description: 'The site time zone (`time-zone` on the source)',
      toolbar: {
        title: 'Site zone',
        icon: 'time',
        dynamicTitle: true,
        items: ['Europe/Moscow', 'Europe/Samara', 'Asia/Vladivostok', 'Asia/Kamchatka'],
      },
    },
    scheme: {
      description: "The page's colour scheme (`data-letopis-theme` on a wrapper)",
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'page', title: "The page's colours" },
          { value: 'light', title: 'light' },
          { value: 'dark', title: 'dark' },
          { value: 'auto', title: "auto — the reader's preference" },
          { value: 'lv-white', title: 'lv-white — black on white' },
          { value: 'lv-black', title: 'lv-black — white on black' },
          { value: 'lv-blue', title: 'lv-blue — dark blue on light blue' },
          { value: 'lv-brown', title: 'lv-brown — brown on beige' },
          { value: 'lv-green', title: 'lv-green — green on dark brown' },
        ],
      },
    },
    fontScale: {
      description: "The page's font scale (`data-letopis-font-scale` on a wrapper)",
      toolbar: {
        title: 'Font scale',
        icon: 'zoom',
        dynamicTitle: true,
        items: [
          { value: '100', title: '100 %' },
          { value: '150', title: '150 %' },
          { value: '200', title: '200 %' },
          { value: '300', title: '300 %' },
        ],
      },
    },
    images: {
      description: 'How the page shows images (`data-letopis-images` on a wrapper)',
      toolbar: {
        title: 'Images',
        icon: 'photo',
        dynamicTitle: true,
        items: [
          { value: 'on', title: 'images on' },
          { value: 'off', title: 'images off (alt text)' },
          { value: 'grayscale', title: 'images in grey' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'ru', timeZone: 'Europe/Moscow', scheme: 'page', fontScale: '100', images: 'on' },
  decorators: [withPage],
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([key, argType]) => {
          const name = argType.type && primitive(argType.type.name);
          return [key, name ? { ...argType, type: { ...argType.type, name } } : argType];
        }),
      ) as typeof argTypes,
    // Colour pickers for the colour tokens, text for the other custom properties, derived from the manifest.
    ({ argTypes }) => cssControls(argTypes),
  ],
  // The stories' data comes from the mock only: a request it refused fails the story's test.
  // Said once the play is over, before the story counts as finished: the browser check
  // (scripts/check/storybook-plays.mjs) sees it as the console error it is.
  beforeEach: () => {
    refused.length = 0;
  },
  afterEach: () => {
    if (refused.length) console.error(`letopis stories: requests outside the mock: ${refused.join(', ')}`);
  },
};

export default preview;
