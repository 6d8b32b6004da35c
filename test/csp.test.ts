import { expect, waitUntil } from '@open-wc/testing';
import { $, byId, clickId, policyMistakeShown, typeIn } from './helpers-dom.js';
import { control, records } from './receiver-client.js';

// The BUILT file on a page served with a strict Content-Security-Policy and Trusted Types
// (build/csp.mjs sets the header on test/fixtures/csp-page.html): every element renders and
// sends with no violation at all. Run `node build/build.mjs` first (`npm test` does).
const TAGS = ['esafety-policy', 'aup-form', 'esafety-quiz', 'report-concern', 'parent-guidance'];

interface Watched {
  cspViolations: { directive: string; blocked: string; sample: string }[];
  pageErrors: string[];
  bundleErrors: { tag: string; issues: { path: string; message: string }[] }[];
}

type El = HTMLElement & { updateComplete: Promise<unknown> };

/** Open the CSP page in an iframe with the given policy variant; resolves with its window and document. */
async function openPage(variant: string) {
  const f = document.createElement('iframe');
  f.style.width = '900px';
  f.style.height = '700px';
  f.src = `/test/fixtures/csp-page.html?csp=${variant}`;
  document.body.append(f);
  await new Promise((r) => f.addEventListener('load', r, { once: true }));
  const w = f.contentWindow as Window & Watched;
  const d = f.contentDocument!;
  return { f, w, d, el: (tag: string) => d.querySelector(tag) as El };
}

const shows = async (el: Element, selector: string) =>
  waitUntil(() => el.shadowRoot?.querySelector(selector), `<${el.localName}> shows no ${selector}`, { timeout: 8000 });

describe('strict Content-Security-Policy and Trusted Types (built file)', function () {
  this.timeout(30000); // a whole page in an iframe, five elements, two sends: slow on a busy machine
  it('the test page really is served with the strict policy', async () => {
    const res = await fetch('/test/fixtures/csp-page.html');
    expect(res.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
  });

  it('all five elements render, and an agreement and a concern are sent, with 0 violations', async () => {
    await control('reset');
    const { f, w, el } = await openPage('strict');
    try {
      await shows(el('esafety-policy'), 'article [part="section"]');
      await shows(el('aup-form'), 'form [part="statement"]');
      await shows(el('esafety-quiz'), '[part="start"]');
      await shows(el('report-concern'), 'form');
      await shows(el('parent-guidance'), '[part="card"]');

      // The quiz: start it and answer one question (buttons, focus moves, feedback).
      const quiz = el('esafety-quiz');
      $(quiz, '[part="start"]').click();
      await shows(quiz, '#progress');

      // An agreement: tick everything, fill every name, sign, send.
      const aup = el('aup-form');
      await clickId(aup, 'agree-all');
      for (const input of aup.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="text"]')) await typeIn(aup, input.id, 'Ava');
      await clickId(aup, 'read');
      const sentAup = new Promise<CustomEvent>((r) => aup.addEventListener('esafety-submitted', (e) => r(e as CustomEvent), { once: true }));
      $(aup, '[part="submit"]').click();

      // A concern from a parent.
      const rc = el('report-concern');
      await clickId(rc, byId(rc, 'category').value === 'contact' ? 'category' : 'category.contact');
      await typeIn(rc, 'what', 'Someone in a game chat asked my child for photos.');
      await clickId(rc, 'anonymous');
      const sentRc = new Promise<CustomEvent>((r) => rc.addEventListener('esafety-submitted', (e) => r(e as CustomEvent), { once: true }));
      $(rc, '[part="submit"]').click();

      const ids = [(await sentAup).detail.envelope.id, (await sentRc).detail.envelope.id];
      const got = (await records()).map((r) => r.envelope.id);
      expect(got).to.include.members(ids);
      expect(w.cspViolations).to.deep.equal([]);
      expect(w.pageErrors).to.deep.equal([]);
      expect(w.bundleErrors).to.deep.equal([]);
    } finally {
      f.remove();
    }
  });

  it('the elements need no style-src: with style-src \'none\' they are still styled, with 0 violations', async () => {
    const { f, w, el } = await openPage('no-styles');
    try {
      const policy = el('esafety-policy');
      await shows(policy, 'article');
      expect(policy.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(getComputedStyle(policy).display).to.equal('block'); // from the element's own :host style
      expect(w.cspViolations).to.deep.equal([]);
    } finally {
      f.remove();
    }
  });

  it('a bundle with a mistake: the error box is shown with its own styles, with 0 violations', async () => {
    const { f, w, d } = await openPage('strict');
    try {
      const { text, border } = await policyMistakeShown(d);
      expect(text).to.contain('policy.sections[0].numbered');
      expect(border).to.equal('3px solid');
      expect(w.cspViolations).to.deep.equal([]);
    } finally {
      f.remove();
    }
  });

  it("trusted-types 'none': each element says why it cannot be shown, and fires esafety-bundle-error", async () => {
    const { f, w, el } = await openPage('tt-none');
    try {
      for (const tag of TAGS) {
        await shows(el(tag), '[part="error"]');
        // In the element's language: <parent-guidance lang="cy"> speaks Welsh.
        expect(el(tag).shadowRoot!.textContent).to.contain(tag === 'parent-guidance' ? 'polisi Trusted Types “lit-html”' : 'Trusted Types policy “lit-html”');
      }
      expect(w.cspViolations.map((v) => `${v.directive} ${v.sample}`)).to.deep.equal(['trusted-types lit-html']);
      expect(w.bundleErrors.map((b) => b.tag).sort()).to.deep.equal([...TAGS].sort());
      expect(w.bundleErrors[0].issues[0].message).to.contain('add lit-html to its trusted-types list');
    } finally {
      f.remove();
    }
  });
});
