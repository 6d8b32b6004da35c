import { policyHealth } from '../bundle/health.js';
import type { BundleIssue } from '../bundle/types.js';
import { validateBundle } from '../bundle/validate.js';
import { today } from '../text/dates.js';

/** The few details a document rarely holds, as the builder's form shows them. */
export interface Details {
  school: string;
  dslName: string;
  dslPhone: string;
  dslEmail: string;
  approved: string;
  reviewCycleMonths: string;
  nextReview: string;
  endpoint: string;
}

type Json = Record<string, any>;

/** The form's values read from a bundle. */
export function detailsOf(b: Json): Details {
  const dsl = (b.school?.contacts ?? []).find((c: Json) => c.role === 'dsl' || c.roles?.includes('dsl')) ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : v && typeof v === 'object' ? String(Object.values(v)[0] ?? '') : '');
  return {
    school: str(b.school?.name) === 'Your school' ? '' : str(b.school?.name),
    dslName: dsl.name ?? '',
    dslPhone: dsl.phone ?? '',
    dslEmail: dsl.email ?? '',
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
  if (d.dslName || d.dslPhone || d.dslEmail) {
    out.school ??= { name: d.school || 'Your school' };
    const contacts: Json[] = (out.school.contacts ??= []);
    let dsl = contacts.find((c) => c.role === 'dsl' || c.roles?.includes('dsl'));
    if (!dsl) contacts.unshift((dsl = { id: contacts.some((c) => c.id === 'dsl') ? 'dsl-lead' : 'dsl', role: 'dsl' }));
    set(dsl, 'name', d.dslName.trim());
    set(dsl, 'phone', d.dslPhone.trim());
    set(dsl, 'email', d.dslEmail.trim());
  }
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
  [/^school\.contacts/, 'b-dsl-name'],
  [/^policy\.approved$/, 'b-approved'],
  [/^policy\.(nextReview|reviewed)$/, 'b-next-review'],
  [/^policy\.reviewCycleMonths$/, 'b-cycle'],
  [/^submit/, 'b-endpoint'],
];

/** Everything wrong or worth fixing: the browser's validation, then the policy-health warnings. */
export function problemsOf(b: Json, day = today()): Problem[] {
  const field = (path: string) => FIELDS.find(([re]) => re.test(path))?.[1] ?? 'b-preview';
  const r = validateBundle(b);
  const errors = r.ok ? [] : r.issues;
  const warnings = r.ok ? policyHealth(b, day) : [];
  return [...errors.map((i) => ({ ...i, error: true, field: field(i.path) })), ...warnings.map((i) => ({ ...i, error: false, field: field(i.path) }))];
}

/** What to paste into the school's CMS, for a bundle saved as policy.json beside the page. */
export function snippet(scriptUrl: string): string {
  return `<script type="module" src="${scriptUrl}"></script>\n<esafety-policy src="/policy.json"></esafety-policy>`;
}
