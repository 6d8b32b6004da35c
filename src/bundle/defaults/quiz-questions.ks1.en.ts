/**
 * The built-in KS1 quiz questions for pages not in Welsh. Here taken from the whole list; the
 * library build writes this module as that list with its English text only
 * (build/english-only.mjs), so an English page with a KS1 quiz downloads its own questions alone.
 */
import { questionsOfSet } from './quiz-questions.js';

export const DEFAULT_QUESTIONS = questionsOfSet('ks1');
