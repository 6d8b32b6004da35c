/**
 * The built-in acceptable-use agreements for an element not in Welsh. Here the whole list; the
 * library build writes this module as the list with its English text only
 * (build/english-only.mjs), so that a page in English does not download the Welsh. An element in
 * Welsh checks its bundle with the whole list instead (partsCheck's `welsh`,
 * src/bundle/fast-parts.ts), which it loads then.
 */
export { DEFAULT_AGREEMENTS } from './agreements.js';
