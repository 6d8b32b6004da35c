import { configureLocalization } from '@lit/localize';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, $$, pageErrors, policyMistakeShown, until } from './helpers-dom.js';

// An app that localizes its own Lit components with @lit/localize, which may be configured only
// once per copy: the elements carry a copy of their own (vite.config.ts), so both work.
const app = configureLocalization({ sourceLocale: 'en', targetLocales: ['fr'], loadLocale: async () => ({ templates: {} }) });

// Loads the BUILT npm entries (dist/npm, `vite build --mode npm`) as an app's bundler or dev
// server does: lit, @lit/localize and zod are the app's own (here the test server resolves them
// from node_modules), the chunks come from dist/npm/chunks. A build an app cannot run, an entry
// that registers the wrong elements or a chunk left out fails here. Run `npm run build` first
// (`npm test` does). test/node/package.test.ts checks the same files' types and packing.
describe('dist/npm (the package for npm users)', () => {
  const tags = ['esafety-policy', 'aup-form', 'esafety-quiz', 'report-concern', 'parent-guidance'];
  const defined = () => tags.filter((t) => customElements.get(t));
  const errors = pageErrors();

  // In this order: one element's entry first, then the whole package.
  it("esafety-elements/aup-form.js registers the form alone, and it works", async () => {
    const mod = await import(/* @vite-ignore */ `${location.origin}/dist/npm/aup-form.js`);
    expect(mod.AupForm).to.be.a('function');
    expect(defined()).to.deep.equal(['aup-form']);
    const el = await fixture(html`<aup-form audience="staff" .bundle=${{ school: { name: 'Larkspur Lane Primary School' }, submit: { endpoint: '/api/submissions' } }}></aup-form>`);
    await until(el, '[part="form"]');
    expect($$(el, '[part="statement"]').length).to.be.greaterThan(3);
    expect($(el, '[part="fieldset"] legend').textContent).to.equal('What I agree to');
    expect(errors()).to.deep.equal([]);
  });

  it('esafety-elements registers all five; the policy renders from its address', async () => {
    const mod = await import(/* @vite-ignore */ `${location.origin}/dist/npm/index.js`);
    for (const cls of ['EsafetyPolicy', 'AupForm', 'EsafetyQuiz', 'ReportConcern', 'ParentGuidance']) expect(mod[cls], cls).to.be.a('function');
    expect(defined()).to.deep.equal(tags);
    const el = await fixture(html`<esafety-policy src="/demo/policy.json"></esafety-policy>`);
    await until(el, 'article');
    expect($$(el, '[part="section"]').length).to.be.greaterThan(10);
    expect(errors()).to.deep.equal([]);
  });

  it('a bundle with a mistake: the app\'s zod explains it, naming where', async () => {
    const { text, border } = await policyMistakeShown();
    expect(text).to.contain('policy.sections[0].numbered');
    expect(border, 'the error box keeps its own styles').to.equal('3px solid');
  });

  it('a form in Welsh loads its Welsh from dist/npm/chunks', async () => {
    const el = await fixture(html`<aup-form lang="cy" audience="staff" endpoint="/api/submissions"></aup-form>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="fieldset"] legend')?.textContent === 'Beth rwy’n cytuno iddo', 'the form is not in Welsh', { timeout: 5000 });
    const chunks = performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.startsWith('/dist/npm/chunks/'));
    expect(chunks.some((p) => /\/cy-[\w-]+\.js$/.test(p)), chunks.join()).to.equal(true);
    // The app's own localization is untouched, and still its own to change.
    expect(app.getLocale()).to.equal('en');
    await app.setLocale('fr');
    expect(app.getLocale()).to.equal('fr');
    expect(errors()).to.deep.equal([]);
  });
});
