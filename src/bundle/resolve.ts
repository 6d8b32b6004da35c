import type { Agreement, Bundle, Concern, Question, Quiz, Theme, Topic } from './types.js';

/**
 * Resolving a checked bundle against built-in defaults, without the defaults themselves: each
 * element passes only the defaults it uses (fast-parts.ts), so its code carries only those, and
 * merge.ts passes all of them for the whole-bundle check.
 */

/**
 * Merge a school's list over the built-in one: an item with a default's id replaces fields of
 * that default; new ids are added after the defaults; ids in `omit` are left out.
 */
export function mergeById<T extends { id: string }>(defaults: readonly T[], own: readonly T[] | undefined, omit: ReadonlySet<string>): T[] {
  const mine = new Map(own?.map((o) => [o.id, o]));
  const out = defaults.filter((d) => !omit.has(d.id)).map((d) => (mine.has(d.id) ? { ...d, ...mine.get(d.id)! } : d));
  // A school's item whose id it also omits stands on its own (it replaces the built-in one whole).
  const kept = new Set(defaults.filter((d) => !omit.has(d.id)).map((d) => d.id));
  for (const o of own ?? []) if (!kept.has(o.id)) out.push(o);
  return out;
}

/** A bundle whose quiz, concern, guidance and agreements lists are always present. */
export type ResolvedBundle = Bundle & {
  quiz: NonNullable<Bundle['quiz']> & Required<Pick<NonNullable<Bundle['quiz']>, 'actions' | 'questions'>>;
  concern: NonNullable<Bundle['concern']> & Required<Pick<NonNullable<Bundle['concern']>, 'categories' | 'routes' | 'reporterRoles'>>;
  guidance: NonNullable<Bundle['guidance']> & Required<Pick<NonNullable<Bundle['guidance']>, 'topics' | 'themes'>>;
  agreements: NonNullable<Bundle['agreements']>;
};

/** Built-in defaults, any of them: a part without its defaults resolves to the bundle's own lists alone. */
export interface Defaults {
  quiz?: Required<Pick<Quiz, 'actions' | 'credit'>>;
  concern?: Required<Pick<Concern, 'categories' | 'routes' | 'reporterRoles'>>;
  guidance?: { themes: Theme[] };
  agreements?: Agreement[];
}

const resolved = new WeakSet<object>();

/**
 * Whether a value is a bundle this library has already checked and resolved: an element that
 * hands its bundle to another (the quiz step inside <aup-form>) skips checking it twice.
 */
export const isResolved = (b: unknown): b is ResolvedBundle => typeof b === 'object' && b !== null && resolved.has(b);

const builtIn = new WeakSet<Agreement>();

/**
 * Whether an agreement of a resolved bundle is a built-in one, as it is (not the school's own,
 * nor a built-in one the school changed). Known from the merge rather than by comparing with an
 * element's own list: the whole-bundle check in the CDN build has its own copy of the built-in
 * agreements (build/module-copies.mjs), and a bundle it resolved may be given to an element.
 */
export const isBuiltInAgreement = (a: Agreement): boolean => builtIn.has(a);

/** The bundle with the given built-in defaults filled in (merged by id). */
export function resolveWith(b: Bundle, d: Defaults): ResolvedBundle {
  for (const a of d.agreements ?? []) builtIn.add(a);
  const omit = new Set(b.omitDefaults);
  const out: ResolvedBundle = {
    ...b,
    quiz: {
      credit: d.quiz?.credit,
      ...b.quiz,
      actions: mergeById(d.quiz?.actions ?? [], b.quiz?.actions, omit),
      // The school's own; elements merge them over the built-in ones once those have loaded (defaults/built-in.ts).
      questions: b.quiz?.questions ?? [],
    },
    concern: {
      ...b.concern,
      reporterRoles: b.concern?.reporterRoles ?? d.concern?.reporterRoles ?? [],
      categories: mergeById(d.concern?.categories ?? [], b.concern?.categories, omit),
      routes: mergeById(d.concern?.routes ?? [], b.concern?.routes, omit),
    },
    guidance: {
      ...b.guidance,
      topics: b.guidance?.topics ?? [],
      // Themes show only when a topic uses them, so there is nothing to omit (and topic ids often match theme ids).
      themes: mergeById(d.guidance?.themes ?? [], b.guidance?.themes, new Set()),
    },
    // A school's agreement with `audiences`, given a built-in one's id, no longer has that one's `audience`.
    agreements: mergeById(d.agreements ?? [], b.agreements, omit).map((a) => (a.audiences && a.audience ? { ...a, audience: undefined } : a)),
  };
  resolved.add(out);
  return out;
}

/** A resolved bundle with long built-in lists merged in, once loaded (defaults/built-in.ts). Merging twice changes nothing. */
export function withLists(b: ResolvedBundle, lists: { questions?: Question[]; topics?: Topic[] }): ResolvedBundle {
  const omit = new Set(b.omitDefaults);
  const out: ResolvedBundle = {
    ...b,
    quiz: lists.questions ? { ...b.quiz, questions: mergeById(lists.questions, b.quiz.questions, omit) } : b.quiz,
    guidance: lists.topics ? { ...b.guidance, topics: mergeById(lists.topics, b.guidance.topics, omit) } : b.guidance,
  };
  resolved.add(out);
  return out;
}
