import { loadWith, type BundleSource } from './load.js';
import { validateBundle, type BundleResult } from './validate.js';

/** Load a bundle and check the whole of it (for integrators; each element checks only its parts). */
export function loadBundle(s: BundleSource): Promise<BundleResult> {
  return loadWith(s, validateBundle);
}
