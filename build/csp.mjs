// Strict Content-Security-Policy for the elements: the policy the README recommends, and
// @web/test-runner middleware that serves test/fixtures/csp-page.html with it (or with a
// variant, by ?csp=…), so test/csp.test.ts can prove the BUILT file works under it.
import { readFile } from 'node:fs/promises';

/** The strict policy that works: nothing inline, nothing from elsewhere, Lit's one Trusted Types policy. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The policies the test page can be served with (?csp=<name>; strict by default). */
export const CSP_VARIANTS = {
  strict: STRICT_CSP,
  // No style-src at all: the elements' styles are constructed style sheets, which CSP does not govern.
  'no-styles': "default-src 'self'; script-src 'self'; style-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
  // Trusted Types with no policy allowed: Lit cannot start, and the elements must say so.
  'tt-none': "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
};

const PAGE = '/test/fixtures/csp-page.html';

/** Koa middleware: the CSP test page, with the Content-Security-Policy header asked for. */
export function cspTestPage() {
  return async (ctx, next) => {
    if (ctx.path !== PAGE) return next();
    const policy = CSP_VARIANTS[ctx.query.csp ?? 'strict'];
    if (!policy) ctx.throw(400, `unknown csp variant ${ctx.query.csp}`);
    ctx.type = 'text/html';
    ctx.set('Content-Security-Policy', policy);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await readFile(new URL(`..${PAGE}`, import.meta.url), 'utf8');
  };
}
