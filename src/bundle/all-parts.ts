import * as z from 'zod/mini';
import { DEFAULT_QUIZ } from './defaults/quiz.js';
import { bundleParts } from './parts.js';
import { Agreement } from './schema/agreements.js';
import { Concern } from './schema/concern.js';
import { Guidance } from './schema/guidance.js';
import { Policy } from './schema/policy.js';
import { Quiz } from './schema/quiz.js';
import { School } from './schema/school.js';
import { Submit } from './schema/submit.js';

/**
 * Every part of the bundle, checked as the elements that use them check them: for the console
 * note an element leaves, once the page is idle, about mistakes in parts it does not use
 * (other-parts.ts). Loaded only then, as its own chunk.
 */
export const checkAllParts = bundleParts(
  () => ({ school: School, policy: Policy, agreements: z.array(Agreement), quiz: Quiz, concern: Concern, guidance: Guidance, submit: Submit }),
  { quiz: DEFAULT_QUIZ },
);
