import { DEFAULT_THEMES } from './guidance-themes.js';

/**
 * <parent-guidance>'s built-in defaults with their Welsh text, which it loads when it speaks
 * Welsh: its own chunk has them in English only (guidance-themes.en.ts). The library build writes
 * this module as data (build/english-only.mjs), so that its chunk holds these alone.
 */
export const DEFAULTS = { guidance: { themes: DEFAULT_THEMES } };
