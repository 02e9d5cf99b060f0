/** What the letopis stories share: args onto elements, a mocked source per story, shadow-root look-ups, schemes. */
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { expect, waitFor } from 'storybook/test';
import type { Scheme } from '../src/components/shared/reading.js';
import { lowContrastText } from '../test/helpers/contrast.js';
import { mockFetch, WP } from './mock-fetch.js';

type Args = Record<string, unknown>;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Puts a story's args on the element, so the controls the manifest gives
 * work: `kebab-case` and one-word args are attributes (`true` → present,
 * `false`/empty → absent), `--letopis-*` are custom properties, `onChange`-
 * style functions are listeners for `change` (`onLetopisSelect` →
 * `letopis-select`), and anything else — camelCase, objects — a property.
 */
class SpreadArgs extends Directive {
  #listeners: [string, EventListener][] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('spread() belongs on an element');
  }

  render(_args: Args) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [Args]) {
    const el = part.element as HTMLElement & Args;
    for (const [type, listener] of this.#listeners) el.removeEventListener(type, listener);
    this.#listeners = [];
    for (const [key, value] of Object.entries(args)) {
      if (/^on[A-Z]/.test(key)) {
        if (typeof value !== 'function') continue;
        const type = kebab(key.slice(2)).slice(1);
        const listener = value as EventListener;
        el.addEventListener(type, listener);
        this.#listeners.push([type, listener]);
      } else if (key.startsWith('--')) {
        if (value == null || value === '') el.style.removeProperty(key);
        else el.style.setProperty(key, String(value));
      } else if (/^[a-z][a-z0-9-]*$/.test(key) && (value == null || typeof value !== 'object')) {
        if (value == null || value === false || value === '') el.removeAttribute(key);
        else el.setAttribute(key, value === true ? '' : String(value));
      } else {
        el[key] = value;
      }
    }
    return nothing;
  }
}

export const spread = directive(SpreadArgs);

/** The toolbar's globals (preview.ts). */
export interface LetopisGlobals {
  locale?: string;
  timeZone?: string;
  /** The page's `data-letopis-theme`; `page` leaves it off. */
  scheme?: string;
  /** The page's `data-letopis-font-scale`, in per cent. */
  fontScale?: string;
  /** The page's `data-letopis-images`. */
  images?: string;
}

/**
 * The story of the element `tag` in one scheme (its `theme` attribute), with
 * `args`: once `loaded` says its data is in, the element must be in that
 * scheme and every text it shows must reach 4.5:1 (WCAG 1.4.3), measured from
 * the resolved colours as the test suite measures them.
 */
export function schemeStory(tag: string, scheme: Scheme, args: Args, loaded: (el: HTMLElement) => boolean) {
  return {
    name: `Scheme: ${scheme}`,
    args: { ...args, theme: scheme },
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      const el = canvasElement.querySelector<HTMLElement>(tag)!;
      await waitFor(() => expect(el.getAttribute('data-letopis-scheme')).toBe(scheme));
      await waitFor(() => expect(loaded(el)).toBe(true));
      await expect(lowContrastText(el.shadowRoot!)).toEqual([]);
    },
  };
}

export interface MockSourceOptions {
  endpoint?: string;
  preset?: string;
  map?: string;
  pageSize?: number;
  retries?: number;
  timeout?: number;
  /** The data itself (property): no fetch at all. */
  data?: unknown;
}

let sources = 0;

/**
 * A `<letopis-source>` for one story: its `time-zone` is the toolbar's site
 * zone and its `fetch` the mock (.storybook/mock-fetch.ts). Widgets point at
 * it with `source=${id}`; the id is unique, since a docs page shows many
 * stories at once.
 */
export function mockSource(
  context: { id: string; globals: LetopisGlobals },
  { endpoint = WP, preset = 'wordpress', map, pageSize, retries, timeout, data }: MockSourceOptions = {},
): { id: string; source: TemplateResult } {
  const id = `${context.id}--source-${++sources}`;
  const timeZone = context.globals.timeZone ?? 'Europe/Moscow';
  const attrs: Args = {
    id,
    endpoint: data === undefined ? endpoint : undefined,
    preset,
    map,
    'time-zone': timeZone,
    'page-size': pageSize,
    retries,
    timeout,
  };
  return {
    id,
    source: html`<letopis-source ${spread(attrs)} .fetch=${mockFetch(timeZone)} .data=${data}></letopis-source>`,
  };
}

/** The first element matching `selector` in `host`'s shadow root. */
export function inShadow<T extends HTMLElement = HTMLElement>(host: Element | null | undefined, selector: string) {
  return host?.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** Every element matching `selector` in `host`'s shadow root. */
export function allInShadow<T extends HTMLElement = HTMLElement>(host: Element | null | undefined, selector: string) {
  return [...(host?.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** An argType as the web-components renderer makes it from the manifest (the fields read here). */
interface ManifestArgType {
  name?: string;
  control?: unknown;
  table?: { category?: string; defaultValue?: { summary?: unknown } };
}

/**
 * Whether a custom property of the manifest holds a colour: its default
 * parses as one (`#0b5cad`, `Canvas`, `color-mix(…)`; a `var()` in it is read
 * as a colour, so `2px solid var(--x)` is no colour), or, without a default,
 * its name says so (`-text`, `-bg`, `-background`, `-border`, `-surface`…).
 */
export function isColourToken(name: string, fallback: unknown): boolean {
  if (typeof fallback === 'string' && fallback.trim()) {
    const value = fallback.replace(/var\(--[\w-]+\)/g, 'currentColor');
    return CSS.supports('color', value);
  }
  return /-(text|bg|background|border|surface|accent|muted|colou?r)(-|$)/.test(name);
}

/**
 * The controls a designer needs from the manifest's CSS: a colour picker for
 * every colour token, a text field for the other custom properties (sizes,
 * the focus ring) — Storybook offers "Set object" for both — and none for
 * shadow parts, which are styled from the page, not set. The colour
 * defaults that are plain colours are the picker's swatches. Values reach the
 * element as custom properties on its host (`spread()`).
 */
export function cssControls<T extends Record<string, ManifestArgType>>(argTypes: T): T {
  const entries = Object.entries(argTypes);
  const swatches = [
    ...new Set(
      entries
        .map(([, a]) => a.table?.defaultValue?.summary)
        .filter((d): d is string => typeof d === 'string' && /^#[\da-f]{3,8}$/i.test(d)),
    ),
  ];
  return Object.fromEntries(
    entries.map(([key, argType]) => {
      const category = argType.table?.category;
      if (category === 'css shadow parts') return [key, { ...argType, control: false }];
      if (category !== 'css custom properties') return [key, argType];
      const colour = isColourToken(key, argType.table?.defaultValue?.summary);
      const control = colour ? { type: 'color', presetColors: swatches } : { type: 'text' };
      return [key, { ...argType, control }];
    }),
  ) as T;
}
