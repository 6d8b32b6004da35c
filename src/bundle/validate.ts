import * as z from 'zod/mini';
import { crossCheck } from './checks.js';
import { guarded } from './depth.js';
import { depthIssues } from './depth-issues.js';
import { checkBundle, FAILED } from './generated/fast-checks.js';
import { withDefaults, type ResolvedBundle } from './merge.js';
import { BundleSchema } from './schema/index.js';
import type { Bundle, BundleIssue } from './types.js';
import { notJson } from './json-error.js';
import { parseWith } from './json-text.js';
import { fieldNames } from './field-names.js';
import { closest } from './suggest.js';
import { unknownKeys } from './unknown-keys.js';
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
export const validateBundle: (input: unknown) => BundleResult = guarded(check, depthIssues);

export { unexpectedIssue } from './issues.js';

function check(input: unknown): BundleResult {
  // The check generated from the schema first (the same verdict and copy as zod's, and quicker,
  // above all in a fresh page); zod for a bundle it refuses, to say what is wrong.
  let data = checkBundle(input) as Bundle | typeof FAILED;
  if (data === FAILED) {
    const parsed = z.safeParse(BundleSchema, input);
    if (!parsed.success) return { ok: false, issues: toBundleIssues(parsed.error.issues, input), warnings: [] };
    data = parsed.data;
  }
  const bundle = withDefaults(data);
  const checks = crossCheck(data, bundle.quiz.actions.map((a) => a.id));
  const warnings = [...unknownKeys(input, data, () => (known ??= fieldNames(BundleSchema)), closest), ...checks.warnings];
  if (checks.errors.length) return { ok: false, issues: checks.errors, warnings };
  return { ok: true, bundle, warnings };
}

/** Parse bundle JSON text; a syntax error is reported with its line and column. */
export function parseBundleText(text: string): BundleResult {
  return parseWith(text, validateBundle, notJson);
}
