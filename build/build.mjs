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
const outputs = (dir, ending = '.js') =>
  readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(ending)).map((f) => join(dir, f));
for (const file of ['dist/esafety-elements.js', ...outputs('dist/chunks')]) writeFileSync(file, await minifyForPage(readFileSync(file, 'utf8')));
for (const file of [...outputs('dist/npm'), 'dist/builder.js', ...outputs('dist/builder-chunks')]) {
  const { code } = await transform(readFileSync(file, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
  writeFileSync(file, code);
}

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// tsc writes an inferred type with the package that declares it (`import("lit-html").TemplateResult`),
// but an app has only lit as its dependency, and with pnpm or Yarn's strict installs lit-html is
// not reachable from the package: name the same types by lit, which re-exports them.
const LIT_TYPES = { 'lit-html': 'lit', 'lit-html/directive.js': 'lit/directive.js', 'lit-html/static.js': 'lit/static-html.js', 'lit-element': 'lit', 'lit-element/lit-element.js': 'lit', '@lit/reactive-element': 'lit' };
for (const file of outputs('dist/types', '.d.ts')) {
  const text = readFileSync(file, 'utf8');
  const named = text.replace(/(import\(|from )(["'])([^"']+)\2/g, (m, how, q, spec) => (spec in LIT_TYPES ? `${how}${q}${LIT_TYPES[spec]}${q}` : m));
  if (named !== text) writeFileSync(file, named);
}
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
