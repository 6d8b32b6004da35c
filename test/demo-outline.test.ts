import { expect, html } from '@open-wc/testing';
import { $$, settled } from './helpers.js';

/** The demo bundle renders the same headings, numbers and anchors as before issue 11. */
describe('demo bundle outline', () => {
  it('keeps its headings, clause numbers and contents', async () => {
    const bundle = await (await fetch('/demo/policy.json')).json();
    const el = await settled(html`<esafety-policy .bundle=${bundle}></esafety-policy>`);
    const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
    const outline = {
      headings: $$(el, '[part="heading"]').map((h) => [h.localName, h.id, squash(h.textContent)]),
      clauses: $$(el, '[part="clause"]').map((c) => [c.id, squash(c.querySelector('.num')!.textContent)]),
      toc: $$(el, '[part="contents"] a').map((a) => [a.getAttribute('href'), squash(a.textContent)]),
      dates: $$(el, '[part="dates"] div').map((d) => squash(d.textContent)),
    };
    const expected = await (await fetch('/test/fixtures/demo-outline.json')).json();
    if (!expected.headings) console.log(JSON.stringify(outline));
    expect(outline).to.deep.equal(expected);
  });
});
