import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseBundleText, validateBundle, type BundleResult } from '../src/bundle/validate.js';
import type { BundleIssue } from '../src/bundle/types.js';
import '../src/esafety-policy/index.js';
import { base, broken, ROWS } from './fixtures/broken-bundles.js';

/**
 * Validator and engine jargon a web admin should never see. "expected" is matched as zod uses
 * it ("expected string, received number"), not the English word.
 */
const JARGON: [RegExp, string][] = [
  [/invalid (input|key|option|type|union|value|element|format)/i, 'zod "Invalid …"'],
  [/\bexpected (a |an )?(string|number|boolean|object|array|record|int|nonoptional|never|unknown|bigint|date)\b/i, 'zod "expected <type>"'],
  [/\breceived\b/i, 'zod "received"'],
  [/zod/i, 'zod'],
  [/\bundefined\b/, '"undefined"'],
  [/\[object Object\]/, '[object Object]'],
  [/\bNaN\b/, 'NaN'],
  [/\bnonoptional\b|\bunion\b|\bdiscriminator\b/i, 'schema term'],
];

function run(bundle: unknown): BundleResult {
  return typeof bundle === 'string' ? parseBundleText(bundle) : validateBundle(bundle);
}

const show = (issues: readonly BundleIssue[]) => issues.map((i) => `${i.path}: ${i.message}`).join('\n    ');

describe('bundle errors: the corpus', () => {
  it('has at least 30 broken bundles and the base bundle is valid', () => {
    expect(ROWS.length).to.be.at.least(30);
    const r = validateBundle(base());
    expect(r.ok, r.ok ? '' : show(r.issues)).to.equal(true);
    expect(r.warnings).to.deep.equal([]);
  });

  for (const row of ROWS) {
    it(`${row.name} → ${row.path}`, () => {
      const r = run(row.bundle);
      expect(r.ok, `expected the bundle to be rejected`).to.equal(false);
      if (r.ok) return;
      const at = r.issues.filter((i) => i.path === row.path);
      expect(at, `no issue at ${row.path}; got:\n    ${show(r.issues)}`).to.not.be.empty;
      const words = Array.isArray(row.words) ? row.words : [row.words];
      const ok = at.find((i) => words.every((w) => i.message.toLowerCase().includes(w.toLowerCase())));
      expect(ok, `no message at ${row.path} contains ${JSON.stringify(words)}; got:\n    ${show(r.issues)}`).to.exist;
    });
  }
});

describe('bundle errors: plain English', () => {
  it('no message (issue or warning) uses validator jargon', () => {
    const bad: string[] = [];
    for (const row of ROWS) {
      const r = run(row.bundle);
      const all = [...(r.ok ? [] : r.issues), ...r.warnings];
      for (const i of all) {
        for (const [re, what] of JARGON) if (re.test(i.message)) bad.push(`[${row.name}] ${i.path}: ${i.message}  (${what})`);
        if (!i.path) bad.push(`[${row.name}] empty path: ${i.message}`);
        if (!i.message.trim()) bad.push(`[${row.name}] empty message at ${i.path}`);
      }
    }
    expect(bad, `messages with jargon:\n  ${bad.join('\n  ')}`).to.deep.equal([]);
  });

  it('JSON syntax errors give a line and column, not the engine\'s character offset', () => {
    for (const row of ROWS.filter((r) => typeof r.bundle === 'string')) {
      const r = run(row.bundle);
      if (r.ok) continue;
      for (const i of r.issues) {
        // "at line 4, column 3" is what an admin can find in an editor; "at position 36" is
        // Chrome's own wording, repeated after it, and means nothing to them.
        expect(i.message, `${row.name}: ${i.message}`).to.not.match(/\bposition \d+/);
      }
    }
  });

  it('messages are short enough to read in a box', () => {
    for (const row of ROWS) {
      const r = run(row.bundle);
      if (!r.ok) for (const i of r.issues) expect(i.message.length, `${row.name}: ${i.message}`).to.be.below(400);
    }
  });
});

