import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import customElements from '../custom-elements.json';
import '../src/define.js';
import { refused } from './mock-fetch.js';

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
 * The toolbar's locale is the `lang` of a wrapper (a story's own `lang` on
 * the element wins): the widgets follow it in place, as they follow a page's
 * language switch. Its site zone reaches the stories' sources through
 * `mockSource()`, so a new zone remounts the story, as a new page would.
 */
const withLocale: Decorator = (story, { globals }) => html`
  <div lang=${globals.locale ?? 'ru'} style="display: contents">${keyed(globals.timeZone, story())}</div>
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
  },
  initialGlobals: { locale: 'ru', timeZone: 'Europe/Moscow' },
  decorators: [withLocale],
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([key, argType]) => {
          const name = argType.type && primitive(argType.type.name);
          return [key, name ? { ...argType, type: { ...argType.type, name } } : argType];
        }),
      ) as typeof argTypes,
  ],
  // The stories' data comes from the mock only: a request it refused fails the story's test.
  beforeEach: () => {
    refused.length = 0;
    return () => {
      if (refused.length) console.error(`letopis stories: requests outside the mock: ${refused.join(', ')}`);
    };
  },
};

export default preview;
