// Builds everything in dist/:
//   dist/esafety-elements.js      one self-contained ES module (lit, zod, Welsh inlined) for a CDN
//   dist/npm/*.js                 per-element entries for npm users (lit, @lit/localize, zod external)
//   dist/types/                   type declarations
//   dist/policy-bundle.schema.json  JSON Schema generated from the zod schema
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { build } from 'vite';
import { writeSchema } from './schema.mjs';

const quiet = { logLevel: 'warn', configFile: false };
rmSync('dist', { recursive: true, force: true });

// The CDN file: one module, no chunks.
await build({
  ...quiet,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'esafety-elements.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});

// npm entries: dependencies stay external so an app dedupes lit with its own.
const external = (id) => /^(lit|@lit\/|zod)(\/|$)/.test(id);
await build({
  ...quiet,
  build: {
    outDir: 'dist/npm',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        'esafety-policy': 'src/esafety-policy/index.ts',
        bundle: 'src/bundle/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: { external, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});

// Vite's library mode keeps white space in ES output; strip it (gzip size is what visitors pay).
const outputs = (dir) =>
  readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
for (const file of ['dist/esafety-elements.js', ...outputs('dist/npm')]) {
  const { code } = await transform(readFileSync(file, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
  writeFileSync(file, code);
}

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
await writeSchema('dist/policy-bundle.schema.json');
console.log('Built dist/');
