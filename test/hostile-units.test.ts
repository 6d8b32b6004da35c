import { expect, fixture, html } from '@open-wc/testing';
import { parseBundleText, validateBundle } from '../src/bundle/validate.js';
import { Endpoint, isAllowedEndpoint } from '../src/bundle/schema/submit.js';
import * as z from 'zod/mini';
import { EsafetyPolicy } from '../src/esafety-policy/index.js';
import { isExternalUrl, isSafeUrl, isSchemeRelative } from '../src/text/urls.js';
import { MAX_MARKS, parseInline, plainText } from '../src/text/markup.js';
import { until } from './helpers.js';

const policy = (extra: Record<string, unknown> = {}) => ({ title: 'Policy', sections: [{ title: 'One', ...extra }] });
const paragraph = (text: string) => policy({ blocks: [{ type: 'paragraph', text }] });

describe('hostile input: unknown fields are own keys', () => {
  it('reports "constructor", "toString" and "__proto__" where they are (JSON.parse makes __proto__ an own key)', () => {
    const r = parseBundleText(
      '{"constructor": 1, "policy": {"title": "T", "toString": "x", "sections": [{"title": "S", "__proto__": {"title": "sneaky"}}]}}',
    );
    expect(r.ok).to.equal(true);
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['constructor', 'policy.toString', 'policy.sections[0].__proto__']);
    for (const w of r.warnings) expect(w.message).to.contain('is not a field the bundle knows');
  });
});

describe('hostile input: nesting', () => {
  it('names the first section nested 21 levels deep, and the limit', () => {
    let s: Record<string, unknown> = { title: 'Deepest' };
    for (let i = 0; i < 30; i++) s = { title: 'Up', sections: [{ title: 'Sibling' }, s] };
    const r = validateBundle({ policy: { title: 'T', sections: [{ title: 'A' }], appendices: [s] } });
    expect(r.ok).to.equal(false);
    const [issue] = !r.ok ? r.issues : [];
    expect(issue.path).to.equal(`policy.appendices[0]${'.sections[1]'.repeat(20)}`);
    expect(issue.message).to.contain('sections may nest at most 20 levels');
  });

  it('refuses a value nested 64 levels deep, at the first such place, and takes 63', () => {
    const nested = (levels: number) => {
      let v: unknown = 1;
      for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
      return v;
    };
    const deep = validateBundle({ policy: policy(), extra: [0, nested(63)] });
    expect(deep.ok).to.equal(false);
    const [issue] = !deep.ok ? deep.issues : [];
    expect(issue.message).to.contain('is nested more than 64 levels deep');
    expect(issue.path).to.equal(`extra[1]${'.a[0]'.repeat(31)}`);
    const fine = validateBundle({ policy: policy(), extra: [0, nested(62)] });
    expect(fine.ok, JSON.stringify(!fine.ok && fine.issues)).to.equal(true);
    expect(fine.ok && fine.warnings.map((w) => w.path)).to.deep.equal(['extra']);
  });

  it('a bundle that holds itself in a field it does not know is checked, with a warning, and nothing hangs', () => {
    const b: Record<string, unknown> = { policy: policy() };
    b.again = b;
    const r = validateBundle(b);
    expect(r.ok, JSON.stringify(!r.ok && r.issues)).to.equal(true);
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['again']);
  });

  it('never throws: an unforeseen failure inside the checks becomes an issue', () => {
    const hostile = { get policy(): never { throw new TypeError('boom'); } };
    const r = validateBundle(hostile);
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.issues[0].message).to.contain('could not be checked (TypeError: boom)');
  });
});

class BrokenPolicy extends EsafetyPolicy {
  protected override renderBundle(): never {
    throw new RangeError('render failed');
  }
}
customElements.define('broken-policy', BrokenPolicy);

describe('hostile input: an exception while rendering', () => {
  it('shows the error box and fires esafety-bundle-error once', async () => {
    const events: Event[] = [];
    const el = await fixture(html`<broken-policy .bundle=${{ policy: policy() }} @esafety-bundle-error=${(e: Event) => events.push(e)}></broken-policy>`);
    await until(el, '.bundle-error');
    await new Promise((r) => setTimeout(r, 20));
    expect(el.shadowRoot!.textContent).to.contain('could not be shown (RangeError: render failed)');
    expect(events).to.have.length(1);
  });
});

