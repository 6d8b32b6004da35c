import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as z from 'zod/mini';
import { fastChecksSource, generateFastChecks, OUT } from '../../build/fast-checks.mjs';
import { BUILT_IN_ACTION_IDS } from '../../src/bundle/all-parts.js';
import { explained } from '../../src/bundle/explain.js';
import type { Defaults } from '../../src/bundle/resolve.js';
import { partsCheck, type PartName } from '../../src/bundle/fast-parts.js';
import { checkBundle, FAILED, makeChecks, partChecks, partFields } from '../../src/bundle/generated/fast-checks.js';
import { BundleSchema } from '../../src/bundle/schema/index.js';
import { PolicyVersion } from '../../src/bundle/schema/policy.js';
import * as rules from '../../src/bundle/schema/rules.js';
import { fieldNames } from '../../src/bundle/field-names.js';
import type { BundleResult } from '../../src/bundle/validate.js';
import { zodCheck } from '../../src/bundle/zod-parts.js';
import { base, ROWS } from '../fixtures/broken-bundles.js';

/**
 * The checks generated from the zod schema (build/fast-checks.mjs) are what the elements check a
 * bundle with; zod is loaded only for a bundle they refuse. So they must agree with zod on every
 * bundle: both refuse it, or both pass it and give the same copy. Checked here on every bundle
 * the tests have and on thousands of seeded random mutations of the demo school's bundle.
 */

test('src/bundle/generated/fast-checks.ts is up to date with the schema (else run `npm run fast-checks`)', async () => {
  const text = readFileSync(OUT, 'utf8');
  assert.equal(text, await generateFastChecks(), `${OUT} is stale: run \`npm run fast-checks\``);
  // The point of it: the elements check without zod.
  assert.doesNotMatch(text, /from 'zod/);
});

test('the generator refuses a zod construct or a refine it does not know, rather than check less', () => {
  const generate = (field: z.core.$ZodType) =>
    fastChecksSource({ BundleSchema: z.object({ x: z.optional(field) }), PolicyVersion, fieldNames, rules, z });
  assert.match(generate(z.object({ title: z.string() })), /export const partChecks/);
  // A known refine is named: the description's check "#0" (of the text x) is rules.realDate, imported by its name.
  const named = generate(z.string().check(z.refine(rules.realDate)));
  assert.match(named, /^x #0 s$/m);
  assert.match(named, /import \{ realDate \} from '\.\.\/schema\/rules\.js'/);
  assert.match(named, /\[realDate\]/);
  assert.throws(() => generate(z.string().check(z.refine((s) => s.length > 2))), /refine\(\) at x whose function is not exported by src\/bundle\/schema\/rules\.ts/);
  assert.throws(() => generate(z.nullable(z.string())), /the zod type "nullable" at x/);
  assert.throws(() => generate(z.object({ a: z.string().check(z.maxLength(3)) })), /the check "max_length" at x\.a/);
  assert.throws(() => generate(z.string().check(z.regex(/a/g))), /"g" or "y" flag/);
  assert.throws(() => generate(z.array(z.string()).check(z.minLength(1), z.minLength(2))), /two "min_length" checks at x/);
  assert.throws(() => generate(z.object({ n: z.unknown() })), /the zod type "unknown"/);
  assert.throws(() => generate(z.union([z.string(), z.string()]).check(z.refine(rules.realDate))), /checks on a union/);
  assert.throws(() => generate(z.record(z.enum(['en', 'cy']), z.string())), /a record whose keys are not checked as text/);
});

test('the field names each part brings to "did you mean" suggestions are those field-names.ts finds in the zod schema, in its order', () => {
  const parts = Object.entries(BundleSchema._zod.def.shape).map(([k, s]): [string, string, z.core.$ZodType] => [k, k, (s as z.ZodMiniOptional)._zod.def.innerType]);
  for (const [name, top, schema] of [...parts, ['policyVersion', 'policy', PolicyVersion] as [string, string, z.core.$ZodType]])
    assert.deepStrictEqual(partFields(name), fieldNames(z.object({ [top]: z.optional(schema) })), name);
  assert.ok(partFields('policy').length > 30);
});

// ---- Bundles ----

const read = (f: string) => readFileSync(f, 'utf8');
const demo = JSON.parse(read('demo/policy.json'));
const fixtures: [string, unknown][] = [
  ['demo/policy.json', demo],
  ['demo/broken.json', JSON.parse(read('demo/broken.json'))],
  ...readdirSync('test/fixtures')
    .filter((f) => f.endsWith('.json'))
    .map((f): [string, unknown] => [`test/fixtures/${f}`, JSON.parse(read(`test/fixtures/${f}`))]),
  ['broken-bundles base()', base()],
  ...ROWS.flatMap((r): [string, unknown][] => {
    if (typeof r.bundle !== 'string') return [[`broken: ${r.name}`, r.bundle]];
    try {
      return [[`broken: ${r.name}`, JSON.parse(r.bundle)]];
    } catch {
      return []; // not JSON: no check sees it
    }
  }),
];

/** A small seeded generator (mulberry32): the same mutations on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Container = Record<string, unknown> | unknown[];
/** Every place in a bundle that holds a value: [container, key]. */
function places(root: unknown): [Container, string | number][] {
  const out: [Container, string | number][] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), walk(x)));
    else if (v && typeof v === 'object') for (const k of Object.keys(v)) out.push([v as Container, k]), walk((v as Record<string, unknown>)[k]);
  };
  walk(root);
  return out;
}

