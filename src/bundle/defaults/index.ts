import type { Bundle } from '../types.js';
import { DEFAULT_AGREEMENTS } from './agreements.js';
import { DEFAULT_CONCERN } from './concern.js';
import { DEFAULT_QUIZ } from './quiz.js';

/**
 * The built-in UK defaults every element falls back on. Elements that bring their own defaults
 * (quiz questions, guidance topics, agreements) extend these lists in later modules.
 */
export const DEFAULTS = {
  quiz: DEFAULT_QUIZ,
  concern: DEFAULT_CONCERN,
  guidance: { topics: [] },
  agreements: DEFAULT_AGREEMENTS,
} satisfies Pick<Bundle, 'quiz' | 'concern' | 'guidance' | 'agreements'>;
