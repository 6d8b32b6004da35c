// dist/embed.html and dist/embed.js: the page that shows one element by address
// (src/embed/). embed.js is small: it loads ./esafety-elements.js from beside itself.
import { copyFileSync } from 'node:fs';
import { build } from 'esbuild';

export async function buildEmbed() {
  await build({
    entryPoints: ['src/embed/embed.ts'],
    outfile: 'dist/embed.js',
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  copyFileSync('src/embed/embed.html', 'dist/embed.html');
}
