import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { checkText } from '../../cli/commands/validate.js';
import { splitPath } from '../../cli/validate/locate.js';

const run = promisify(execFile);
const BIN = 'dist/cli/esafety-elements.js';
const dir = mkdtempSync(join(tmpdir(), 'esafety-validate-'));

/** A healthy bundle for the fictional Larkspur Lane Primary School. */
function larkspur(): any {
  return {
    school: {
      name: 'Larkspur Lane Primary School',
      contacts: [{ id: 'dsl', role: 'dsl', name: 'Mrs Hollis', email: 'dsl@larkspur.example' }],
    },
    policy: {
      title: 'Online safety policy',
      approved: '2026-09-01',
      nextReview: '2027-09-01',
      sections: [
        { title: 'Aims', blocks: [{ type: 'paragraph', text: 'Read this with section 2 and see 2.1.' }] },
        { title: 'Roles', blocks: [{ type: 'clause', text: 'The head teacher leads.' }] },
      ],
      appendices: [{ title: 'Pupil agreement', blocks: [{ type: 'paragraph', text: 'Signed copies kept. See Appendix A.' }] }],
    },
    agreements: ['ks2', 'staff', 'parent'].map((a) => ({
      id: `aup-${a}`,
      audience: a,
      title: `Agreement for ${a}`,
      statements: [{ id: 's1', text: 'I will be kind online.' }],
    })),
    submit: { endpoint: 'https://forms.larkspur.example/esafety' },
  };
}
const text = (b: unknown) => JSON.stringify(b, null, 2);
const TODAY = '2026-11-30';

test('a healthy bundle: valid, no errors, no warnings', () => {
  const r = checkText('p.json', text(larkspur()), TODAY);
  assert.deepEqual([r.ok, r.errors, r.warnings], [true, [], []]);
});

test('an error names the JSON path and the line:column of the value in the file', () => {
  const b = larkspur();
  b.policy.sections[1].title = 42;
  const src = text(b);
  const r = checkText('p.json', src, TODAY);
  assert.equal(r.ok, false);
  const e = r.errors.find((x) => x.path === 'policy.sections[1].title');
  assert.ok(e, JSON.stringify(r.errors));
  const line = src.split('\n')[e.line - 1];
  assert.equal(line.slice(e.column - 1), '"title": 42,');
});

test('a missing field points at the object that lacks it', () => {
  const b = larkspur();
  delete b.policy.title;
  const src = text(b);
  const e = checkText('p.json', src, TODAY).errors[0];
  assert.equal(e.path, 'policy.title');
  assert.match(src.split('\n')[e.line - 1].slice(e.column - 1), /^"policy": \{/);
});

test('invalid JSON: line and column of the mistake', () => {
  const r = checkText('p.json', '{\n  "policy": {\n    "title": "x",\n  }\n}', TODAY);
  assert.equal(r.ok, false);
  assert.deepEqual([r.errors[0].line, r.errors[0].column], [4, 3]);
  assert.match(r.errors[0].message, /not valid JSON — expected a field name/);
  assert.match(checkText('p.json', '  ', TODAY).errors[0].message, /empty/);
  assert.match(checkText('p.json', '<!doctype html>', TODAY).errors[0].message, /looks like HTML/);
});

test('health warnings: overdue review, no DSL, empty section, http link, dangling cross-references, audiences, endpoint', () => {
  const b = larkspur();
  b.policy.nextReview = '2025-09-01';
  b.school.contacts[0].role = 'headteacher';
  b.policy.sections.push({ title: 'Empty one' });
  b.policy.sections[0].blocks.push({ type: 'paragraph', text: 'See [the guide](http://guide.example) and paragraph 9.4, also Appendix C. Section 175 of the Education Act is fine.' });
  b.agreements = b.agreements.filter((a: any) => a.audience === 'ks2');
  delete b.submit;
  const r = checkText('p.json', text(b), TODAY);
  assert.equal(r.ok, true);
  const says = (path: string, words: RegExp) =>
    assert.ok(r.warnings.some((w) => w.path === path && words.test(w.message)), `${path} ${words}: ${JSON.stringify(r.warnings, null, 1)}`);
  says('policy.nextReview', /due for review on 2025-09-01/);
  says('school.contacts', /designated safeguarding lead/);
  says('policy.sections[2]', /"Empty one" has no text/);
  says('policy.sections[0].blocks[1].text', /http:\/\/guide\.example/);
  says('policy.sections[0].blocks[1].text', /"paragraph 9\.4".*no 9\.4/);
  says('policy.sections[0].blocks[1].text', /"Appendix C"/);
  says('agreements', /staff, parents/);
  says('submit', /endpoint/);
  assert.ok(!r.warnings.some((w) => /175/.test(w.message)), 'a section of another Act is not a cross-reference');
  assert.equal(r.warnings.length, 8);
});

test('the review falls due a year after approval when nextReview is not given', () => {
  const b = larkspur();
  delete b.policy.nextReview;
  b.policy.approved = '2025-06-01';
  const w = checkText('p.json', text(b), TODAY).warnings;
  assert.match(w[0].message, /more than 12 months ago \(due 2026-06-01\)/);
});

test('given numbering: cross-references are checked against the school\'s own numbers', () => {
  const b = larkspur();
  b.policy.numbering = 'given';
  b.policy.sections[0].blocks[0].text = 'See 7.3 and section 2.';
  b.policy.sections[1].number = '7';
  b.policy.sections[1].blocks[0].number = '7.3';
  b.policy.sections[0].number = '2';
  const w = checkText('p.json', text(b), TODAY).warnings.filter((x) => /refers to/.test(x.message));
  assert.deepEqual(w, []);
});

test('splitPath reverses the formatted paths', () => {
  assert.deepEqual(splitPath('policy.sections[3].blocks[0].text'), ['policy', 'sections', 3, 'blocks', 0, 'text']);
  assert.deepEqual(splitPath('policy.title["cy-GB"]'), ['policy', 'title', 'cy-GB']);
  assert.deepEqual(splitPath('(the bundle)'), []);
});

test('built CLI: exit 0 with only warnings, 1 with errors, --json for scripts', async () => {
  const good = join(dir, 'good.json');
  const b = larkspur();
  delete b.submit;
  writeFileSync(good, text(b));
  const ok = await run(process.execPath, [BIN, 'validate', good, '--today', TODAY]);
  assert.match(ok.stdout, /valid — 0 errors, 1 warning/);
  b.policy.approved = '2026-02-30';
  writeFileSync(good, text(b));
  const bad = await run(process.execPath, [BIN, 'validate', good, '--json']).catch((e) => e);
  assert.equal(bad.code, 1);
  const report = JSON.parse(bad.stdout);
  assert.equal(report.ok, false);
  assert.equal(report.errors[0].path, 'policy.approved');
  assert.ok(report.errors[0].line > 1);
});

test('built CLI: a missing file, a folder, no file, an unknown option', async () => {
  const fail = (args: string[]) => run(process.execPath, [BIN, 'validate', ...args]).then(() => assert.fail('should fail'), (e) => e);
  let e = await fail([join(dir, 'nope.json')]);
  assert.equal(e.code, 1);
  assert.match(e.stderr, /cannot find the file/);
  e = await fail([dir]);
  assert.match(e.stderr, /is a folder/);
  e = await fail([]);
  assert.equal(e.code, 2);
  e = await fail(['x.json', '--strict']);
  assert.equal(e.code, 2);
  assert.match(e.stderr, /unknown option "--strict"/);
  const help = await run(process.execPath, [BIN, 'validate', '--help']);
  assert.match(help.stdout, /Exit codes: 0 valid/);
});
