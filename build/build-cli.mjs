// Builds the command line (cli/, Node only) into dist/cli/esafety-elements.js, the package's
// `bin`. Its npm dependencies stay external (installed with the package); the browser library
// never imports anything from cli/.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export async function buildCli(outfile = 'dist/cli/esafety-elements.js') {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  await build({
    entryPoints: ['cli/bin.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    outfile,
    define: { __VERSION__: JSON.stringify(version) },
    logLevel: 'warning',
    tsconfig: 'cli/tsconfig.json',
  });
  chmodSync(outfile, 0o755);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
