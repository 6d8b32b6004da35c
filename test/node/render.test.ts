import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import postcss from 'postcss';
import { scopeCss } from '../../cli/render/scope-css.js';
import { importDocument } from '../../src/importer/index.js';
import type { OutSection } from '../../src/importer/structure.js';

const run = promisify(execFile);
const BIN = 'dist/cli/esafety-elements.js';
const FIXTURE = 'test/fixtures/all-blocks.json';
const dir = mkdtempSync(join(tmpdir(), 'esafety-render-'));

async function rendered(...args: string[]) {
  const out = join(dir, `p${Math.random().toString(36).slice(2)}.html`);
  const r = await run(process.execPath, [BIN, 'render', FIXTURE, '-o', out, ...args]);
  return { html: readFileSync(out, 'utf8'), stderr: r.stderr };
}

test('render: a whole page with the element\'s markup and scoped styles, no script, no search box, no hydration markers', async () => {
  const { html, stderr } = await rendered();
  assert.match(stderr, /Wrote .*\.html \(\d+ KB\)/);
  assert.match(html, /^<!doctype html>\n<html lang="en-GB">/);
  assert.match(html, /<title>Online safety policy — Test Primary School<\/title>/);
  assert.match(html, /<h1 part="title" class="title">Online safety policy<\/h1>/);
  assert.match(html, /<h2 part="heading" id="section-1" tabindex="-1">\s*<span class="num" part="number">1<\/span>\s*Introduction/);
  assert.match(html, /<div class="clause" part="clause" id="section-2-1"/);
  assert.match(html, /<a part="footnote-ref" href="#footnote-kcsie"/);
  assert.match(html, /<li id="footnote-kcsie"/);
  assert.match(html, /<a href="#section-2-3">2\.3 Staff<\/a>/, 'the contents list, with sub-sections');
  assert.match(html, /<a href="#appendix-a">Appendix A: Glossary<\/a>/, 'the contents list, with appendices');
  for (const absent of [/<script/i, /<input/i, /lit-part|lit-node|<\?lit|<\?>/, /:host/, /<template/])
    assert.doesNotMatch(html, absent);
  // Every style rule is scoped to the wrapper, so nothing leaks into the school's page.
  const css = /<style>\n([\s\S]*?)\n<\/style>\n<article/.exec(html)![1];
  postcss.parse(css).walkRules((r) => {
    if (r.parent?.type === 'atrule' && /keyframes/.test((r.parent as { name: string }).name)) return;
    for (const sel of r.selectors) assert.match(sel, /^\.esafety-policy-static\b/, sel);
  });
});

test('render --fragment: only the policy, to paste inside <esafety-policy>, headings one level down', async () => {
  const { html } = await rendered('--fragment');
  assert.match(html, /^<div class="esafety-policy-static" lang="en-GB">\n<style>/);
  assert.doesNotMatch(html, /<html|<body/);
  assert.match(html, /<h2 part="title" class="title">/);
  assert.match(html, /<h3 part="heading" id="section-1"/);
});

test('render --lang cy: the bundle\'s Welsh text and the element\'s Welsh labels', async () => {
  const { html } = await rendered('--fragment', '--lang', 'cy');
  assert.match(html, /lang="cy"/);
  assert.match(html, /<h2 part="title" class="title">Polisi diogelwch ar-lein<\/h2>/);
  assert.match(html, /id="contents-title">Cynnwys</);
  assert.match(html, /<dt>Cymeradwywyd<\/dt><dd>1 Medi 2025/);
});

test('render: a broken bundle is refused with the place of each problem; usage mistakes exit 2', async () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{\n  "policy": {\n    "title": "T",\n    "sections": []\n  }\n}\n');
  const e = await run(process.execPath, [BIN, 'render', bad]).catch((x) => x);
  assert.equal(e.code, 1);
  assert.match(e.stderr, /bad\.json:4:5 {2}policy\.sections: needs at least one section/);
  const u = await run(process.execPath, [BIN, 'render', FIXTURE, '--heading-level', '9']).catch((x) => x);
  assert.equal(u.code, 2);
  const help = await run(process.execPath, [BIN, 'render', '--help']);
  assert.match(help.stdout, /--fragment/);
});

