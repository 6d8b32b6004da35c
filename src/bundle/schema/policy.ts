import * as z from 'zod/mini';
import { Block } from './blocks.js';
import { DateStr, Id, IntRange, LocalText, RichText, Str, Url } from './common.js';

/** A numbered section: a title, blocks, and sub-sections (any depth). */
export const Section = z.object({
  /** Optional anchor name; sections are always reachable as #section-4-2 too. */
  id: z.optional(Id),
  /** The school's own number as written ("3.7", "12."), shown when the policy's numbering is "given". */
  number: z.optional(Str),
  /** false: a heading with no number ("Review"). */
  numbered: z.optional(z.boolean()),
  /** An appendix's label as the school writes it ("Appendix 4"); shown when numbering is "given". */
  label: z.optional(Str),
  title: LocalText,
  blocks: z.optional(z.array(Block)),
  get sections() {
    return z.optional(z.array(Section));
  },
});
export type Section = z.infer<typeof Section>;

/** A sign-off line: who signs (role), and their name and the date once signed. */
export const SignOff = z.object({ role: LocalText, name: z.optional(Str), date: z.optional(DateStr) });

/** A related policy: a title, with a link when it is published. */
export const Related = z.object({ title: LocalText, url: z.optional(Url), description: z.optional(LocalText) });

/** A policy read only for its version (<aup-form>, the quiz and reports record it): the rest is not checked. */
export const PolicyVersion = z.object({ version: z.optional(Str) });

export const Policy = z.object({
  title: LocalText,
  /** Numbers from position (1, 1.1, A; the default), as the school gave them, or none at all. */
  numbering: z.optional(z.enum(['position', 'given', 'none'])),
  /** "draft": awaiting approval (dates may be blank); "approved". */
  status: z.optional(z.enum(['draft', 'approved'])),
  /** The version agreed to; recorded in every agreement's envelope. */
  version: z.optional(Str),
  approved: z.optional(DateStr),
  approvedBy: z.optional(LocalText),
  /** The meeting that approved it (e.g. "Autumn term governors' meeting"). */
  meeting: z.optional(LocalText),
  /** How often it is reviewed, in months (annually: 12); gives nextReview when that is not set. */
  reviewCycleMonths: z.optional(IntRange(1, 120)),
  signOff: z.optional(z.array(SignOff)),
  reviewed: z.optional(DateStr),
  nextReview: z.optional(DateStr),
  /** Show "due for review" once nextReview has passed (default true). */
  overdueNotice: z.optional(z.boolean()),
  summary: z.optional(RichText),
  sections: z.array(Section).check(z.minLength(1, 'needs at least one section')),
  appendices: z.optional(z.array(Section)),
  related: z.optional(z.array(Related)),
});
