import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as z from 'zod/mini';
import { bundleParts, checkedWhole, policyVersion } from '../src/bundle/parts.js';
import { Agreement } from '../src/bundle/schema/agreements.js';
import { Submit } from '../src/bundle/schema/submit.js';
import { validateBundle } from '../src/bundle/validate.js';
import { explained } from '../src/bundle/explain.js';
import { partsCheck } from '../src/bundle/fast-parts.js';
import '../src/aup-form/index.js';
import '../src/esafety-policy/index.js';
import '../src/parent-guidance/index.js';
import '../src/report-concern/index.js';
import { $, $$, until } from './helpers-dom.js';

/**
 * Each element checks only the parts of the bundle it uses: a mistake in one part (here the
 * guidance topics) stops the element that uses that part, with the usual error box, and no
 * other: those note it in the console. The whole-bundle check (validateBundle: `validate`, the
 * builder) still reports it.
 */
const bundle = () => ({
  school: { name: 'Larkspur Lane Primary School', contacts: [{ id: 'dsl', role: 'dsl', name: 'Ms Rowan Hale' }] },
  submit: { endpoint: '/api/submissions' },
  policy: { title: 'Online safety', sections: [{ title: 'Who we are', blocks: [{ type: 'contacts', ids: ['dsl'] }] }] },
  agreements: [
    { id: 'staff', audience: 'staff', title: 'Staff agreement', statements: [{ id: 's1', text: 'I lock my screen when I leave it.' }] },
  ],
  // The mistake: a topic with no title, and a block type that does not exist.
  guidance: { topics: [{ id: 'gaming', summary: 'Games', blocks: [{ type: 'paragraf', text: 'x' }] }] },
});

