import * as z from 'zod/mini';
import { Block } from './blocks.js';
import { DateStr, Id, Link, LocalText, RichText, Str } from './common.js';

/** A numbered section: a title, blocks, and sub-sections (any depth). */
export const Section = z.object({
  /** Optional anchor name; sections are always reachable as #section-4-2 too. */
  id: z.optional(Id),
  title: LocalText,
  blocks: z.optional(z.array(Block)),
  get sections() {
    return z.optional(z.array(Section));
  },
});
export type Section = z.infer<typeof Section>;

export const Policy = z.object({
  title: LocalText,
  /** The version agreed to; recorded in every agreement's envelope. */
  version: z.optional(Str),
  approved: z.optional(DateStr),
  approvedBy: z.optional(LocalText),
  reviewed: z.optional(DateStr),
  nextReview: z.optional(DateStr),
  /** Show "due for review" once nextReview has passed (default true). */
  overdueNotice: z.optional(z.boolean()),
  summary: z.optional(RichText),
  sections: z.array(Section).check(z.minLength(1, 'needs at least one section')),
  appendices: z.optional(z.array(Section)),
  related: z.optional(z.array(Link)),
});