class Thing {
  title = 'not a plain object';
}
const nullProto = () => Object.assign(Object.create(null), { en: 'No prototype', title: 'x' });

/** Values a mistake (or a script setting `bundle`) may put anywhere. */
const ODD: (() => unknown)[] = [
  () => null,
  () => undefined,
  () => 0,
  () => -1,
  () => 1.5,
  () => 12,
  () => 200000,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => true,
  () => false,
  () => '',
  () => ' ',
  () => 'x',
  () => 'Bad Id!',
  () => 'ks2',
  () => 'dsl',
  () => 'paragraph',
  () => 'https://larkspur.example/page',
  () => 'javascript:alert(1)',
  () => 'see [this](javascript:alert(1)) now',
  () => 'see [this](https://ok.example) and [^fn1]',
  () => '/forms/esafety',
  () => '//evil.example/x',
  () => 'http://localhost:8080/api',
  () => '2025-09-01',
  () => '2025-02-30',
  () => '2025-9-1',
  () => 'office@larkspur.example',
  () => 'not an email',
  () => '01632 960123',
  () => 'en-GB',
  () => [],
  () => ['x'],
  () => [{}],
  () => ({}),
  () => ({ en: 'English', cy: 'Cymraeg' }),
  () => ({ EN: 'Bad language code' }),
  () => ({ en: '' }),
  () => ({ text: 'An item', blocks: [{ type: 'paragraph', text: 'More' }] }),
  () => ({ type: 'clause', text: 'A clause' }),
  () => ({ type: 'table', head: ['A'], rows: [['x', { en: 'y' }]] }),
  () => ({ type: 'nope', text: 'x' }),
  () => JSON.parse('{"__proto__": {"title": "x"}, "en": "Proto"}'),
  () => JSON.parse('{"__proto__": "x"}'),
  () => ({ constructor: 'x', en: 'Constructor key' }),
  () => ({ constructor: { prototype: {} }, en: 'Odd constructor' }),
  () => nullProto(),
  () => new Thing(),
  () => new Date(0),
];

const UNKNOWN_KEYS = ['titel', 'extra', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'blocks', 'sections', 'id', 'text', 'en', 'cy', 'EN'];

