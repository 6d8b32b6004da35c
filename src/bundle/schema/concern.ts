import * as z from 'zod/mini';
import { Id, LocalText, RichText, Str, Url } from './common.js';

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
});

export const Concern = z.object({
  categories: z.optional(z.array(Category)),
  reporterRoles: z.optional(z.array(z.enum(['pupil', 'parent', 'staff', 'other']))),
  allowAnonymous: z.optional(z.boolean()),
  urgentNotice: z.optional(RichText),
  routes: z.optional(z.array(Route)),
  /** Opt in to keeping unsent reports in browser storage (off by default: shared devices). */
  storeUnsent: z.optional(z.boolean()),
});
