// @web/test-runner middleware: dist/ as a school's server would hold it after an upload that
// left out some chunks. /__partial-dist/<file> serves dist/<file>, except the chunk that sends
// forms (chunks/submit-*.js), which is missing (404), so test/missing-chunks.test.ts can show
// what a form says when its sending code cannot be loaded.
import { readFile } from 'node:fs/promises';
import { normalize } from 'node:path';

const PREFIX = '/__partial-dist/';
const MISSING = /^chunks\/submit-[\w-]+\.js$/;

export function partialDist() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const name = normalize(ctx.path.slice(PREFIX.length));
    if (name.startsWith('..') || MISSING.test(name)) {
      ctx.status = 404;
      ctx.body = 'not found';
      return;
    }
    try {
      ctx.body = await readFile(`dist/${name}`);
      ctx.type = name.endsWith('.js') ? 'text/javascript' : name.endsWith('.html') ? 'text/html' : 'application/octet-stream';
      ctx.set('Cache-Control', 'no-store');
    } catch {
      ctx.status = 404;
      ctx.body = 'not found';
    }
  };
}
