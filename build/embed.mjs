// dist/embed.html and dist/embed.js: the page that shows one element by address
// (src/embed/). embed.js is small: it loads ./esafety-elements.js from beside itself, and knows
// each element's code files (dist/preload.json), to ask for them beside its settings.
import { copyFileSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

export async function buildEmbed() {
  // Each element's code files from dist/preload.json (the library build's), for src/embed/preload.ts.
  const preload = JSON.parse(readFileSync('dist/preload.json', 'utf8'));
  const files = Object.fromEntries(Object.entries(preload).map(([tag, lists]) => [tag, lists.files]));
  await build({
    entryPoints: ['src/embed/embed.ts'],
    outfile: 'dist/embed.js',
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    define: { EMBED_ELEMENT_FILES: JSON.stringify(files) },
    logLevel: 'warning',
  });
  copyFileSync('src/embed/embed.html', 'dist/embed.html');
}
