/**
 * The real low-vision panel of Russian government sites, bvi 1.0 (npm `bvi`),
 * switched on and off over the test page as a reader does: its script and
 * styles from node_modules, its button clicked, its panel's links clicked.
 */
import { letBviCookiesIn } from '../../demo/bvi-local.js';

interface BviWindow {
  isvek?: { Bvi: new (options: Record<string, unknown>) => unknown };
}

/** bvi's settings, as its constructor takes them. */
export interface BviSettings {
  theme?: 'white' | 'black' | 'blue' | 'brown' | 'green';
  fontSize?: number;
  images?: boolean | 'grayscale';
  letterSpacing?: 'normal' | 'average' | 'big';
  lineHeight?: 'normal' | 'average' | 'big';
  fontFamily?: 'arial' | 'times';
}

function load(tag: 'script' | 'link', url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = document.createElement(tag);
    if (tag === 'script') (el as HTMLScriptElement).src = url;
    else Object.assign(el, { rel: 'stylesheet', href: url });
    el.addEventListener('load', () => resolve());
    el.addEventListener('error', () => reject(new Error(`bvi: ${url} did not load`)));
    document.head.append(el);
  });
}

let loaded: Promise<void> | undefined;

/** Loads bvi's script and styles once per test file. */
function loadBvi(): Promise<void> {
  if (!loaded) letBviCookiesIn();
  loaded ??= Promise.all([
    load('link', '/node_modules/bvi/dist/css/bvi.min.css'),
    load('script', '/node_modules/bvi/dist/js/bvi.min.js'),
  ]).then(() => undefined);
  return loaded;
}

/** Forgets bvi's cookies, so the next panel starts from its settings. */
function clearCookies(): void {
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0].trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

/** Switches the panel on with these settings, as the "Версия для слабовидящих" button does: the body is wrapped. */
export async function bviOn(settings: BviSettings = {}): Promise<void> {
  await loadBvi();
  clearCookies();
  const button = document.createElement('a');
  button.href = '#';
  button.className = 'bvi-open';
  button.textContent = 'Версия для слабовидящих';
  document.body.append(button);
  new (window as BviWindow).isvek!.Bvi({ speech: false, reload: false, ...settings });
  button.click();
  if (!document.querySelector('.bvi-body')) throw new Error('bvi did not switch on');
}

/** Clicks one of the panel's own links (`.bvi-theme-black`, `.bvi-fontSize-plus`…). */
export function bviClick(selector: string): void {
  const link = document.querySelector<HTMLElement>(selector);
  if (!link) throw new Error(`bvi: no ${selector} in the panel`);
  link.click();
}

/** Switches the panel off ("Обычная версия сайта"): the body is unwrapped, the cookies cleared. */
export function bviOff(): void {
  document.querySelector<HTMLElement>('[data-bvi="close"]')?.click();
  document.querySelector('.bvi-open')?.remove();
  clearCookies();
}

/** bvi's setting on its wrapper, `data-bvi-theme`… */
export const bviSetting = (name: string): string | null =>
  document.querySelector('.bvi-body')?.getAttribute(`data-bvi-${name}`) ?? null;
