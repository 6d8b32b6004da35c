// Loads TypeScript source in a Node build script: esbuild bundles `contents` (a module written
// with imports from the project's src/) into a temporary file, which is imported and removed.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The module that `contents` (TypeScript, resolved from the project's root) makes. */
export async function importTs(contents, name = 'module') {
  const tmp = resolve(`node_modules/.cache/esafety-${name}-${process.pid}.mjs`);
  mkdirSync('node_modules/.cache', { recursive: true });
  await build({
    stdin: { contents, resolveDir: resolve('.'), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: tmp,
    logLevel: 'warning',
    tsconfig: 'tsconfig.json',
  });
  try {
    return await import(`${pathToFileURL(tmp).href}?t=${Date.now()}`);
  } finally {
    rmSync(tmp, { force: true });
  }
}
