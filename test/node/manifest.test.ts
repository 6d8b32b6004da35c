import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ADULTS, AGES, CONFIRMS, FORMATS } from '../../src/bundle/schema/values.js';
import { stylingHooks } from './styling-hooks.js';

/**
 * custom-elements.json (from the JSDoc, `npm run analyze`) documents every part and every
 * --esafety-* CSS property each element really has, and nothing it does not have; every attribute
 * and event is described and typed in terms a tool can use (build/cem-types.mjs).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

interface Typed {
  name: string;
  description?: string;
  type?: { text: string; references?: { name: string; module: string; start: number; end: number }[] };
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  attributes?: (Typed & { fieldName?: string })[];
  events?: Typed[];
}
const manifest = JSON.parse(readFileSync(`${root}/custom-elements.json`, 'utf8')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ path: m.path, d })));

test('the manifest has all five elements', () => {
  assert.deepEqual(elements.map((e) => e.d.tagName).sort(), ['aup-form', 'esafety-policy', 'esafety-quiz', 'parent-guidance', 'report-concern']);
});

for (const { path, d } of elements) {
  const hooks = stylingHooks(root, path, d.name);
  const doc = (what: 'part' | 'property', name: string) =>
    `add "@css${what === 'part' ? 'part' : 'prop'} ${name} - …" to the JSDoc of ${d.name} in ${path}, then run \`npm run analyze\``;

  test(`<${d.tagName}>: every part in its templates is in custom-elements.json, and only those`, () => {
    const documented = new Set(d.cssParts?.map((p) => p.name));
    const missing = [...hooks.parts].filter(([p]) => !documented.has(p));
    assert.deepEqual(
      missing.map(([p, files]) => `part "${p}" (set in ${[...files].join(', ')}) is not documented: ${doc('part', p)}`),
      [],
    );
    const stale = [...documented].filter((p) => !hooks.parts.has(p));
    assert.deepEqual(stale.map((p) => `part "${p}" is documented for <${d.tagName}> (JSDoc of ${d.name} in ${path}) but no template of it sets part="${p}"`), []);
  });

  test(`<${d.tagName}>: every --esafety-* property its styles read is in custom-elements.json, and only those`, () => {
    const documented = new Set(d.cssProperties?.map((p) => p.name));
    const missing = [...hooks.properties].filter(([p]) => !documented.has(p));
    assert.deepEqual(
      missing.map(([p, files]) => `CSS property ${p} (read in ${[...files].join(', ')}) is not documented: ${doc('property', p)}`),
      [],
    );
    const stale = [...documented].filter((p) => !hooks.properties.has(p));
    assert.deepEqual(stale.map((p) => `CSS property ${p} is documented for <${d.tagName}> (JSDoc of ${d.name} in ${path}) but its styles never read it`), []);
  });
}

/** The events src/events.ts declares for TypeScript (EsafetyEventMap): name → type. */
const eventsSource = readFileSync(`${root}/src/events.ts`, 'utf8');
const eventMap = new Map([...eventsSource.slice(eventsSource.indexOf('interface EsafetyEventMap')).matchAll(/'([a-z-]+)': (CustomEvent<\w+>);/g)].map((m) => [m[1], m[2]]));
const values = (text: string | undefined) => new Set(text?.split(' | ').map((v) => v.replace(/^"(.*)"$/, '$1')));

test('src/events.ts declares the five events', () => {
  assert.deepEqual([...eventMap.keys()].sort(), ['esafety-bundle-error', 'esafety-quiz-complete', 'esafety-submit', 'esafety-submit-failed', 'esafety-submitted']);
});

for (const { path, d } of elements) {
  test(`<${d.tagName}>: every attribute is described and typed, a closed set by its values`, () => {
    assert.ok(d.attributes?.length);
    const faults = d.attributes.flatMap((a) => [
      ...(a.description ? [] : [`attribute "${a.name}" has no description: add "@attr {type} ${a.name} - …" to the JSDoc of ${d.name} in ${path}`]),
      ...(a.type ? [] : [`attribute "${a.name}" has no type: add "@attr {type} ${a.name} - …" to the JSDoc of ${d.name} in ${path}`]),
      // A type alias's name (Age, Format …) means nothing to an editor reading the manifest.
      ...(/\b[A-Z]/.test(a.type?.text ?? '') ? [`attribute "${a.name}" is typed "${a.type!.text}": a name a tool cannot look up (build/cem-types.mjs lists a closed set's values)`] : []),
    ]);
    assert.deepEqual(faults, []);
  });

  test(`<${d.tagName}>: every event is described and typed with its detail, as src/events.ts declares it`, () => {
    assert.ok(d.events?.some((e) => e.name === 'esafety-bundle-error'), 'every element reports an unusable bundle');
    for (const e of d.events!) {
      assert.ok(e.description, `event "${e.name}" of <${d.tagName}> has no description (@fires in ${path})`);
      assert.equal(e.type?.text, eventMap.get(e.name), `event "${e.name}" of <${d.tagName}>: its type is the one EsafetyEventMap gives`);
      const [ref] = e.type!.references ?? [];
      assert.ok(ref, `event "${e.name}": its detail type is linked to where it is declared`);
      assert.equal(e.type!.text.slice(ref.start, ref.end), ref.name);
      assert.match(readFileSync(`${root}/${ref.module}`, 'utf8'), new RegExp(`export (interface|type) ${ref.name}\\b`), `${ref.name} is declared in ${ref.module}`);
    }
  });
}

test('closed sets are listed by their values: age, audience, format and confirm', () => {
  const attr = (tag: string, name: string) => elements.find((e) => e.d.tagName === tag)!.d.attributes!.find((a) => a.name === name)?.type?.text;
  assert.deepEqual(values(attr('aup-form', 'age')), new Set([...AGES, 'undefined']));
  assert.deepEqual(values(attr('aup-form', 'audience')), new Set([...AGES, 'send', ...ADULTS, 'undefined']));
  assert.deepEqual(values(attr('esafety-quiz', 'age')), new Set([...AGES, 'send', 'undefined']));
  for (const tag of ['aup-form', 'esafety-quiz', 'report-concern']) {
    assert.deepEqual(values(attr(tag, 'format')), new Set([...FORMATS, 'undefined']), `${tag} format`);
    assert.deepEqual(values(attr(tag, 'confirm')), new Set([...CONFIRMS, 'undefined']), `${tag} confirm`);
  }
  assert.equal(attr('esafety-policy', 'lang'), 'string');
});

test('the analysis finds parts set in shared modules, and not those of helpers the element does not use', () => {
  const form = stylingHooks(root, 'src/aup-form/aup-form.ts', 'AupForm');
  assert.ok(form.parts.get('checkbox')?.has('src/ui/form.ts'), 'checkbox (ui/form.ts) reached through checkbox()');
  assert.ok(form.parts.has('loading') && form.parts.has('error'), 'the loading line and error box of BundleElement');
  assert.ok(!form.parts.has('radio'), 'radios() is only used by <report-concern>');
  assert.ok(!form.parts.has('action'), "the quiz's parts belong to <esafety-quiz>, not to the <aup-form> around it");
  assert.ok(form.properties.has('--esafety-target'));
});
