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
