import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/esafety-policy/index.js';

describe('smoke', () => {
  it('renders a small bundle', async () => {
    const el = await fixture(html`<esafety-policy src="/test/fixtures/small.json"></esafety-policy>`);
    await waitUntil(() => el.shadowRoot!.querySelector('article'));
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.contain('Online safety policy');
  });
});
