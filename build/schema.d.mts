/** Write the bundle's JSON Schema (generated from the zod schema, refined by build/schema-rules.mjs) to `out`. */
export function writeSchema(out: string): Promise<void>;
