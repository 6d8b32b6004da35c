import * as z from 'zod/mini';
import { Audience, Id, IntRange, LocalText, RichText, SymbolRef } from './common.js';
import { oneAudienceField } from './rules.js';
import { audiencesOf } from './values.js';

export { audiencesOf };

export const Statement = z.object({
  id: Id,
  text: RichText,
  /** A built-in symbol name, or a URL of the school's own image. */
  symbol: z.optional(SymbolRef),
  symbolAlt: z.optional(LocalText),
});

export const Field = z.object({
  id: Id,
  kind: z.enum(['name', 'first-name', 'child-name', 'class', 'role', 'text', 'signature']),
  label: z.optional(LocalText),
  required: z.optional(z.boolean()),
});

export const SignatureBlock = z.object({
  id: Id,
  signer: z.enum(['pupil', 'parent', 'adult']),
  label: z.optional(LocalText),
  fields: z.array(Field),
});

export const Consent = z.object({
  id: Id,
  text: RichText,
  required: z.optional(z.boolean()),
});

const ONE_AUDIENCE = 'needs "audience" (one) or "audiences" (several), not both';

export const Agreement = z.object({
  id: Id,
  audience: z.optional(Audience),
  /** Several audiences sharing one agreement (staff, volunteers and governors); instead of `audience`. */
  audiences: z.optional(z.array(Audience).check(z.minLength(1, 'needs at least one audience'))),
  title: LocalText,
  intro: z.optional(RichText),
  statements: z.array(Statement).check(z.minLength(1, 'needs at least one statement')),
  signatures: z.optional(z.array(SignatureBlock)),
  consents: z.optional(z.array(Consent)),
  quizRequired: z.optional(z.boolean()),
  /** How often it must be signed again, in months (staff: 12). */
  renewalMonths: z.optional(IntRange(1)),
}).check(z.refine(oneAudienceField, ONE_AUDIENCE));
