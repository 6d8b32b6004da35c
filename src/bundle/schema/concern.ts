import * as z from 'zod/mini';
import { Id, IntRange, LocalText, RichText, Str, Url } from './common.js';

export const Category = z.object({
  id: Id,
  label: LocalText,
  hint: z.optional(LocalText),
});

/** A route outside school: 999, CEOP, Childline, NSPCC … (numbers change; keep them data). */
export const Route = z.object({
  id: Id,
  name: LocalText,
  description: LocalText,
  phone: z.optional(Str),
  url: z.optional(Url),
  hours: z.optional(LocalText),
  for: z.optional(z.array(z.enum(['pupil', 'parent', 'staff', 'other']))),
  /** Ids of the concern categories it fits (e.g. CEOP: contact, conduct); absent, every one. */
  about: z.optional(z.array(Id)),
});

export const Concern = z.object({
  categories: z.optional(z.array(Category)),
  reporterRoles: z.optional(z.array(z.enum(['pupil', 'parent', 'staff', 'other']))),
  allowAnonymous: z.optional(z.boolean()),
  urgentNotice: z.optional(RichText),
  routes: z.optional(z.array(Route)),
  /** Ids of the contacts (in school.contacts) who read reports, e.g. the DSL. */
  readBy: z.optional(z.array(Id)),
  /** When reports are read, e.g. "school days, 8am to 5pm". */
  responseTime: z.optional(LocalText),
  /** Longest "what happened" text, in characters. */
  maxLength: z.optional(IntRange(100, 20000)),
  /** Opt in to keeping unsent reports in browser storage (off by default: shared devices). */
  storeUnsent: z.optional(z.boolean()),
});
