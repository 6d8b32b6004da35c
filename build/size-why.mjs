// Where the bytes of each CDN chunk come from: `npm run size:why [chunk-name …]`.
// Builds the CDN (vite.config.ts, mode cdn) again with source maps into a temporary folder (dist/
// is left alone), then, for each chunk (or only those whose names start with the given words),
// lists its source modules (node_modules grouped by package) with their minified bytes and what
// each costs in gzip: how much smaller the chunk's gzip gets without that module's bytes.
// Figures are before build.mjs's second esbuild pass, so a chunk is a little larger here than in dist/.
import { decode } from '@jridgewell/sourcemap-codec';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const only = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), 'esafety-size-why-'));
try {
  await build({ mode: 'cdn', logLevel: 'warn', build: { outDir: out, sourcemap: true } });
  const files = readdirSync(out, { recursive: true })
    .filter((f) => f.endsWith('.js'))
    .filter((f) => !only.length || only.some((w) => f.replace(/^chunks\//, '').startsWith(w)))
    .sort();
  const owner = (source) =>
    source.includes('node_modules/') ? source.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : source.replace(/.*?\/?(src\/)/, '$1');
  const gz = (s) => gzipSync(s, { level: 9 }).length;
  for (const f of files) {
    const code = readFileSync(join(out, f), 'utf8');
    // A chunk the bundler writes itself (its runtime) has no source map: all of it is the bundler's.
    const mapFile = join(out, `${f}.map`);
    const map = existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, 'utf8')) : { sources: [], mappings: code.split('\n').map(() => 'A').join(';') };
    const lines = code.split('\n');
    const starts = [];
    lines.reduce((at, l) => (starts.push(at), at + l.length + 1), 0);
    const spans = new Map(); // owner → [start, end)[]
    decode(map.mappings).forEach((segs, li) => {
      segs.forEach((s, i) => {
        const name = s.length > 1 ? owner(map.sources[s[1]]) : '(bundler)';
        const end = i + 1 < segs.length ? segs[i + 1][0] : lines[li].length;
        if (!spans.has(name)) spans.set(name, []);
        spans.get(name).push([starts[li] + s[0], starts[li] + end]);
      });
    });
    const whole = gz(code);
    const rows = [...spans].map(([name, list]) => {
      let rest = '';
      let at = 0;
      for (const [a, b] of [...list].sort((x, y) => x[0] - y[0])) (rest += code.slice(at, Math.max(at, a))), (at = Math.max(at, b));
      rest += code.slice(at);
      return [name, list.reduce((n, [a, b]) => n + b - a, 0), whole - gz(rest)];
    });
    console.log(`\n${f}: ${(code.length / 1024).toFixed(2)} KiB minified, ${(whole / 1024).toFixed(2)} KiB gzip`);
    console.log('  minified B  gzip B  module');
    for (const [name, raw, g] of rows.sort((a, b) => b[2] - a[2])) if (raw >= 100) console.log(`  ${String(raw).padStart(10)}  ${String(g).padStart(6)}  ${name}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
