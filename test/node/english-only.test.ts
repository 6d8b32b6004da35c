import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishOnly } from '../../build/english-only.mjs';
import { DEFAULT_TOPICS } from '../../src/bundle/defaults/guidance-topics.js';
import { DEFAULT_QUESTIONS } from '../../src/bundle/defaults/quiz-questions.js';
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
