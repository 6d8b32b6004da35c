import { msg, str } from '@lit/localize';
import type { ResolvedBundle } from '../bundle/merge.js';
import type { ConcernRoute, Contact } from '../bundle/types.js';
import { pick } from '../text/local.js';
import type { FieldError } from '../ui/form.js';
import { DETAILS, detailLabel, whatLabel } from './labels.js';

export type Concern = ResolvedBundle['concern'];
export const ROLES = ['pupil', 'parent', 'staff', 'other'] as const;
export type Role = (typeof ROLES)[number];

/** What the reporter has filled in so far (in memory only: never stored). */
export interface ConcernInput {
  role: string;
  category: string;
  what: string;
  when: string;
  where: string;
  involved: string;
  anonymous: boolean;
  name: string;
  contact: string;
  /** The honeypot field: empty from a person. */
  trap: string;
}

export const blank = (): ConcernInput => ({ role: '', category: '', what: '', when: '', where: '', involved: '', anonymous: false, name: '', contact: '', trap: '' });

/** `data` of a concern's envelope. Optional details only when given; no name or contact when anonymous. */
export interface ConcernData {
  reporter: Role;
  category: string;
  /** The category as the reporter saw it. */
  categoryLabel: string;
  what: string;
  when?: string;
  where?: string;
  involved?: string;
  anonymous: boolean;
  name?: string;
  /** How to reach the reporter (a pupil: their class). */
  contact?: string;
}

/** Longest "what happened" without a bundle setting, and longest short field. */
export const DEFAULT_MAX = 4000;
export const SHORT_MAX = 200;
export const EMERGENCY = 'emergency';

export const maxLength = (c: Concern): number => c.maxLength ?? DEFAULT_MAX;
export const canStayAnonymous = (c: Concern): boolean => c.allowAnonymous !== false;
export const isAnonymous = (c: Concern, i: ConcernInput): boolean => canStayAnonymous(c) && i.anonymous;

const tooLong = (label: string, max: number) => msg(str`“${label}” must be ${max} characters or fewer`);

/** The problems with the input, keyed by field id, in the order of the form. */
export function validate(c: Concern, i: ConcernInput, role: string): Record<string, FieldError> {
  const e: Record<string, FieldError> = {};
  const add = (id: string, message: string) => (e[id] = { id, message });
  if (!role) add('role', msg('Choose who you are'));
  if (!c.categories.some((x) => x.id === i.category)) add('category', msg('Choose what kind of thing happened'));
  if (!i.what.trim()) add('what', msg('Tell us what happened'));
  else if (i.what.length > maxLength(c)) add('what', tooLong(whatLabel(), maxLength(c)));
  for (const k of DETAILS) if (i[k].length > SHORT_MAX) add(k, tooLong(detailLabel(k), SHORT_MAX));
  if (!isAnonymous(c, i)) {
    if (!i.name.trim()) add('name', msg(str`Fill in “${nameLabel()}”`));
    for (const k of ['name', 'contact'] as const) if (i[k].length > SHORT_MAX) add(k, tooLong(k === 'name' ? nameLabel() : msg('Contact'), SHORT_MAX));
  }
  return e;
}

export const nameLabel = () => msg('Your name');

/** The envelope data for a complete, valid input. */
export function concernData(c: Concern, i: ConcernInput, role: Role, lang: string): ConcernData {
  const anonymous = isAnonymous(c, i);
  const d: ConcernData = {
    reporter: role,
    category: i.category,
    categoryLabel: pick(c.categories.find((x) => x.id === i.category)?.label, lang),
    what: i.what.trim(),
    anonymous,
  };
  for (const k of [...DETAILS, ...(anonymous ? [] : (['name', 'contact'] as const))]) if (i[k].trim()) d[k] = i[k].trim();
  return d;
}

/**
 * The outside routes that fit who is reporting and what happened: the 999 route is left out (it
 * always shows first, on its own). Before the reporter says who they are, only the routes for
 * everyone; before they choose a kind of concern, every route for them.
 */
export const routesFor = (routes: readonly ConcernRoute[], role: string, category: string): ConcernRoute[] =>
  routes.filter(
    (r) =>
      r.id !== EMERGENCY &&
      (!r.for || (role ? r.for.includes(role as Role) : ROLES.every((x) => r.for!.includes(x)))) &&
      (!category || !r.about || r.about.includes(category)),
  );

/** Who reads reports: the bundle's `concern.readBy` contacts, else the school's DSL. */
export function readers(b: ResolvedBundle): Contact[] {
  const all = b.school?.contacts ?? [];
  const ids = b.concern.readBy;
  return all.filter((x) => (ids ? ids.includes(x.id) : x.role === 'dsl'));
}
