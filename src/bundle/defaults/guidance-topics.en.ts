/**
 * The built-in guidance topics for pages not in Welsh. Here the full list; the library build
 * writes this module as the list with its English text only (build/english-only.mjs), so an
 * English page downloads half as much.
 */
export { DEFAULT_TOPICS } from './guidance-topics.js';
