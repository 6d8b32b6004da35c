import type { BundleIssue } from './types.js';

/** ['policy','sections',3,'title'] → "policy.sections[3].title" (the root is "(the bundle)"). */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(p))) s += (s ? '.' : '') + String(p);
    else s += `[${JSON.stringify(String(p))}]`;
  }
  return s || '(the bundle)';
}

/** The value at a path inside a parsed JSON document, or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** How a JSON value looks to someone writing the bundle. */
export function describeValue(v: unknown): string {
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

export function describeExpected(expected: string): string {
  return EXPECTED[expected] ?? expected;
}

/** "1 problem" / "3 problems". */
export function countProblems(issues: readonly BundleIssue[]): string {
  return issues.length === 1 ? '1 problem' : `${issues.length} problems`;
}

/** Issues as console lines: "policy.title: is missing". */
export function issuesToText(issues: readonly BundleIssue[]): string {
  return issues.map((i) => `  • ${i.path}: ${i.message}`).join('\n');
}

/** An exception turned into an issue a web admin can pass on ("could not be checked (RangeError: …)"). */
export function unexpectedIssue(what: string, e: unknown): BundleIssue {
  const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { path: '(the bundle)', message: `${what} (${why}) — please report this, with the bundle, to the esafety-elements project` };
}
