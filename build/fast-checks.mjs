// Generates src/bundle/generated/fast-checks.ts from the zod schema (src/bundle/schema, the single
// source of truth): a compact description of the schema (field names, kinds, checks), which
// src/bundle/fast-check-runtime.ts turns into plain functions that check each part of a bundle
// as zod would, and return what zod's parse returns (a copy without the fields the schema does
// not know), or FAILED. The elements check a bundle with them, so a page loads zod only when a
// bundle has a mistake, to say what it is (src/bundle/fast-parts.ts).
//
// `npm run fast-checks` writes the file; test/node/fast-checks.test.ts fails while it is stale,
// and compares the checks with zod on thousands of bundles.
//
// Each zod schema object becomes one node of the description (memoised by identity, so the
// recursive blocks and sections hold themselves). A refine() check names its function as
// src/bundle/schema/rules.ts exports it. Any zod construct, check or refine this does not know
// stops the generation: a schema change can never silently loosen the check.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { importTs } from './import-ts.mjs';

export const OUT = 'src/bundle/generated/fast-checks.ts';

/** The schema and the rules, loaded as the browser code has them. */
const load = () =>
  importTs(
    `export { BundleSchema } from './src/bundle/schema/index.ts';
    export { PolicyVersion } from './src/bundle/schema/policy.ts';
    export * as rules from './src/bundle/schema/rules.ts';
    export * as values from './src/bundle/schema/values.ts';
    import * as z from 'zod/mini'; export { z };`,
    'fast-checks',
  );

/** The generated module's text. */
export async function generateFastChecks() {
  return fastChecksSource(await load());
}

/**
 * The module's text for a bundle schema (`BundleSchema`, an object of optional fields), the
 * schema of a policy read for its version alone, the rules module, values.ts (lists of values the
 * description names rather than repeats: the page has them anyway) and zod/mini (the same
 * instances the schema was made with).
 *
 * The module is a compact description of the schema, which src/bundle/fast-check-runtime.ts
 * (its comment has the format) turns into check functions when it loads: one node per schema
 * object, schemas written alike (the many z.optional(z.boolean()) …) sharing one node; node 0
 * the whole bundle, node 1 the policy read for its version, then the others, the most used first
 * (smaller numbers). Patterns and rules are in a list beside it, named by their place in it.
 */
