// Generates src/bundle/generated/fast-checks.ts from the zod schema (src/bundle/schema, the single
// source of truth): plain functions that check each part of a bundle as zod would, and return
// what zod's parse returns (a copy without the fields the schema does not know), or FAILED. The
// elements check a bundle with them, so a page loads zod only when a bundle has a mistake, to
// say what it is (src/bundle/fast-parts.ts).
//
// `npm run fast-checks` writes the file; test/node/fast-checks.test.ts fails while it is stale,
// and compares the generated checks with zod on thousands of bundles.
//
// Each zod schema object becomes one named function (memoised by identity, so the recursive
// blocks and sections call themselves). A refine() check calls its function by the name it has
// in src/bundle/schema/rules.ts. Any zod construct, check or refine this does not know stops
// the generation: a schema change can never silently loosen the check.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const OUT = 'src/bundle/generated/fast-checks.ts';

/** The schema, the rules and the field-name walk, loaded as the browser code has them. */
async function load() {
  const tmp = resolve(`node_modules/.cache/esafety-fast-checks-${process.pid}.mjs`);
  mkdirSync('node_modules/.cache', { recursive: true });
  await build({
    stdin: {
      contents: `export { BundleSchema } from './src/bundle/schema/index.ts';
        export { PolicyVersion } from './src/bundle/schema/policy.ts';
        export { fieldNames } from './src/bundle/field-names.ts';
        export * as rules from './src/bundle/schema/rules.ts';
        import * as z from 'zod/mini'; export { z };`,
      resolveDir: resolve('.'),
      loader: 'ts',
    },
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
    rmSync(tmp);
  }
}

/** The generated module's text. */
export async function generateFastChecks() {
  return fastChecksSource(await load());
}

/**
 * The module's text for a bundle schema (`BundleSchema`, an object of optional fields), the
 * schema of a policy read for its version alone, the rules module, field-names.ts's
 * fieldNames, and zod/mini (the same instances the schema was made with).
 */
export function fastChecksSource({ BundleSchema, PolicyVersion, fieldNames, rules, z }) {
  // Rules by identity: a plain function by its export name; a made rule (inRange(1, 12)) by its
  // maker's name and arguments, one constant per distinct call.
  const ruleNames = new Map(Object.entries(rules).filter(([, f]) => typeof f === 'function').map(([n, f]) => [f, n]));
  const imports = new Set();
  const consts = []; // module-level constants: made rules, patterns, sets of values
  const constNames = new Map(); // their text → name
  const constant = (prefix, text) => {
    if (!constNames.has(text)) {
      constNames.set(text, `${prefix}${constNames.size}`);
      consts.push(`const ${constNames.get(text)} = ${text};`);
    }
    return constNames.get(text);
  };
  const arg = (a) => (typeof a === 'number' ? String(a) : typeof a === 'string' ? JSON.stringify(a) : fail(`a rule argument ${String(a)}`));
  const rule = (fn, where) => {
    if (ruleNames.has(fn)) {
      imports.add(ruleNames.get(fn));
      return ruleNames.get(fn);
    }
    if (typeof fn.rule === 'string' && Array.isArray(fn.args) && ruleNames.has(rules[fn.rule])) {
      imports.add(fn.rule);
      return constant('r', `${fn.rule}(${fn.args.map(arg).join(', ')})`);
    }
    return fail(`a refine() at ${where} whose function is not exported by src/bundle/schema/rules.ts (export it there and use it by name)`);
  };
  function fail(what) {
    throw new Error(`build/fast-checks.mjs does not know ${what}: teach it (and test it against zod) before using it in the schema`);
  }

  const names = new Map(); // schema → function name
  const fns = [];
  const key = (k) => JSON.stringify(k);

  /** The tests of a schema's checks on the value `o` (after its type and inner values passed). */
  const checkTests = (schema, where) =>
    (schema._zod.def.checks ?? []).map((c) => {
      const d = c._zod.def;
      if (d.check === 'min_length' && typeof d.minimum === 'number') return `o.length >= ${d.minimum}`;
      if (d.check === 'string_format' && d.format === 'regex' && d.pattern instanceof RegExp) {
        if (/[gy]/.test(d.pattern.flags)) fail(`a regex with the "g" or "y" flag (${d.pattern}) at ${where}`);
        return `${constant('p', String(d.pattern))}.test(o)`;
      }
      if (d.check === 'custom' && typeof d.fn === 'function') return `${rule(d.fn, where)}(o)`;
      return fail(`the check "${d.check}${d.format ? `/${d.format}` : ''}" at ${where}`);
    });

  /** The name of the function checking `schema` (written on first use). */
  function fn(schema, where) {
    if (names.has(schema)) return names.get(schema);
    const name = `c${names.size}`;
    names.set(schema, name);
    const def = schema._zod.def;
    const tests = checkTests(schema, where);
    const checked = (body, out = 'o') =>
      tests.length ? `${body}\n  return ${tests.map((t) => `!(${t})`).join(' || ')} ? F : ${out};` : `${body}\n  return ${out};`;
    let body;
    switch (def.type) {
      case 'string':
      case 'boolean':
        if (def.coerce) fail(`a coerced ${def.type} at ${where}`);
        body = checked(`if (typeof v !== '${def.type}') return F;\n  const o = v;`);
        break;
      case 'number':
        if (def.coerce) fail(`a coerced number at ${where}`);
        body = checked(`if (typeof v !== 'number' || !Number.isFinite(v)) return F;\n  const o = v;`);
        break;
      case 'literal':
      case 'enum': {
        const values = def.type === 'literal' ? def.values : Object.values(def.entries);
        if (values.some((v) => typeof v !== 'string')) fail(`a ${def.type} with values that are not text at ${where}`);
        if (tests.length) fail(`checks on a ${def.type} at ${where}`);
        body = values.length === 1 ? `return v === ${key(values[0])} ? v : F;` : `return ${constant('e', `new Set(${JSON.stringify(values)})`)}.has(v) ? v : F;`;
        break;
      }
      case 'optional':
        if (tests.length) fail(`checks on an optional at ${where}`);
        body = `return v === undefined ? v : ${fn(def.innerType, where)}(v);`;
        break;
      case 'array':
        body = checked(
          `if (!Array.isArray(v)) return F;\n  const n = v.length, o = new Array(n);\n  for (let i = 0; i < n; i++) {\n    const x = ${fn(def.element, `${where}[]`)}(v[i]);\n    if (x === F) return F;\n    o[i] = x;\n  }`,
        );
        break;
      case 'object': {
        if (def.catchall) fail(`an object with a catchall at ${where}`);
        // The fields as [name, check, required] triples, for obj() (below).
        const fields = Object.entries(def.shape).map(([k, s]) => {
          if (k === '__proto__') fail(`a field named __proto__ at ${where}`);
          const at = where ? `${where}.${k}` : k;
          const optional = s._zod.def.type === 'optional';
          if (!optional && s._zod.optin !== undefined) fail(`a field that may be left out but is not z.optional() at ${at}`);
          return `${key(k)}, ${fn(optional ? s._zod.def.innerType : s, at)}, ${optional ? 0 : 1}`;
        });
        const shape = constant('k', `[${fields.join(', ')}]`);
        body = tests.length ? checked(`const o = obj(v, ${shape});\n  if (o === F) return F;`) : `return obj(v, ${shape});`;
        break;
      }
      case 'record': {
        const k = def.keyType._zod.def;
        if (k.type !== 'string' || def.keyType._zod.values || def.mode || def.partial) fail(`a record whose keys are not checked as text at ${where}`);
        // zod: own enumerable keys (Reflect.ownKeys), never __proto__, each key and value checked.
        body = checked(
          `if (!isPlainObject(v)) return F;\n  const o: any = {};\n  for (const k of Reflect.ownKeys(v)) {\n    if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, k)) continue;\n    if (${fn(def.keyType, `${where}{key}`)}(k) === F) return F;\n    const x = ${fn(def.valueType, `${where}{}`)}(v[k as string]);\n    if (x === F) return F;\n    o[k] = x;\n  }`,
        );
        break;
      }
      case 'union': {
        if (def.discriminator !== undefined) {
          if (def.unionFallback) fail(`a discriminated union with a fallback at ${where}`);
          const cases = def.options.map((option) => {
            const tag = option._zod.def.shape?.[def.discriminator]?._zod.def;
            if (tag?.type !== 'literal' || tag.values.length !== 1 || typeof tag.values[0] !== 'string') fail(`a discriminated union option without one text literal at ${where}`);
            return `case ${key(tag.values[0])}: return ${fn(option, `${where}<${tag.values[0]}>`)}(v);`;
          });
          if (tests.length) fail(`checks on a discriminated union at ${where}`);
          body = `if (!isObject(v)) return F;\n  switch (v[${key(def.discriminator)}]) {\n    ${cases.join('\n    ')}\n    default: return F;\n  }`;
        } else {
          // The first option that takes the value gives the output, as in zod.
          if (tests.length) fail(`checks on a union at ${where}`);
          const tries = def.options.map((option) => `if ((o = ${fn(option, where)}(v)) !== F) return o;`);
          body = `let o: any;\n  ${tries.join('\n  ')}\n  return F;`;
        }
        break;
      }
      default:
        fail(`the zod type "${def.type}" at ${where || 'the top'}`);
    }
    fns.push([name, body]);
    return name;
  }

  // One check per top-level field of the bundle, and the policy read only for its version.
  const roots = Object.entries(BundleSchema._zod.def.shape).map(([k, s]) => {
    if (s._zod.def.type !== 'optional') fail(`a required top-level field "${k}"`);
    return [k, s._zod.def.innerType];
  });
  roots.push(['policyVersion', PolicyVersion]);
  const checks = roots.map(([k, s]) => `  ${key(k)}: ${fn(s, k === 'policyVersion' ? 'policy' : k)},`);
  const whole = [fn(BundleSchema, '')];
  // The field names each top-level field brings to "did you mean" suggestions (unknown-keys.ts), as field-names.ts lists them.
  const fields = roots.map(([k, s]) => {
    const top = k === 'policyVersion' ? 'policy' : k;
    return `  ${key(k)}: ${JSON.stringify(fieldNames(z.object({ [top]: z.optional(s) })))},`;
  });

  // Schemas written alike (the many z.optional(z.boolean()) …) share one function.
  const rename = new Map();
  for (let changed = true; changed; ) {
    changed = false;
    const byBody = new Map();
    for (const f of fns) {
      const same = byBody.get(f[1]);
      if (same) {
        rename.set(f[0], same);
        f[1] = undefined;
        changed = true;
      } else if (f[1] !== undefined) byBody.set(f[1], f[0]);
    }
    for (let i = fns.length - 1; i >= 0; i--) if (fns[i][1] === undefined) fns.splice(i, 1);
    const to = (n) => (rename.has(n) ? to(rename.get(n)) : n);
    for (const f of fns) f[1] = f[1].replace(/\bc\d+\b/g, to);
    for (let i = 0; i < consts.length; i++) if (consts[i].startsWith('const k')) consts[i] = consts[i].replace(/\bc\d+\b/g, to);
  }
  const final = (n) => (rename.has(n) ? final(rename.get(n)) : n);
  for (const list of [checks, whole]) for (let i = 0; i < list.length; i++) list[i] = list[i].replace(/\bc\d+\b/g, final);

  return `// Generated by build/fast-checks.mjs from the zod schema in src/bundle/schema: do not edit.
// After changing the schema run \`npm run fast-checks\` (test/node/fast-checks.test.ts fails until then).
// No zod here: see src/bundle/fast-parts.ts.
import { ${[...imports].sort().join(', ')} } from '../schema/rules.js';

/** What a check returns for a value the schema refuses (zod then says why). */
export const FAILED: unique symbol = Symbol('failed');
const F = FAILED;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** zod's test for a record: an object whose constructor, if any, is a plain object's. */
const isPlainObject = (v: unknown): boolean => {
  if (!isObject(v)) return false;
  const c = v.constructor;
  if (c === undefined || typeof c !== 'function') return true;
  const p = c.prototype;
  return isObject(p) && Object.prototype.hasOwnProperty.call(p, 'isPrototypeOf');
};
/**
 * An object as zod's z.object() checks it: \`shape\` holds [name, check, required] for each field.
 * A field left out is not in the copy; one given as undefined is (as undefined), when optional.
 */
function obj(v: any, shape: readonly any[]): any {
  if (!isObject(v)) return F;
  const o: any = {};
  for (let i = 0; i < shape.length; i += 3) {
    const k = shape[i];
    let x: any;
    if (shape[i + 2]) {
      if ((x = shape[i + 1](v[k])) === F) return F;
    } else if (!(k in v)) continue;
    else if ((x = v[k]) !== undefined && (x = shape[i + 1](x)) === F) return F;
    o[k] = x;
  }
  return o;
}
${consts.join('\n')}

${fns.map(([n, body]) => `function ${n}(v: any): any {\n  ${body}\n}`).join('\n\n')}

/** The check of each top-level field of a bundle (and of a policy read only for its version). */
export const partChecks: Record<string, (v: unknown) => unknown> = {
${checks.join('\n')}
};

/** The check of a whole bundle (validate.ts). */
export const checkBundle: (v: unknown) => unknown = ${whole[0]};

/** The field names each top-level field brings to "did you mean" suggestions, in zod's order. */
export const partFields: Record<string, readonly string[]> = {
${fields.join('\n')}
};
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
