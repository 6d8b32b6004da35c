import type * as z from 'zod/mini';
import type { ADULTS, AGES } from './schema/common.js';
import type { BundleSchema } from './schema/index.js';

/**
 * Types for the elements' public properties (npm users): what a page may set, before the
 * library checks it and fills in the defaults.
 */

/** A policy bundle as a page writes it (every part optional): the input of the schema. */
export type BundleInput = z.input<typeof BundleSchema>;

/** A pupils' age group (key stage): the `age` of <aup-form> and <esafety-quiz>. */
export type Age = (typeof AGES)[number];

/** Who an agreement is for: an age group, `send`, or an adult audience. */
export type Audience = Age | 'send' | (typeof ADULTS)[number];
