import { guarded } from './depth.js';
import { explainLater } from './explain.js';
import type { FastChecks } from './fast-check-runtime.js';
import { FAILED, partChecks, partFields } from './generated/fast-checks.js';
import type { Check } from './load.js';
import { COMMON_FIELDS, isObject, mineOf, partsResult, PARTS, type BundlePart, type PartsUsed } from './part-result.js';
import type { Defaults } from './resolve.js';
import type { Bundle } from './types.js';

/** A part an element checks; `policyVersion`: the policy read only for its version (<aup-form>, the quiz and reports record it). */
export type PartName = BundlePart | 'policyVersion';

/** Until zod has said what is wrong (or should its code be missing from the server). */
const REFUSED = {
  path: '(the bundle)',
  message: 'does not fit the policy bundle format, and the code that says where could not be loaded — check that the whole dist folder was uploaded',
};

/**
 * The check of the parts of a bundle an element uses (bundleParts in parts.ts, without zod):
 * the checks generated from the zod schema at build time (generated/fast-checks.ts) pass a
 * bundle, or refuse it, exactly as zod would, and give the same copy of it; zod and the
 * schema load only when they refuse one (src/bundle/zod-parts.ts), to say what is wrong and
 * where, in the same words as ever. Most pages never have a mistake in their bundle, so they
 * never load zod.
 *
 * `defaults`: the built-in ones the element fills in. When their text is in English only (so that
 * a page in English does not download the Welsh: defaults/*.en.ts), `welsh` loads them with their
 * Welsh text (defaults/<element>.welsh.ts), for an element in Welsh (the check's `welsh`).
 * `schema`: the generated checks to use (else those the elements share, each part's made on first use).
 */
export function partsCheck(
  names: readonly PartName[],
  defaults: Defaults = {},
  welsh?: () => Promise<{ DEFAULTS: Defaults }>,
  schema: Pick<FastChecks, 'partChecks' | 'partFields'> = { partChecks, partFields },
): Check {
  // The fields in the order zod's check has them (parts.ts): the output has its keys in that order.
  const fields = [...COMMON_FIELDS, ...(names.includes('agreements') ? ['agreementFallback'] : []), ...names];
  const checks = fields.map((f): [string, (v: unknown) => unknown] => [f === 'policyVersion' ? 'policy' : f, schema.partChecks[f]]);
  const parts = new Set<string>(names.map((n) => (n === 'policyVersion' ? 'policy' : n)));
  const used: PartsUsed = { has: (k) => parts.has(k), versionOnly: names.includes('policyVersion') };
  let known: string[] | undefined;
  let zod: Promise<Check> | undefined;
  const check: Check = (input) => {
    const mine = mineOf(input, used);
    const data = isObject(mine) ? checked(mine, checks) : FAILED;
    if (data === FAILED)
      return explainLater({ ok: false, issues: [REFUSED], warnings: [] }, () =>
        (zod ??= import('./zod-parts.js').then((m) => m.zodCheck(names, defaults))).then((c) => c(input)),
      );
    return partsResult(input, mine, data, used, defaults, () => (known ??= [...PARTS, ...new Set(fields.flatMap((f) => schema.partFields(f)))]));
  };
  // Too deep to check (a runaway nesting of sections, say), or anything unforeseen, is a
  // problem to show, not an exception that leaves the element "Loading…".
  const out: Check = guarded(check);
  // Loaded once; a failed load is forgotten, so the next element on the page tries again.
  let inWelsh: Promise<Check> | undefined;
  if (welsh) out.welsh = () => (inWelsh ??= welsh().then((m) => partsCheck(names, m.DEFAULTS, undefined, schema), (e) => ((inWelsh = undefined), Promise.reject(e))));
  return out;
}

/** The top level of an element's bundle, as zod's z.object() of optional parts checks it. */
function checked(mine: Record<string, unknown>, checks: readonly [string, (v: unknown) => unknown][]): Bundle | typeof FAILED {
  const out: Record<string, unknown> = {};
  for (const [k, check] of checks) {
    if (!(k in mine)) continue;
    let v = mine[k];
    if (v !== undefined && (v = check(v)) === FAILED) return FAILED;
    out[k] = v;
  }
  return out as Bundle;
}
