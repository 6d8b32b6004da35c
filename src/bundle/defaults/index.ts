import type { Bundle } from '../types.js';
import { DEFAULT_AGREEMENTS } from './agreements.js';
import { DEFAULT_CONCERN } from './concern.js';
import { DEFAULT_THEMES } from './guidance-themes.js';
import { DEFAULT_QUIZ } from './quiz.js';

/**
 * The built-in UK defaults every element falls back on; a school's bundle replaces, adds or
 * drops items by id (merge.ts). The long lists (quiz questions, guidance topics) load on
 * demand: see built-in.ts.
 */
export const DEFAULTS = {
  quiz: DEFAULT_QUIZ,
  concern: DEFAULT_CONCERN,
  guidance: { themes: DEFAULT_THEMES },
  agreements: DEFAULT_AGREEMENTS,
} satisfies Pick<Bundle, 'quiz' | 'concern' | 'guidance' | 'agreements'>;
