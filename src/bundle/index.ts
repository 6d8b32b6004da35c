/** The policy bundle: schema, types, loading, defaults and validation, for integrators. */
export { BundleSchema } from './schema/index.js';
export { BLOCK_TYPES } from './schema/blocks.js';
export type * from './types.js';
export type * from './public-types.js';
export { validateBundle, parseBundleText, type BundleResult } from './validate.js';
export { loadBundle, loadWith } from './load-whole.js';
export { findSource, type BundleSource, type Check } from './load.js';
export { bundleParts, type BundlePart } from './parts.js';
export { withDefaults, withLists, mergeById, type ResolvedBundle } from './merge.js';
export { DEFAULTS } from './defaults/index.js';
export { builtInQuestions, builtInTopics } from './defaults/built-in.js';
