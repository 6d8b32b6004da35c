import { explained } from './explain.js';
import { loadWith as loadChecked, type BundleSource, type Check } from './load.js';
import { validateBundle, type BundleResult } from './validate.js';

/** Load a bundle and check it with `check`, its problems (if any) in full words (explain.ts). */
export async function loadWith(s: BundleSource, check: Check): Promise<BundleResult> {
  return explained(await loadChecked(s, check));
}

/** Load a bundle and check the whole of it (for integrators; each element checks only its parts). */
export function loadBundle(s: BundleSource): Promise<BundleResult> {
  return loadWith(s, validateBundle);
}
