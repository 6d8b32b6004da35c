import { DEFAULT_AGREEMENTS } from './agreements.js';

/**
 * <aup-form>'s built-in defaults with their Welsh text, which it loads when it speaks Welsh: its
 * own chunk has them in English only (agreements.en.ts). The library build writes
 * this module as data (build/english-only.mjs), so that its chunk holds these alone.
 */
export const DEFAULTS = { agreements: DEFAULT_AGREEMENTS };
