/**
 * A strict Content-Security-Policy with Trusted Types, as government sites
 * enforce it: the page test/server/csp.mjs serves (every element, the library
 * loaded from source as one module, as the standalone build is) runs in an
 * iframe of this test, which reads the CSP reports and console warnings its
 * first script recorded (test/security/csp-page/record.js).
 */
import { expect, waitUntil } from '@open-wc/testing';

/** The header the README gives, character for character. */
const HEADER =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html letopis";

const TRUSTED_TYPES_WARNING =
  "letopis: article bodies are shown as plain text: this page's Content-Security-Policy enforces Trusted Types " +
  `(require-trusted-types-for 'script') and its trusted-types directive does not allow the policy "letopis". ` +
  "Add letopis to it: trusted-types lit-html letopis (and 'allow-duplicates' when two copies of letopis share the page).";

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
type CspWindow = Window & { __csp: { violations: Violation[]; warnings: string[] } };

/** The CSP page in an iframe of this (same-origin) test page. */
async function open(path: string): Promise<CspWindow> {
  const frame = document.createElement('iframe');
  // Tall enough that every lazy image is in view and loads.
  frame.width = '900';
  frame.height = '3000';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as CspWindow;
}

/** A node inside an element's shadow root, through nested hosts: `inside(win, 'archive', 'letopis-news-list', '[part~="item"]')`. */
function inside(win: Window, id: string, ...selectors: string[]): HTMLElement | null {
  let node: Element | null = win.document.getElementById(id);
  for (const selector of selectors) node = node?.shadowRoot?.querySelector(selector) ?? null;
  return node as HTMLElement | null;
}

const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => n.textContent!.trim());
const settle = { timeout: 8000 };
/** CSP reports are queued as tasks: one task and a frame after the last change, every report is in. */
const reported = (win: Window) => new Promise((resolve) => win.setTimeout(() => win.requestAnimationFrame(resolve)));

/** Waits for every element of the page to show its data. */
async function rendered(win: CspWindow): Promise<void> {
  await waitUntil(() => inside(win, 'article', '[part~="body"] p'), 'the article body', settle);
  await waitUntil(() => inside(win, 'calendar', '[part~="has-news"]'), 'the calendar marks', settle);
  await waitUntil(() => inside(win, 'list', '[part~="item"]'), 'the list', settle);
  await waitUntil(() => inside(win, 'archive', 'letopis-news-list', '[part~="item"]'), 'the archive list', settle);
  await waitUntil(
    () => inside(win, 'archive', 'letopis-calendar', '[part~="has-news"]'),
    'the archive calendar',
    settle,
  );
}

describe('security: strict CSP with Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('is served with the header the README gives', async () => {
    const res = await fetch('/security/csp/strict.html');
    expect(res.headers.get('content-security-policy')).to.equal(HEADER);
  });

  it('renders every element, the picker and an HTML body with no violation', async () => {
    const win = await open('/security/csp/strict.html');
    await rendered(win);

    // The month/year picker (its own chunk and stylesheet), styled under style-src 'self'.
    inside(win, 'calendar', '[part~="heading"]')!.click();
    await waitUntil(() => inside(win, 'calendar', '[part~="picker"] [data-month]'), 'the picker', settle);
    const picker = inside(win, 'calendar', '[part~="picker"]')!;
    expect(win.getComputedStyle(picker).position).to.equal('absolute');
    expect(win.getComputedStyle(picker.querySelector('.months')!).display).to.equal('grid');
    expect(picker.querySelectorAll('[data-month]')).to.have.length(12);

    // The article: a rare entity decoded without an HTML sink, the sanitised body, its image, the site's body styles.
    const body = inside(win, 'article', '[part~="body"]')!;
    expect(texts(body.querySelectorAll('p'))).to.deep.equal(['Первый абзац ♥ текста.', 'Второй абзац.']);
    const image = body.querySelector('img')!;
    await waitUntil(() => image.complete && image.naturalWidth > 0, 'the body image loads', settle);
    await waitUntil(
      () => win.getComputedStyle(body.querySelector('b')!).letterSpacing === '3px',
      'body styles',
      settle,
    );
    expect(inside(win, 'article', '[part~="title"]')!.textContent).to.equal('Сердце ♥ города «Итоги»');

    // The list: entities decoded in titles and leads, a featured image, a low-vision scheme and a font scale.
    const list = win.document.getElementById('list')!;
    expect(texts(list.shadowRoot!.querySelectorAll('[part~="title"]'))).to.deep.equal([
      'Сердце ♥ города «Итоги»',
      'Вторая новость',
    ]);
    expect(texts(list.shadowRoot!.querySelectorAll('[part~="lead"]'))).to.include('Анонс ♥ дня');
    const thumb = list.shadowRoot!.querySelector<HTMLImageElement>('img[part~="image"]')!;
    await waitUntil(() => thumb.complete && thumb.naturalWidth > 0, 'the list image loads', settle);
    expect(win.getComputedStyle(list).fontSize).to.not.equal(win.getComputedStyle(win.document.body).fontSize);

    await reported(win);
    expect(win.__csp.violations).to.deep.equal([]);
    expect(win.__csp.warnings.filter((w) => w.startsWith('letopis:'))).to.deep.equal([]);
  });

  it('without letopis in trusted-types, says what to add and shows article bodies as text', async () => {
    const win = await open('/security/csp/no-letopis.html');
    await rendered(win);
    const body = inside(win, 'article', '[part~="body"]')!;
    // The body's text in its paragraphs, nothing parsed: no element of the HTML, no image.
    expect(texts(body.querySelectorAll('p'))).to.deep.equal(['Первый абзац ♥ текста.', 'Второй абзац.']);
    expect(body.querySelectorAll('b, img')).to.have.length(0);
    // Titles, lists and the calendar need no policy of ours.
    expect(inside(win, 'article', '[part~="title"]')!.textContent).to.equal('Сердце ♥ города «Итоги»');

    await reported(win);
    expect(win.__csp.warnings.filter((w) => w.startsWith('letopis:'))).to.deep.equal([TRUSTED_TYPES_WARNING]);
    // The refused policy, and the one check that strings cannot be parsed either: nothing else.
    expect(win.__csp.violations.map((v) => `${v.directive} ${v.sample}`)).to.deep.equal([
      'trusted-types letopis',
      'require-trusted-types-for DOMParser parseFromString|',
    ]);
  });
});
