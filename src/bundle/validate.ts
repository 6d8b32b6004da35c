import * as z from 'zod/mini';
import { crossCheck } from './checks.js';
import { guarded } from './depth.js';
import { withDefaults, type ResolvedBundle } from './merge.js';
import { BundleSchema } from './schema/index.js';
import type { BundleIssue } from './types.js';
import { notJson } from './json-error.js';
import { parseWith } from './json-text.js';
import { fieldNames, unknownKeys } from './unknown-keys.js';
import { toBundleIssues } from './zod-issues.js';

/**
 * The outcome of checking a bundle: a usable bundle (maybe with warnings), or its problems.
 * `transient` marks a failure to fetch (worth trying again), not a fault in the bundle.
 */
export type BundleResult =
  | { ok: true; bundle: ResolvedBundle; warnings: BundleIssue[] }
  | { ok: false; issues: BundleIssue[]; warnings: BundleIssue[]; transient?: boolean };

let known: string[] | undefined;

/**
 * Validate a parsed JSON value as a policy bundle and fill in the built-in defaults. It never
 * throws: nesting too deep to check, or anything unforeseen, comes back as an issue.
 */
export const validateBundle: (input: unknown) => BundleResult = guarded(check);

export { unexpectedIssue } from './issues.js';

function check(input: unknown): BundleResult {
  const parsed = z.safeParse(BundleSchema, input);
  if (!parsed.success) return { ok: false, issues: toBundleIssues(parsed.error.issues, input), warnings: [] };
  const bundle = withDefaults(parsed.data);
  const checks = crossCheck(parsed.data, bundle.quiz.actions.map((a) => a.id));
  const warnings = [...unknownKeys(input, parsed.data, () => (known ??= fieldNames(BundleSchema))), ...checks.warnings];
  if (checks.errors.length) return { ok: false, issues: checks.errors, warnings };
  return { ok: true, bundle, warnings };
}

/** Parse bundle JSON text; a syntax error is reported with its line and column. */
export function parseBundleText(text: string): BundleResult {
  return parseWith(text, validateBundle, notJson);
}
