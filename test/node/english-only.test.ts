import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dataExpression, englishOnly, englishOnlyLists } from '../../build/english-only.mjs';
import { DEFAULT_AGREEMENTS } from '../../src/bundle/defaults/agreements.js';
import { DEFAULT_CONCERN } from '../../src/bundle/defaults/concern.js';
import { DEFAULT_THEMES } from '../../src/bundle/defaults/guidance-themes.js';
import { DEFAULT_QUIZ } from '../../src/bundle/defaults/quiz.js';
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

test('a short list is written as an object literal, a long one as JSON for JSON.parse: either gives the same value', async () => {
  const evaluate = async (expression: string) => ((await import(`data:text/javascript;base64,${Buffer.from(`export default ${expression};`).toString('base64')}`)) as { default: unknown }).default;
  const values: unknown[] = [
    [{ id: 'a', text: { en: 'It’s “quoted”, \\ with \n a line and \u2028 a separator', 'en-GB': 'x' }, n: -1.5, ok: true, none: null, list: [[], {}] }],
    { 'with space': 1, '1st': 2, $ok: 3, _ok: 4, 'a-b': 5 },
    // A "__proto__" key, as JSON gives it (a field, not the prototype).
    JSON.parse('{"nested":{"__proto__":"not a prototype"}}'),
    Array.from({ length: 800 }, (_, i) => ({ id: `item-${i}`, text: 'long enough to pass the literal limit' })),
  ];
  for (const v of values) {
    const written = dataExpression(v);
    assert.deepEqual(await evaluate(written), v, written.slice(0, 80));
  }
  assert.doesNotMatch(dataExpression(values[0]), /JSON\.parse/);
  assert.match(dataExpression(values[0]), /^\[\{id:"a",text:\{en:/, 'keys unquoted where they can be');
  assert.match(dataExpression(values[1]), /"with space":1,"1st":2,\$ok:3,_ok:4,"a-b":5/);
  assert.match(dataExpression(values[2]), /^\/\* @__PURE__ \*\/ JSON\.parse\(/, 'a "__proto__" key is read by JSON.parse');
  assert.match(dataExpression(values[3]), /^\/\* @__PURE__ \*\/ JSON\.parse\(/, 'a long list is read by JSON.parse');
});

test('the build writes the built-in defaults as English-only data for each element’s chunk, and with their Welsh for an element in Welsh', async () => {
  const plugin = englishOnlyLists() as { load: (id: string) => Promise<string | null> | null };
  const written = async (name: string) => {
    const code = await plugin.load(fileURLToPath(new URL(`../../src/bundle/defaults/${name}.ts`, import.meta.url)));
    assert.ok(code, `${name}: written by the plugin`);
    assert.doesNotMatch(code, /\bimport\b/, `${name}: data only`);
    return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, unknown>;
  };
  const english: [string, string, unknown][] = [
    ['agreements.en', 'DEFAULT_AGREEMENTS', DEFAULT_AGREEMENTS],
    ['concern.en', 'DEFAULT_CONCERN', DEFAULT_CONCERN],
    ['quiz.en', 'DEFAULT_QUIZ', DEFAULT_QUIZ],
    ['guidance-themes.en', 'DEFAULT_THEMES', DEFAULT_THEMES],
  ];
  for (const [name, key, whole] of english) {
    const m = await written(name);
    assert.deepEqual(m[key], englishOnly(whole), name);
    assert.ok(JSON.stringify(whole).includes('"cy":'), `${name}: the whole list has Welsh`);
    assert.doesNotMatch(JSON.stringify(m[key]), /"cy":/, `${name}: none of it here`);
  }
  const welsh: [string, unknown][] = [
    ['aup-form.welsh', { agreements: DEFAULT_AGREEMENTS }],
    ['esafety-quiz.welsh', { quiz: DEFAULT_QUIZ }],
    ['report-concern.welsh', { concern: DEFAULT_CONCERN }],
    ['parent-guidance.welsh', { guidance: { themes: DEFAULT_THEMES } }],
  ];
  for (const [name, defaults] of welsh) assert.deepEqual((await written(name)).DEFAULTS, defaults, name);
  // With these defaults (English or whole), the elements' bundle checks pass the same bundle.
  const r = validateBundle({ agreements: englishOnly(DEFAULT_AGREEMENTS), concern: englishOnly(DEFAULT_CONCERN) });
  assert.equal(r.ok, true, JSON.stringify(!r.ok && r.issues.slice(0, 3)));
});

test('in dist/, each element’s chunk has its built-in defaults in English only, and its .welsh chunk has them in both languages', () => {
  const chunks = readdirSync(fileURLToPath(new URL('../../dist/chunks/', import.meta.url)));
  const read = (name: string) => {
    const file = chunks.find((f) => new RegExp(`^${name.replaceAll('.', '\\.')}-[\\w-]+\\.js$`).test(f));
    assert.ok(file, `dist/chunks/${name}-*.js (run npm run build first)`);
    return readFileSync(fileURLToPath(new URL(`../../dist/chunks/${file}`, import.meta.url)), 'utf8');
  };
  // A Welsh text of each, and the chunk whose English it is in.
  const cases: [string, string, string, string][] = [
    ['aup-form', 'aup-form.welsh', DEFAULT_AGREEMENTS.find((a) => a.id === 'ks1')!.statements.map((s) => (s.text as Record<string, string>).cy).find(Boolean)!, 'My online promise'],
    ['report-concern', 'report-concern.welsh', (DEFAULT_CONCERN.routes.find((r) => r.id === 'report-remove')!.description as Record<string, string>).cy!, 'Helps a young person under 18'],
    ['esafety-quiz', 'esafety-quiz.welsh', (DEFAULT_QUIZ.credit as Record<string, string>).cy!, 'Click Clever Click Safe code'],
    ['parent-guidance', 'parent-guidance.welsh', (DEFAULT_THEMES[1]!.label as Record<string, string>).cy!, 'Parental controls'],
  ];
  for (const [chunk, welsh, cy, en] of cases) {
    assert.ok(cy, `${chunk}: a Welsh text to look for`);
    assert.ok(read(chunk).includes(en), `${chunk}: has "${en}"`);
    assert.ok(!read(chunk).includes(cy), `${chunk}: has no "${cy}"`);
    assert.ok(read(welsh).includes(cy) && read(welsh).includes(en), `${welsh}: has both`);
  }
  // <aup-form>'s Welsh has its agreements alone: its quiz step checks the bundle with the quiz's own defaults.
  assert.ok(!read('aup-form.welsh').includes((DEFAULT_QUIZ.credit as Record<string, string>).cy!));
  // Each is data alone: no import of another chunk.
  for (const [, welsh] of cases) assert.doesNotMatch(read(welsh), /\bimport\b/, welsh);
});
