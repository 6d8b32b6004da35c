import { formatPath } from './issues.js';
import type { Block, Bundle, BundleIssue, RichText, Section } from './types.js';

/**
 * Policy-health checks: things a valid bundle can still get wrong for a school (a review date
 * passed, no DSL named, empty sections, plain http: links, "see 4.2" pointing nowhere, forms
 * with nowhere to go). Warnings only; used by `esafety-elements validate` and the builder page.
 * Not imported by the elements, so it costs the published files nothing.
 */
export function policyHealth(b: Bundle, todayIso: string): BundleIssue[] {
  const out: BundleIssue[] = [];
  const warn = (path: PropertyKey[], message: string) => out.push({ path: formatPath(path), message });
  const p = b.policy as (Bundle['policy'] & Extra) | undefined;

  if (p) {
    const due = p.nextReview ?? nextFrom(p.reviewed ?? p.approved, p.reviewCycleMonths ?? 12);
    if (due && due < todayIso)
      warn(['policy', p.nextReview ? 'nextReview' : p.reviewed ? 'reviewed' : 'approved'],
        p.nextReview
          ? `the policy was due for review on ${due} — review it and update the dates`
          : `the policy was last ${p.reviewed ? 'reviewed' : 'approved'} more than ${p.reviewCycleMonths ?? 12} months ago (due ${due}) — review it, or set "nextReview"`);
    if (!p.approved && !p.reviewed && p.status !== 'draft')
      warn(['policy', 'approved'], 'has no approval date — add "approved" (YYYY-MM-DD) once the governors have approved it');

    const visit = (s: Section, path: PropertyKey[]) => {
      if (!s.blocks?.length && !s.sections?.length) warn([...path], `the section "${plain(s.title)}" has no text`);
      s.sections?.forEach((c, i) => visit(c, [...path, 'sections', i]));
    };
    p.sections?.forEach((s, i) => visit(s, ['policy', 'sections', i]));
    p.appendices?.forEach((s, i) => visit(s, ['policy', 'appendices', i]));
    crossReferences(p, warn);
  }

  const contacts = (b.school?.contacts ?? []) as (Contact & { roles?: string[] })[];
  if (!contacts.some((c) => c.role === 'dsl' || c.roles?.includes('dsl')))
    warn(b.school ? ['school', 'contacts'] : ['school'], 'names no designated safeguarding lead — add a contact with "role": "dsl"');

  walkStrings(b, [], (s, path) => {
    if (/^http:\/\//i.test(s) && !isEndpoint(path)) warn(path, `links to "${s}" over plain http: — use https: if the site offers it`);
    for (const m of s.matchAll(/\]\((http:\/\/[^)\s]*)\)/gi)) warn(path, `links to "${m[1]}" over plain http: — use https: if the site offers it`);
  });

  const agreements = (b.agreements ?? []) as (NonNullable<Bundle['agreements']>[number] & { audiences?: string[] })[];
  if (agreements.length) {
    const audiences = new Set(agreements.flatMap((a) => a.audiences ?? (a.audience ? [a.audience] : [])));
    const missing: string[] = [];
    if (!['eyfs', 'ks1', 'ks2', 'ks3', 'ks4', 'send'].some((a) => audiences.has(a as never))) missing.push('pupils');
    if (!audiences.has('staff')) missing.push('staff');
    if (!audiences.has('parent')) missing.push('parents');
    if (missing.length)
      warn(['agreements'], `has no acceptable-use agreement for ${missing.join(', ')} — add one, or leave it out on purpose`);
  }

  if (!b.submit?.endpoint)
    warn(['submit'], 'has no "endpoint": signed agreements and concern reports have nowhere to go — set submit.endpoint');
  return out;
}

type Extra = { reviewCycleMonths?: number; status?: string; numbering?: string };
type Contact = NonNullable<NonNullable<Bundle['school']>['contacts']>[number];

/** A date plus some months (YYYY-MM-DD), or undefined without a date. */
function nextFrom(iso: string | undefined, months: number): string | undefined {
  if (!iso) return undefined;
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

const plain = (t: RichText | undefined) => (typeof t === 'string' ? t : t ? Object.values(t)[0] ?? '' : '');
const isEndpoint = (path: PropertyKey[]) => path[0] === 'submit';

/** Call fn for every string in a JSON value, with its path. */
function walkStrings(v: unknown, path: PropertyKey[], fn: (s: string, path: PropertyKey[]) => void): void {
  if (typeof v === 'string') fn(v, path);
  else if (Array.isArray(v)) v.forEach((x, i) => walkStrings(x, [...path, i], fn));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walkStrings(x, [...path, k], fn);
}

type Numbered = { number?: string; label?: string; numbered?: boolean };

/**
 * "see 4.2", "section 7", "paragraph 3.1.2", "Appendix 4" in the text must point at a number the
 * policy has: the school's own numbers when numbering is "given", else the element's 1, 1.1 …
 */
function crossReferences(p: NonNullable<Bundle['policy']> & Extra, warn: (path: PropertyKey[], m: string) => void) {
  const given = p.numbering === 'given';
  const numbers = new Set<string>();
  const appendices = new Set<string>();
  const norm = (n: string) => n.replace(/\.$/, '').toLowerCase();
  const addSection = (s: Section & Numbered, num: string) => {
    let n = 0;
    if (given && s.number) numbers.add(norm(s.number));
    else numbers.add(num);
    s.blocks?.forEach((bl) => {
      if (bl.type !== 'clause') return;
      const c = bl as Block & Numbered;
      numbers.add(given && c.number ? norm(c.number) : `${num}.${++n}`);
    });
    s.sections?.forEach((c) => addSection(c, `${num}.${++n}`));
  };
  p.sections.forEach((s, i) => addSection(s, String(i + 1)));
  p.appendices?.forEach((s, i) => {
    const a = s as Section & Numbered;
    const letter = String.fromCharCode(65 + i).toLowerCase();
    appendices.add(letter);
    appendices.add(String(i + 1));
    const label = /(?:appendix|annex)\s+([a-z0-9]+)/i.exec(a.label ?? '')?.[1];
    if (label) appendices.add(label.toLowerCase());
    if (a.number) appendices.add(norm(a.number));
  });
  const REF = /\b(?:see|section|sections|paragraph|paragraphs|para\.?|clause|clauses)\s+(\d+(?:\.\d+)*)\b/gi;
  const APP = /\b(?:appendix|annex)\s+([A-Z]|\d+)\b/gi;
  walkStrings(p, ['policy'], (s, path) => {
    if (path.includes('related')) return;
    for (const m of s.matchAll(REF)) {
      // "section 175 of the Education Act 2002" is another document's section.
      if (/^\s+(of|in)\b/i.test(s.slice(m.index + m[0].length))) continue;
      if (!numbers.has(m[1]) && !numbers.has(norm(m[1])))
        warn(path, `refers to "${m[0]}", but the policy has no ${m[1]} — check the number`);
    }
    const inAppendixTitle = path[1] === 'appendices' && (path[3] === 'title' || path[3] === 'label');
    for (const m of s.matchAll(APP))
      if (!inAppendixTitle && !appendices.has(m[1].toLowerCase()))
        warn(path, `refers to "${m[0]}", but the policy has no such appendix`);
  });
}
