import { formatPath } from './issues.js';
import { MAX_JSON_DEPTH, MAX_SECTION_DEPTH, nestsPast } from './depth.js';
import { isObject } from './is-object.js';
import type { BundleIssue } from './types.js';

// Where a bundle nests too deep, and why that is refused: loaded only for one that does
// (depth.ts finds that it does). The whole-bundle check (validate.ts) imports it; the elements'
// checks load it then, as they load the words for a mistake the schema finds (explain.ts).

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

/** The first section (or appendix) nested deeper than MAX_SECTION_DEPTH, if any: depth.ts's sectionsTooDeep, keeping the way there. */
function deepSection(input: unknown): Node | undefined {
  const policy = isObject(input) ? input.policy : undefined;
  if (!isObject(policy)) return undefined;
  const root: Node = { v: input, key: '', depth: 0 };
  const stack: Node[] = ['appendices', 'sections'].map((key) => ({ v: policy[key], key, depth: 1, up: { v: policy, key: 'policy', depth: 0, up: root } }));
  while (stack.length) {
    const list = stack.pop()!;
    if (!Array.isArray(list.v)) continue;
    for (let i = list.v.length - 1; i >= 0; i--) {
      const at: Node = { v: list.v[i], key: i, up: list, depth: list.depth };
      if (list.depth > MAX_SECTION_DEPTH) return at;
      if (isObject(at.v)) stack.push({ v: at.v.sections, key: 'sections', up: at, depth: list.depth + 1 });
    }
  }
  return undefined;
}
