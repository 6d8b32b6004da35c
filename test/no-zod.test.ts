import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, until } from './helpers-dom.js';

// Issue 14: the elements check a bundle with the checks generated from the zod schema at build
// time (src/bundle/generated/fast-checks.ts), and load zod and the schema (the "zod" chunk) only
// when a bundle has a mistake, to say what it is. This loads the BUILT files, as a school's page
// does (`npm test` builds first), in a page of its own: what it has requested is this file's alone.
describe('zod loads only for a bundle with a mistake', () => {
  const requested = () =>
    performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.startsWith('/dist/chunks/'));
  const zodChunks = () => requested().filter((p) => /\/zod-(?!issues-)[\w-]+\.js$/.test(p));

  it('a page with all five elements and a right bundle never requests zod: not to render, nor for the idle check of the other parts', async function () {
    this.timeout(30000); // five elements, then the idle check: margin for a busy machine
    // What waits for the page to be idle is kept here, and run once the elements show: the first
    // element's check of the parts it does not use (bundle/other-parts.ts) among it.
    const idle: IdleRequestCallback[] = [];
    const realIdle = window.requestIdleCallback;
    window.requestIdleCallback = (cb) => idle.push(cb);
    // That check reads the bundle's text afresh (with a check of its own): counted, to know it ran.
    const parse = JSON.parse;
    let parsed = 0;
    try {
      await allFive();
      expect(idle.length, 'something waits for the page to be idle').to.be.greaterThan(0);
      JSON.parse = (...a: Parameters<typeof JSON.parse>) => (parsed++, parse(...a));
      for (const cb of idle.splice(0)) cb({ didTimeout: false, timeRemaining: () => 50 });
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      window.requestIdleCallback = realIdle;
      JSON.parse = parse;
    }
    expect(parsed, 'the check of the other parts ran').to.be.greaterThan(0);
    expect(zodChunks(), requested().join()).to.deep.equal([]);
    expect(requested().some((p) => /\/zod-issues-/.test(p)), requested().join()).to.equal(false);
  });

  /** The five elements from the built files, on the demo school's bundle: all shown, none with an error. */
  const allFive = async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/esafety-elements.js`);
    const page = await fixture(html`<div>
      <esafety-policy src="/demo/policy.json"></esafety-policy>
      <aup-form audience="staff" src="/demo/policy.json"></aup-form>
      <esafety-quiz age="ks2" src="/demo/policy.json"></esafety-quiz>
      <report-concern src="/demo/policy.json"></report-concern>
      <parent-guidance src="/demo/policy.json"></parent-guidance>
    </div>`);
    const [policy, form, quiz, concern, guidance] = [...page.children];
    await until(policy, 'article, .bundle-error', 15000);
    await until(form, '[part="form"], .bundle-error', 15000);
    await until(quiz, '[part="quiz"], .bundle-error', 15000);
    await until(concern, '[part="form"], .bundle-error', 15000);
    await until(guidance, '[part="cards"], .bundle-error', 15000);
    for (const el of [policy, form, quiz, concern, guidance]) expect($$(el, '.bundle-error'), el.localName).to.have.length(0);
    expect($$(policy, '[part="section"]').length).to.be.greaterThan(10);
  };

  it('an element whose bundle has a mistake loads zod and shows the same error box as ever', async () => {
    const bundle = {
      school: { name: 'Larkspur Lane Primary School' },
      policy: { title: 'Online safety', sections: [{ title: 'Scope', numbered: 'yes' }, { titel: 'Roles' }] },
    };
    const el = await fixture(html`<esafety-policy .bundle=${bundle}></esafety-policy>`);
    await until(el, '.bundle-error');
    const box = $(el, '.bundle-error').textContent!;
    expect(box).to.contain('policy.sections[0].numbered').and.to.contain('should be true or false, but is the text "yes"');
    expect(box).to.contain('policy.sections[1].title').and.to.contain('is missing — this field is required (there is a "titel" here: did you mean "title"?)');
    expect(box).to.contain('2 problems');
    // The same words as the whole-bundle check (validate, the builder) has for it.
    const { validateBundle } = await (await import(/* @vite-ignore */ `${location.origin}/dist/esafety-elements.js`)).loadValidator();
    const whole = validateBundle(bundle);
    for (const i of whole.issues) expect(box).to.contain(i.path).and.to.contain(i.message);
    expect(zodChunks(), requested().join()).to.have.length(1);
  });
});
