import * as z from 'zod/mini';
import { Block } from './blocks.js';
import { Age, DateStr, Id, Link, LocalText, RichText, Str } from './common.js';

export const Topic = z.object({
  id: Id,
  title: LocalText,
  summary: z.optional(RichText),
  /** The ages it matters for. */
  ages: z.optional(z.array(Age)),
  /** Themes for filtering, e.g. "gaming", "social-media". */
  tags: z.optional(z.array(Str)),
  blocks: z.optional(z.array(Block)),
  /** "Talk to your child" prompts. */
  talk: z.optional(z.array(RichText)),
  links: z.optional(z.array(Link)),
  reviewed: z.optional(DateStr),
});

export const Guidance = z.object({
  intro: z.optional(RichText),
  topics: z.optional(z.array(Topic)),
});
