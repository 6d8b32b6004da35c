import { explainLater } from './explain.js';
import { unexpectedIssue } from './issues.js';
import { isResolved } from './resolve.js';
import { isObject } from './is-object.js';
import type { BundleIssue } from './types.js';
import type { BundleResult } from './validate.js';

/** How deep sections (and appendices) may nest: 20 levels, e.g. section 1.2.3 … .20. */
export const MAX_SECTION_DEPTH = 20;

/**
 * How deep any JSON may nest. The deepest a usable bundle goes is a table cell's text per
 * language inside a section 20 levels down, about 48 levels; past this the checks, which walk
 * the bundle recursively, would run out of stack (sections 2,000 deep left every element on
 * "Loading…").
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether an object or array sits `left` levels down (or deeper). It recurses, but never more
 * than `left` calls deep, and makes nothing: every bundle is walked so before it is checked, and
 * a fresh page runs this before the JIT (a stack of nodes cost 1.3 ms on 200 KiB).
 */
export function nestsPast(v: unknown, left: number): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (left === 0) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (nestsPast(v[i], left - 1)) return true;
  } else for (const k in v) if (Object.hasOwn(v, k) && nestsPast((v as Record<string, unknown>)[k], left - 1)) return true;
  return false;
}

/** Whether a section (or appendix) nests deeper than MAX_SECTION_DEPTH; found without recursion (depth-issues.ts finds which). */
function sectionsTooDeep(input: unknown): boolean {
  const policy = isObject(input) ? input.policy : undefined;
  if (!isObject(policy)) return false;
  const stack: [unknown, number][] = [
    [policy.sections, 1],
    [policy.appendices, 1],
  ];
  while (stack.length) {
    const [list, depth] = stack.pop()!;
    if (!Array.isArray(list) || !list.length) continue;
    if (depth > MAX_SECTION_DEPTH) return true;
    for (let i = 0; i < list.length; i++) if (isObject(list[i])) stack.push([list[i].sections, depth + 1]);
  }
  return false;
}

/**
 * A bundle check that never throws and never recurses past the limits: a bundle already checked
 * passes as it is; one nested too deep is refused with the path of the first part too deep
 * (depth-issues.ts: `where`, else loaded then, as the words for the schema's findings are,
 * explain.ts); an exception becomes an issue. Nothing unforeseen may leave an element on "Loading…".
 */
export const guarded =
  (check: (input: unknown) => BundleResult, where?: (input: unknown) => BundleIssue[]) =>
  (input: unknown): BundleResult => {
    if (isResolved(input)) return { ok: true, bundle: input, warnings: [] };
    try {
      if (!sectionsTooDeep(input) && !nestsPast(input, MAX_JSON_DEPTH)) return check(input);
      // Too deep, or holding itself (then it is checked as it is: the checks never follow a field they do not know).
      const deep = (issues: BundleIssue[]): BundleResult => (issues.length ? { ok: false, issues, warnings: [] } : check(input));
      if (where) return deep(where(input));
      const r: BundleResult = {
        ok: false,
        issues: [
          {
            path: '(the bundle)',
            message: `is nested too deep (sections more than ${MAX_SECTION_DEPTH} levels, or anything more than ${MAX_JSON_DEPTH}), and the code that says where could not be loaded — check that the whole dist folder was uploaded`,
          },
        ],
        warnings: [],
      };
      return explainLater(r, () => import('./depth-issues.js').then((m) => deep(m.depthIssues(input))));
    } catch (e) {
      return { ok: false, issues: [unexpectedIssue('could not be checked', e)], warnings: [] };
    }
  };
