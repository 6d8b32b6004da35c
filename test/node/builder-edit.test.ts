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
