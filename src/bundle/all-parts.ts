import { partsCheck } from './fast-parts.js';
import type { Defaults } from './resolve.js';

/**
 * The ids of the built-in quiz actions (defaults/quiz.ts; a Node test keeps the two the same):
 * all this check needs of them, to check that quiz answers name an action. Not the actions
 * themselves, so a page without the quiz or the form never downloads their words.
 */
export const BUILT_IN_ACTION_IDS = ['zip', 'block', 'flag'];

/**
 * Every part of the bundle, checked as the elements that use them check them: for the console
 * note an element leaves, once the page is idle, about mistakes in parts it does not use
 * (other-parts.ts). Loaded only then, as its own chunk; zod only if there is a mistake to explain.
 */
export const checkAllParts = partsCheck(['school', 'policy', 'agreements', 'quiz', 'concern', 'guidance', 'submit'], {
  quiz: { actions: BUILT_IN_ACTION_IDS.map((id) => ({ id })) } as Defaults['quiz'],
});
