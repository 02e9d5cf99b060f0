/**
 * Contrast as WCAG 2.2 computes it (1.4.3 text ≥ 4.5:1, 1.4.11 UI ≥ 3:1),
 * from the colours the browser resolved: any CSS colour is turned into sRGB
 * by painting it (so `color-mix()`, `oklch()` and system colours all count),
 * and a translucent colour is laid over what is behind it.
 */

type Rgba = [number, number, number, number];

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const paint = canvas.getContext('2d', { willReadFrequently: true })!;

/** A CSS colour as sRGB 0–255 and alpha 0–1. */
export function rgba(color: string): Rgba {
  paint.clearRect(0, 0, 1, 1);
  paint.fillStyle = '#000';
  paint.fillStyle = color;
  paint.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` laid over an opaque `bottom`. */
const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [
  r * a + R * (1 - a),
  g * a + G * (1 - a),
  b * a + B * (1 - a),
  1,
];

function luminance([r, g, b]: Rgba): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The contrast ratio of two opaque colours, 1–21. */
export function ratio(a: Rgba, b: Rgba): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

const parentOf = (node: Element): Element | null =>
  node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;

/** The opaque colour behind an element: its own background and its ancestors', through shadow roots. */
export function backdrop(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let n: Element | null = element; n; n = parentOf(n)) {
    const bg = rgba(getComputedStyle(n).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] === 1) break;
  }
  let colour: Rgba = [255, 255, 255, 1]; // the canvas of the page
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

/** The text colour of an element, over what is behind it. */
export const textColour = (element: Element): Rgba => over(rgba(getComputedStyle(element).color), backdrop(element));

/** Every element in these roots (shadow roots included) that shows text of its own, visibly. */
function textElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      const own = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim());
      if (!own || el.closest('.sr') || el.matches('style, script')) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width && box.height && style.visibility !== 'hidden' && Number(style.opacity) > 0.5) found.push(el);
    }
  };
  visit(root);
  return found;
}

/** Text below 4.5:1 against what is behind it, each as `description: ratio`. */
export function lowContrastText(root: Element | ShadowRoot, minimum = 4.5): string[] {
  return textElements(root)
    .map((el) => [el, ratio(textColour(el), backdrop(el))] as const)
    .filter(([, r]) => r < minimum)
    .map(([el, r]) => `${describedAs(el)} "${el.textContent!.trim().slice(0, 30)}": ${r.toFixed(2)}:1`);
}

/** An element as a selector-like line: `button[part="day has-news"]`. */
function describedAs(el: Element): string {
  const part = el.getAttribute('part');
  return `${el.localName}${part ? `[part="${part}"]` : el.className ? `.${el.className}` : ''}`;
}

/**
 * What falls short in these widgets (a calendar first, with a picked day):
 * text below 4.5:1 in any of them, the picked day's fill below 3:1 against its
 * cell, and with `ring` the focus ring's colour below 3:1 too.
 */
export function lowContrastWidgets(widgets: HTMLElement[], { ring = false } = {}): string[] {
  const found = widgets.flatMap((w) => lowContrastText(w.shadowRoot!).map((line) => `${w.localName} ${line}`));
  const calendar = widgets[0];
  const selected = calendar.shadowRoot!.querySelector<HTMLElement>('[part~="selected"]')!;
  const around = backdrop(selected.parentElement!);
  const fill = rgba(getComputedStyle(selected).backgroundColor);
  if (ratio(fill, around) < 3) found.push(`selected day fill ${ratio(fill, around).toFixed(2)}:1`);
  const accent = rgba(getComputedStyle(calendar).getPropertyValue('--_accent'));
  if (ring && ratio(accent, around) < 3) found.push(`focus ring ${ratio(accent, around).toFixed(2)}:1`);
  return found;
}
