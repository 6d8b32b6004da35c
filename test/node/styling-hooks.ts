/**
 * What each element's shadow DOM offers for styling, read from the source: every `part="…"` in
 * its templates and every `var(--esafety-…)` in its styles, following what the element's class
 * actually uses — its own module, and in shared modules (src/ui, src/text …) only the exported
 * functions and constants it reaches through imports (so <aup-form> is not said to have the
 * radio buttons of the shared form helpers that only <report-concern> uses), and the whole of a
 * module it loads with import() when needed (a form's receipt). Another element's
 * folder is not followed: <esafety-quiz> inside <aup-form> has its own shadow root and parts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A top-level declaration of a module and its source text. */
interface Chunk {
  name: string;
  text: string;
}

/** A name a module exports from another module. */
interface Reexport {
  name: string;
  to: string;
  orig: string;
}

interface Module {
  /** Local name → [module path, exported name] ('*' for a namespace import). */
  imports: Map<string, [string, string]>;
  /** Modules imported for their side effects only. */
  sideEffects: string[];
  reexports: Reexport[];
  chunks: Chunk[];
}

const TOP = /^(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/;

function parse(file: string): Module {
  const text = readFileSync(file, 'utf8');
  const imports = new Map<string, [string, string]>();
  const sideEffects: string[] = [];
  const target = (spec: string) => resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
  for (const m of text.matchAll(/^import\s+(type\s+)?([^'"]*?)\s*from\s*'(\.[^']+)'/gms)) {
    const clause = m[2];
    const to = target(m[3]);
    const ns = /\*\s+as\s+(\w+)/.exec(clause);
    if (ns) imports.set(ns[1], [to, '*']);
    const named = /\{([^}]*)\}/.exec(clause);
    for (const part of named?.[1].split(',') ?? []) {
      const [orig, local] = part.replace(/^\s*type\s+/, '').split(/\s+as\s+/).map((s) => s.trim());
      if (orig) imports.set(local ?? orig, [to, orig]);
    }
  }
  for (const m of text.matchAll(/^import\s+'(\.[^']+)'/gm)) sideEffects.push(target(m[1]));
  // `export { a, b } from './x.js'`: what a module hands on from another (a receipt's "Save a copy").
  const reexports: Reexport[] = [];
  for (const m of text.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'(\.[^']+)'/gm))
    for (const part of m[1].split(',')) {
      const [orig, as] = part.replace(/^\s*type\s+/, '').split(/\s+as\s+/).map((x) => x.trim());
      if (orig) reexports.push({ name: as ?? orig, to: target(m[2]), orig });
    }
  const chunks: Chunk[] = [];
  let current: Chunk = { name: '', text: '' };
  for (const line of text.split('\n')) {
    const decl = TOP.exec(line);
    if (decl) chunks.push((current = { name: decl[1], text: '' }));
    current.text += `${line}\n`;
  }
  return { imports, sideEffects, reexports, chunks };
}

export interface Hooks {
  /** part name → the files that set it */
  parts: Map<string, Set<string>>;
  /** --esafety-* property → the files that read it */
  properties: Map<string, Set<string>>;
}

/**
 * The parts and CSS properties of the element whose class is `className` in `file`.
 * `root` is the project folder (file names in the result are relative to it).
 */
export function stylingHooks(root: string, file: string, className: string): Hooks {
  const modules = new Map<string, Module>();
  const mod = (f: string) => {
    let m = modules.get(f);
    if (!m) modules.set(f, (m = parse(f)));
    return m;
  };
  const elementDir = dirname(resolve(root, file));
  const src = join(root, 'src');
  // Another element's folder: not followed (its own shadow root).
  const otherElement = (f: string) => {
    const top = relative(src, f).split(/[\\/]/)[0];
    return dirname(f) !== elementDir && relative(src, dirname(f)) === top && ['aup-form', 'esafety-policy', 'esafety-quiz', 'report-concern', 'parent-guidance'].includes(top);
  };
  const hooks: Hooks = { parts: new Map(), properties: new Map() };
  const note = (map: Map<string, Set<string>>, key: string, f: string) => {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(relative(root, f));
  };
  const seen = new Set<string>();
  const queue: [string, string][] = [[resolve(root, file), className]];
  const visit = (f: string, name: string) => {
    if (otherElement(f) || seen.has(`${f}#${name}`)) return;
    seen.add(`${f}#${name}`);
    const m = mod(f);
    const chunks = name === '*' ? m.chunks : m.chunks.filter((c) => c.name === name);
    if (name === '*') for (const s of m.sideEffects) queue.push([s, '*']);
    for (const r of m.reexports) if (name === '*' || r.name === name) queue.push([r.to, r.orig]);
    for (const c of chunks) {
      for (const p of c.text.matchAll(/\spart="([\w-]+)"/g)) note(hooks.parts, p[1], f);
      // Nodes built without a template (text/rich-dom.ts).
      for (const p of c.text.matchAll(/setAttribute\('part', '([\w-]+)'\)/g)) note(hooks.parts, p[1], f);
      // A part given as a parameter with a default (`part = 'link'`) and then `part=${part}`.
      if (/\spart=\$\{part\}/.test(c.text)) for (const p of c.text.matchAll(/\bpart\s*=\s*'([\w-]+)'/g)) note(hooks.parts, p[1], f);
      for (const v of c.text.matchAll(/var\((--esafety-[\w-]+)/g)) note(hooks.properties, v[1], f);
      const words = new Set(c.text.match(/[A-Za-z_$][\w$]*/g));
      for (const other of m.chunks) if (other !== c && words.has(other.name)) queue.push([f, other.name]);
      for (const [local, [to, orig]] of m.imports) if (words.has(local)) queue.push([to, orig]);
      // A module the element loads when it needs it (a form's receipt, on the first submit): all of it.
      for (const d of c.text.matchAll(/\bimport\('(\.[^']+)'\)/g)) queue.push([resolve(dirname(f), d[1].replace(/\.js$/, '.ts')), '*']);
    }
  };
  while (queue.length) visit(...queue.shift()!);
  // Search matches (<mark part="match">, coloured by --esafety-mark) appear only where the
  // element passes rich() a `highlight` or calls mark(): the shared renderers (text/render.ts,
  // text/rich-dom.ts) alone do not make them.
  const highlights = [...seen].some((k) => {
    const [f, name] = k.split('#');
    const m = mod(f);
    const marker = [...m.imports].find(([, [to, orig]]) => to.endsWith(join('text', 'render.ts')) && orig === 'mark')?.[0];
    const uses = (text: string) => /\bhighlight\b/.test(text) || (!!marker && new RegExp(`\\b${marker}\\(`).test(text));
    const renderer = [join('text', 'render.ts'), join('text', 'rich-dom.ts')].some((r) => f.endsWith(r));
    return !renderer && m.chunks.some((c) => (name === '*' || c.name === name) && uses(c.text));
  });
  if (!highlights) {
    hooks.parts.delete('match');
    hooks.properties.delete('--esafety-mark');
  }
  return hooks;
}
