import type { BundleResult } from './validate.js';

/**
 * The failed check of an element (parts.ts), with the schema's issues in zod's own words (or
 * bundle text that is not JSON, in the browser's); the words a school's web admin understands
 * (zod-issues.ts, json-error.ts) come from `explained`, which loads that code only then: most
 * pages never have a mistake in their bundle, so they never load it.
 */
const later = new WeakMap<BundleResult, () => Promise<BundleResult>>();

/** Bundle text that is not JSON, in the browser's words until explained (json-error.ts says where, and what it looks like). */
export function unexplainedJson(text: string, e: unknown): BundleResult {
  const r: BundleResult = { ok: false, issues: [{ path: '(the bundle)', message: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }], warnings: [] };
  return explainLater(r, () => import('./json-error.js').then((m) => ({ ...r, issues: [{ path: '(the bundle)', message: m.jsonErrorMessage(text, e) }] })));
}

/**
 * A failed check whose result says what is wrong only once `explain` has run: the elements'
 * generated checks (fast-parts.ts) know only that a bundle fails, and zod, loaded then, says
 * where and why. `explain` runs once, however many times the result is explained.
 */
export function explainLater(r: BundleResult, explain: () => Promise<BundleResult>): BundleResult {
  let p: Promise<BundleResult> | undefined;
  later.set(r, () => (p ??= explain().then(explained)));
  return r;
}

/** Whether a result says all it will only once `explained` (a refusal, or warnings of fields a bundle does not know). */
export const explainable = (r: BundleResult): boolean => later.has(r);

/**
 * A check's result with its issues (or its warnings' suggestions: part-result.ts) explained (see
 * above); any other result as it is. Should the code that explains them be missing from the
 * server, zod's (or the browser's) own words stand (or, for a generated check, that the bundle
 * has a mistake; for an unknown field, to check its spelling).
 */
export async function explained(r: BundleResult): Promise<BundleResult> {
  const explain = later.get(r);
  if (!explain) return r;
  try {
    return await explain();
  } catch {
    return r;
  }
}
