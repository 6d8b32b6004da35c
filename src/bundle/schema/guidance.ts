import * as z from 'zod/mini';
import { Block } from './blocks.js';
import { Id, Link, LocalText, RichText, Str } from './common.js';

export const Topic = z.object({
  id: Id,
  title: LocalText,
  summary: z.optional(RichText),
  tags: z.optional(z.array(Str)),
  blocks: z.optional(z.array(Block)),
  links: z.optional(z.array(Link)),
});

export const Guidance = z.object({
  intro: z.optional(RichText),
  topics: z.optional(z.array(Topic)),
});
