// Builds everything in dist/:
//   dist/esafety-elements.js      one ES module for a CDN, with all the code (vite.config.ts, mode cdn)
//   dist/chunks/*.js              Welsh strings and built-in questions/topics, loaded on demand
//   dist/npm/*.js                 per-element entries for npm users       (vite.config.ts, mode npm)
//   dist/types/                   type declarations
//   dist/policy-bundle.schema.json  JSON Schema generated from the zod schema
//   dist/cli/esafety-elements.js  the command line (`npx esafety-elements`, cli/, Node only)
//   dist/builder.html, builder.js   the builder page (import a policy document in the browser)
//   dist/embed.html, dist/embed.js  one element by address, for iframes (src/embed/)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { build } from 'vite';
import { buildCli } from './build-cli.mjs';
import { buildEmbed } from './embed.mjs';
import { minifyForPage } from './minify-js.mjs';
import { writeSchema } from './schema.mjs';

rmSync('dist', { recursive: true, force: true });
// The two library builds are configured in vite.config.ts, one mode each.
for (const mode of ['cdn', 'npm', 'builder']) await build({ mode, logLevel: 'warn' });

// Vite's library mode keeps white space in ES output; strip it (gzip size is what visitors pay).
// What a school's page loads gets terser's closer pass (build/minify-js.mjs); the npm files (an
// app's own build minifies them again) and the builder page, esbuild's quicker one.
const outputs = (dir) =>
  readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
for (const file of ['dist/esafety-elements.js', ...outputs('dist/chunks')]) writeFileSync(file, await minifyForPage(readFileSync(file, 'utf8')));
for (const file of [...outputs('dist/npm'), 'dist/builder.js', ...outputs('dist/builder-chunks')]) {
  const { code } = await transform(readFileSync(file, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
  writeFileSync(file, code);
}

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
await writeSchema('dist/policy-bundle.schema.json');
await buildCli();
// The builder page: the demo site's page, pointed at the built script, with no site styles.
writeFileSync(
  'dist/builder.html',
  readFileSync('demo/builder.html', 'utf8')
    .replace('/src/builder/index.ts', './builder.js')
    .replace(/\s*<link rel="stylesheet" href="site.css" \/>/, ''),
);
await buildEmbed();
console.log('Built dist/');
