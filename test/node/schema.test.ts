import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020Module from 'ajv/dist/2020.js';
import { writeSchema } from '../../build/schema.mjs';
import { base, ROWS } from '../fixtures/broken-bundles.js';

const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module }).default ?? Ajv2020Module;
const out = join(mkdtempSync(join(tmpdir(), 'esafety-schema-')), 'policy-bundle.schema.json');
await writeSchema(out);
const schema = JSON.parse(readFileSync(out, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('date', true); // the pattern checks the date; "format" is for editors
const check = ajv.compile(schema);

/** Rows the runtime rejects by looking across the bundle (ids, references): JSON Schema cannot say these. */
const CROSS_REFERENCES = [
  'footnote reference inside a nested list item',
  'contacts block with an unknown contact id',
  'footnote reference with no footnote',
  'footnote reference with no footnote, in a table cell',
  'footnote reference with no footnote, in the Welsh of a text',
  'footnote reference with no footnote, in a clause item of a subsection',
  'footnote reference with no footnote, in an appendix',
  'footnote reference with no footnote, in the summary',
  'duplicate clause id, the first in another section',
  'duplicate footnote id',
  'duplicate contact id',
  'duplicate section id',
  'quiz answer that is not an action',
];

test('the JSON Schema rejects every broken bundle the runtime rejects, except cross-references', () => {
  const objects = ROWS.flatMap((r) => {
    if (typeof r.bundle !== 'string') return [r];
    try {
      return [{ ...r, bundle: JSON.parse(r.bundle) }];
    } catch {
      return []; // not JSON at all: nothing for a schema to check
    }
  });
  const passing = objects.filter((r) => check(r.bundle)).map((r) => r.name);
  assert.deepEqual(passing, CROSS_REFERENCES, `${passing.length} of ${objects.length} broken bundles pass the schema`);
  assert.ok(objects.length >= 60);
});

test('valid bundles pass the JSON Schema: the corpus base, the test fixtures, the README samples', () => {
  const readme = [...readFileSync('README.md', 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
  for (const b of [base(), JSON.parse(readFileSync('test/fixtures/all-blocks.json', 'utf8')), JSON.parse(readFileSync('test/fixtures/small.json', 'utf8')), ...readme])
    assert.ok(check(b), JSON.stringify(check.errors?.slice(0, 3)));
});

test('the schema\'s patterns agree with the runtime on edge cases', () => {
  const withDate = (d: string) => ({ policy: { title: 'P', approved: d, sections: [{ title: 'S' }] } });
  for (const ok of ['2024-02-29', '2000-02-29', '2026-12-31']) assert.ok(check(withDate(ok)), ok);
  for (const bad of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-1-01']) assert.ok(!check(withDate(bad)), bad);
  const withLink = (t: string) => ({ policy: { title: 'P', sections: [{ title: 'S', blocks: [{ type: 'paragraph', text: t }] }] } });
  for (const ok of ['[site](https://x.example)', '[mail](mailto:a@b.example)', '[page](/policies/x.pdf)', '[t](tel:01632960000)', 'a ratio 1:2 and [x](#top)'])
    assert.ok(check(withLink(ok)), ok);
  for (const bad of ['[x](javascript:alert(1))', '[x]( JaVa\tScRiPt:alert(1))', '[x](data:text/html,hi)', '[x](vbscript:x)']) assert.ok(!check(withLink(bad)), bad);
  const withEndpoint = (e: string) => ({ submit: { endpoint: e } });
  for (const ok of ['https://forms.example/x', 'http://localhost:8080/in', '/forms/esafety']) assert.ok(check(withEndpoint(ok)), ok);
  for (const bad of ['http://forms.example/x', '//evil.example/x', 'ftp://x.example']) assert.ok(!check(withEndpoint(bad)), bad);
  assert.ok(check({ school: { name: 'S', contacts: [{ id: 'DSL-1', role: 'dsl', name: 'A', email: 'A@B.EXAMPLE' }] } }), 'ids and emails in capitals, as the runtime allows');
});

test('every field and list item in the schema has a description', () => {
  const missing: string[] = [];
  const visit = (node: Record<string, any>, path: string, needs: boolean) => {
    if (!node || typeof node !== 'object') return;
    if (needs && !node.description && !node.$ref) missing.push(path);
    for (const [k, v] of Object.entries(node.properties ?? {})) visit(v as Record<string, any>, `${path}.${k}`, true);
    if (node.items) visit(node.items, `${path}[]`, true);
    for (const key of ['anyOf', 'oneOf']) (node[key] ?? []).forEach((v: Record<string, any>, i: number) => visit(v, `${path}|${i}`, false));
  };
  visit(schema, '', true);
  for (const [k, v] of Object.entries(schema.$defs ?? {})) visit(v as Record<string, any>, `$defs.${k}`, true);
  assert.deepEqual(missing, []);
});

test('the descriptions stay out of the browser files', () => {
  assert.ok(existsSync('dist/esafety-elements.js'), 'dist/esafety-elements.js is missing: run npm run build first');
  const browser = readFileSync('dist/esafety-elements.js', 'utf8');
  assert.doesNotMatch(browser, /so editors can check and complete the bundle|How long to wait for the endpoint/);
  assert.match(readFileSync('dist/policy-bundle.schema.json', 'utf8'), /How long to wait for the endpoint/);
});