/** One random change to a copy of the bundle. */
function mutate(b: unknown, rnd: () => number): void {
  const all = places(b);
  if (!all.length) return;
  const [at, key] = all[Math.floor(rnd() * all.length)];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const obj = at as Record<string | number, unknown>;
  const op = Math.floor(rnd() * 10);
  switch (op) {
    case 0: // drop a (maybe required) field or item
      if (Array.isArray(at)) at.splice(key as number, 1);
      else delete obj[key];
      break;
    case 1:
    case 2: // another type or a bad value
      obj[key] = pick(ODD)();
      break;
    case 3: {
      // an unknown key (a typo, __proto__, constructor …) beside this one
      const v = obj[key];
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const k = pick(UNKNOWN_KEYS);
        if (k === '__proto__') Object.defineProperty(v, k, { value: pick(ODD)(), enumerable: true, configurable: true, writable: true });
        else (v as Record<string, unknown>)[k] = pick(ODD)();
      } else obj[key] = pick(ODD)();
      break;
    }
    case 4: // a duplicate (ids twice)
      if (Array.isArray(at)) at.splice(key as number, 0, structuredClone(at[key as number]));
      else obj[key] = structuredClone(obj[key]);
      break;
    case 5: {
      // deep nesting: the value inside sections of sections, or wrapped in lists
      let v: unknown = obj[key];
      const depth = 1 + Math.floor(rnd() * 30);
      for (let i = 0; i < depth; i++) v = rnd() < 0.5 ? [v] : { title: `Level ${i}`, sections: [v], blocks: [{ type: 'list', items: [{ text: 'x', blocks: [] }] }] };
      obj[key] = v;
      break;
    }
    case 6: {
      // a huge array
      const v = obj[key];
      obj[key] = Array.from({ length: 500 + Math.floor(rnd() * 3000) }, () => structuredClone(v));
      break;
    }
    case 7: // empty text
      obj[key] = typeof obj[key] === 'string' ? '' : obj[key] && typeof obj[key] === 'object' ? (Array.isArray(obj[key]) ? [] : {}) : '';
      break;
    case 8: // text where a list or an object was, and the other way round
      obj[key] = typeof obj[key] === 'string' ? [obj[key]] : JSON.stringify(obj[key] ?? null);
      break;
    default: {
      // a value from elsewhere in the bundle (right type in the wrong place, often)
      const [from, k] = pick(all);
      obj[key] = structuredClone((from as Record<string | number, unknown>)[k]);
    }
  }
}

// ---- The comparison ----

const SCHEMAS: Record<string, z.core.$ZodType> = {
  ...Object.fromEntries(Object.entries(BundleSchema._zod.def.shape).map(([k, s]) => [k, (s as z.ZodMiniOptional)._zod.def.innerType])),
  policyVersion: PolicyVersion,
};

test('each part\'s checks are made on its first use, alone: in a fresh set, any part checked first (holding nodes another part brings) checks as zod does', () => {
  const parts = [...Object.keys(BundleSchema._zod.def.shape), 'policyVersion'];
  let compared = 0;
  for (const [name, b] of fixtures) {
    if (!b || typeof b !== 'object' || Array.isArray(b)) continue;
    for (const k of parts) {
      const top = k === 'policyVersion' ? 'policy' : k;
      if (!(top in b)) continue;
      let v: unknown = (b as Record<string, unknown>)[top];
      if (k === 'policyVersion' && v && typeof v === 'object' && !Array.isArray(v)) v = 'version' in v ? { version: (v as { version: unknown }).version } : {};
      // A new set each time, so that this part is the first (and only) one made in it.
      const fresh = makeChecks().partChecks[k](v);
      const zod: ReturnType<typeof z.safeParse> = z.safeParse(SCHEMAS[k], v);
      assert.equal(fresh !== FAILED, zod.success, `${name}: ${k}, checked first in a fresh set: ${fresh === FAILED ? 'refused' : 'passed'}, zod ${zod.success ? 'passed' : 'refused'}`);
      if (zod.success) assert.deepStrictEqual(fresh, zod.data, `${name}: ${k}, checked first in a fresh set: not the copy zod gives`);
      compared++;
    }
  }
  // Each part in a fresh set, then the whole bundle: the whole check holds the nodes the parts made.
  const set = makeChecks();
  for (const k of [...parts].reverse()) set.partChecks[k](demo[k === 'policyVersion' ? 'policy' : k] ?? {});
  assert.deepStrictEqual(set.checkBundle(demo), z.parse(BundleSchema, demo));
  assert.deepStrictEqual(set.partFields('guidance'), partFields('guidance'));
  assert.ok(compared > 250, `${compared} parts compared`);
});

const counts = { whole: { pass: 0, fail: 0 }, parts: { pass: 0, fail: 0 }, elements: { pass: 0, fail: 0 } };

