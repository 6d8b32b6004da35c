import * as z from 'zod/mini';
import { guarded } from './depth.js';
import { explainLater } from './explain.js';
import { formatPath } from './issues.js';
import type { Check } from './load.js';
import { COMMON_FIELDS, mineOf, partsResult, PARTS, type BundlePart, type PartsUsed } from './part-result.js';
import type { Defaults } from './resolve.js';
import { Id, Locale, Str } from './schema/common.js';
import { PolicyVersion } from './schema/policy.js';
import type { Bundle } from './types.js';
import type { BundleResult } from './validate.js';
import { fieldNames } from './field-names.js';

export { checkedWhole, type BundlePart } from './part-result.js';

/** The bundle's version of its policy alone (<aup-form>, the quiz and reports record it): the rest of the policy is not checked. */
export const policyVersion = (): z.core.$ZodType => PolicyVersion;

/** The schema's issues in zod's own words, until explained (explain.ts): then in a web admin's (zod-issues.ts, loaded only then). */
function unexplained(issues: readonly z.core.$ZodIssue[], input: unknown): BundleResult {
  const r: BundleResult = { ok: false, issues: issues.map((i) => ({ path: formatPath(i.path), message: i.message })), warnings: [] };
  return explainLater(r, () => import('./zod-issues.js').then((m) => ({ ...r, issues: m.toBundleIssues(issues, input) })));
}

/**
 * A check of the parts of a bundle one element uses, with zod (validate.ts checks the whole
 * bundle, for `validate` and the builder). A mistake in another part — the guidance topics, say —
 * does not stop this element. `parts` gives each part's schema, `defaults` the built-in defaults
 * the element fills in; the schema is put together on the first check. Results are the same
 * shape as the whole-bundle check's, but a failure the schema finds is in zod's words until
 * passed through `explained` (explain.ts), which loads the code that explains it only then.
 *
 * The elements check with the checks generated from the same schemas (fast-parts.ts), and come
 * here only for a bundle those refuse, to say what is wrong.
 */
export function bundleParts(parts: () => Partial<Record<BundlePart, z.core.$ZodType>>, defaults: Defaults = {}): Check {
  let schema: z.ZodMiniObject | undefined;
  let known: string[] | undefined;
  let used: PartsUsed = { has: () => false, versionOnly: false };
  const check: Check = (input) => {
    if (!schema) {
      const shape = parts();
      used = { has: (k) => k in shape, versionOnly: shape.policy === PolicyVersion };
      const common: Record<(typeof COMMON_FIELDS)[number], z.core.$ZodType> = {
        $schema: z.optional(z.string()),
        version: z.optional(Str),
        locales: z.optional(z.array(Locale)),
        defaultLocale: z.optional(Locale),
        omitDefaults: z.optional(z.array(Id)),
      };
      schema = z.object({
        ...common,
        // Goes with the agreements: whether a built-in agreement stands in for an audience the school's own do not cover.
        ...('agreements' in shape ? { agreementFallback: z.optional(z.boolean()) } : {}),
        ...Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, z.optional(s as z.core.$ZodType)])),
      });
    }
    const mine = mineOf(input, used);
    const parsed = z.safeParse(schema, mine);
    if (!parsed.success) return unexplained(parsed.error.issues, input);
    return partsResult(input, mine, parsed.data as Bundle, used, defaults, () => (known ??= [...PARTS, ...fieldNames(schema!)]));
  };
  // Too deep to check (a runaway nesting of sections, say), or anything unforeseen, is a
  // problem to show, not an exception that leaves the element "Loading…".
  return guarded(check);
}
