import { DEFAULTS } from './defaults/index.js';
import { resolveWith, type ResolvedBundle } from './resolve.js';
import type { Bundle } from './types.js';

export { isResolved, mergeById, resolveWith, withLists, type Defaults, type ResolvedBundle } from './resolve.js';

/** The bundle with all the built-in defaults filled in (merged by id): the whole-bundle check. */
export function withDefaults(b: Bundle): ResolvedBundle {
  return resolveWith(b, DEFAULTS);
}
