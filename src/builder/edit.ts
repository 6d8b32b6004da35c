import { policyHealth } from '../bundle/health.js';
import type { BundleIssue, Contact } from '../bundle/types.js';
import { validateBundle } from '../bundle/validate.js';
import { today } from '../text/dates.js';

/** The few details a document rarely holds, as the builder's form shows them. */
export interface Details {
  school: string;
  contacts: ContactRow[];
  /** A federation's schools (school.schools), each with its own contacts. */
  schools: SchoolRow[];
  approved: string;
  reviewCycleMonths: string;
  nextReview: string;
  endpoint: string;
}

type Json = Record<string, any>;

/** One contact as the form edits it; `rest` keeps what the form does not show (roles, website…). */
export interface ContactRow {
  id: string;
  role: Contact['role'];
  name: string;
  phone: string;
  email: string;
  rest: Json;
}

/**
 * One school of a federation as the form edits it. `name` and `address` are shown in the form's
 * language; `rest` keeps what the form does not show (website, the name in other languages while
 * the name is unchanged).
 */
export interface SchoolRow {
  id: string;
  name: string;
  address: string;
  contacts: ContactRow[];
  rest: Json;
}

/** A text as the form shows it: a plain string, or the first language of a text in several. */
const textOf = (v: unknown) => (typeof v === 'string' ? v : v && typeof v === 'object' ? String(Object.values(v)[0] ?? '') : '');

/** The form's rows for a federation's schools. */
export function schoolRows(schools: Json[] = []): SchoolRow[] {
  return schools.map(({ id, contacts, ...rest }) => ({ id: id ?? '', name: textOf(rest.name), address: textOf(rest.address), contacts: contactRows(contacts), rest }));
}

/** A text the form changed replaces the bundle's; one left as it was keeps its other languages. */
const keptText = (was: unknown, now: string) => (textOf(was) === now ? was : now);

/** The bundle's schools for the form's rows: each with a unique id (from its name), empty fields left out. */
export function schoolsOf(rows: SchoolRow[]): Json[] {
  const used = new Set<string>();
  return rows.map((r, i) => {
    const base = r.id || r.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || `school-${i + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const { name: oldName, address: oldAddress, ...rest } = r.rest;
    const s: Json = { id, name: keptText(oldName, r.name.trim()), ...rest };
    if (r.address.trim()) s.address = keptText(oldAddress, r.address.trim());
    if (r.contacts.length) s.contacts = contactsOf(r.contacts);
    return s;
  });
}

/** The form's rows for a bundle's contacts. */
export function contactRows(contacts: Json[] = []): ContactRow[] {
  return contacts.map(({ id, role, name, phone, email, ...rest }) => ({ id: id ?? '', role: role ?? 'other', name: name ?? '', phone: phone ?? '', email: email ?? '', rest }));
}

/** The bundle's contacts for the form's rows: empty fields left out, each with a unique id. */
export function contactsOf(rows: ContactRow[]): Json[] {
  const used = new Set<string>();
  return rows.map((r) => {
    let id = r.id || r.role;
    for (let n = 2; used.has(id); n++) id = `${r.id || r.role}-${n}`;
    used.add(id);
    const c: Json = { id, role: r.role, ...r.rest };
    for (const k of ['name', 'phone', 'email'] as const) if (r[k].trim()) c[k] = r[k].trim();
    return c;
  });
}

/** The form's values read from a bundle. */
export function detailsOf(b: Json): Details {
  return {
    school: textOf(b.school?.name) === 'Your school' ? '' : textOf(b.school?.name),
    contacts: contactRows(b.school?.contacts),
    schools: schoolRows(b.school?.schools),
    approved: b.policy?.approved ?? '',
    reviewCycleMonths: b.policy?.reviewCycleMonths ? String(b.policy.reviewCycleMonths) : '',
    nextReview: b.policy?.nextReview ?? '',
    endpoint: b.submit?.endpoint ?? '',
  };
}

/** A copy of the bundle with the form's values written in (an empty field removes its value). */
export function withDetails(b: Json, d: Details): Json {
  const out: Json = structuredClone(b);
  const set = (o: Json, k: string, v: string | number | undefined) => (v === '' || v === undefined ? delete o[k] : (o[k] = v));
  if (d.school || out.school) {
    out.school ??= {};
    out.school.name = d.school || 'Your school';
  }
  if (d.contacts.length) (out.school ??= { name: d.school || 'Your school' }).contacts = contactsOf(d.contacts);
  else if (out.school) delete out.school.contacts;
  if (d.schools.length) (out.school ??= { name: d.school || 'Your school' }).schools = schoolsOf(d.schools);
  else if (out.school) delete out.school.schools;
  if (out.policy) {
    set(out.policy, 'approved', d.approved);
    set(out.policy, 'nextReview', d.nextReview);
    set(out.policy, 'reviewCycleMonths', d.reviewCycleMonths ? Number(d.reviewCycleMonths) : undefined);
  }
  if (d.endpoint.trim()) (out.submit ??= {}).endpoint = d.endpoint.trim();
  else if (out.submit) {
    delete out.submit.endpoint;
    if (!Object.keys(out.submit).length) delete out.submit;
  }
  return out;
}

/** A problem with the bundle, with the form field (or the preview) that fixes it. */
export interface Problem extends BundleIssue {
  error: boolean;
  field: string;
}

const FIELDS: [RegExp, string][] = [
  [/^school(\.name)?$/, 'b-school'],
  [/^school\.contacts$/, 'b-contact-add'],
  [/^school\.schools$/, 'b-school-add'],
  [/^policy\.approved$/, 'b-approved'],
  [/^policy\.(nextReview|reviewed)$/, 'b-next-review'],
  [/^policy\.reviewCycleMonths$/, 'b-cycle'],
  [/^submit/, 'b-endpoint'],
];

/** Everything wrong or worth fixing: the browser's validation, then the policy-health warnings. */
export function problemsOf(b: Json, day = today()): Problem[] {
  const field = (path: string) => {
    // A member school's contact, the school itself, or one of the school's own contacts.
    const m = /^school\.schools\[(\d+)\](?:\.contacts(?:\[(\d+)\](?:\.(role|name|phone|email))?)?|\.(name|address))?/.exec(path);
    if (m) return m[2] !== undefined ? `b-s${m[1]}-c${m[2]}-${m[3] ?? 'name'}` : path.includes('.contacts') ? `b-s${m[1]}-contact-add` : `b-s${m[1]}-${m[4] ?? 'name'}`;
    const c = /^school\.contacts\[(\d+)\](?:\.(role|name|phone|email))?/.exec(path);
    return c ? `b-c${c[1]}-${c[2] ?? 'name'}` : (FIELDS.find(([re]) => re.test(path))?.[1] ?? 'b-preview');
  };
  const r = validateBundle(b);
  const errors = r.ok ? [] : r.issues;
  const warnings = r.ok ? policyHealth(b, day) : [];
  return [...errors.map((i) => ({ ...i, error: true, field: field(i.path) })), ...warnings.map((i) => ({ ...i, error: false, field: field(i.path) }))];
}

/** What to paste into the school's CMS, for a bundle saved as policy.json beside the page. */
export function snippet(scriptUrl: string): string {
  return `<script type="module" src="${scriptUrl}"></script>\n<esafety-policy src="/policy.json"></esafety-policy>`;
}
