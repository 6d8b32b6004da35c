import { expect } from '@open-wc/testing';
import { DEFAULTS } from '../src/bundle/defaults/index.js';
import { mergeById } from '../src/bundle/merge.js';
import { validateBundle } from '../src/bundle/validate.js';

const ok = (input: unknown) => {
  const r = validateBundle(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.bundle;
};

describe('built-in defaults', () => {
  it('an empty bundle gets the UK defaults: ZIP IT / BLOCK IT / FLAG IT, the 4 Cs, and reporting routes', () => {
    const b = ok({});
    expect(b.quiz.actions.map((a) => a.label)).to.deep.equal(['ZIP IT', 'BLOCK IT', 'FLAG IT']);
    expect(b.concern.categories.map((c) => c.id)).to.deep.equal(['content', 'contact', 'conduct', 'commerce']);
    const routes = Object.fromEntries(b.concern.routes.map((r) => [r.id, r]));
    expect(routes.emergency.phone).to.equal('999');
    expect(routes.childline.phone).to.equal('0800 1111');
    expect(routes.nspcc.phone).to.equal('0808 800 5000');
    expect(Object.keys(routes)).to.include.members(['ceop', 'report-remove', 'report-harmful-content', 'iwf', 'posh']);
    expect(b.concern.reporterRoles).to.deep.equal(['pupil', 'parent', 'staff', 'other']);
  });

  it('the defaults themselves are a valid bundle', () => {
    const r = validateBundle({ quiz: DEFAULTS.quiz, concern: DEFAULTS.concern });
    expect(r.ok, JSON.stringify(!r.ok && r.issues)).to.equal(true);
    expect(r.warnings).to.deep.equal([]);
  });

  it("a school's item with a default's id overrides it; new ids are added; omitDefaults removes", () => {
    const b = ok({
      concern: {
        routes: [
          { id: 'childline', name: 'Childline', description: 'Free help.', phone: '0800 1111', hours: 'Any time' },
          { id: 'local-authority', name: 'Ashcombe Vale children’s services', description: 'Front door team.', phone: '01632 960999' },
        ],
      },
      omitDefaults: ['posh', 'commerce'],
    });
    const routes = b.concern.routes;
    expect(routes.find((r) => r.id === 'childline')!.hours).to.equal('Any time');
    expect(routes.find((r) => r.id === 'childline')!.url).to.equal('https://www.childline.org.uk/');
    expect(routes.at(-1)!.id).to.equal('local-authority');
    expect(routes.some((r) => r.id === 'posh')).to.equal(false);
    expect(b.concern.categories.map((c) => c.id)).to.deep.equal(['content', 'contact', 'conduct']);
    expect(routes.filter((r) => r.id === 'childline')).to.have.length(1);
  });

  it('mergeById keeps order: defaults first, then the school’s new items', () => {
    const merged = mergeById([{ id: 'a', v: 1 }, { id: 'b', v: 1 }], [{ id: 'c', v: 2 }, { id: 'a', v: 2 }], new Set());
    expect(merged).to.deep.equal([{ id: 'a', v: 2 }, { id: 'b', v: 1 }, { id: 'c', v: 2 }]);
  });

  it('quiz answers may use the school’s own actions as well as the defaults', () => {
    const b = ok({
      quiz: {
        actions: [{ id: 'pause', label: 'PAUSE IT', meaning: 'Stop and think.' }],
        questions: [
          { id: 'q1', scenario: 'A pop-up says you won a prize.', answer: 'block', explanation: 'Prizes from pop-ups are tricks.' },
          { id: 'q2', scenario: 'You feel cross at a message.', answer: 'pause', explanation: 'Take a breath first.' },
        ],
      },
    });
    expect(b.quiz.actions.map((a) => a.id)).to.deep.equal(['zip', 'block', 'flag', 'pause']);
  });

  it('every built-in agreement is valid, one per audience with the audience as its id', () => {
    const r = validateBundle({ agreements: DEFAULTS.agreements });
    expect(r.ok, JSON.stringify(!r.ok && r.issues)).to.equal(true);
    expect(r.warnings).to.deep.equal([]);
    expect(DEFAULTS.agreements.map((a) => a.id)).to.deep.equal(DEFAULTS.agreements.map((a) => a.audience));
    expect(DEFAULTS.agreements.map((a) => a.id)).to.have.members(['eyfs', 'ks1', 'ks2', 'ks3', 'ks4', 'staff', 'volunteer', 'governor', 'parent', 'visitor']);
    const by = Object.fromEntries(DEFAULTS.agreements.map((a) => [a.id, a]));
    expect(by.staff.renewalMonths).to.equal(12);
    expect(!!by.ks2.quizRequired).to.equal(false);
    expect(by.eyfs.signatures!.map((s) => s.signer)).to.deep.equal(['parent']);
    expect(by.parent.consents!.map((c) => !!c.required)).to.deep.equal([false, false]);
    for (const id of ['eyfs', 'ks1']) expect(by[id].statements.every((s) => s.symbol)).to.equal(true);
  });

  it('an empty bundle has every built-in agreement; a school agreement with id "ks1" replaces the default', () => {
    const empty = validateBundle({});
    expect(empty.ok && empty.warnings).to.deep.equal([]);
    expect(ok({}).agreements).to.have.length(DEFAULTS.agreements.length);
    const own = { id: 'ks1', audience: 'ks1', title: 'Our KS1 promise', statements: [{ id: 'ask', text: 'I ask first.' }] };
    const b = ok({ agreements: [own] });
    const ks1 = b.agreements.filter((a) => a.audience === 'ks1');
    expect(ks1).to.have.length(1);
    expect(ks1[0].title).to.equal('Our KS1 promise');
    expect(ks1[0].statements.map((s) => s.id)).to.deep.equal(['ask']);
  });
});
