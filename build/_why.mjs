// Attribute minified bytes of each CDN chunk to source files, via sourcemaps.
import { build } from 'vite';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '@jridgewell/sourcemap-codec';
import { gzipSync } from 'node:zlib';
const out = '/tmp/sc/dist';
rmSync(out, { recursive: true, force: true });
process.chdir(process.argv[2]);
await build({ mode: 'cdn', logLevel: 'warn', build: { outDir: out, sourcemap: true } });
const files = readdirSync(out, { recursive: true }).filter((f) => f.endsWith('.js'));
const short = (s) => s.replace(/.*node_modules\//, 'nm:').replace(/.*\/src\//, 'src/');
for (const f of files.sort()) {
  const code = readFileSync(join(out, f), 'utf8');
  const map = JSON.parse(readFileSync(join(out, f + '.map'), 'utf8'));
  const lines = code.split('\n');
  const dec = decode(map.mappings);
  const by = new Map();
  dec.forEach((segs, li) => {
    const line = lines[li] ?? '';
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i];
      const end = i + 1 < segs.length ? segs[i + 1][0] : line.length;
      const src = s.length > 1 ? short(map.sources[s[1]]) : '(none)';
      by.set(src, (by.get(src) ?? 0) + (end - s[0]));
    }
  });
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(`\n== ${f}  ${code.length} B, gzip ${gz} B`);
  const rows = [...by].sort((a, b) => b[1] - a[1]);
  // group node_modules by package
  for (const [s, n] of rows) if (n > 150) console.log(`  ${String(n).padStart(7)}  ${s}`);
}
