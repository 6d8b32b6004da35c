// gzip delta of removing given declarations (by name) of given source files from a chunk
import { readFileSync } from 'node:fs';
import { decode } from '@jridgewell/sourcemap-codec';
import { gzipSync } from 'node:zlib';
const [,, chunk, ...specs] = process.argv; // spec: file.js:Decl1,Decl2
const code = readFileSync(chunk, 'utf8'); const map = JSON.parse(readFileSync(chunk + '.map', 'utf8'));
const lines = code.split('\n'); const dec = decode(map.mappings);
const lineStart = []; let o = 0; for (const l of lines) { lineStart.push(o); o += l.length + 1; }
const want = specs.map((s) => { const [f, d] = s.split(':'); const idx = map.sources.findIndex((x) => x.endsWith(f)); const src = (map.sourcesContent[idx] ?? '').split('\n'); const declAt = []; src.forEach((l, i) => { const m = /^(?:export )?(?:const|function|class|let|async function)\s+([\w$]+)/.exec(l); declAt[i] = m ? m[1] : declAt[i - 1]; }); return { idx, decls: d ? new Set(d.split(',')) : null, declAt }; });
const mask = new Uint8Array(code.length);
dec.forEach((segs, li) => { for (let i = 0; i < segs.length; i++) { const s = segs[i]; if (s.length < 2) continue; const end = i + 1 < segs.length ? segs[i + 1][0] : lines[li].length; for (const w of want) if (s[1] === w.idx && (!w.decls || w.decls.has(w.declAt[s[2]]))) mask.fill(1, lineStart[li] + s[0], lineStart[li] + end); } });
let out = ''; let raw = 0; for (let i = 0; i < code.length; i++) if (!mask[i]) out += code[i]; else raw++;
console.log('raw removed', raw, 'gzip delta', gzipSync(code, { level: 9 }).length - gzipSync(out, { level: 9 }).length);
