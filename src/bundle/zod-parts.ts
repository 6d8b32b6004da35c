import * as z from 'zod/mini';
import type { PartName } from './fast-parts.js';
import type { Check } from './load.js';
import { bundleParts } from './parts.js';
import type { Defaults } from './resolve.js';
import { Agreement } from './schema/agreements.js';
import { Concern } from './schema/concern.js';
import { Guidance } from './schema/guidance.js';
import { Policy, PolicyVersion } from './schema/policy.js';
import { Quiz } from './schema/quiz.js';
import { School } from './schema/school.js';
import { Submit } from './schema/submit.js';

/** The zod schema of each part an element may check. */
const SCHEMAS: Record<PartName, () => z.core.$ZodType> = {
  school: () => School,
  policy: () => Policy,
  agreements: () => z.array(Agreement),
  quiz: () => Quiz,
  concern: () => Concern,
  guidance: () => Guidance,
  submit: () => Submit,
  policyVersion: () => PolicyVersion,
};

/**
 * zod's check of an element's parts (bundleParts), which fast-parts.ts loads, with zod, only
 * when its generated check refuses a bundle: to say what is wrong, in the usual words.
 */
export const zodCheck = (names: readonly PartName[], defaults: Defaults): Check =>
  bundleParts(() => Object.fromEntries(names.map((n) => [n === 'policyVersion' ? 'policy' : n, SCHEMAS[n]()])), defaults);
