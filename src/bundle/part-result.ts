import { crossCheck } from './checks.js';
import { explainLater } from './explain.js';
import { isObject } from './is-object.js';
import { resolveWith, type Defaults } from './resolve.js';
import type { Bundle, BundleIssue } from './types.js';
import type { BundleResult } from './validate.js';
import { unknownKeys } from './unknown-keys.js';

/**
 * What an element's check of its parts of a bundle does around the schema's own check, shared by
 * the generated checks (fast-parts.ts, the elements') and zod's (parts.ts): pick out the parts
 * the element uses, then, once the schema has passed them, fill in the defaults, check across
 * the bundle and note fields the schema does not know. No zod here.
 */

/** The parts of a bundle, each used by some elements. */
export type BundlePart = 'school' | 'policy' | 'agreements' | 'quiz' | 'concern' | 'guidance' | 'submit';
export const PARTS: readonly string[] = ['school', 'policy', 'agreements', 'quiz', 'concern', 'guidance', 'submit'];

/** The top-level fields every element checks, whatever parts it uses, in the order of its check. */
export const COMMON_FIELDS = ['$schema', 'version', 'locales', 'defaultLocale', 'omitDefaults'] as const;

export { isObject };

/** The parts an element checks: each part it uses, and whether it reads the policy only for its version. */
export interface PartsUsed {
  has: (part: string) => boolean;
  versionOnly: boolean;
}

/**
 * The bundle as the element's schema sees it: the parts this element does not use are left out
 * (not checked, and their fields not reported as unknown); of a policy read only for its
 * version, only the version is looked at (not its sections).
 */
export function mineOf(input: unknown, used: PartsUsed): unknown {
  const mine = isObject(input) ? Object.fromEntries(Object.entries(input).filter(([k]) => !PARTS.includes(k) || used.has(k))) : input;
  if (used.versionOnly && isObject(mine) && isObject(mine.policy)) mine.policy = 'version' in mine.policy ? { version: mine.policy.version } : {};
  return mine;
}

/** Results of element checks that left nothing of their bundle unchecked. */
const whole = new WeakSet<BundleResult>();

/**
 * Whether an element's check of a bundle left none of it unchecked: the bundle has no part the
 * element does not use (nor more of its policy than the version). Then there is nothing for
 * the check of the other parts (other-parts.ts) to look at.
 */
export const checkedWhole = (r: BundleResult): boolean => whole.has(r);

/** Whether a bundle that passed an element's check has a part it did not check (or more of the policy than its version). */
const hasOtherParts = (input: Record<string, unknown>, used: PartsUsed): boolean =>
  Object.keys(input).some((k) => PARTS.includes(k) && (k === 'policy' && used.versionOnly ? Object.keys(input[k] as object).some((f) => f !== 'version') : !used.has(k)));

/** The result of a check whose schema passed `mine` (the element's parts of `input`) as `data`. */
export function partsResult(input: unknown, mine: unknown, data: Bundle, used: PartsUsed, defaults: Defaults, known: () => readonly string[]): BundleResult {
  const bundle = resolveWith(data, defaults);
  const checks = crossCheck(used.versionOnly ? { ...data, policy: undefined } : data, defaults.quiz && bundle.quiz.actions.map((a) => a.id));
  const unknown = unknownKeys(mine, data, known);
  const warnings: BundleIssue[] = [...unknown, ...checks.warnings];
  const r: BundleResult = checks.errors.length ? { ok: false, issues: checks.errors, warnings } : { ok: true, bundle, warnings };
  if (r.ok && !hasOtherParts(input as Record<string, unknown>, used)) whole.add(r);
  if (!unknown.length) return r;
  // A field it does not know: "did you mean …?" from suggest.ts, loaded only now (explain.ts).
  return explainLater(r, () =>
    import('./suggest.js').then(({ closest }) => {
      const told: BundleResult = { ...r, warnings: [...unknownKeys(mine, data, known, closest), ...checks.warnings] };
      if (whole.has(r)) whole.add(told);
      return told;
    }),
  );
}
