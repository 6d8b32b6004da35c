import { expect } from '@open-wc/testing';
import { validateBundle } from '../src/bundle/validate.js';

// The README's sample bundle is what a new school copies first: it must be valid.
describe('README', () => {
  it('its sample bundle is valid, with no warnings', async () => {
    const md = await (await fetch('/README.md')).text();
    const samples = [...md.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
    expect(samples).to.have.length.greaterThan(0);
    for (const s of samples) {
      const r = validateBundle(s);
      expect(r.ok, JSON.stringify(!r.ok && r.issues)).to.equal(true);
      expect(r.warnings).to.deep.equal([]);
    }
  });

  it('gives the exact Content-Security-Policy the suite tests the built file under (test/csp.test.ts)', async () => {
    const md = await (await fetch('/README.md')).text();
    const header = (await fetch('/test/fixtures/csp-page.html')).headers.get('content-security-policy');
    expect(header).to.contain("trusted-types lit-html");
    expect(md).to.contain(`Content-Security-Policy: ${header}\n`);
  });
});
