// Where the gzip bytes of all five elements go, as if in one file: `npm run size:breakdown`
// (`npm run size` shows what each kind of page really loads from dist/). Builds cumulative
// bundles (each row adds one layer) with esbuild, minified like dist/, and prints gzip KiB.
// The modules that dist/ loads on demand as chunks (Welsh strings, built-in questions and
// topics, zod for explaining a mistake) are left out; `npm run size` lists the chunks.
// Add a row when an element lands, so the cost of each is on record.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { minifyTemplatesEsbuild } from './minify-html.mjs';

const gzipKiB = async (contents) => {
  const r = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
    plugins: [
      {
        name: 'chunks-stay-out',
        setup: (b) => b.onResolve({ filter: /(generated\/locales\/|quiz-questions|guidance-topics|zod-parts)/ }, (a) => (a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined)),
      },
      minifyTemplatesEsbuild(),
    ],
  });
  return gzipSync(r.outputFiles[0].contents, { level: 9 }).length / 1024;
};

// Each row imports everything of the rows before it and logs it, so nothing is tree-shaken away.
const rows = [
  ['lit, @lit/localize', `import * as lit from 'lit'; import * as l10n from '@lit/localize';`, 'lit, l10n'],
  ['+ localization (the Welsh strings are a chunk)', `import * as i18n from './src/i18n/localization.ts';`, 'i18n'],
  ['+ the bundle checks generated from the schema', `import * as fast from './src/bundle/fast-parts.ts';`, 'fast'],
  ['+ zod/mini and the schema (dist/: only on a mistake)', `import * as schema from './src/bundle/schema/index.ts';`, 'schema'],
  ['+ validation messages, loading, defaults', `import * as bundle from './src/bundle/index.ts';`, 'bundle'],
  ['+ <esafety-policy>', `import * as policy from './src/esafety-policy/index.ts';`, 'policy'],
  ['+ <esafety-quiz>, outbox', `import * as quiz from './src/esafety-quiz/index.ts';`, 'quiz'],
  ['+ <aup-form>', `import * as aup from './src/aup-form/index.ts';`, 'aup'],
  ['+ <report-concern>', `import * as concern from './src/report-concern/index.ts';`, 'concern'],
  ['+ <parent-guidance>', `import * as guidance from './src/parent-guidance/index.ts';`, 'guidance'],
  ['= src/index.ts (the npm entry: all five)', `import * as all from './src/index.ts';`, 'all'],
];
const layers = rows.map(([name], i) => [
  name,
  rows.slice(0, i + 1).map(([, imp]) => imp).join('\n') + `\nconsole.log(${rows.slice(0, i + 1).map(([, , names]) => names).join(', ')});`,
]);


let prev = 0;
console.log('layer                                            gzip KiB   added');
for (const [name, code] of layers) {
  const kib = await gzipKiB(code);
  console.log(`${name.padEnd(48)} ${kib.toFixed(2).padStart(8)}  ${prev ? `+${(kib - prev).toFixed(2)}` : ''}`);
  prev = kib;
}
