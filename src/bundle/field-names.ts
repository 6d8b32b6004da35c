/**
 * The field names a zod schema knows, for "did you mean" suggestions (unknown-keys.ts). Only the
 * zod checks need this (validate.ts, parts.ts); the elements' checks find the same names in the
 * schema's description (fast-check-runtime.ts, compared with this by test/node/fast-checks.test.ts),
 * so it is not in the code every page loads.
 */
interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  valueType?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
}

/** Every field name the schema knows, for "did you mean" suggestions. */
export function fieldNames(schema: { _zod: { def: unknown } }): string[] {
  const names = new Set<string>();
  const seen = new Set<Def>();
  const walk = (def: Def) => {
    if (seen.has(def)) return;
    seen.add(def);
    if (def.shape)
      for (const [k, v] of Object.entries(def.shape)) {
        names.add(k);
        walk(v._zod.def);
      }
    for (const next of [def.innerType, def.element, def.valueType, ...(def.options ?? [])]) if (next) walk(next._zod.def);
  };
  walk(schema._zod.def as Def);
  return [...names];
}
