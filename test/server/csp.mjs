// Serves one page of every letopis element under a strict Content-Security-Policy with
// Trusted Types (test/security/csp.test.ts embeds it in an iframe and reads its reports):
//   /security/csp/strict.html       the header the README gives (CSP_HEADER)
//   /security/csp/no-letopis.html   the same, but trusted-types without letopis's own policy
import { readFile } from 'node:fs/promises';

const PAGE = new URL('../security/csp-page/page.html', import.meta.url);

/** The policy directives; `trustedTypes` is the list of allowed Trusted Types policy names. */
const policy = (trustedTypes) =>
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; " +
  `trusted-types ${trustedTypes}`;

/** The header to paste (README, security section). */
export const CSP_HEADER = policy('lit-html letopis');

const PAGES = { '/security/csp/strict.html': CSP_HEADER, '/security/csp/no-letopis.html': policy('lit-html') };

export async function cspMiddleware(ctx, next) {
  const header = PAGES[ctx.path];
  if (!header) return next();
  ctx.set('Content-Security-Policy', header);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'html';
  ctx.body = await readFile(PAGE, 'utf8');
}
