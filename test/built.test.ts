import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, $$, pageErrors, policyMistakeShown, until } from './helpers-dom.js';

// Loads the BUILT all-in-one file, as a school's page does from a CDN, so a build that
// Chromium cannot parse (or that lost an element) fails here. Run `npm run build` first
// (`npm test` does).
describe('dist/esafety-elements.js', () => {
  const errors = pageErrors();

  const chunksLoaded = () =>
    performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.startsWith('/dist/chunks/'));

  it('loads small, and brings in <esafety-policy> when the page uses it (and no other element)', async () => {
    const mod = await import(/* @vite-ignore */ `${location.origin}/dist/esafety-elements.js`);
    expect(mod.loadElement).to.be.a('function');
    expect(customElements.get('esafety-policy')).to.equal(undefined);
    const el = await fixture(html`<esafety-policy src="/demo/policy.json"></esafety-policy>`);
    await until(el, 'article');
    expect(customElements.get('esafety-policy')).to.be.a('function');
    const chunks = chunksLoaded();
    expect(chunks.some((p) => /\/esafety-policy-[\w-]+\.js$/.test(p)), chunks.join()).to.equal(true);
    for (const other of ['aup-form', 'esafety-quiz', 'report-concern', 'parent-guidance'])
      expect(chunks.some((p) => p.includes(`/${other}-`)), `${other} loaded too: ${chunks.join()}`).to.equal(false);
    // Nor the words for a mistake in a bundle (this one has none), nor the form code.
    expect(chunks.some((p) => /\/(zod-issues|forms)-/.test(p)), chunks.join()).to.equal(false);
    expect($(el, '[part="title"]').textContent).to.match(/online safety/i);
    expect($$(el, '[part="section"]').length).to.be.greaterThan(10);
    expect($$(el, '[part="clause"]').length).to.be.greaterThan(10);
    expect(errors()).to.deep.equal([]);
  });

  it('a bundle with a mistake loads the words that explain it, and shows them', async () => {
    const { text, border } = await policyMistakeShown();
    expect(text).to.contain('policy.sections[0].numbered').and.to.contain('should be true or false, but is the text "yes"');
    expect(border, 'the error box keeps its own styles').to.equal('3px solid');
    expect(chunksLoaded().some((p) => /\/zod-issues-[\w-]+\.js$/.test(p)), chunksLoaded().join()).to.equal(true);
  });

  it('defines an element made by document.createElement, keeping properties set before it was defined', async () => {
    const el = document.createElement('aup-form');
    el.setAttribute('audience', 'staff');
    el.bundle = { submit: { endpoint: '/api/submissions' } };
    document.body.append(el);
    try {
      await until(el, '[part="form"]');
      expect($$(el, '[part="statement"]').length).to.be.greaterThan(3);
    } finally {
      el.remove();
    }
  });

  it('defines an element added to the page later, and one a script waits for with whenDefined', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    try {
      box.insertAdjacentHTML('beforeend', '<report-concern endpoint="/api/submissions"></report-concern>');
      const el = box.firstElementChild as HTMLElement;
      await customElements.whenDefined('report-concern');
      await until(el, '[part="urgent"]');
      const cls = await Promise.race([customElements.whenDefined('parent-guidance'), new Promise((r) => setTimeout(r, 5000, 'timeout'))]);
      expect(cls).to.be.a('function');
    } finally {
      box.remove();
    }
  });

  it('defines all five', async () => {
    const mod = await import(/* @vite-ignore */ `${location.origin}/dist/esafety-elements.js`);
    await mod.loadAllElements();
    for (const tag of ['esafety-policy', 'aup-form', 'esafety-quiz', 'report-concern', 'parent-guidance'])
      expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('every element keeps all its styles (a minified style sheet that JavaScript cannot read is dropped whole)', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <esafety-policy src="/demo/policy.json"></esafety-policy><aup-form age="ks1" src="/demo/policy.json"></aup-form>
      <esafety-quiz src="/demo/policy.json"></esafety-quiz><report-concern src="/demo/policy.json"></report-concern>
      <parent-guidance src="/demo/policy.json"></parent-guidance>
    </div>`);
    for (const el of page.children) {
      await until(el, '*:not(style):not([part="loading"])');
      const sheets = el.shadowRoot!.adoptedStyleSheets;
      expect(sheets.length, el.localName).to.be.at.least(2);
      for (const s of sheets) expect(s.cssRules.length, `${el.localName}: a style sheet with no rules`).to.be.greaterThan(0);
    }
    const guidance = page.querySelector('parent-guidance')!;
    await until(guidance, '[part="card"]');
    expect(getComputedStyle($(guidance, '[part="cards"]')).display).to.equal('grid');
  });

  it('loads the Welsh strings and the built-in questions from the chunks beside it', async () => {
    const el = await fixture(html`<esafety-quiz age="ks1" lang="cy"></esafety-quiz>`);
    await until(el, '[part="start"]');
    await waitUntil(() => $(el, '[part="start"]').textContent!.trim() === 'Dechrau’r cwis', 'Welsh UI strings');
    $(el, '[part="start"]').click();
    await until(el, '#progress');
    expect(Number($(el, 'progress').getAttribute('max'))).to.be.at.least(12);
    expect($(el, '#progress').textContent).to.match(/^Cwestiwn 1 o \d+$/);
    const chunks = performance.getEntriesByType('resource').filter((r) => r.name.includes('/dist/chunks/'));
    expect(chunks.length).to.be.at.least(2);
    expect(errors()).to.deep.equal([]);
  });

  it('an English page fetches the built-in topics’ cards in English only; an element turned Welsh fetches them in Welsh', async () => {
    const el = await fixture<HTMLElement>(html`<parent-guidance lang="en-GB"></parent-guidance>`);
    await until(el, '[part="card"]');
    const english = chunksLoaded().filter((p) => p.includes('/guidance-topics'));
    expect(english.length, english.join()).to.equal(1);
    expect(english[0]).to.match(/\/guidance-topics\.cards\.en-[\w-]+\.js$/);
    const title = $(el, '[part="card-link"]').textContent!.trim();
    el.setAttribute('lang', 'cy');
    await waitUntil(() => chunksLoaded().some((p) => /\/guidance-topics\.cards-[\w-]+\.js$/.test(p)), 'the Welsh cards were not fetched');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="card-link"]') && $(el, '[part="card-link"]').textContent!.trim() !== title, 'no Welsh titles');
    expect(errors()).to.deep.equal([]);
  });

  it('an English page’s elements show their built-in defaults in English from their own chunks; an element in Welsh fetches them with their Welsh', async () => {
    // Fetched by this test (an earlier one may have had a Welsh element).
    const before = new Set(chunksLoaded());
    const welshDefaults = () => chunksLoaded().filter((p) => /\.welsh-[\w-]+\.js$/.test(p) && !before.has(p));
    const form = await fixture<HTMLElement>(html`<aup-form age="ks1" lang="en-GB" endpoint="/api/submissions"></aup-form>`);
    await until(form, '[part="statement"]');
    expect($(form, '[part="title"]').textContent).to.contain('My online promise');
    expect(welshDefaults(), 'no Welsh text fetched for an English form').to.deep.equal([]);
    form.setAttribute('lang', 'cy');
    await waitUntil(() => welshDefaults().some((p) => p.includes('/aup-form.welsh-')), 'the form’s Welsh defaults were not fetched');
    await waitUntil(() => form.shadowRoot!.querySelector('[part="title"]')?.textContent?.includes('Fy addewid ar-lein'), 'the built-in agreement is not in Welsh');
    expect($$(form, '[part="statement"]').some((s) => s.textContent!.includes('oedolyn')), 'its statements in Welsh').to.equal(true);

    // In Welsh from the start: the concern form's outside routes say what they do in Welsh.
    const report = await fixture<HTMLElement>(html`<report-concern lang="cy" endpoint="/api/submissions"></report-concern>`);
    await until(report, '[part="route"]');
    expect(welshDefaults().some((p) => p.includes('/report-concern.welsh-')), 'its Welsh defaults fetched').to.equal(true);
    expect($$(report, '[part="route"]').map((r) => r.textContent).join(' ')).to.contain('Rhoi gwybod i’r Asiantaeth Troseddu Genedlaethol');
    expect(errors()).to.deep.equal([]);
  });

  it('loads the whole-bundle check on request (the WordPress settings page uses it): the same messages as validate', async () => {
    const mod = await import(/* @vite-ignore */ `${location.origin}/dist/esafety-elements.js`);
    const { parseBundleText } = await mod.loadValidator();
    const bad = parseBundleText('{ "policy": { "title": "Online safety", "sections": [] } }');
    expect(bad.ok).to.equal(false);
    expect(bad.issues.map((i: { path: string; message: string }) => `${i.path}: ${i.message}`)).to.deep.equal(['policy.sections: needs at least one section']);
    const broken = parseBundleText('{ "policy": [1, }');
    expect(broken.ok).to.equal(false);
    expect(broken.issues[0].message).to.match(/^is not valid JSON/);
    expect(parseBundleText('{ "school": { "name": "Larkspur Lane Primary School" } }').ok).to.equal(true);
  });

  it('a form given the bundle the whole-bundle check resolved picks its agreement as from the bundle itself', async () => {
    // The check has its own copy of the built-in agreements (build/module-copies.mjs): the
    // form must still know them for built-in ones, not take them for the school's own.
    const mod = await import(/* @vite-ignore */ `${location.origin}/dist/esafety-elements.js`);
    const { parseBundleText } = await mod.loadValidator();
    const checked = parseBundleText(await (await fetch('/test/fixtures/real-structure.json')).text());
    expect(checked.ok, JSON.stringify(checked.issues)).to.equal(true);
    // The school's agreements cover staff but not parents, and it did not ask for the built-in one.
    const parent = await fixture<HTMLElement & { bundle: unknown }>(html`<aup-form audience="parent" .bundle=${checked.bundle}></aup-form>`);
    await until(parent, 'form, .bundle-error');
    expect(!!parent.shadowRoot!.querySelector('form'), 'the built-in parents’ agreement was shown').to.equal(false);
    expect($(parent, '.bundle-error').textContent).to.contain('agreementFallback');
    const staff = await fixture<HTMLElement & { bundle: unknown }>(html`<aup-form audience="staff" .bundle=${checked.bundle}></aup-form>`);
    await until(staff, 'form');
    const own = checked.bundle.agreements.find((a: { audiences?: string[] }) => a.audiences?.includes('staff'));
    expect($(staff, 'form').textContent).to.contain(own.title.en ?? own.title);
    expect(errors()).to.deep.equal([]);
  });

  it('can be loaded twice on one page without throwing', async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/esafety-elements.js?second-copy`);
    expect(errors()).to.deep.equal([]);
    const el = await fixture(html`<esafety-policy src="/test/fixtures/small.json"></esafety-policy>`);
    await until(el, 'article');
  });

  it('requests nothing from any other site', () => {
    const hosts = performance.getEntriesByType('resource').map((r) => new URL(r.name).origin);
    expect([...new Set(hosts)]).to.deep.equal([location.origin]);
  });

  it('ships the JSON Schema generated from the zod schema', async () => {
    const schema = await (await fetch('/dist/policy-bundle.schema.json')).json();
    expect(schema.title).to.equal('esafety-elements policy bundle');
    expect(Object.keys(schema.properties)).to.include.members(['school', 'policy', 'agreements', 'quiz', 'concern', 'guidance', 'submit']);
    const policy = schema.properties.policy;
    expect(policy.required).to.include.members(['title', 'sections']);
    // Issue 11's fields (SHAPE: the importer of issue 12 writes them).
    expect(Object.keys(policy.properties)).to.include.members(['numbering', 'status', 'meeting', 'reviewCycleMonths', 'signOff']);
    expect(Object.keys(schema.properties)).to.include('agreementFallback');
    expect(Object.keys(schema.properties.agreements.items.properties)).to.include.members(['audience', 'audiences']);
    expect(Object.keys(schema.$defs)).to.include.members(['Block', 'Section']);
    expect(Object.keys(schema.$defs.Section.properties)).to.include.members(['number', 'numbered', 'label']);
  });
});
