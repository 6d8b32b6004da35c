/** A valid bundle whose policy renders exactly `sectionCount` sections (see generate-bundle.mjs). */
export function makeBundle(sectionCount: number, options?: { seed?: number }): Record<string, any>;
/** A valid bundle whose JSON is `kib` KiB within ±5%; `sectionCount` says how many sections it has. */
export function makeBundleOfSize(kib: number, options?: { seed?: number }): Record<string, any> & { sectionCount: number };
