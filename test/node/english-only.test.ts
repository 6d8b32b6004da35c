import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { englishOnly, englishOnlyLists } from '../../build/english-only.mjs';
import { BUILT_IN_SETS } from '../../src/bundle/defaults/quiz-sets.js';
import { cardsOf, DEFAULT_TOPICS } from '../../src/bundle/defaults/guidance-topics.js';
import { DEFAULT_QUESTIONS, questionsOfSet } from '../../src/bundle/defaults/quiz-questions.js';
import { validateBundle } from '../../src/bundle/validate.js';

// The English-only built-in lists a page not in Welsh downloads (build/english-only.mjs).

test('a text in several languages keeps its English; everything else is unchanged', () => {
  assert.deepEqual(englishOnly({ en: 'Hello', cy: 'Helo' }), { en: 'Hello' });
  assert.deepEqual(englishOnly({ 'en-GB': 'Colour', cy: 'Lliw' }), { 'en-GB': 'Colour' });
  assert.deepEqual(englishOnly({ id: 'x', title: { en: 'A', cy: 'B' }, ages: ['ks1'], n: 3 }), { id: 'x', title: { en: 'A' }, ages: ['ks1'], n: 3 });
  // Not a text (no English, or not all strings): left alone.
  assert.deepEqual(englishOnly({ cy: 'Helo' }), { cy: 'Helo' });
  assert.deepEqual(englishOnly({ en: 'x', id: 3 }), { en: 'x', id: 3 });
});

test('the English-only topics and questions are still valid, with all their English and no Welsh', () => {
  const topics = englishOnly(DEFAULT_TOPICS);
  const questions = englishOnly(DEFAULT_QUESTIONS);
  const r = validateBundle({ guidance: { topics }, quiz: { questions } });
  assert.equal(r.ok, true, JSON.stringify(!r.ok && r.issues.slice(0, 3)));
  const json = JSON.stringify([topics, questions]);
  assert.doesNotMatch(json, /"cy":/);
  const english = (v: unknown): string[] =>
    Array.isArray(v) ? v.flatMap(english) : v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => (k === 'en' ? [x as string] : english(x))) : [];
  assert.deepEqual(english(topics), english(DEFAULT_TOPICS));
  assert.deepEqual(english(questions), english(DEFAULT_QUESTIONS));
  assert.ok(json.length < JSON.stringify([DEFAULT_TOPICS, DEFAULT_QUESTIONS]).length * 0.7);
});

test('the build writes each age set’s questions as its own list (English only, or in both languages), and the sets together are the whole list', async () => {
  const plugin = englishOnlyLists() as { load: (id: string) => Promise<string | null> | null };
  for (const [suffix, text] of [['.en', englishOnly], ['', <T>(v: T) => v]] as const) {
    const ids: string[] = [];
    for (const set of BUILT_IN_SETS) {
      const file = fileURLToPath(new URL(`../../src/bundle/defaults/quiz-questions.${set}${suffix}.ts`, import.meta.url));
      const code = await plugin.load(file);
      assert.ok(code, `${set}${suffix}: written by the plugin`);
      assert.doesNotMatch(code, /\bimport\b/, `${set}${suffix}: data only, so the whole list is not in its chunk`);
      const { DEFAULT_QUESTIONS: written } = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { DEFAULT_QUESTIONS: typeof DEFAULT_QUESTIONS };
      assert.deepEqual(written, text(questionsOfSet(set)), `${set}${suffix}`);
      assert.ok(written.length >= 6 && written.every((q) => q.ages?.join() === set), `${set}${suffix}: ${written.length} questions, each for ${set} alone`);
      assert.equal(JSON.stringify(written).includes('"cy":'), suffix === '', `${set}${suffix}: Welsh only in the list for Welsh pages`);
      ids.push(...written.map((q) => q.id));
    }
    assert.deepEqual(ids.sort(), DEFAULT_QUESTIONS.map((q) => q.id).sort());
  }
  // Not a list's English module: left to the bundler.
  assert.equal(plugin.load(fileURLToPath(new URL('../../src/bundle/defaults/quiz-questions.ts', import.meta.url))), null);
});

test('the build writes the guidance topics’ cards as data alone: the topics without their advice, English only or in both languages', async () => {
  const plugin = englishOnlyLists() as { load: (id: string) => Promise<string | null> | null };
  for (const [suffix, text] of [['.en', englishOnly], ['', <T>(v: T) => v]] as const) {
    const code = await plugin.load(fileURLToPath(new URL(`../../src/bundle/defaults/guidance-topics.cards${suffix}.ts`, import.meta.url)));
    assert.ok(code, `cards${suffix}: written by the plugin`);
    assert.doesNotMatch(code, /\bimport\b/, `cards${suffix}: data only, so the advice is not in its chunk`);
    const { DEFAULT_TOPIC_CARDS: written } = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { DEFAULT_TOPIC_CARDS: typeof DEFAULT_TOPICS };
    assert.deepEqual(written, text(cardsOf(DEFAULT_TOPICS)), `cards${suffix}`);
    assert.equal(JSON.stringify(written).includes('"cy":'), suffix === '', `cards${suffix}: Welsh only in the cards for Welsh pages`);
    // A seventh or so of the list: the advice is what stays behind.
    assert.ok(code.length < JSON.stringify(text(DEFAULT_TOPICS)).length / 4, `cards${suffix}: ${code.length} characters`);
  }
});
