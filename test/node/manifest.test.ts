import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { stylingHooks } from './styling-hooks.js';

/**
 * custom-elements.json (from the JSDoc, `npm run analyze`) documents every part and every
 * --esafety-* CSS property each element really has, and nothing it does not have.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
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

test('the analysis finds parts set in shared modules, and not those of helpers the element does not use', () => {
  const form = stylingHooks(root, 'src/aup-form/aup-form.ts', 'AupForm');
  assert.ok(form.parts.get('checkbox')?.has('src/ui/form.ts'), 'checkbox (ui/form.ts) reached through checkbox()');
  assert.ok(form.parts.has('loading') && form.parts.has('error'), 'the loading line and error box of BundleElement');
  assert.ok(!form.parts.has('radio'), 'radios() is only used by <report-concern>');
  assert.ok(!form.parts.has('action'), "the quiz's parts belong to <esafety-quiz>, not to the <aup-form> around it");
  assert.ok(form.properties.has('--esafety-target'));
});
