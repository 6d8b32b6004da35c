import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, parseCsv, toCsv } from '../../cli/receiver/csv.js';
import { norm, parseRoster, signaturesOf, signedReport } from '../../cli/receiver/roster.js';
import type { Stored } from '../../cli/receiver/store.js';

const agreement = (audience: string, signatures: Record<string, Record<string, string>>, policyVersion = '2', textHash = 'sha256:t', submittedAt = '2026-09-01T09:00:00.000Z'): Stored => ({
  id: crypto.randomUUID(),
  kind: 'agreement',
  audience,
  school: null,
  policyVersion,
  locale: 'en-GB',
  class: null,
  submittedAt,
  receivedAt: submittedAt,
  spam: false,
  contentType: 'text/plain',
  envelope: { id: '', data: { signatures, textHash } },
});

test('CSV: quotes, doubled quotes, newlines in cells, CRLF, BOM, semicolons; formulas defused on the way out', () => {
  assert.deepEqual(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n\r\n'), [['a', 'b'], ['x, y', 'say "hi"\nthere']]);
  assert.deepEqual(parseCsv('group;name;class\npupil;Ada;5'), [['group', 'name', 'class'], ['pupil', 'Ada', '5']]);
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell('-2'), "'-2");
  assert.equal(csvCell('a "b", c'), '"a ""b"", c"');
  assert.deepEqual(parseCsv(toCsv([['x', 'line\nbreak', null]])), [['x', 'line\nbreak', '']]);
});

test('names compare without accents, case, punctuation or extra spaces', () => {
  assert.equal(norm("  Zoë  O'Neill-Smith "), 'zoe oneillsmith');
  assert.equal(norm('SIÔN ap Rhys'), 'sion ap rhys');
});

test('roster: the header may be in any order and case; each problem is named by row', () => {
  assert.deepEqual(parseRoster('Name,Class,Group\nAda Lovelace,5 Willow,Pupils\nJo Bell,,staff'), [
    { group: 'pupil', name: 'Ada Lovelace', class: '5 Willow' },
    { group: 'staff', name: 'Jo Bell', class: null },
  ]);
  assert.throws(() => parseRoster(''), /roster is empty/);
  assert.throws(() => parseRoster('who,what\nx,y'), /must name the columns group, name and class/);
  assert.throws(() => parseRoster('group,name,class\nparent,,\n'), /row 2: the name is empty/);
});

test('signatures: whose by block id and audience; the class from a field whose id says class', () => {
  const parent = signaturesOf(agreement('parent', { parent: { name: 'Dana Example', 'child-first-name': 'Robin', 'child-class': '5 Willow' } }));
  assert.deepEqual(parent.map((s) => [s.group, s.name, s.class]), [['parent', 'Dana Example', '5 Willow']]);
  const staff = signaturesOf(agreement('governor', { signer: { name: 'Lee Park', role: 'Chair' } }));
  assert.deepEqual(staff.map((s) => [s.group, s.name]), [['staff', 'Lee Park']]);
  const ks1 = signaturesOf(agreement('ks1', { child: { 'first-name': 'Robin', class: '1 Elm' }, parent: { name: 'Dana Example' } }));
  assert.deepEqual(ks1.map((s) => [s.group, s.name, s.class]), [['pupil', 'Robin', '1 Elm'], ['parent', 'Dana Example', null]]);
});

test('the newest signature of the current text wins; a changed text asks to sign again; no version means every signature counts', () => {
  const people = parseRoster('group,name,class\npupil,Robin Ash,1 Elm\nparent,Dana Example,');
  const old = agreement('ks1', { child: { 'first-name': 'Robin', class: '1 Elm' }, parent: { name: 'Dana Example' } }, '1', 'sha256:old', '2025-09-01T09:00:00.000Z');
  const cur = agreement('ks1', { child: { 'first-name': 'Robin Ash', class: '1 elm' } }, '2', 'sha256:new');
  const r = signedReport(people, [old, cur], '2');
  assert.deepEqual(r.lines.map((l) => [l.person.name, l.status]), [['Robin Ash', 'signed'], ['Dana Example', 'must-sign-again']]);
  assert.equal(r.lines[0].signature?.envelope, cur);
  const any = signedReport(people, [old], null);
  assert.deepEqual(any.lines.map((l) => l.status), ['signed', 'signed']);
});
