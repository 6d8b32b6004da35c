import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contactRows, detailsOf, problemsOf, withDetails } from '../../src/builder/edit.js';

// The builder's form model (src/builder/edit.ts): contacts read from a bundle and written back.
const bundle = {
  school: {
    name: 'Larkspur Lane Primary School',
    contacts: [
      { id: 'dsl', role: 'dsl', roles: ['online-safety-lead'], name: 'Mrs Ada Hollis', phone: '01632 960101' },
      { id: 'ict', role: 'it-support', roleLabel: 'ICT manager', website: 'https://ict.larkspur.example/' },
    ],
  },
};

test('contacts round-trip: what the form does not show (roles, roleLabel, website) is kept', () => {
  const d = detailsOf(bundle);
  assert.deepEqual(withDetails(bundle, d).school.contacts, bundle.school.contacts);
});

test('new contacts get unique ids; empty fields are left out; removing all removes the list', () => {
  const d = detailsOf(bundle);
  const blank = { id: '', name: '', phone: '', email: '', rest: {} };
  const rows = [...d.contacts, { ...blank, role: 'dsl' as const, name: ' Mr Tom Reed ' }, { ...blank, role: 'dsl' as const, email: 'x@larkspur.example' }];
  const out = withDetails(bundle, { ...d, contacts: rows }).school.contacts;
  assert.deepEqual(out.map((c: { id: string }) => c.id), ['dsl', 'ict', 'dsl-2', 'dsl-3']);
  assert.deepEqual(out[2], { id: 'dsl-2', role: 'dsl', name: 'Mr Tom Reed' });
  assert.equal(withDetails(bundle, { ...d, contacts: [] }).school.contacts, undefined);
  assert.deepEqual(contactRows(undefined), []);
});

test("a bad phone or email in a contact links to that contact's own field", () => {
  const d = detailsOf(bundle);
  d.contacts[1] = { ...d.contacts[1]!, phone: 'call us', email: 'ict.larkspur.example' };
  const fields = problemsOf(withDetails(bundle, d), '2026-11-30').filter((p) => p.error).map((p) => [p.path, p.field]);
  assert.deepEqual(fields, [
    ['school.contacts[1].phone', 'b-c1-phone'],
    ['school.contacts[1].email', 'b-c1-email'],
  ]);
});

test('no DSL among the contacts: the warning links to "Add a contact"', () => {
  const d = detailsOf(bundle);
  d.contacts = d.contacts.slice(1);
  const p = problemsOf(withDetails(bundle, d), '2026-11-30').find((x) => /safeguarding lead/.test(x.message));
  assert.equal(p?.field, 'b-contact-add');
});

// A federation's schools (school.schools), each with its own contacts.
const federation = {
  school: {
    name: 'The Larkspur and Heron Federation',
    schools: [
      { id: 'larkspur', name: { en: 'Larkspur Lane Primary', cy: 'Ysgol Gynradd Lôn Larkspur' }, address: '1 Larkspur Lane', website: 'https://larkspur.example/', contacts: [{ id: 'head', role: 'headteacher', name: 'Mr Tom Reed' }] },
    ],
  },
};

test('schools round-trip: an unchanged school is kept exactly (its Welsh name, website, contacts)', () => {
  const d = detailsOf(federation);
  assert.equal(d.schools[0]!.name, 'Larkspur Lane Primary');
  assert.deepEqual(withDetails(federation, d).school.schools, federation.school.schools);
});

test('a renamed school takes the new name; new schools get ids from their names, unique, with empty fields left out', () => {
  const d = detailsOf(federation);
  const blank = { id: '', address: '', contacts: [], rest: {} };
  d.schools = [{ ...d.schools[0]!, name: 'Larkspur Lane' }, { ...blank, name: ' Heron Bank Infants ' }, { ...blank, name: 'Heron Bank Infants' }, { ...blank, name: 'Ysgol Lôn Las' }, { ...blank, name: '!!' }];
  const out = withDetails(federation, d).school.schools;
  assert.equal(out[0].name, 'Larkspur Lane');
  assert.deepEqual(out.map((s: { id: string }) => s.id), ['larkspur', 'heron-bank-infants', 'heron-bank-infants-2', 'ysgol-lon-las', 'school-5']);
  assert.deepEqual(out[1], { id: 'heron-bank-infants', name: 'Heron Bank Infants' });
  assert.equal(withDetails(federation, { ...d, schools: [] }).school.schools, undefined);
});

test("a member school's problems link to its own fields: its name, and each field of its contacts", () => {
  const d = detailsOf(federation);
  d.schools.push({ id: '', name: '', address: '', contacts: [{ id: '', role: 'dsl', name: '', phone: 'ring us', email: 'dsl.heron.example', rest: {} }], rest: {} });
  const fields = problemsOf(withDetails(federation, d), '2026-11-30').filter((p) => p.error).map((p) => [p.path, p.field]);
  assert.deepEqual(fields, [
    ['school.schools[1].name', 'b-s1-name'],
    ['school.schools[1].contacts[0].phone', 'b-s1-c0-phone'],
    ['school.schools[1].contacts[0].email', 'b-s1-c0-email'],
  ]);
});