describe('each element checks the parts it uses', () => {
  let warnings: string[];
  let errors: string[];
  const { warn, error } = console;
  beforeEach(() => {
    warnings = [];
    errors = [];
    console.warn = (...a: unknown[]) => void warnings.push(a.join(' '));
    console.error = (...a: unknown[]) => void errors.push(a.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    console.error = error;
  });

  it('the whole-bundle check still finds the mistake in the guidance topics', () => {
    const r = validateBundle(bundle());
    expect(r.ok).to.equal(false);
    const paths = !r.ok ? r.issues.map((i) => i.path) : [];
    expect(paths.some((p) => p.startsWith('guidance.topics[0]')), paths.join()).to.equal(true);
  });

  it('<aup-form> still shows its agreement, <esafety-policy> its policy, <report-concern> its form', async () => {
    const b = bundle();
    const form = await fixture(html`<aup-form audience="staff" .bundle=${b}></aup-form>`);
    await until(form, '[part="form"], .bundle-error');
    expect($$(form, '.bundle-error')).to.have.length(0);
    expect($(form, '[part="statement"]').textContent).to.contain('lock my screen');
    const policy = await fixture(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    await until(policy);
    expect($$(policy, '.bundle-error')).to.have.length(0);
    expect($(policy, '[part="contact"]').textContent).to.contain('Ms Rowan Hale');
    const concern = await fixture(html`<report-concern .bundle=${b}></report-concern>`);
    await until(concern, '[part="form"], .bundle-error');
    expect($$(concern, '.bundle-error')).to.have.length(0);
    expect(errors).to.deep.equal([]);
    // Once the page is idle, the first element with this bundle notes the mistake in the console
    // (once per bundle, not once per element); fields of parts are not reported as unknown.
    await waitUntil(() => warnings.length > 0, 'no console note about the other parts', { timeout: 8000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<aup-form>: parts of the policy bundle \(the bundle property\) that this element does not use have/);
    expect(warnings[0]).to.contain('guidance.topics[0]');
  });

  it('<parent-guidance> shows the error box, naming the topic', async () => {
    const el = await fixture(html`<parent-guidance .bundle=${bundle()}></parent-guidance>`);
    await until(el, '[part="guidance"], .bundle-error');
    const box = $(el, '.bundle-error');
    expect(box.textContent).to.contain('guidance.topics[0]');
    expect(errors.join('\n')).to.contain('<parent-guidance>');
  });

  it('a mistake in a part an element uses still stops it, at the right path', async () => {
    const b = bundle();
    (b.agreements[0].statements as unknown[]) = [];
    const el = await fixture(html`<aup-form audience="staff" .bundle=${b}></aup-form>`);
    await until(el, '[part="form"], .bundle-error');
    expect($(el, '.bundle-error').textContent).to.contain('agreements[0].statements');
  });

  it('<aup-form> reads only the version of the policy: a broken policy does not stop it, a bad version does', async () => {
    const b = { ...bundle(), policy: { version: '2026.1', sections: 'not a list', titel: 'typo' } };
    const ok = await fixture(html`<aup-form audience="staff" .bundle=${b}></aup-form>`);
    await until(ok, '[part="form"], .bundle-error');
    expect($$(ok, '.bundle-error')).to.have.length(0);
    expect(warnings.filter((w) => w.includes('policy.titel'))).to.deep.equal([]);
    const bad = await fixture(html`<aup-form audience="staff" .bundle=${{ ...bundle(), policy: { version: '' } }}></aup-form>`);
    await until(bad, '[part="form"], .bundle-error');
    expect($(bad, '.bundle-error').textContent).to.contain('policy.version');
  });

  it('a bundle nested too deeply for the checks shows an error, not "Loading…" for ever', async () => {
    let section: Record<string, unknown> = { title: 'Deepest' };
    for (let i = 0; i < 50000; i++) section = { title: `Level ${i}`, sections: [section] };
    const el = await fixture(html`<esafety-policy .bundle=${{ policy: { title: 'Deep', sections: [section] } }}></esafety-policy>`);
    await until(el);
    // Refused by the depth limit, with the path of the first section too deep (not a stack overflow).
    expect($(el, '.bundle-error').textContent).to.contain('nested 21 levels deep');
  });

  it('an element refuses nesting too deep at once, and says where once the code that finds it has loaded (depth-issues.ts)', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100; i++) deep = [deep];
    const b = { ...bundle(), extra: deep };
    const r = partsCheck(['agreements', 'submit'])(b);
    expect(r.ok, 'refused before anything walks it').to.equal(false);
    const where = await explained(r);
    expect(!where.ok && where.issues.map((i) => i.path)).to.deep.equal([`extra${'[0]'.repeat(63)}`]);
    expect(!where.ok && where.issues[0].message).to.contain('is nested more than 64 levels deep');
    // The same as the whole-bundle check says, at once.
    expect(!where.ok && where.issues).to.deep.equal(!validateBundle(b).ok && (validateBundle(b) as { issues: unknown }).issues);
  });

  it('an element given a bundle that holds itself (in a field it does not know) shows it, as the whole-bundle check passes it', async () => {
    const { guidance: _mistake, ...b }: Record<string, unknown> = bundle();
    b.again = b;
    expect(validateBundle(b).ok).to.equal(true);
    const el = await fixture(html`<aup-form audience="staff" .bundle=${b}></aup-form>`);
    await until(el, '[part="form"], .bundle-error');
    expect($$(el, '.bundle-error')).to.have.length(0);
    expect($(el, '[part="title"]').textContent).to.contain('Staff');
  });

  it('a bundle with only the parts an element uses leaves nothing for the check of the other parts', () => {
    const check = bundleParts(() => ({ agreements: z.array(Agreement), submit: Submit, policy: policyVersion() }));
    const { submit, agreements } = bundle();
    const whole = (b: unknown) => {
      const r = check(b);
      expect(r.ok, JSON.stringify(r)).to.equal(true);
      return checkedWhole(r);
    };
    expect(whole({ submit, agreements })).to.equal(true);
    expect(whole({ version: '3', submit, agreements, policy: { version: '2026.1' } })).to.equal(true);
    // More of the policy than its version, or a part the element does not use: there is more to check.
    expect(whole({ submit, agreements, policy: { version: '2026.1', title: 'Online safety' } })).to.equal(false);
    expect(whole({ submit, agreements, guidance: { topics: [] } })).to.equal(false);
    expect(whole(bundle())).to.equal(false);
  });

  it('an unknown top-level field is reported by every element (likely a typo of a part)', async () => {
    const b = { ...bundle(), polcy: {} };
    const el = await fixture(html`<aup-form audience="staff" .bundle=${b}></aup-form>`);
    await until(el, '[part="form"], .bundle-error');
    expect(warnings.join('\n')).to.match(/polcy[\s\S]*did you mean "policy"/);
  });
});
