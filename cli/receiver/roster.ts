// Who has signed: the school's roster (pupils with their class, staff, parents) against the
// agreements received. The matching rule (also in the README):
//
// - Names are compared normalised: accents removed, case ignored, punctuation (. , ' ’ -) and
//   repeated spaces ignored. "Zoë O'Neill" matches "zoe oneill".
// - Which signature is whose comes from the signature fields' ids in the envelope's
//   data.signatures (block id → field id → value): a block whose id says parent/carer is a
//   parent's; a block whose id says adult/staff, or any block of a staff-type audience
//   (staff, volunteer, governor, visitor), is a member of staff's; any other block is a pupil's.
//   A field whose id says "class" is the class; a field whose id says "name" (but not "child")
//   is the signer's name.
// - A pupil matches when the class is the same and the signed name is their full name or their
//   first name (pupils often sign with their first name only). A first name shared by two
//   pupils of one class cannot say who signed: that signature is listed as unclear, and
//   neither pupil counts as signed by it.
// - Staff and parents match on the full name.
// - Status for the chosen policy version: "signed" when they signed that version, or an older
//   one whose agreement text (data.textHash) is the same as a text signed under that version;
//   "must sign again" when they signed only older versions with a different text; "not signed"
//   otherwise. The current texts are learnt from the signatures of the chosen version (one per
//   language): until someone has signed that version in a language, older signatures in that
//   language count as "must sign again" (the cautious answer).

import { parseCsv } from './csv.js';
import type { Stored } from './store.js';

export type Group = 'pupil' | 'staff' | 'parent';
export interface Person {
  group: Group;
  name: string;
  class: string | null;
}

const GROUPS: Record<string, Group> = { pupil: 'pupil', pupils: 'pupil', student: 'pupil', students: 'pupil', staff: 'staff', parent: 'parent', parents: 'parent', carer: 'parent', carers: 'parent' };
const ADULT_AUDIENCES = new Set(['staff', 'volunteer', 'governor', 'visitor']);

export const norm = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.,'’`-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export class RosterError extends Error {}

/** The roster CSV: a header row with `group`, `name` and `class` columns (class for pupils; optional otherwise), one person a row. */
export function parseRoster(text: string): Person[] {
  const rows = parseCsv(text);
  if (!rows.length) throw new RosterError('The roster is empty: it needs a header row (group,name,class) and one row for each person.');
  const head = rows[0].map((h) => norm(h));
  const col = (name: string) => head.indexOf(name);
  const [g, n, c] = [col('group'), col('name'), col('class')];
  if (g < 0 || n < 0) throw new RosterError(`The first row must name the columns group, name and class; it is "${rows[0].join(',')}".`);
  const people: Person[] = [];
  const problems: string[] = [];
  rows.slice(1).forEach((r, i) => {
    const line = i + 2;
    const group = GROUPS[norm(r[g] ?? '')];
    const name = (r[n] ?? '').trim();
    const cls = c >= 0 ? (r[c] ?? '').trim() : '';
    if (!group) problems.push(`row ${line}: group must be pupil, staff or parent, not "${r[g] ?? ''}"`);
    else if (!name) problems.push(`row ${line}: the name is empty`);
    else if (group === 'pupil' && !cls) problems.push(`row ${line}: a pupil needs a class`);
    else people.push({ group, name: name.slice(0, 200), class: cls ? cls.slice(0, 100) : null });
  });
  if (problems.length) throw new RosterError(`The roster has ${problems.length} problem${problems.length > 1 ? 's' : ''}: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? '; …' : ''}. Nothing was replaced.`);
  if (!people.length) throw new RosterError('The roster has a header row but nobody in it.');
  return people;
}

/** One signature found in an agreement envelope. */
export interface Signature {
  group: Group;
  name: string;
  class: string | null;
  envelope: Stored;
}

export function signaturesOf(e: Stored): Signature[] {
  const data = e.envelope.data as { signatures?: unknown };
  if (!data.signatures || typeof data.signatures !== 'object') return [];
  const out: Signature[] = [];
  for (const [blockId, block] of Object.entries(data.signatures as Record<string, unknown>)) {
    if (!block || typeof block !== 'object') continue;
    const fields = Object.entries(block as Record<string, unknown>).filter(([, v]) => typeof v === 'string' && v.trim()) as [string, string][];
    const name = fields.find(([id]) => /name/i.test(id) && !/child/i.test(id))?.[1];
    if (!name) continue;
    const cls = fields.find(([id]) => /class/i.test(id))?.[1] ?? null;
    const group: Group = /parent|carer/i.test(blockId) ? 'parent' : /adult|staff/i.test(blockId) || ADULT_AUDIENCES.has(e.audience ?? '') ? 'staff' : 'pupil';
    out.push({ group, name: name.trim(), class: cls?.trim() ?? null, envelope: e });
  }
  return out;
}

export type Status = 'signed' | 'must-sign-again' | 'not-signed';
export interface Line {
  person: Person;
  status: Status;
  /** The signature that decided the status (the newest). */
  signature?: Signature;
}
export interface Report {
  version: string | null;
  lines: Line[];
  /** Signatures that fit more than one person on the roster. */
  unclear: { signature: Signature; people: Person[] }[];
  /** Signatures that fit nobody on the roster. */
  unknown: Signature[];
}

const textHash = (e: Stored): string | null => {
  const h = (e.envelope.data as { textHash?: unknown }).textHash;
  return typeof h === 'string' ? h : null;
};

/** The report for `version` (null: every agreement counts as current). `agreements` may be in any order. */
export function signedReport(people: Person[], agreements: Stored[], version: string | null): Report {
  const current = new Set(agreements.filter((e) => version === null || e.policyVersion === version).map(textHash).filter(Boolean));
  const rank = (s: Signature): number => {
    if (version === null || s.envelope.policyVersion === version) return 2;
    const h = textHash(s.envelope);
    return h && current.has(h) ? 2 : 1;
  };
  const best = new Map<Person, Signature>();
  const unclear: Report['unclear'] = [];
  const unknown: Signature[] = [];
  for (const e of agreements) {
    for (const s of signaturesOf(e)) {
      const n = norm(s.name);
      const candidates = people.filter((p) => {
        if (p.group !== s.group) return false;
        if (p.group !== 'pupil') return norm(p.name) === n;
        if (norm(p.class ?? '') !== norm(s.class ?? '')) return false;
        return norm(p.name) === n || norm(p.name).split(' ')[0] === n;
      });
      // A full-name match wins over first-name matches.
      const exact = candidates.filter((p) => norm(p.name) === n);
      const fits = exact.length ? exact : candidates;
      if (!fits.length) unknown.push(s);
      else if (fits.length > 1) unclear.push({ signature: s, people: fits });
      else {
        const had = best.get(fits[0]);
        if (!had || rank(s) > rank(had) || (rank(s) === rank(had) && s.envelope.submittedAt > had.envelope.submittedAt)) best.set(fits[0], s);
      }
    }
  }
  const lines = people.map((person): Line => {
    const signature = best.get(person);
    if (!signature) return { person, status: 'not-signed' };
    return { person, status: rank(signature) === 2 ? 'signed' : 'must-sign-again', signature };
  });
  return { version, lines, unclear, unknown };
}
