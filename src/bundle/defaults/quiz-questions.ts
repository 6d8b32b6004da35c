import type { Question } from '../types.js';

/** The built-in quiz questions for EYFS, KS1 and KS2 (English and Welsh). */
export const DEFAULT_QUESTIONS: Question[] = [];
