import { withLists, type ResolvedBundle } from '../resolve.js';
import type { Question, Topic } from '../types.js';

/** Load once; a failed load is forgotten, so the next element on the page tries again. */
const once = <T>(load: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= load().catch((e) => ((p = undefined), Promise.reject(e))));
};

/*
 * The two long built-in lists, each in English and Welsh, load only when an element needs them:
 * together they are most of the library's text, and only <esafety-quiz> and <parent-guidance>
 * use them. In dist/ they are chunks beside esafety-elements.js, fetched from the same place.
 */

/** The built-in quiz questions (EYFS, KS1, KS2). */
export const builtInQuestions = once((): Promise<Question[]> => import('./quiz-questions.js').then((m) => m.DEFAULT_QUESTIONS));

/** The built-in parent-guidance topics. */
export const builtInTopics = once((): Promise<Topic[]> => import('./guidance-topics.js').then((m) => m.DEFAULT_TOPICS));

/* The same, for a page not in Welsh: in dist/, with the English text only (half the download). */
const englishQuestions = once((): Promise<Question[]> => import('./quiz-questions.en.js').then((m) => m.DEFAULT_QUESTIONS));
const englishTopics = once((): Promise<Topic[]> => import('./guidance-topics.en.js').then((m) => m.DEFAULT_TOPICS));

export type BuiltIn = 'questions' | 'topics';

export { needsWelsh } from '../../i18n/lang.js';

const LOADERS = { questions: builtInQuestions, topics: builtInTopics };
const ENGLISH = { questions: englishQuestions, topics: englishTopics };
const NAMES = { questions: 'quiz questions', topics: 'guidance topics' };

/**
 * The bundle with built-in lists loaded and merged in (the school's items replace, add to or
 * drop built-in ones by id). A list that cannot be loaded is left out, and `missing` says why,
 * for the element's error box: the usual cause is a copy of dist/ without its chunks.
 */
export async function withBuiltIns(
  b: ResolvedBundle,
  want: readonly BuiltIn[],
  welsh = true,
): Promise<{ bundle: ResolvedBundle; missing?: string }> {
  const lists: { questions?: Question[]; topics?: Topic[] } = {};
  let missing: string | undefined;
  for (const k of want) {
    try {
      lists[k] = (await (welsh ? LOADERS : ENGLISH)[k]()) as never;
    } catch (e) {
      missing = `the built-in ${NAMES[k]} could not be loaded (${e instanceof Error ? e.message : String(e)}) — put the whole dist folder on the server, not only esafety-elements.js, or give your own in the bundle`;
    }
  }
  return { bundle: withLists(b, lists), missing };
}

/** withBuiltIns for one element's lists, as BundleElement calls it (an element's `static builtIns`). */
export type WithBuiltIns = (b: ResolvedBundle, welsh: boolean) => Promise<{ bundle: ResolvedBundle; missing?: string }>;
export const builtIns =
  (want: readonly BuiltIn[]): WithBuiltIns =>
  (b, welsh) =>
    withBuiltIns(b, want, welsh);
