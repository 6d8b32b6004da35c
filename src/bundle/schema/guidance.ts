import * as z from 'zod/mini';
import { Block } from './blocks.js';
import { Age, DateStr, Id, Link, LocalText, RichText, Str } from './common.js';
import { hasTextOrBlocks } from './rules.js';

export const Topic = z.object({
  id: Id,
  title: LocalText,
  summary: z.optional(RichText),
  /** The ages it matters for (none: every age). */
  ages: z.optional(z.array(Age)),
  /** Theme ids for filtering, e.g. "gaming", "social-media" (see `themes`). */
  tags: z.optional(z.array(Str)),
  blocks: z.optional(z.array(Block)),
  /** "Talk to your child" prompts. */
  talk: z.optional(z.array(RichText)),
  links: z.optional(z.array(Link)),
  reviewed: z.optional(DateStr),
});

/** A theme parents can filter topics by; topics name it in their `tags`. */
export const Theme = z.object({ id: Id, label: LocalText });

/**
 * The school's own words: with `topic`, shown inside that topic (e.g. the school's filtering
 * provider in the parental-controls topic); without, above the list of topics (how to reach
 * the DSL, the apps the school uses).
 */
export const GuidanceNote = z
  .object({
    topic: z.optional(Id),
    title: z.optional(LocalText),
    text: z.optional(RichText),
    blocks: z.optional(z.array(Block)),
  })
  .check(z.refine(hasTextOrBlocks, 'needs "text" or "blocks"'));

export const Guidance = z.object({
  intro: z.optional(RichText),
  notes: z.optional(z.array(GuidanceNote)),
  themes: z.optional(z.array(Theme)),
  topics: z.optional(z.array(Topic)),
});
