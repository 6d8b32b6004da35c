import { expect } from '@open-wc/testing';
import { builtInQuestions } from '../src/bundle/defaults/built-in.js';
import { DEFAULT_QUIZ } from '../src/bundle/defaults/quiz.js';
import { DEFAULT_QUESTIONS } from '../src/bundle/defaults/quiz-questions.js';
import { SYMBOLS } from '../src/bundle/schema/common.js';
import { validateBundle } from '../src/bundle/validate.js';

const forAge = (age: string) => DEFAULT_QUESTIONS.filter((q) => q.ages?.includes(age as never));
const texts = (q: (typeof DEFAULT_QUESTIONS)[number]) => [q.scenario, q.explanation, ...(q.symbolAlt ? [q.symbolAlt] : [])];

describe('built-in quiz questions', () => {
  it('are a valid bundle on their own, with no warnings, and are what the on-demand loader gives', async () => {
    const r = validateBundle({ quiz: { questions: DEFAULT_QUESTIONS } });
    expect(r.ok, JSON.stringify(!r.ok && r.issues)).to.be.true;
    expect(r.warnings).to.deep.equal([]);
    expect(await builtInQuestions()).to.equal(DEFAULT_QUESTIONS);
  });

  it('have at least 12 each for KS1 and KS2 and 6 for EYFS, with unique ids', () => {
    expect(forAge('ks1').length).to.be.at.least(12);
    expect(forAge('ks2').length).to.be.at.least(12);
    expect(forAge('eyfs').length).to.be.within(6, 11);
    const ids = DEFAULT_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('answer with a built-in action, and each age set uses all three, roughly balanced', () => {
    const actions = DEFAULT_QUIZ.actions.map((a) => a.id);
    for (const q of DEFAULT_QUESTIONS) expect(actions, q.id).to.include(q.answer);
    for (const age of ['eyfs', 'ks1', 'ks2']) {
      const set = forAge(age);
      for (const a of actions) {
        const share = set.filter((q) => q.answer === a).length / set.length;
        expect(share, `${age} ${a}`).to.be.within(0.2, 0.5);
      }
    }
  });

  it('cover all 4 Cs in KS1 and KS2, and say which each is about', () => {
    for (const q of DEFAULT_QUESTIONS) expect(q.about, q.id).to.be.oneOf(['content', 'contact', 'conduct', 'commerce']);
    for (const age of ['ks1', 'ks2']) expect(new Set(forAge(age).map((q) => q.about)).size, age).to.equal(4);
  });

  it('are in English and Welsh, and the Welsh is not the English', () => {
    for (const q of DEFAULT_QUESTIONS)
      for (const t of texts(q)) {
        expect(t, q.id).to.be.an('object');
        const { en, cy } = t as Record<string, string>;
        expect(en?.trim(), `${q.id} en`).to.not.equal('');
        expect(cy?.trim(), `${q.id} cy`).to.not.equal('');
        expect(cy, q.id).to.not.equal(en);
      }
  });

  it('give every EYFS question a built-in picture', () => {
    for (const q of forAge('eyfs')) expect(SYMBOLS as readonly string[], q.id).to.include(q.symbol);
  });

  it('explain kindly: short, and never “wrong”', () => {
    for (const q of DEFAULT_QUESTIONS) {
      const { en } = q.explanation as Record<string, string>;
      expect(en.length, q.id).to.be.below(160);
      expect(en, q.id).to.not.match(/wrong|incorrect|stupid|naughty/i);
    }
  });
});
