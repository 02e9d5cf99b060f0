/**
 * Page objects: how the tests read letopis elements — through their shadow
 * roots and parts, as a stylesheet or a screen reader would — so that no test
 * file redefines its own queries.
 */
import { waitUntil } from '@open-wc/testing';
import { spaces } from './time.js';

/** The first match inside an element's shadow root (null at run time when nothing matches). */
export const $ = <T extends HTMLElement = HTMLElement>(host: Element, selector: string): T =>
  host.shadowRoot!.querySelector<T>(selector)!;

/** Every element inside these hosts' shadow roots, nested ones (an archive's widgets) too. */
export function shadowElements(hosts: Element[]): Element[] {
  const out: Element[] = [];
  const visit = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  for (const host of hosts) if (host.shadowRoot) visit(host.shadowRoot);
  return out;
}

/** Every match inside an element's shadow root. */
export const $$ = <T extends HTMLElement = HTMLElement>(host: Element, selector: string): T[] => [
  ...host.shadowRoot!.querySelectorAll<T>(selector),
];

/** A match inside the shadow root of a host that may not be there yet. */
export const deep = (host: Element | null | undefined, selector: string): HTMLElement | null =>
  host?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

/** The element that has focus, followed through shadow roots. */
export function deepFocus(): Element | null {
  let focused: Element | null = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

/** The part names of a node: `['day', 'has-news', 'today']`. */
export const parts = (node: Element): string[] => node.getAttribute('part')!.split(' ');

/**
 * A view count as readers meet it: the number shown beside its icon, and the
 * words a screen reader hears instead ("3822 просмотра").
 */
export function viewCount(scope: ParentNode): { shown: string; said: string } {
  const part = scope.querySelector<HTMLElement>('[part~="views"]')!;
  const said = part.nextElementSibling?.classList.contains('sr') ? part.nextElementSibling.textContent : null;
  return { shown: part.textContent!.trim(), said: said?.trim() ?? '' };
}

/** Records events of some types on a target, in order. */
export function record(target: EventTarget, ...types: string[]): Event[] {
  const seen: Event[] = [];
  for (const type of types) target.addEventListener(type, (e) => seen.push(e));
  return seen;
}

/**
 * Whether a plain click on `node` is left to the browser (a link followed) or
 * taken over by the element: the default is read after the element has
 * handled the click, then prevented, so the test page never navigates.
 */
export function clickTakesOver(node: HTMLElement): boolean {
  let prevented = false;
  const listener = (e: Event) => {
    prevented = e.defaultPrevented;
    e.preventDefault();
  };
  window.addEventListener('click', listener);
  try {
    node.click();
  } finally {
    window.removeEventListener('click', listener);
  }
  return prevented;
}

/** `<letopis-calendar>`. */
export const calendar = {
  day: (el: Element, date: string) => $(el, `[data-date="${date}"]`),
  days: (el: Element) => $$(el, '[part~="day"]'),
  /** The month and year shown: `Октябрь 2017`. */
  heading: (el: Element) => spaces($(el, '#label').textContent!.trim()),
  /** The date of the focused day. */
  focused: (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.date,
  busy: (el: Element) => $(el, '[part="grid"]').getAttribute('aria-busy') === 'true',
  /** Month moves and the keyboard are handled by a chunk the calendar loads on first contact: let it land. */
  async settle(el: Element & { updateComplete: Promise<unknown> }) {
    await import('../../src/components/calendar/interactions.js');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
  },
  /**
   * Gives the calendar its first contact (focus on its day with the roving
   * tabindex) and waits for its interactions: from then on, clicks and keys
   * are handled as they happen, as for a reader who has pointed at it.
   */
  async contact(el: Element & { updateComplete: Promise<unknown> }) {
    $(el, '[data-date][tabindex="0"]').focus();
    await calendar.settle(el);
  },
};

/** `<letopis-news-list>`. */
export const list = {
  items: (el: Element) => $$(el, '[part~="item"]'),
  titles: (el: Element) => $$(el, '[part~="title"]').map((t) => t.textContent),
  /** Waits for the list to show news, its empty line or its error. */
  settled: (el: Element) =>
    waitUntil(
      () => !$(el, '[part~="loading"]') && $(el, '[part~="list"],[part~="empty"],[part~="error"]'),
      'the list settles',
      { timeout: 5000 },
    ),
};

/** `<letopis-article>`. */
export const article = {
  /** Waits for the article's title or its error. */
  ready: (el: Element) =>
    waitUntil(() => $(el, '[part~="title"],[part~="error"]'), 'the article settles', { timeout: 5000 }),
};

/** `<letopis-archive>`. */
export const archive = {
  /** Its list, once rendered. */
  list: (el: Element) => deep(el, 'letopis-news-list'),
  /** Waits for its list to show news. */
  ready: (el: Element) =>
    waitUntil(() => deep(deep(el, 'letopis-news-list'), '[part~="item"]'), 'the archive’s feed', { timeout: 5000 }),
};

/** Waits until every widget has taken `scheme` (null: none); the reading settings load with their own chunk. */
export const schemed = (widgets: HTMLElement[], scheme: string | null): Promise<void> =>
  waitUntil(() => widgets.every((w) => w.getAttribute('data-letopis-scheme') === scheme), `scheme ${scheme}`, {
    timeout: 5000,
  });
