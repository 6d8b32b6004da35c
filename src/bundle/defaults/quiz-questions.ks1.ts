/**
 * The built-in KS1 quiz questions, in English and Welsh, for a Welsh page. Here taken from the
 * whole list; the library build writes this module as that list (build/english-only.mjs), so a
 * Welsh page with a KS1 quiz downloads its own questions alone.
 */
import { questionsOfSet } from './quiz-questions.js';

export const DEFAULT_QUESTIONS = questionsOfSet('ks1');
