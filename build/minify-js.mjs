// The last pass over the files a school's page loads (dist/esafety-elements.js, dist/chunks/):
// terser, after vite's own minifier. Vite's library mode keeps white space in ES output, and
// terser's compressor (three passes, no `unsafe` options) and top-level mangling take a further
// 3 % off the gzip size of the core chunk (0.6 KiB of the 0.7 a one-element page saves; issue
// 14). Every visitor pays these bytes, so the slower tool is worth it here; the npm and builder
// files keep esbuild's quicker pass (build/build.mjs).
import { minify } from 'terser';

/** `code`, an ES module, minified for the CDN build. */
export async function minifyForPage(code) {
  const out = await minify(code, { module: true, ecma: 2022, compress: { passes: 3 }, mangle: { toplevel: true } });
  if (out.code === undefined) throw new Error('terser returned no code');
  return out.code;
}