export function fastChecksSource({ BundleSchema, PolicyVersion, rules, values: lists = {}, z }) {
  // Rules by identity: a plain function by its export name; a made rule (inRange(1, 12)) by its
  // maker's name and arguments, one entry per distinct call.
  const valueImports = new Set();
  /** An enum's values as words: the runs that are a list exported by values.ts as "#n", the rest one by one. */
  const valueWords = (values, where) => {
    const named = Object.entries(lists).filter(([, l]) => Array.isArray(l) && l.length > 1 && l.every((v) => typeof v === 'string'));
    const out = [];
    for (let i = 0; i < values.length; ) {
      const [name, list] = named.filter(([, l]) => l.every((v, j) => values[i + j] === v)).sort((a, b) => b[1].length - a[1].length)[0] ?? [];
      if (list) {
        valueImports.add(name);
        out.push(`#${externAt(name)}`);
        i += list.length;
      } else out.push(word(values[i++], where));
    }
    return out;
  };
  const ruleNames = new Map(Object.entries(rules).filter(([, f]) => typeof f === 'function').map(([n, f]) => [f, n]));
  const imports = new Set();
  const extern = []; // the source text of each pattern and rule the nodes name ("#n")
  const externAt = (text) => (extern.includes(text) ? extern.indexOf(text) : extern.push(text) - 1);
  const arg = (a) => (typeof a === 'number' ? String(a) : typeof a === 'string' ? JSON.stringify(a) : fail(`a rule argument ${String(a)}`));
  const rule = (fn, where) => {
    if (ruleNames.has(fn)) {
      imports.add(ruleNames.get(fn));
      return externAt(ruleNames.get(fn));
    }
    if (typeof fn.rule === 'string' && Array.isArray(fn.args) && ruleNames.has(rules[fn.rule])) {
      imports.add(fn.rule);
      return externAt(`${fn.rule}(${fn.args.map(arg).join(', ')})`);
    }
    return fail(`a refine() at ${where} whose function is not exported by src/bundle/schema/rules.ts (export it there and use it by name)`);
  };
  function fail(what) {
    throw new Error(`build/fast-checks.mjs does not know ${what}: teach it (and test it against zod) before using it in the schema`);
  }
  /** A field name or a value as a word of the description. */
  const word = (w, where) => (/^[\w$-]+$/.test(w) ? w : fail(`the name or value ${JSON.stringify(w)} at ${where || 'the top'} (only letters, digits, "_", "$" and "-" fit the description)`));

  /** The checks of a schema as words: ">n" at least n long, "#n" pattern or rule n. */
  const checkWords = (schema, where) => {
    let minimum = false;
    return (schema._zod.def.checks ?? []).map((c) => {
      const d = c._zod.def;
      if (d.check === 'min_length' && typeof d.minimum === 'number') {
        // The runtime tests it with a text's or an array's type test, before the others.
        if (!['string', 'array'].includes(schema._zod.def.type)) fail(`the check "min_length" on a ${schema._zod.def.type} at ${where}`);
        if (minimum) fail(`two "min_length" checks at ${where}`);
        minimum = true;
        return `>${d.minimum}`;
      }
      if (d.check === 'string_format' && d.format === 'regex' && d.pattern instanceof RegExp) {
        if (/[gy]/.test(d.pattern.flags)) fail(`a regex with the "g" or "y" flag (${d.pattern}) at ${where}`);
        return `#${externAt(String(d.pattern))}`;
      }
      if (d.check === 'custom' && typeof d.fn === 'function') return `#${rule(d.fn, where)}`;
      return fail(`the check "${d.check}${d.format ? `/${d.format}` : ''}" at ${where}`);
    });
  };

  const ids = new Map(); // schema → node id
  const nodes = []; // id → its words: a string, or { ref: id } for a node it holds
  const ref = (schema, where) => ({ ref: node(schema, where) });

  /** The id of the node describing `schema` (made on first use). */
  function node(schema, where) {
    if (ids.has(schema)) return ids.get(schema);
    const id = nodes.length;
    ids.set(schema, id);
    nodes.push(undefined);
    const def = schema._zod.def;
    const checks = checkWords(schema, where);
    const noChecks = (what) => checks.length && fail(`checks on ${what} at ${where}`);
    let words;
    switch (def.type) {
      case 'string':
      case 'boolean':
      case 'number':
        if (def.coerce) fail(`a coerced ${def.type} at ${where}`);
        words = [def.type[0]];
        break;
      case 'literal':
      case 'enum': {
        const values = def.type === 'literal' ? def.values : Object.values(def.entries);
        if (values.some((v) => typeof v !== 'string')) fail(`a ${def.type} with values that are not text at ${where}`);
        noChecks(`a ${def.type}`);
        words = ['e', ...valueWords(values, where), '.'];
        break;
      }
      case 'optional':
        noChecks('an optional');
        words = ['q', ref(def.innerType, where)];
        break;
      case 'array':
        words = ['a', ref(def.element, `${where}[]`)];
        break;
      case 'object':
        if (def.catchall) fail(`an object with a catchall at ${where}`);
        words = ['o'];
        for (const [k, s] of Object.entries(def.shape)) {
          if (k === '__proto__') fail(`a field named __proto__ at ${where}`);
          const at = where ? `${where}.${k}` : k;
          const optional = s._zod.def.type === 'optional';
          if (!optional && s._zod.optin !== undefined) fail(`a field that may be left out but is not z.optional() at ${at}`);
          words.push(`${word(k, at)}${optional ? '' : '!'}`, ref(optional ? s._zod.def.innerType : s, at));
        }
        words.push('.');
        break;
      case 'record': {
        const k = def.keyType._zod.def;
        if (k.type !== 'string' || def.keyType._zod.values || def.mode || def.partial) fail(`a record whose keys are not checked as text at ${where}`);
        words = ['r', ref(def.keyType, `${where}{key}`), ref(def.valueType, `${where}{}`)];
        break;
      }
      case 'union':
        noChecks(def.discriminator !== undefined ? 'a discriminated union' : 'a union');
        if (def.discriminator === undefined) {
          // The first option that takes the value gives the output, as in zod.
          words = ['u', ...def.options.map((option) => ref(option, where)), '.'];
          break;
        }
        if (def.unionFallback) fail(`a discriminated union with a fallback at ${where}`);
        words = ['d', word(def.discriminator, where)];
        for (const option of def.options) {
          const tag = option._zod.def.shape?.[def.discriminator]?._zod.def;
          if (tag?.type !== 'literal' || tag.values.length !== 1 || typeof tag.values[0] !== 'string') fail(`a discriminated union option without one text literal at ${where}`);
          words.push(word(tag.values[0], where), ref(option, `${where}<${tag.values[0]}>`));
        }
        words.push('.');
        break;
      default:
        fail(`the zod type "${def.type}" at ${where || 'the top'}`);
    }
    nodes[id] = [...checks, ...words];
    return id;
  }

  // The whole bundle (its fields, all optional, are the parts), then the policy read only for its version.
  for (const [k, s] of Object.entries(BundleSchema._zod.def.shape)) if (s._zod.def.type !== 'optional') fail(`a required top-level field "${k}"`);
  const roots = [node(BundleSchema, ''), node(PolicyVersion, 'policy')];

  // Nodes written alike are one node (repeated: sharing what they hold can make more alike).
  const same = nodes.map((_, i) => i);
  const text = (i) => nodes[i].map((w) => (typeof w === 'string' ? w : `@${same[w.ref]}`)).join(' ');
  for (let changed = true; changed; ) {
    changed = false;
    const byText = new Map();
    for (let i = 0; i < nodes.length; i++) {
      if (same[i] !== i) continue;
      const t = text(i);
      if (byText.has(t)) {
        const to = byText.get(t);
        for (let j = 0; j < same.length; j++) if (same[j] === i) same[j] = to;
        changed = true;
      } else byText.set(t, i);
    }
  }
  // A node used in more than one place is written once and numbered (unless its words are as
  // short as a number), and so is one that holds itself; any other is written where it is used.
  const uses = new Map();
  for (let i = 0; i < nodes.length; i++) if (same[i] === i) for (const w of nodes[i]) if (typeof w !== 'string') uses.set(same[w.ref], (uses.get(same[w.ref]) ?? 0) + 1);
  const numbered = new Set([...uses].filter(([i, n]) => n > 1 && text(i).length > 2).map(([i]) => i));
  let description;
  for (let again = true; again; ) {
    again = false;
    const number = new Map();
    const open = new Set();
    const out = [];
    const write = (i) => {
      i = same[i];
      if (number.has(i)) return out.push(String(number.get(i)));
      if (open.has(i)) return numbered.add(i); // it holds itself: number it, and write all again
      if (numbered.has(i)) number.set(i, number.size), out.push('=');
      open.add(i);
      // A line for each part of the bundle: the runtime finds each part by its line (and people read it more easily).
      for (const w of nodes[i]) typeof w === 'string' ? out.push(i === same[roots[0]] && w !== 'o' ? `\n${w}` : w) : write(w.ref);
      open.delete(i);
    };
    const before = numbered.size;
    write(roots[0]);
    // The policy read for its version: a line of its own too, named as the runtime knows it.
    out.push('\npolicyVersion');
    write(roots[1]);
    again = numbered.size > before;
    description = out.join(' ').replace(/ ?\n ?/g, '\n');
  }

  return `// Generated by build/fast-checks.mjs from the zod schema in src/bundle/schema: do not edit.
// After changing the schema run \`npm run fast-checks\` (test/node/fast-checks.test.ts fails until then).
// No zod here: the schema described for src/bundle/fast-check-runtime.ts (which has the format), see src/bundle/fast-parts.ts.
import { compile } from '../fast-check-runtime.js';
${imports.size ? `import { ${[...imports].sort().join(', ')} } from '../schema/rules.js';\n` : ''}${valueImports.size ? `import { ${[...valueImports].sort().join(', ')} } from '../schema/values.js';\n` : ''}
export { FAILED } from '../fast-check-runtime.js';

/**
 * A fresh set of the checks, each part's made on its first use. The elements share one (below),
 * so that a page holds only the checks of the parts its elements use; the check of the other parts
 * once the page is idle (all-parts.ts) makes its own, which goes when it is done.
 */
export const makeChecks = () =>
  compile(
    \`${description}\`,
    [${extern.join(', ')}],
  );

const schema = makeChecks();

/** The check of each top-level field of a bundle (and of a policy read only for its version). */
export const partChecks = schema.partChecks;
/** The check of a whole bundle (validate.ts). */
export const checkBundle = schema.checkBundle;
/** The field names each top-level field brings to "did you mean" suggestions, in zod's order. */
export const partFields = schema.partFields;
`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await generateFastChecks();
  const check = process.argv.includes('--check');
  let old = '';
  try {
    old = readFileSync(OUT, 'utf8');
  } catch {}
  if (check) {
    if (old !== text) {
      console.error(`${OUT} is stale: run \`npm run fast-checks\``);
      process.exit(1);
    }
  } else {
    mkdirSync('src/bundle/generated', { recursive: true });
    writeFileSync(OUT, text);
    console.log(`Wrote ${OUT}`);
  }
}
