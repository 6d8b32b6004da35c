import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILT_IN_ACTION_IDS, allPartsCheck } from '../../src/bundle/all-parts.js';
import { DEFAULT_QUIZ } from '../../src/bundle/defaults/quiz.js';

test('the idle check of all parts knows the built-in quiz actions by the same ids as the defaults', () => {
  assert.deepEqual(BUILT_IN_ACTION_IDS, DEFAULT_QUIZ.actions.map((a) => a.id));
});

test('the idle check of all parts: a quiz answer must be a built-in or the bundle’s own action', () => {
  const question = (answer: string) => ({ id: 'q1', scenario: 'Someone you do not know asks where you live.', answer, explanation: 'Keep it private and tell an adult.' });
  assert.equal(allPartsCheck()({ quiz: { questions: [question('zip')] } }).ok, true);
  assert.equal(allPartsCheck()({ quiz: { actions: [{ id: 'tell', label: 'TELL IT', meaning: 'Tell an adult.' }], questions: [question('tell')] } }).ok, true);
  const r = allPartsCheck()({ omitDefaults: ['flag'], quiz: { questions: [question('flag')] } });
  assert.equal(r.ok, false);
  assert.deepEqual(!r.ok && r.issues, [{ path: 'quiz.questions[0].answer', message: '"flag" is not one of the quiz actions — use one of: "zip", "block"' }]);
});
