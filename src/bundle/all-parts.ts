import { partsCheck } from './fast-parts.js';
import { makeChecks } from './generated/fast-checks.js';
import type { Check } from './load.js';
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
 * (other-parts.ts). In the core chunk (it is a few lines; a chunk of its own cost more than them
 * in every page's download, issue 14); zod only if there is a mistake to explain. Made afresh for
 * each use, with checks of its own (not the ones the elements share), so that once the note is
 * done the page holds again only the checks of the parts its elements use.
 */
export const allPartsCheck = (): Check =>
  partsCheck(
    ['school', 'policy', 'agreements', 'quiz', 'concern', 'guidance', 'submit'],
    { quiz: { actions: BUILT_IN_ACTION_IDS.map((id) => ({ id })) } as Defaults['quiz'] },
    undefined,
    makeChecks(),
  );
