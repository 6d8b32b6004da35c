// `npm run wp:zip` (after the build): dist/wordpress/esafety-elements.zip, the plugin to upload
// in WordPress (Plugins → Add New → Upload Plugin). It holds wordpress/esafety-elements/, the
// element list (src/embed/elements.json) and the built library (dist/esafety-elements.js,
// dist/chunks/ and dist/preload.json) in the plugin's own dist/ folder.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const out = resolve('dist/wordpress');
const zip = join(out, 'esafety-elements.zip');

export function buildWordPressZip() {
  if (!existsSync('dist/esafety-elements.js')) throw new Error('dist/esafety-elements.js is missing: run `npm run build` first.');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // Staged outside dist/, so the size check sees only the library's own files.
  const root = mkdtempSync(join(tmpdir(), 'esafety-wp-'));
  const stage = join(root, 'esafety-elements');
  cpSync('wordpress/esafety-elements', stage, { recursive: true, filter: (f) => !/[\\/]dist$/.test(f) });
  cpSync('src/embed/elements.json', join(stage, 'elements.json'));
  cpSync('dist/esafety-elements.js', join(stage, 'dist/esafety-elements.js'));
  cpSync('dist/chunks', join(stage, 'dist/chunks'), { recursive: true });
  // Which files each element needs, for the <link rel="modulepreload"> the plugin prints.
  cpSync('dist/preload.json', join(stage, 'dist/preload.json'));
  try {
    execFileSync('zip', ['-q', '-r', '-X', zip, 'esafety-elements'], { cwd: root, stdio: 'inherit' });
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error('The `zip` command is missing: install it (Debian: apt-get install zip).');
    throw e;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return { zip };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { zip: file } = buildWordPressZip();
  console.log(`Built ${file}`);
}
