import { formatPath, unexpectedIssue } from './issues.js';
import { isResolved } from './resolve.js';
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

interface Node {
  v: unknown;
  key: PropertyKey;
  up?: Node;
  depth: number;
}

const pathOf = (n: Node): PropertyKey[] => {
  const path: PropertyKey[] = [];
  for (let at: Node | undefined = n; at?.up; at = at.up) path.unshift(at.key);
  return path;
};

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Nesting too deep to check, found without recursion: the first section nested more than
 * MAX_SECTION_DEPTH levels, else the first value nested more than MAX_JSON_DEPTH levels.
 */
export function depthIssues(input: unknown): BundleIssue[] {
  const sections = deepSection(input);
  if (sections)
    return [
      {
        path: formatPath(pathOf(sections)),
        message: `is a section nested ${MAX_SECTION_DEPTH + 1} levels deep — sections may nest at most ${MAX_SECTION_DEPTH} levels (section 1.2.3 is three); move it up a level`,
      },
    ];
  if (!nestsPast(input, MAX_JSON_DEPTH)) return [];
  // Too deep somewhere (or holding itself): this walk finds where, without recursion.
  const seen = new WeakSet<object>();
  const stack: Node[] = [{ v: input, key: '', depth: 0 }];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.v === null || typeof n.v !== 'object' || seen.has(n.v)) continue;
    seen.add(n.v);
    if (n.depth >= MAX_JSON_DEPTH)
      return [{ path: formatPath(pathOf(n)), message: `is nested more than ${MAX_JSON_DEPTH} levels deep — no part of a bundle needs that many; check for a mistake` }];
    const o = n.v as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      const v = o[key];
      if (v !== null && typeof v === 'object') stack.push({ v, key: Array.isArray(o) ? Number(key) : key, up: n, depth: n.depth + 1 });
    }
  }
  return [];
}

/**
 * Whether an object or array sits `left` levels down (or deeper). It recurses, but never more
 * than `left` calls deep, and makes nothing: every bundle is walked so before it is checked, and
 * a fresh page runs this before the JIT (a stack of nodes, as below, cost 1.3 ms on 200 KiB).
 */
function nestsPast(v: unknown, left: number): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (left === 0) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (nestsPast(v[i], left - 1)) return true;
  } else for (const k in v) if (Object.hasOwn(v, k) && nestsPast((v as Record<string, unknown>)[k], left - 1)) return true;
  return false;
}

/** The first section (or appendix) nested deeper than MAX_SECTION_DEPTH, if any. */
function deepSection(input: unknown): Node | undefined {
  const policy = isRecord(input) ? input.policy : undefined;
  if (!isRecord(policy)) return undefined;
  const root: Node = { v: input, key: '', depth: 0 };
  const stack: Node[] = ['appendices', 'sections'].map((key) => ({ v: policy[key], key, depth: 1, up: { v: policy, key: 'policy', depth: 0, up: root } }));
  while (stack.length) {
    const list = stack.pop()!;
    if (!Array.isArray(list.v)) continue;
    for (let i = list.v.length - 1; i >= 0; i--) {
      const at: Node = { v: list.v[i], key: i, up: list, depth: list.depth };
      if (list.depth > MAX_SECTION_DEPTH) return at;
      if (isRecord(at.v)) stack.push({ v: at.v.sections, key: 'sections', up: at, depth: list.depth + 1 });
    }
  }
  return undefined;
}

/**
 * A bundle check that never throws and never recurses past the limits: a bundle already checked
 * passes as it is; one nested too deep is refused with the path of the first part too deep; an
 * exception becomes an issue. Nothing unforeseen may leave an element on "Loading…".
 */
export const guarded =
  (check: (input: unknown) => BundleResult) =>
  (input: unknown): BundleResult => {
    if (isResolved(input)) return { ok: true, bundle: input, warnings: [] };
    try {
      const deep = depthIssues(input);
      return deep.length ? { ok: false, issues: deep, warnings: [] } : check(input);
    } catch (e) {
      return { ok: false, issues: [unexpectedIssue('could not be checked', e)], warnings: [] };
    }
  };
