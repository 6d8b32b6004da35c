import * as z from 'zod/mini';
import { Agreement } from './agreements.js';
import { Id, Locale, Str } from './common.js';
import { Concern } from './concern.js';
import { Guidance } from './guidance.js';
import { Policy } from './policy.js';
import { Quiz } from './quiz.js';
import { School } from './school.js';
import { Submit } from './submit.js';

/** The whole policy bundle. Every part is optional: elements fall back to built-in defaults. */
export const BundleSchema = z.object({
  $schema: z.optional(z.string()),
  /** A version for the bundle as a whole (the policy's own version wins for agreements). */
  version: z.optional(Str),
  locales: z.optional(z.array(Locale)),
  defaultLocale: z.optional(Locale),
  school: z.optional(School),
  policy: z.optional(Policy),
  agreements: z.optional(z.array(Agreement)),
  /** Use a built-in agreement when the bundle's agreements have none for the audience asked (default false). */
  agreementFallback: z.optional(z.boolean()),
  quiz: z.optional(Quiz),
  concern: z.optional(Concern),
  guidance: z.optional(Guidance),
  submit: z.optional(Submit),
  /** Ids of built-in defaults to leave out (e.g. a quiz question the school does not want). */
  omitDefaults: z.optional(z.array(Id)),
});
