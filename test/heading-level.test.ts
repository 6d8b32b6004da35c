import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { $$, until } from './helpers.js';
import { ENDPOINT } from './receiver-client.js';

// Every element takes `heading-level`, so it fits the outline of the page it is pasted into
// (a CMS page whose own headings go to h3 wants the element's to start at h4).
const headings = (el: Element) => $$(el, 'h1, h2, h3, h4, h5, h6').map((h) => h.localName);

describe('heading-level', () => {
  const cases: [string, () => ReturnType<typeof html>, string][] = [
    ['esafety-policy', () => html`<esafety-policy heading-level="4" src="/test/fixtures/small.json"></esafety-policy>`, 'article'],
    ['aup-form', () => html`<aup-form heading-level="4" age="ks1" endpoint=${ENDPOINT}></aup-form>`, 'form'],
    ['esafety-quiz', () => html`<esafety-quiz heading-level="4" age="ks1"></esafety-quiz>`, '.quiz'],
    ['report-concern', () => html`<report-concern heading-level="4" endpoint=${ENDPOINT}></report-concern>`, 'form'],
    ['parent-guidance', () => html`<parent-guidance heading-level="4"></parent-guidance>`, '[part="card"], article'],
  ];

  for (const [tag, tpl, ready] of cases)
    it(`<${tag}> starts its headings at the level given, and goes no higher`, async () => {
      const el = await fixture(tpl());
      await until(el, ready);
      const found = headings(el);
      expect(found.length, 'has headings').to.be.greaterThan(0);
      expect(found[0], 'first heading').to.equal('h4');
      for (const h of found) expect(Number(h[1]), h).to.be.at.least(4);
    });

  it('the error box and a receipt follow it too', async () => {
    const broken = await fixture(html`<esafety-quiz heading-level="3" .bundle=${{ quiz: { count: 0 } }}></esafety-quiz>`);
    await until(broken, '.bundle-error');
    expect(headings(broken)).to.deep.equal(['h3']);

    const form = await fixture(html`<aup-form heading-level="3" audience="visitor" endpoint=${ENDPOINT}></aup-form>`);
    await until(form, 'form');
    const root = form.shadowRoot!;
    (root.getElementById('agree-all') ?? root.querySelector<HTMLInputElement>('input[type="checkbox"]'))!.click();
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type="text"]:not([tabindex="-1"])')) {
      input.value = 'Sam Visitor';
      input.dispatchEvent(new InputEvent('input'));
    }
    root.querySelector<HTMLInputElement>('#read')!.click();
    root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await until(form, '[part="receipt"], .error-summary');
    expect(root.querySelector('.error-summary')?.textContent ?? '', 'no problem with the form').to.equal('');
    expect(headings(form)).to.deep.equal(['h3', 'h4']);
  });
});
