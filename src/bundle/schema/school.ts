import * as z from 'zod/mini';
import { Id, LocalText, Str, Url } from './common.js';
import { CONTACT_ROLES } from './values.js';

export { CONTACT_ROLES };

export const Contact = z.object({
  id: Id,
  role: z.enum(CONTACT_ROLES),
  /** Overrides the built-in name of the role (e.g. "Computing lead"). */
  roleLabel: z.optional(LocalText),
  /** More roles the same person holds (online-safety lead and DSL). */
  roles: z.optional(z.array(z.enum(CONTACT_ROLES))),
  /** A person's name; leave out for a role with no one named ("the ICT manager"). */
  name: z.optional(Str),
  /** An organisation or helpline, with its website. */
  organisation: z.optional(LocalText),
  website: z.optional(Url),
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9 ()-]{6,}$/, 'must be a phone number, e.g. "01632 960123"'))),
  // A plain pattern, not z.email(): the same check for a bundle, and lighter to ship.
  email: z.optional(z.string().check(z.regex(/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i, 'must be an email address, e.g. "office@school.example"'))),
  note: z.optional(LocalText),
});

/** One school of a federation: its name and its own contacts. */
export const MemberSchool = z.object({
  id: Id,
  name: LocalText,
  address: z.optional(LocalText),
  website: z.optional(Url),
  contacts: z.optional(z.array(Contact)),
});

export const School = z.object({
  name: LocalText,
  phase: z.optional(z.enum(['nursery', 'infant', 'junior', 'primary', 'middle', 'secondary', 'all-through', 'special'])),
  address: z.optional(LocalText),
  website: z.optional(Url),
  contacts: z.optional(z.array(Contact)),
  /** A federation's schools (the top-level name is the federation's). */
  schools: z.optional(z.array(MemberSchool)),
});