test('round trip: bundle → render → import gives the same sections, numbers, clauses, appendices, dates and links', async () => {
  const { html } = await rendered();
  const { bundle } = importDocument(html, 'html');
  const src = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const sec = (s: OutSection): unknown => [s.number ?? null, s.title, s.blocks?.filter((b) => b.type === 'clause').map((b) => (b as { number: string }).number) ?? [], (s.sections ?? []).map(sec)];
  assert.deepEqual(bundle.policy.sections.map(sec), [
    ['1', 'Introduction', [], []],
    ['2', 'Roles and responsibilities', ['2.1', '2.2'], [['2.3', 'Staff', [], [['2.3.1', 'Supply staff', [], []]]], ['2.4', 'Online safety lead', [], []]]],
    ['3', 'Responding to incidents', [], []],
  ]);
  assert.deepEqual(bundle.policy.appendices?.map((a) => [a.label, a.title, a.sections?.map((s) => [s.number, s.title]) ?? []]), [
    ['Appendix A', 'Glossary', [['A.1', 'Abbreviations']]],
    ['Appendix B', 'Incident flowchart', []],
  ]);
  const p = bundle.policy;
  assert.deepEqual([p.approved, p.approvedBy, p.reviewed, p.nextReview, p.version, p.summary], [src.policy.approved, src.policy.approvedBy, src.policy.reviewed, src.policy.nextReview, src.policy.version, src.policy.summary]);
  assert.deepEqual(p.related, src.policy.related);
  assert.deepEqual(bundle.school?.contacts?.map((c) => [c.name, c.role, c.phone]), [['Ann Example', 'dsl', '01632 960001'], ['Ben Example', 'deputy-dsl', '01632 960002']]);
  assert.match(JSON.stringify(p.sections[0].blocks), /We keep \*\*everyone\*\* safe online, following the law\.\[\^fn-kcsie\]/);
});

test('scopeCss: :host becomes the wrapper, other selectors are prefixed, keyframes are left alone', () => {
  const out = scopeCss(':host{color:red} :host([hidden]){display:none} p, .a > b{margin:0} @media print{h2{color:black}} @keyframes spin{from{opacity:0}to{opacity:1}}', '.w');
  assert.match(out, /^\.w\{color:red\}/);
  assert.match(out, /\.w\[hidden\]\{display:none\}/);
  assert.match(out, /\.w p,\s*\.w \.a > b\{margin:0\}/);
  assert.match(out, /@media print\{\.w h2\{color:black\}\}/);
  assert.match(out, /@keyframes spin\{from\{opacity:0\}to\{opacity:1\}\}/);
});

test('round trip on the demo policy: every section, sub-section and clause comes back with its number', async () => {
  const out = join(dir, 'demo.html');
  await run(process.execPath, [BIN, 'render', 'demo/policy.json', '-o', out]);
  const { bundle } = importDocument(readFileSync(out, 'utf8'), 'html');
  const src = JSON.parse(readFileSync('demo/policy.json', 'utf8'));
  const en = (t: string | Record<string, string>) => (typeof t === 'string' ? t : t.en ?? Object.values(t)[0]);
  // The element's numbering: clauses first, then sub-sections, sharing one counter (src/esafety-policy/model.ts).
  type S = { title: string | Record<string, string>; blocks?: { type: string }[]; sections?: S[] };
  const expected = (s: S, num: string): unknown => {
    let n = 0;
    const clauses = (s.blocks ?? []).filter((b) => b.type === 'clause').map(() => `${num}.${++n}`);
    return [num, en(s.title), clauses, (s.sections ?? []).map((c) => expected(c, `${num}.${++n}`))];
  };
  const got = (s: OutSection): unknown => [s.number, s.title, s.blocks?.filter((b) => b.type === 'clause').map((b) => (b as { number: string }).number) ?? [], (s.sections ?? []).map(got)];
  assert.deepEqual(bundle.policy.sections.map(got), src.policy.sections.map((s: S, i: number) => expected(s, String(i + 1))));
  assert.deepEqual(bundle.policy.appendices?.map((a) => a.title), src.policy.appendices.map((a: S) => en(a.title)));
  assert.deepEqual(bundle.policy.related?.map((r) => r.url), src.policy.related.map((r: { url: string }) => r.url));
  const shown = bundle.school!.contacts!.map((c) => c.name);
  for (const name of ['Rebecca Haworth', 'Amir Siddiqui', 'Claire Pennington', 'Tom Ellery', 'Joanna Brightwell', 'Dr Nadia Quayle']) assert.ok(shown.includes(name), name);
});
