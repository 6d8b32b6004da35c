import { DEFAULTS } from './defaults/index.js';
import type { Bundle } from './types.js';

/**
 * Merge a school's list over the built-in one: an item with a default's id replaces fields of
 * that default; new ids are added after the defaults; ids in `omit` are left out.
 */
export function mergeById<T extends { id: string }>(defaults: readonly T[], own: readonly T[] | undefined, omit: ReadonlySet<string>): T[] {
  const mine = new Map(own?.map((o) => [o.id, o]));
  const out = defaults.filter((d) => !omit.has(d.id)).map((d) => (mine.has(d.id) ? { ...d, ...mine.get(d.id)! } : d));
  const known = new Set(defaults.map((d) => d.id));
  for (const o of own ?? []) if (!known.has(o.id)) out.push(o);
  return out;
}

/** A bundle whose quiz, concern, guidance and agreements lists are always present. */
export type ResolvedBundle = Bundle & {
  quiz: NonNullable<Bundle['quiz']> & Required<Pick<NonNullable<Bundle['quiz']>, 'actions' | 'questions'>>;
  concern: NonNullable<Bundle['concern']> & Required<Pick<NonNullable<Bundle['concern']>, 'categories' | 'routes' | 'reporterRoles'>>;
  guidance: NonNullable<Bundle['guidance']> & Required<Pick<NonNullable<Bundle['guidance']>, 'topics'>>;
  agreements: NonNullable<Bundle['agreements']>;
};

/** The bundle with the built-in defaults filled in (merged by id). */
export function withDefaults(b: Bundle): ResolvedBundle {
  const omit = new Set(b.omitDefaults);
  return {
    ...b,
    quiz: {
      credit: DEFAULTS.quiz.credit,
      ...b.quiz,
      actions: mergeById(DEFAULTS.quiz.actions, b.quiz?.actions, omit),
      questions: mergeById(DEFAULTS.quiz.questions, b.quiz?.questions, omit),
    },
    concern: {
      ...b.concern,
      reporterRoles: b.concern?.reporterRoles ?? DEFAULTS.concern.reporterRoles,
      categories: mergeById(DEFAULTS.concern.categories, b.concern?.categories, omit),
      routes: mergeById(DEFAULTS.concern.routes, b.concern?.routes, omit),
    },
    guidance: { ...b.guidance, topics: mergeById(DEFAULTS.guidance.topics, b.guidance?.topics, omit) },
    agreements: mergeById(DEFAULTS.agreements, b.agreements, omit),
  };
}
