import * as z from 'zod/mini';
import { crossCheck } from './checks.js';
import { guarded } from './depth.js';
import { unexplained } from './explain.js';
import type { Check } from './load.js';
import { resolveWith, type Defaults } from './resolve.js';
import { Id, Locale, Str } from './schema/common.js';
import type { Bundle, BundleIssue } from './types.js';
import { fieldNames, unknownKeys } from './unknown-keys.js';

/** The parts of a bundle, each used by some elements. */
export type BundlePart = 'school' | 'policy' | 'agreements' | 'quiz' | 'concern' | 'guidance' | 'submit';
const PARTS: readonly string[] = ['school', 'policy', 'agreements', 'quiz', 'concern', 'guidance', 'submit'];

/** The bundle's version of its policy alone (<aup-form>, the quiz and reports record it): the rest of the policy is not checked. */
let versionOnly: z.core.$ZodType | undefined;
export const policyVersion = (): z.core.$ZodType => (versionOnly ??= z.object({ version: z.optional(Str) }));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A check of the parts of a bundle one element uses (validate.ts checks the whole bundle, for
 * `validate` and the builder). A mistake in another part — the guidance topics, say — does
 * not stop this element. `parts` gives each part's schema, `defaults` the built-in defaults the
 * element fills in; the schema is put together on the first check. Results are the same shape
 * as the whole-bundle check's, but a failure the schema finds is in zod's words until passed
 * through `explained` (explain.ts), which loads the code that explains it only then.
 */
export function bundleParts(parts: () => Partial<Record<BundlePart, z.core.$ZodType>>, defaults: Defaults = {}): Check {
  let schema: z.ZodMiniObject | undefined;
  let known: string[] | undefined;
  let shape: Record<string, unknown> = {};
  const check: Check = (input) => {
    if (!schema) {
      shape = parts();
      schema = z.object({
        $schema: z.optional(z.string()),
        version: z.optional(Str),
        locales: z.optional(z.array(Locale)),
        defaultLocale: z.optional(Locale),
        omitDefaults: z.optional(z.array(Id)),
        // Goes with the agreements: whether a built-in agreement stands in for an audience the school's own do not cover.
        ...('agreements' in shape ? { agreementFallback: z.optional(z.boolean()) } : {}),
        ...Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, z.optional(s as z.core.$ZodType)])),
      });
    }
    // The parts this element does not use are left out: not checked, and their fields not reported as unknown.
    const mine = isObject(input) ? Object.fromEntries(Object.entries(input).filter(([k]) => !PARTS.includes(k) || k in shape)) : input;
    // Of a policy read only for its version, only the version is looked at (not its sections).
    if (shape.policy === versionOnly && isObject(mine) && isObject(mine.policy)) mine.policy = 'version' in mine.policy ? { version: mine.policy.version } : {};
    const parsed = z.safeParse(schema, mine);
    if (!parsed.success) return unexplained(parsed.error.issues, input);
    const data = parsed.data as Bundle;
    const bundle = resolveWith(data, defaults);
    const checks = crossCheck(shape.policy === versionOnly ? { ...data, policy: undefined } : data, bundle.quiz.actions.map((a) => a.id));
    const warnings: BundleIssue[] = [...unknownKeys(mine, data, () => (known ??= [...PARTS, ...fieldNames(schema!)])), ...checks.warnings];
    if (checks.errors.length) return { ok: false, issues: checks.errors, warnings };
    return { ok: true, bundle, warnings };
  };
  // Too deep to check (a runaway nesting of sections, say), or anything unforeseen, is a
  // problem to show, not an exception that leaves the element "Loading…".
  return guarded(check);
}
