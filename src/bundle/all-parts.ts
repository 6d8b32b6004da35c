import * as z from 'zod/mini';
import { bundleParts } from './parts.js';
import type { Defaults } from './resolve.js';
import { Agreement } from './schema/agreements.js';
import { Concern } from './schema/concern.js';
import { Guidance } from './schema/guidance.js';
import { Policy } from './schema/policy.js';
import { Quiz } from './schema/quiz.js';
import { School } from './schema/school.js';
import { Submit } from './schema/submit.js';

/**
 * The ids of the built-in quiz actions (defaults/quiz.ts; a Node test keeps the two the same):
 * all this check needs of them, to check that quiz answers name an action. Not the actions
 * themselves, so a page without the quiz or the form never downloads their words.
 */
export const BUILT_IN_ACTION_IDS = ['zip', 'block', 'flag'];

/**
 * Every part of the bundle, checked as the elements that use them check them: for the console
 * note an element leaves, once the page is idle, about mistakes in parts it does not use
 * (other-parts.ts). Loaded only then, as its own chunk.
 */
export const checkAllParts = bundleParts(
  () => ({ school: School, policy: Policy, agreements: z.array(Agreement), quiz: Quiz, concern: Concern, guidance: Guidance, submit: Submit }),
  { quiz: { actions: BUILT_IN_ACTION_IDS.map((id) => ({ id })) } as Defaults['quiz'] },
);
