// The built-in lists each element loads on every page it is on (its `static builtIns`, see
// src/bundle/defaults/built-in.ts), by the names of their chunks: `whole`, the list a Welsh page
// loads (beside the Welsh interface, `cy`); `english`, the list with its English only that a page
// not in Welsh loads (none for the built-in defaults, whose English is in the element's chunk).
// For the quiz each is one list per question set, by the element's `age`
// attribute ("" when it has none); for <aup-form>, its symbols and "Read aloud" by its audience; for the guidance, `topic`, the lists it loads instead when it
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

/**
 * <aup-form>'s symbols and "Read aloud" (src/ui/statement-aids.ts), by its `audience` (else
 * `age`) attribute: the audiences that always get them (YOUNG in src/aup-form/aup-form.ts), the
 * same file in either language. (An older audience's agreement with a symbol loads them too, once
 * the form's code has read the bundle.)
 */
const youngAids = Object.fromEntries(['eyfs', 'ks1', 'send'].map((a) => [a, 'statement-aids']));

export const BUILT_IN_LISTS = {
  'aup-form': [welshDefaults('aup-form'), { whole: youngAids, english: youngAids }],
  'esafety-quiz': [welshDefaults('esafety-quiz'), { whole: questionsByAge(''), english: questionsByAge('.en') }, { whole: 'statement-aids', english: 'statement-aids' }],
  'report-concern': [welshDefaults('report-concern')],
  // The index's cards: the topics' advice loads when a parent opens one or searches (built-in.ts);
  // `topic`: what it loads instead when it shows one topic (its `topic` attribute), the whole list.
  'parent-guidance': [
    welshDefaults('parent-guidance'),
    { whole: 'guidance-topics.cards', english: 'guidance-topics.cards.en', topic: { whole: 'guidance-topics', english: 'guidance-topics.en' } },
  ],
};
