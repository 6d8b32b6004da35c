import { DEFAULT_QUIZ } from './quiz.js';

/**
 * <esafety-quiz>'s built-in defaults with their Welsh text, which it loads when it speaks Welsh:
 * its own chunk has them in English only (quiz.en.ts). The library build writes this module as
 * data (build/english-only.mjs), so that its chunk holds these alone.
 */
export const DEFAULTS = { quiz: DEFAULT_QUIZ };
