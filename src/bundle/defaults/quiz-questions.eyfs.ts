/**
 * The built-in EYFS quiz questions, in English and Welsh, for a Welsh page. Here taken from the
 * whole list; the library build writes this module as that list (build/english-only.mjs), so a
 * Welsh page with a EYFS quiz downloads its own questions alone.
 */
import { questionsOfSet } from './quiz-questions.js';

export const DEFAULT_QUESTIONS = questionsOfSet('eyfs');
