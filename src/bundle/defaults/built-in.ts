import { withLists, type ResolvedBundle } from '../resolve.js';
import type { Question, Topic } from '../types.js';
import type { BUILT_IN_SETS } from './quiz-sets.js';

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

/* For a page not in Welsh, in dist/ with its English text only (half the download). */
const englishTopics = once((): Promise<Topic[]> => import('./guidance-topics.en.js').then((m) => m.DEFAULT_TOPICS));

/* The topics' cards alone (guidance-topics.cards.ts), a seventh of the list: what the index shows. */
const topicCards = {
  en: once((): Promise<Topic[]> => import('./guidance-topics.cards.en.js').then((m) => m.DEFAULT_TOPIC_CARDS)),
  cy: once((): Promise<Topic[]> => import('./guidance-topics.cards.js').then((m) => m.DEFAULT_TOPIC_CARDS)),
};

/* The questions of each age set apart (a quiz asks one set, a third of the list): in dist/ with
 * their English text only for a page not in Welsh, in both languages for a Welsh page. */
type Sets = Record<(typeof BUILT_IN_SETS)[number], () => Promise<Question[]>>;
const ENGLISH_SETS: Sets = {
  eyfs: once(() => import('./quiz-questions.eyfs.en.js').then((m) => m.DEFAULT_QUESTIONS)),
  ks1: once(() => import('./quiz-questions.ks1.en.js').then((m) => m.DEFAULT_QUESTIONS)),
  ks2: once(() => import('./quiz-questions.ks2.en.js').then((m) => m.DEFAULT_QUESTIONS)),
};
const WELSH_SETS: Sets = {
  eyfs: once(() => import('./quiz-questions.eyfs.js').then((m) => m.DEFAULT_QUESTIONS)),
  ks1: once(() => import('./quiz-questions.ks1.js').then((m) => m.DEFAULT_QUESTIONS)),
  ks2: once(() => import('./quiz-questions.ks2.js').then((m) => m.DEFAULT_QUESTIONS)),
};

/**
 * The built-in questions a quiz of `set` shows: that set's alone (none for a set without
 * built-in ones, ks3 say), merged with the school's own as the whole list would be, since the
 * rest would be left out by age anyway. Unless a school's question has the id of a built-in one
 * of another set ("ks2-…" on a KS1 quiz: it takes that one's fields, its ages among them): then
 * the whole list, so that it merges as ever (mergeById, resolve.ts).
 */
function setQuestions(set: string | undefined, own: readonly Question[], welsh: boolean): Promise<Question[]> {
  const sets: Record<string, () => Promise<Question[]>> = welsh ? WELSH_SETS : ENGLISH_SETS;
  // The id's set, found here rather than imported from quiz-sets.ts: <parent-guidance> has a copy
  // of this module (build/module-copies.mjs), and a module both import would be a file of its own.
  const setOfId = (id: string) => Object.keys(sets).find((s) => id.startsWith(`${s}-`)) ?? set;
  if (!set || own.some((q) => setOfId(q.id) !== set)) return builtInQuestions();
  return Object.hasOwn(sets, set) ? sets[set]!() : Promise.resolve([]);
}

/**
 * An element's built-in list, as BundleElement merges it in (an element's `static builtIns`): the
 * bundle with the list loaded and merged in (the school's items replace, add to or drop built-in
 * ones by id). `welsh`: with its Welsh text (else English only); `set`: the part of the list the
 * element needs now (its builtInSet(): the quiz's age set; the guidance's "cards"), else the
 * whole. A list that cannot be loaded is left out, and `missing` says why, for the element's
 * error box: the usual cause is a copy of dist/ without its chunks.
 */
export type WithBuiltIns = (b: ResolvedBundle, welsh: boolean, set?: string) => Promise<{ bundle: ResolvedBundle; missing?: string }>;

type Lists = { questions: Question[]; topics: Topic[] };

const builtIn =
  <K extends keyof Lists>(key: K, name: string, load: (b: ResolvedBundle, welsh: boolean, set?: string) => Promise<Lists[K]>): WithBuiltIns =>
  async (b, welsh, set) => {
    try {
      return { bundle: withLists(b, { [key]: await load(b, welsh, set) } as Partial<Lists>) };
    } catch (e) {
      const missing = `the built-in ${name} could not be loaded (${e instanceof Error ? e.message : String(e)}) — put the whole dist folder on the server, not only esafety-elements.js, or give your own in the bundle`;
      return { bundle: withLists(b, {}), missing };
    }
  };

/** The quiz's: the built-in questions (of its age set only). */
export const questionsBuiltIn = builtIn('questions', 'quiz questions', (b, welsh, set) => setQuestions(set, b.quiz.questions, welsh));

const topicsList = builtIn('topics', 'guidance topics', (_, welsh, part) =>
  (part === 'cards' ? topicCards[welsh ? 'cy' : 'en'] : welsh ? builtInTopics : englishTopics)(),
);

/**
 * For each bundle with the topics' cards merged in (not their text), the ids of the topics that
 * still lack the text of a built-in one. State kept here is safe: only <parent-guidance>'s copy
 * of this module (build/module-copies.mjs) merges topics, and it asks that same copy.
 */
const textless = new WeakMap<ResolvedBundle, ReadonlySet<string>>();

/** The ids of `b`'s topics whose built-in text has not been merged in (none: undefined). */
export const topicsWithoutText = (b: ResolvedBundle): ReadonlySet<string> | undefined => textless.get(b);

/**
 * The guidance's: the built-in topics; with `part` "cards", their cards alone (the index needs
 * no more). Merging the whole list later over a bundle with the cards in gives what merging it
 * at first would (withLists: the school's fields still win), so the text can follow on demand.
 */
export const topicsBuiltIn: WithBuiltIns = async (b, welsh, part) => {
  const out = await topicsList(b, welsh, part);
  if (part === 'cards' && !out.missing) {
    const omit = new Set(b.omitDefaults);
    const ids = (await topicCards[welsh ? 'cy' : 'en']()).map((t) => t.id).filter((id) => !omit.has(id));
    if (ids.length) textless.set(out.bundle, new Set(ids));
  }
  return out;
};
