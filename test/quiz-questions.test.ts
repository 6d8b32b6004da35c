import { expect } from '@open-wc/testing';
import { DEFAULT_QUESTIONS } from '../src/bundle/defaults/quiz-questions.js';
import { DEFAULTS } from '../src/bundle/defaults/index.js';
import { builtInQuestions, questionsBuiltIn } from '../src/bundle/defaults/built-in.js';
import { BUILT_IN_SETS, questionSet } from '../src/bundle/defaults/quiz-sets.js';
import { questionsFor } from '../src/esafety-quiz/model.js';
import { SYMBOLS } from '../src/bundle/schema/common.js';
import type { Question } from '../src/bundle/types.js';
import { validateBundle } from '../src/bundle/validate.js';

const ACTIONS = DEFAULTS.quiz.actions.map((a) => a.id);
const FOUR_CS = ['content', 'contact', 'conduct', 'commerce'];
const MINIMUM = { eyfs: 6, ks1: 12, ks2: 12 } as const;
const forAge = (age: string) => DEFAULT_QUESTIONS.filter((q) => q.ages?.includes(age as 'ks1'));
const texts = (q: Question) => ({ scenario: q.scenario, explanation: q.explanation, ...(q.symbolAlt && { symbolAlt: q.symbolAlt }) });
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('built-in quiz questions', () => {
  it('validate as a bundle’s quiz, with no issues and no warnings', () => {
    const r = validateBundle({ quiz: { questions: DEFAULT_QUESTIONS } });
    expect(r.ok, JSON.stringify(!r.ok && r.issues)).to.equal(true);
    expect(r.warnings).to.deep.equal([]);
  });

  it('are what the on-demand loader gives, merged into a bundle (a school’s same id replaces one)', async () => {
    expect(await builtInQuestions()).to.equal(DEFAULT_QUESTIONS);
    const empty = validateBundle({});
    if (!empty.ok) throw new Error(JSON.stringify(empty.issues));
    const { bundle, missing } = await questionsBuiltIn(empty.bundle, true);
    expect(missing).to.equal(undefined);
    expect(bundle.quiz.questions).to.deep.equal(DEFAULT_QUESTIONS);
    const own = validateBundle({ quiz: { questions: [{ id: 'ks1-meet', scenario: 'Larkspur Lane story.', answer: 'flag', explanation: 'Tell Mrs Khan.' }] } });
    if (!own.ok) throw new Error(JSON.stringify(own.issues));
    const merged = (await questionsBuiltIn(own.bundle, true)).bundle.quiz.questions;
    expect(merged.length).to.equal(DEFAULT_QUESTIONS.length);
    expect(merged.find((q) => q.id === 'ks1-meet')!.scenario).to.equal('Larkspur Lane story.');
    expect(merged.find((q) => q.id === 'ks1-meet')!.ages).to.deep.equal(['ks1']);
  });

  // A quiz loads the built-in questions of its own age set alone (in dist/ one chunk each, with
  // their English only on a page not in Welsh). What it then asks must be what the whole list
  // gives, whatever the school's own questions replace, re-tag or drop.
  describe('of one age set, merged with a school’s own, give what the whole list gives', () => {
    const q = (id: string, more: Record<string, unknown> = {}) => ({ id, scenario: `Story ${id}`, answer: 'zip', explanation: 'Tell someone.', ...more });
    const bundles: Record<string, unknown> = {
      'no questions of its own': {},
      'a KS1 question rewritten (same id)': { quiz: { questions: [q('ks1-meet')] } },
      'a KS2 question moved to KS1 (its id, ages ks1)': { quiz: { questions: [q('ks2-mystery-boxes', { ages: ['ks1'] })] } },
      'a KS2 question rewritten, keeping its age (none given: it keeps the built-in one’s)': { quiz: { questions: [q('ks2-mystery-boxes')] } },
      'built-in questions dropped (omitDefaults), one of them given anew': {
        omitDefaults: ['ks1-meet', 'eyfs-home', 'ks2-mystery-boxes'],
        quiz: { questions: [q('ks1-meet', { ages: ['ks1'] })] },
      },
      'new questions: for KS3, for every age, and one named like a set it is not in': {
        quiz: { questions: [q('mine-ks3', { ages: ['ks3'] }), q('mine-any'), q('ks1-ours', { ages: ['ks2'] })] },
      },
    };
    for (const [name, input] of Object.entries(bundles))
      it(name, async () => {
        const r = validateBundle(input);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const whole = (await questionsBuiltIn(r.bundle, true)).bundle.quiz.questions; // no set: the whole list
        for (const age of ['eyfs', 'ks1', 'ks2', 'ks3', 'ks4', 'send'])
          for (const welsh of [false, true]) {
            const set = questionSet(age);
            const { bundle, missing } = await questionsBuiltIn(r.bundle, welsh, set);
            expect(missing, age).to.equal(undefined);
            expect(questionsFor(bundle.quiz.questions, set), `${name}, ${age}${welsh ? ', Welsh' : ''}`).to.deep.equal(questionsFor(whole, set));
          }
      });

    it('loads one set only, unless the school’s questions name a built-in one of another set', async () => {
      for (const welsh of [false, true]) {
        const sizes = async (input: unknown, set: string) => {
          const r = validateBundle(input);
          if (!r.ok) throw new Error(JSON.stringify(r.issues));
          return (await questionsBuiltIn(r.bundle, welsh, set)).bundle.quiz.questions.length;
        };
        expect(await sizes({}, 'ks1')).to.equal(forAge('ks1').length);
        expect(await sizes({}, 'ks3'), 'KS3 has none built in').to.equal(0);
        expect(await sizes(bundles['a KS1 question rewritten (same id)'], 'ks1')).to.equal(forAge('ks1').length);
        expect(await sizes(bundles['a KS2 question moved to KS1 (its id, ages ks1)'], 'ks1'), 'the whole list').to.equal(DEFAULT_QUESTIONS.length);
      }
    });
  });

  it('meet the minimum count for each age (EYFS 6, KS1 12, KS2 12), and every question has an age', () => {
    for (const [age, min] of Object.entries(MINIMUM)) expect(forAge(age).length, age).to.be.at.least(min);
    for (const q of DEFAULT_QUESTIONS) expect(q.ages, q.id).to.be.an('array').that.is.not.empty;
  });

  it('have unique, kebab-case ids prefixed by their age set', () => {
    const ids = DEFAULT_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const q of DEFAULT_QUESTIONS) {
      expect(q.id, q.id).to.match(/^(eyfs|ks1|ks2)-[a-z0-9]+(-[a-z0-9]+)*$/);
      // Exactly the set its id names: a quiz on an English page loads its own set's alone (built-in.ts).
      expect(q.ages, q.id).to.deep.equal([q.id.split('-')[0]]);
      expect(BUILT_IN_SETS as readonly string[], q.id).to.include(q.ages![0]);
    }
  });

  it('each answer with one of the built-in actions and is tagged with one of the 4 Cs', () => {
    for (const q of DEFAULT_QUESTIONS) {
      expect(ACTIONS, q.id).to.include(q.answer);
      expect(FOUR_CS, q.id).to.include(q.about);
    }
  });

  it('give every text in both English and Welsh, none empty and none the same in both', () => {
    for (const q of DEFAULT_QUESTIONS)
      for (const [field, t] of Object.entries(texts(q))) {
        expect(t, `${q.id}.${field}`).to.be.an('object');
        const { en, cy, ...rest } = t as Record<string, string>;
        expect(rest, `${q.id}.${field} has only en and cy`).to.deep.equal({});
        expect(en?.trim(), `${q.id}.${field}.en`).to.not.be.empty;
        expect(cy?.trim(), `${q.id}.${field}.cy`).to.not.be.empty;
        expect(cy, `${q.id}.${field}: Welsh is not the English`).to.not.equal(en);
      }
  });

  it('use every action in each age set, roughly balanced (no action more than twice another)', () => {
    for (const age of Object.keys(MINIMUM)) {
      const counts = ACTIONS.map((a) => forAge(age).filter((q) => q.answer === a).length);
      expect(Math.min(...counts), `${age}: ${counts}`).to.be.at.least(2);
      expect(Math.max(...counts), `${age}: ${counts}`).to.be.at.most(2 * Math.min(...counts));
    }
  });

  it('cover all 4 Cs in KS1 and in KS2', () => {
    for (const age of ['ks1', 'ks2']) expect(new Set(forAge(age).map((q) => q.about)), age).to.have.all.keys(...FOUR_CS);
  });

  it('give every EYFS question a built-in symbol that does not give the answer away, and very few words', () => {
    const actionSymbols = DEFAULTS.quiz.actions.map((a) => a.symbol).filter(Boolean);
    for (const q of forAge('eyfs')) {
      expect(SYMBOLS as readonly string[], q.id).to.include(q.symbol);
      expect(actionSymbols, `${q.id}: its picture is an action's symbol`).to.not.include(q.symbol);
      const { scenario, explanation } = texts(q) as Record<string, Record<string, string>>;
      expect(words(scenario.en), `${q.id} scenario`).to.be.at.most(10);
      expect(words(explanation.en), `${q.id} explanation`).to.be.at.most(16);
    }
  });

  it('keep explanations short and kind: at most two sentences, never “wrong”, “stupid” or “silly you”', () => {
    for (const q of DEFAULT_QUESTIONS)
      for (const [lang, s] of Object.entries(q.explanation as Record<string, string>)) {
        expect(s.split(/[.!?](?=\s|$)/).filter((x) => x.trim()).length, `${q.id}.${lang}: ${s}`).to.be.at.most(2);
        expect(s.length, `${q.id}.${lang}`).to.be.at.most(160);
        expect(s, `${q.id}.${lang}`).to.not.match(/\b(wrong|stupid|naughty|anghywir|twp)\b/i);
      }
  });

  it('are not repeated: no two questions share a scenario', () => {
    const seen = DEFAULT_QUESTIONS.map((q) => (q.scenario as Record<string, string>).en.toLowerCase());
    expect(new Set(seen).size).to.equal(seen.length);
  });

  it('include every built-in question id the README’s samples name', async () => {
    const md = await (await fetch('/README.md')).text();
    const named = [...md.matchAll(/"((?:eyfs|ks1|ks2)-[a-z0-9-]+)"/g)].map((m) => m[1]);
    const ids = DEFAULT_QUESTIONS.map((q) => q.id);
    for (const id of named) expect(ids, 'README names ' + id).to.include(id);
  });

  // The checks above must catch bad questions, not just pass on good ones.
  describe('the bundle checks reject a school’s faulty questions', () => {
    const base = DEFAULT_QUESTIONS[0];
    const bad = (patch: Record<string, unknown>) => validateBundle({ quiz: { questions: [{ ...base, id: 'mine', ...patch }] } });
    const pathsOf = (r: ReturnType<typeof validateBundle>) => (r.ok ? [] : r.issues.map((i) => i.path));

    it('an answer that is not an action', () => {
      const r = bad({ answer: 'shout' });
      expect(r.ok).to.equal(false);
      expect(pathsOf(r).join()).to.contain('answer');
    });

    it('an unknown age, an unknown C, an empty Welsh text and an unknown symbol', () => {
      for (const patch of [{ ages: ['ks9'] }, { about: 'cash' }, { scenario: { en: 'Hi', cy: '' } }, { symbol: 'unicorn' }, { id: 'has space' }]) {
        const r = bad(patch);
        expect(r.ok, JSON.stringify(patch)).to.equal(false);
      }
    });

    it('two questions with the same id', () => {
      const r = validateBundle({ quiz: { questions: [DEFAULT_QUESTIONS[0], DEFAULT_QUESTIONS[0]] } });
      expect(r.ok).to.equal(false);
      expect(pathsOf(r).join()).to.contain('questions');
    });
  });
});
