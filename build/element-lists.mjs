// The built-in lists each element loads on every page it is on (its `static builtIns`, see
// src/bundle/defaults/built-in.ts), by the names of their chunks: `whole`, the list a Welsh page
// loads (beside the Welsh interface, `cy`); `english`, the list with its English only that a page
// not in Welsh loads (none for the built-in defaults, whose English is in the element's chunk).
// For the quiz each is one list per question set, by the element's `age`
// attribute ("" when it has none); for the guidance, `topic`, the lists it loads instead when it
// shows one topic. Used by `npm run size` (what a page loads) and
// build/preload-chunks.mjs (what the entry fetches beside an element's chunk, and
// dist/preload.json); test/chunk-preload.test.ts checks them against what a page really fetches.
import { importTs } from './import-ts.mjs';

const { AGES, BUILT_IN_SETS, questionSet } = await importTs(
  `export { AGES } from './src/bundle/schema/values.ts'; export { BUILT_IN_SETS, questionSet } from './src/bundle/defaults/quiz-sets.ts';`,
  'quiz-sets',
);

/** Each value a quiz's `age` may have, with the chunk of its set's questions (`.en`: English only; none for ks3, ks4). */
const questionsByAge = (suffix) =>
  Object.fromEntries(
    ['', ...AGES, 'send'].map((age) => [age, questionSet(age)]).filter(([, set]) => BUILT_IN_SETS.includes(set)).map(([age, set]) => [age, `quiz-questions.${set}${suffix}`]),
  );

/**
 * The built-in defaults with their Welsh text, which an element in Welsh loads (its chunk has them
 * in English only): src/bundle/defaults/<tag>.welsh.ts. None in English.
 */
const welshDefaults = (tag) => ({ whole: `${tag}.welsh` });

export const BUILT_IN_LISTS = {
  'aup-form': [welshDefaults('aup-form')],
  'esafety-quiz': [welshDefaults('esafety-quiz'), { whole: questionsByAge(''), english: questionsByAge('.en') }],
  'report-concern': [welshDefaults('report-concern')],
  // The index's cards: the topics' advice loads when a parent opens one or searches (built-in.ts);
  // `topic`: what it loads instead when it shows one topic (its `topic` attribute), the whole list.
  'parent-guidance': [
    welshDefaults('parent-guidance'),
    { whole: 'guidance-topics.cards', english: 'guidance-topics.cards.en', topic: { whole: 'guidance-topics', english: 'guidance-topics.en' } },
  ],
};
