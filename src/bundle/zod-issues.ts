import type * as z from 'zod/mini';
import { formatPath } from './issues.js';
import type { BundleIssue } from './types.js';
import { closest } from './suggest.js';

type Issue = z.core.$ZodIssue;

/** The value at a path inside a parsed JSON document, or undefined. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** How a JSON value looks to someone writing the bundle. */
function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list [ … ]';
  if (typeof v === 'object') return 'an object { … }';
  if (typeof v === 'string') return v.length > 40 ? `the text "${v.slice(0, 37)}…"` : `the text "${v}"`;
  return `${typeof v === 'number' ? 'the number' : ''} ${String(v)}`.trim();
}

const EXPECTED: Record<string, string> = {
  string: 'text in "quotes"',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  record: 'an object { … }',
};

function describeExpected(expected: string): string {
  return EXPECTED[expected] ?? expected;
}

/**
 * Turn zod's issues into messages a school web admin understands, each with the JSON path
 * where the problem is. `input` is the whole bundle as given, to quote what was found.
 */
export function toBundleIssues(issues: readonly Issue[], input: unknown): BundleIssue[] {
  const out: BundleIssue[] = [];
  const seen = new Set<string>();
  for (const iss of issues) {
    for (const b of explain(iss, [], input)) {
      const key = `${b.path}\u0000${b.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(b);
      }
    }
  }
  return out;
}

function explain(iss: Issue, base: PropertyKey[], root: unknown): BundleIssue[] {
  const path = [...base, ...iss.path];
  const found = valueAt(root, path);
  const at = formatPath(path);
  switch (iss.code) {
    case 'invalid_type':
      if (found === undefined) return [{ path: at, message: missing(root, path) }];
      return [{ path: at, message: `should be ${describeExpected(iss.expected)}, but is ${describeValue(found)}` }];
    case 'invalid_value': {
      const choices = iss.values.map((v) => JSON.stringify(v)).join(', ');
      if (found === undefined) return [{ path: at, message: `${missing(root, path)} — use one of: ${choices}` }];
      return [{ path: at, message: `${describeValue(found)} is not allowed here — use one of: ${choices}` }];
    }
    case 'invalid_format':
      // Quote what was written, so the admin can find it ("2025-13-01" must be a real date …).
      return [{ path: at, message: typeof found === 'string' ? `"${found}" ${iss.message}` : iss.message }];
    case 'invalid_key':
      return [{ path: at, message: `"${String(iss.path.at(-1))}" is not a language code — use one such as "en", "en-GB" or "cy"` }];
    case 'invalid_union':
      return explainUnion(iss, path, root);
    default:
      return [{ path: at, message: iss.message }];
  }
}

function explainUnion(iss: Extract<Issue, { code: 'invalid_union' }>, path: PropertyKey[], root: unknown): BundleIssue[] {
  const options = 'options' in iss ? iss.options : undefined;
  if (iss.discriminator && options) {
    const holder = valueAt(root, path.slice(0, -1));
    const kind = valueAt(root, path);
    const list = options.map((o) => JSON.stringify(o)).join(', ');
    if (holder === null || typeof holder !== 'object' || Array.isArray(holder))
      return [{ path: formatPath(path.slice(0, -1)), message: `should be an object { "${iss.discriminator}": … }, but is ${describeValue(holder)}` }];
    if (kind === undefined)
      return [{ path: formatPath(path), message: `is missing — every block needs a "${iss.discriminator}": one of ${list}` }];
    return [{ path: formatPath(path), message: `${JSON.stringify(kind)} is not a known ${iss.discriminator} — use one of: ${list}` }];
  }
  // A plain union (text or a map of language → text; a symbol name or an image URL …):
  // report the branch that got furthest, i.e. one whose problem is not the value's type itself.
  // An object with "text" or "blocks" is a list item { text, blocks }, not text per language.
  const v = valueAt(root, path);
  const item = typeof v === 'object' && v !== null && ('text' in v || 'blocks' in v);
  const deeps = iss.errors.filter((branch) => branch.some((e) => e.code !== 'invalid_type' || e.path.length > 0));
  const keyIssue = (es: readonly Issue[]): boolean => es.some((e) => e.code === 'invalid_key' || (e.code === 'invalid_union' && e.errors.some(keyIssue)));
  const deep = (item && deeps.find((branch) => !keyIssue(branch))) || deeps[0];
  if (deep) return deep.flatMap((e) => explain(e, path, root));
  if (valueAt(root, path) === undefined) return [{ path: formatPath(path), message: missing(root, path) }];
  const expected = iss.errors.flatMap((b) => b.map((e) => (e.code === 'invalid_type' ? e.expected : ''))).filter(Boolean);
  const found = describeValue(valueAt(root, path));
  if (expected.includes('string') && expected.includes('record'))
    return [{ path: formatPath(path), message: `should be text, or text per language such as {"en": "…", "cy": "…"}, but is ${found}` }];
  return [{ path: formatPath(path), message: `should be ${expected.map(describeExpected).join(' or ')}, but is ${found}` }];
}

/** "is missing", with a hint when a misspelt neighbour is the likely cause ("titel"). */
function missing(root: unknown, path: PropertyKey[]): string {
  const base = 'is missing — this field is required';
  const holder = valueAt(root, path.slice(0, -1));
  const key = path.at(-1);
  if (typeof key !== 'string' || holder === null || typeof holder !== 'object' || Array.isArray(holder)) return base;
  const typo = Object.keys(holder).find((k) => k !== key && closest(k, [key]) === key);
  return typo ? `${base} (there is a "${typo}" here: did you mean "${key}"?)` : base;
}
