import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { DEFAULT_CONCERN } from '../src/bundle/defaults/concern.js';
import { partsCheck } from '../src/bundle/fast-parts.js';
import type { Defaults } from '../src/bundle/resolve.js';
import { ReportConcern } from '../src/report-concern/index.js';
import { $, $$, until } from './helpers.js';

// An element in Welsh checks its bundle again with its built-in defaults' Welsh text, which its
// chunk leaves out (partsCheck's `welsh`; in dist/ see test/built.test.ts). Here a concern form
// whose built-in routes are in English only, as its chunk has them, with a Welsh loader the test
// controls: what it shows when that file cannot be loaded, and when it can on a later try.

const PARTS = ['school', 'concern', 'submit', 'policyVersion'] as const;
/** The built-in defaults as the chunk has them: one route, its text in English only. */
const ENGLISH: Defaults = { concern: { ...DEFAULT_CONCERN, routes: [{ id: 'helpline', name: 'Larkspur helpline', description: { en: 'Talk to someone today.' } }] } };
const WELSH: Defaults = { concern: { ...DEFAULT_CONCERN, routes: [{ id: 'helpline', name: 'Larkspur helpline', description: { en: 'Talk to someone today.', cy: 'Siarad â rhywun heddiw.' } }] } };

let n = 0;
/** A concern form whose Welsh defaults come from `load`, each call counted. */
function formWith(load: () => Promise<{ DEFAULTS: Defaults }>) {
  const tag = `welsh-defaults-${++n}`;
  const calls = { n: 0 };
  customElements.define(
    tag,
    class extends ReportConcern {
      protected static override check = partsCheck(PARTS, ENGLISH, () => (calls.n++, load()));
    },
  );
  return { tag: unsafeStatic(tag), calls };
}

const description = (el: Element) => $$(el, '[part="route"]').map((r) => r.textContent!.replace(/\s+/g, ' ')).join(' ');

describe('built-in defaults in Welsh', () => {
  let errors: string[];
  const original = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...a: unknown[]) => void errors.push(a.join(' '));
  });
  afterEach(() => (console.error = original));

  it('an element in English does not load them', async () => {
    const { tag, calls } = formWith(() => Promise.resolve({ DEFAULTS: WELSH }));
    const el = await fixture(staticHtml`<${tag} lang="en-GB" endpoint="/api/submissions"></${tag}>`);
    await until(el, '[part="route"]');
    expect(description(el)).to.contain('Talk to someone today.');
    expect(calls.n).to.equal(0);
  });

  it('an element in Welsh shows them in Welsh; one that turns Welsh loads them then', async () => {
    const { tag, calls } = formWith(() => Promise.resolve({ DEFAULTS: WELSH }));
    const cy = await fixture(staticHtml`<${tag} lang="cy" endpoint="/api/submissions"></${tag}>`);
    await until(cy, '[part="route"]');
    expect(description(cy)).to.contain('Siarad â rhywun heddiw.');
    const en = await fixture(staticHtml`<${tag} lang="en-GB" endpoint="/api/submissions"></${tag}>`);
    await until(en, '[part="route"]');
    expect(description(en)).to.contain('Talk to someone today.');
    en.setAttribute('lang', 'cy');
    await waitUntil(() => description(en).includes('Siarad â rhywun heddiw.'), 'not in Welsh after turning Welsh');
    // Loaded once for the page: the second element took the first one's.
    expect(calls.n).to.equal(1);
    expect(errors).to.deep.equal([]);
  });

  it('when they cannot be loaded, the element shows them in English, says why in the console, and the next element tries again', async () => {
    let fail = true;
    const { tag, calls } = formWith(() => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /chunks/report-concern.welsh-x.js')) : Promise.resolve({ DEFAULTS: WELSH })));
    const first = await fixture(staticHtml`<${tag} lang="cy" endpoint="/api/submissions"></${tag}>`);
    await until(first, '[part="route"]');
    // The form works, in Welsh, with its routes' own text in English: not an error box.
    expect(first.shadowRoot!.querySelector('[part="error"], .bundle-error')).to.equal(null);
    expect($(first, '[part="submit"]').textContent).not.to.contain('Send');
    expect(description(first)).to.contain('Talk to someone today.');
    expect(errors.join('\n')).to.contain('its built-in text is in English: its Welsh could not be loaded (TypeError: Failed to fetch dynamically imported module');
    expect(errors.join('\n')).to.contain('put the whole dist folder on the server');
    fail = false;
    const second = await fixture(staticHtml`<${tag} lang="cy" endpoint="/api/submissions"></${tag}>`);
    await until(second, '[part="route"]');
    expect(description(second)).to.contain('Siarad â rhywun heddiw.');
    expect(calls.n).to.equal(2);
  });
});
