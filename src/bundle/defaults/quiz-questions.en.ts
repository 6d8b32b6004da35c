/**
 * The built-in quiz questions for pages not in Welsh. Here the full list; the library build
 * writes this module as the list with its English text only (build/english-only.mjs), so an
 * English page downloads half as much.
 */
export { DEFAULT_QUESTIONS } from './quiz-questions.js';