/** Each part of `b` checked both ways: both refuse it, or both give the same copy. */
function compareParts(name: string, b: unknown) {
  // The whole bundle (validate.ts).
  const [fast, zod] = [checkBundle(b), z.safeParse(BundleSchema, b)];
  assert.equal(fast !== FAILED, zod.success, `${name}: the whole bundle: generated check and zod differ`);
  if (zod.success) assert.deepStrictEqual(fast, zod.data, `${name}: the whole bundle: not the copy zod gives`);
  counts.whole[zod.success ? 'pass' : 'fail']++;
  if (!b || typeof b !== 'object' || Array.isArray(b)) return;
  for (const [k, schema] of Object.entries(SCHEMAS)) {
    const top = k === 'policyVersion' ? 'policy' : k;
    if (!(top in b)) continue;
    let v: unknown = (b as Record<string, unknown>)[top];
    if (k === 'policyVersion' && v && typeof v === 'object' && !Array.isArray(v)) v = 'version' in v ? { version: (v as { version: unknown }).version } : {};
    const fast = partChecks[k](v);
    const zod: ReturnType<typeof z.safeParse> = z.safeParse(schema, v);
    assert.equal(fast !== FAILED, zod.success, `${name}: ${k}: generated check ${fast === FAILED ? 'refused' : 'passed'} it, zod ${zod.success ? 'passed' : `refused it (${JSON.stringify(zod.error?.issues[0])})`}`);
    if (zod.success) assert.deepStrictEqual(fast, zod.data, `${name}: ${k}: not the copy zod gives`);
    counts.parts[zod.success ? 'pass' : 'fail']++;
  }
}

/** The elements' checks: each part set, the generated check and zod's, same result (after explaining). */
const ELEMENTS: PartName[][] = [
  ['school', 'policy'],
  ['school', 'agreements', 'quiz', 'submit', 'policyVersion'],
  ['school', 'quiz', 'submit', 'policyVersion'],
  ['school', 'concern', 'submit', 'policyVersion'],
  ['school', 'guidance'],
  ['school', 'policy', 'agreements', 'quiz', 'concern', 'guidance', 'submit'],
];
// The built-in quiz actions, so that the demo's quiz answers name actions (all-parts.ts does the same).
const defaults = { quiz: { actions: BUILT_IN_ACTION_IDS.map((id) => ({ id })) } } as Defaults;
const checks = ELEMENTS.map((names) => [names.join('+'), partsCheck(names, defaults), zodCheck(names, defaults)] as const);

async function compareElements(name: string, b: unknown) {
  for (const [which, fast, zod] of checks) {
    const [f, s]: BundleResult[] = [await explained(fast(b)), await explained(zod(b))];
    assert.deepStrictEqual(f, s, `${name}: the check of ${which} differs`);
    counts.elements[s.ok ? 'pass' : 'fail']++;
  }
}

test('every bundle the tests have: the generated checks and zod agree, part by part and element by element', async () => {
  for (const [name, b] of fixtures) {
    compareParts(name, b);
    await compareElements(name, b);
  }
  assert.ok(fixtures.length >= 70, `${fixtures.length} bundles`);
});

test('thousands of random mistakes in the demo bundle: the generated checks and zod agree', async () => {
  const rnd = random(14);
  const N = 4000;
  let refused = 0;
  for (let i = 0; i < N; i++) {
    const b = structuredClone(demo);
    const n = 1 + Math.floor(rnd() * 3);
    for (let j = 0; j < n; j++) mutate(b, rnd);
    compareParts(`mutation ${i}`, b);
    // The elements' whole checks (with the explained words) on every fourth: they cost more.
    if (i % 4 === 0) await compareElements(`mutation ${i}`, b);
    if (!checks[5][1](b).ok) refused++;
  }
  // Enough of them are mistakes, and enough are not, for the comparison to mean something.
  assert.ok(refused > N / 4 && refused < N - N / 10, `${refused} of ${N} mutated bundles refused`);
  console.log(
    `fast checks vs zod: whole bundles ${counts.whole.pass} passed both, ${counts.whole.fail} refused by both; parts ${counts.parts.pass} passed both, ${counts.parts.fail} refused by both; element checks ${counts.elements.pass} passed both, ${counts.elements.fail} refused by both (${refused} of ${N} mutated bundles have a mistake)`,
  );
});