describe('bundle errors: warnings', () => {
  it('the school\'s own numbers without "numbering": "given": one warning, where the first is', () => {
    const r = validateBundle(
      broken((x) => {
        x.policy.sections[1].sections[0].blocks[0].number = '6.1';
        x.policy.sections[1].number = '4';
      }),
    );
    expect(r.ok).to.equal(true);
    const w = r.warnings.filter((i) => i.message.includes('"numbering": "given"'));
    expect(w.map((i) => i.path), show(r.warnings)).to.deep.equal(['policy.sections[1].number']);
    expect(w[0].message).to.contain('numbered by position');
    const given = validateBundle(broken((x) => Object.assign(x.policy, { numbering: 'given' }) && (x.policy.sections[1].number = '4')));
    expect(given.warnings).to.deep.equal([]);
    const none = validateBundle(broken((x) => Object.assign(x.policy, { numbering: 'none', appendices: [{ label: 'Appendix 4', title: 'Forms' }] })));
    expect(none.warnings.map((i) => [i.path, i.message.includes('"numbering": "none"')])).to.deep.equal([['policy.appendices[0].label', true]]);
  });

  it('an unknown field "titel" in a section is a warning with a suggestion, and the bundle still validates', () => {
    const b = broken((x) => {
      x.policy.sections[1].titel = x.policy.sections[1].title;
    });
    const r = validateBundle(b);
    expect(r.ok, r.ok ? '' : show(r.issues)).to.equal(true);
    const w = r.warnings.find((i) => i.path === 'policy.sections[1].titel');
    expect(w, show(r.warnings)).to.exist;
    expect(w!.message).to.contain('did you mean "title"');
  });

  it('a misspelt required field is an error at the right path that names the likely typo', () => {
    const b = broken((x) => {
      x.policy.sections[1].titel = x.policy.sections[1].title;
      delete x.policy.sections[1].title;
    });
    const r = validateBundle(b);
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    // The typo is the likely cause: the admin is told about it in the error itself.
    const e = r.issues.find((i) => i.path === 'policy.sections[1].title');
    expect(e, show(r.issues)).to.exist;
    expect(e!.message).to.contain('is missing').and.contain('there is a "titel" here: did you mean "title"?');
  });

  it('an unknown field far from any known name gets "check the spelling"', () => {
    const r = validateBundle(broken((x) => (x.policy.zzzzzzzz = 1)));
    expect(r.ok).to.equal(true);
    const w = r.warnings.find((i) => i.path === 'policy.zzzzzzzz');
    expect(w, show(r.warnings)).to.exist;
    expect(w!.message).to.contain('check the spelling');
  });

  it('unknown fields deep in blocks and contacts are warned about with their path', () => {
    const r = validateBundle(
      broken((x) => {
        x.policy.sections[0].blocks[0].txt = 'x';
        x.school.contacts[0].emial = 'a@b.example';
      }),
    );
    expect(r.ok).to.equal(true);
    const paths = r.warnings.map((i) => i.path);
    expect(paths).to.include('policy.sections[0].blocks[0].txt');
    expect(paths).to.include('school.contacts[0].emial');
    expect(r.warnings.find((i) => i.path === 'school.contacts[0].emial')!.message).to.contain('did you mean "email"');
  });
});

describe('bundle errors: shown by <esafety-policy>', () => {
  const RENDERED = [
    'policy.title missing',
    'unknown block type lists the known types',
    'javascript: link in a paragraph',
    'bad contact role "boss"',
    'footnote reference with no footnote',
    'month 13',
    'an HTML page (wrong address, 404 page)',
    'top level is an array',
  ];

  let origError: typeof console.error;
  let errorCalls: unknown[][];
  let uncaught: (ErrorEvent | PromiseRejectionEvent)[];
  const onError = (e: ErrorEvent) => uncaught.push(e);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e);

  beforeEach(() => {
    origError = console.error;
    errorCalls = [];
    console.error = (...args: unknown[]) => void errorCalls.push(args);
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    console.error = origError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const name of RENDERED) {
    it(`shows "${name}" in the error box, fires esafety-bundle-error and logs it`, async () => {
      const row = ROWS.find((r) => r.name === name)!;
      expect(row, name).to.exist;
      const events: CustomEvent[] = [];
      const wrap = await fixture<HTMLDivElement>(html`<div @esafety-bundle-error=${(e: CustomEvent) => events.push(e)}></div>`);
      const el = document.createElement('esafety-policy');
      (el as { bundle: unknown }).bundle = row.bundle; // deliberately wrong: not a BundleInput
      wrap.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('.bundle-error'), 'error box not shown', { timeout: 3000 });
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('article')).to.equal(null);

      const items = [...root.querySelectorAll('.bundle-error li')];
      const words = Array.isArray(row.words) ? row.words : [row.words];
      const li = items.find(
        (li) => li.querySelector('code')?.textContent === row.path && words.every((w) => li.textContent!.toLowerCase().includes(w.toLowerCase())),
      );
      expect(li, `error box: ${root.querySelector('.bundle-error')?.textContent}`).to.exist;
      const box = root.querySelector('.bundle-error')!;
      expect(box.textContent).to.contain('the bundle property');

      // The event: bubbles out of the shadow root to the page, with every issue.
      expect(events.length).to.equal(1);
      const ev = events[0];
      expect(ev.bubbles).to.equal(true);
      expect(ev.composed).to.equal(true);
      expect(ev.target).to.equal(el);
      const issues = ev.detail.issues as BundleIssue[];
      expect(issues.some((i) => i.path === row.path)).to.equal(true);
      expect(issues.length).to.equal(items.length > 20 ? issues.length : items.length);

      // The console says the same.
      expect(errorCalls.length).to.be.at.least(1);
      const logged = errorCalls.map((a) => a.map(String).join(' ')).join('\n');
      expect(logged).to.contain('esafety-policy');
      expect(logged).to.contain(row.path);

      await new Promise((r) => setTimeout(r, 20));
      expect(uncaught.map((e) => ('message' in e ? e.message : String(e.reason)))).to.deep.equal([]);
    });
  }

  it('a bundle without a policy says so in place of the element', async () => {
    const el = await fixture<HTMLElement & { bundle: unknown }>(html`<esafety-policy .bundle=${{ school: { name: 'Test School' } }}></esafety-policy>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.bundle-error'));
    const li = el.shadowRoot!.querySelector('.bundle-error li')!;
    expect(li.querySelector('code')!.textContent).to.equal('policy');
    expect(li.textContent).to.contain('is missing');
    expect(errorCalls.length).to.be.at.least(1);
    expect(uncaught).to.deep.equal([]);
  });

  it('fixing the bundle replaces the error box with the policy', async () => {
    const el = await fixture<HTMLElement & { bundle: unknown; updateComplete: Promise<boolean> }>(
      html`<esafety-policy .bundle=${broken((b) => delete b.policy.title)}></esafety-policy>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('.bundle-error'));
    el.bundle = base();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot?.querySelector('article'));
    expect(el.shadowRoot!.querySelector('.bundle-error')).to.equal(null);
    expect(uncaught).to.deep.equal([]);
  });
});