describe('hostile input: addresses that leave the site', () => {
  const sneaky = ['//evil.example/x', '\\\\evil.example/x', '/\\evil.example/x', '\\/evil.example/x', ' //evil.example', '/\t/evil.example'];

  it('"//host", "\\\\host" and "/\\host" are not relative paths', () => {
    for (const u of sneaky) {
      expect(isSchemeRelative(u), JSON.stringify(u)).to.equal(true);
      expect(isSafeUrl(u), JSON.stringify(u)).to.equal(false);
      expect(isExternalUrl(u), JSON.stringify(u)).to.equal(true);
    }
    for (const u of ['/policies/a.pdf', 'a/b', '#s', '?q=1', '/']) expect(isSafeUrl(u), u).to.equal(true);
  });

  it('a bundle link to "//host" is refused with a message saying what to write', () => {
    const r = validateBundle({ policy: paragraph('See [this](//evil.example/page).') });
    expect(r.ok).to.equal(false);
    const [issue] = !r.ok ? r.issues : [];
    expect(issue.path).to.equal('policy.sections[0].blocks[0].text');
    expect(issue.message).to.contain('"//evil.example/page" is another site\'s address without its https:');
    const related = validateBundle({ policy: { ...policy(), related: [{ title: 'X', url: '/\\evil.example' }] } });
    expect(!related.ok && related.issues[0].path).to.equal('policy.related[0].url');
  });

  it('an endpoint "/\\host/x" is refused; a path on this site, https and loopback http are allowed', () => {
    for (const u of ['/\\evil.example/x', '//evil.example/x', '\\\\evil.example/x', 'http://evil.example/x', 'ftp://x.example', 'forms/x'])
      expect(z.safeParse(Endpoint, u).success, u).to.equal(false);
    for (const u of ['/forms/esafety', 'https://forms.example.org/x', 'http://localhost:8000/api', 'http://127.0.0.1/x'])
      expect(z.safeParse(Endpoint, u).success, u).to.equal(true);
    expect(isAllowedEndpoint('/\\evil.example/x')).to.equal(false);
    const r = validateBundle({ submit: { endpoint: '/\\evil.example/x' } });
    expect(!r.ok && r.issues[0].path).to.equal('submit.endpoint');
  });
});

describe('hostile input: markup limits', () => {
  it(`keeps at most ${MAX_MARKS} marks in one text, showing the rest as typed`, () => {
    const src = '**a** '.repeat(MAX_MARKS + 5);
    const tokens = parseInline(src);
    expect(tokens.filter((t) => t.t === 'b')).to.have.length(MAX_MARKS);
    expect(plainText(src).endsWith('**a** '.repeat(5))).to.equal(true);
    expect(plainText(src).length).to.equal(src.length - 4 * MAX_MARKS);
  });

  it('a million open brackets parse in well under a second, as text', () => {
    const src = '['.repeat(1_000_000);
    const t0 = performance.now();
    expect(plainText(src)).to.equal(src);
    expect(performance.now() - t0).to.be.below(1000);
  });
});

describe('hostile input: many unknown fields', () => {
  it('a megabyte of unknown keys is reported quickly (suggestions for the first 100 only)', () => {
    const keys = ['"titel":0'];
    for (let i = 0; keys.length <= 80_000; i++) keys.push(`"tit${String(i).padStart(5, '0')}":0`);
    const t0 = performance.now();
    const r = parseBundleText(`{"policy":{"title":"T","sections":[{"title":"S",${keys.join(',')}}]}}`);
    const ms = performance.now() - t0;
    expect(r.ok).to.equal(true);
    expect(r.warnings).to.have.length(80_001);
    expect(r.warnings[0].message).to.contain('did you mean "title"?');
    expect(r.warnings[200].message).to.contain('check the spelling');
    expect(ms).to.be.below(5000); // 10 s before the cap, on a quiet machine
  });
});
