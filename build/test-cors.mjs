// Koa middleware for @web/test-runner: answers with `Access-Control-Allow-Origin: *` under the
// given paths, as a CDN or a school's web host that serves the files cross-site does. A page in
// a sandboxed iframe without allow-same-origin (Google Sites and several school CMSs embed pages
// that way) has an opaque origin: it can load the built module, its chunks and a bundle only so.

/** @param {string[]} prefixes paths such as "/dist/" */
export function corsFor(prefixes) {
  return async (ctx, next) => {
    await next();
    if (prefixes.some((p) => ctx.path.startsWith(p))) ctx.set('Access-Control-Allow-Origin', '*');
  };
}
