import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { BundleErrorDetail } from '../src/ui/bundle-element.js';
import type { EsafetyPolicy } from '../src/esafety-policy/index.js';
import { $, $$, countFetches, fixtureJson, settled, until } from './helpers.js';

const title = (el: Element) => $(el, '[part="title"]').textContent!.trim();
const errorText = (el: Element) => $(el, '[part="error"]').textContent!.replace(/\s+/g, ' ');

/** Silence (and record) console.error / console.warn while a test runs. */
function quietConsole() {
  const logged: { error: string[]; warn: string[] } = { error: [], warn: [] };
  const real = { error: console.error, warn: console.warn };
  beforeEach(() => {
    logged.error = [];
    logged.warn = [];
    console.error = (...a: unknown[]) => logged.error.push(a.join(' '));
    console.warn = (...a: unknown[]) => logged.warn.push(a.join(' '));
  });
  afterEach(() => Object.assign(console, real));
  return logged;
}

describe('bundle loading', () => {
  const logged = quietConsole();

  it('fetches a URL once, however many elements use it', async () => {
    const url = '/test/fixtures/all-blocks.json?shared';
    const calls = await countFetches(async () => {
      const wrap = await fixture(html`<div>
        <esafety-policy src=${url}></esafety-policy>
        <esafety-policy src=${url}></esafety-policy>
        <esafety-policy src=${url}></esafety-policy>
      </div>`);
      const els = [...wrap.querySelectorAll('esafety-policy')];
      await Promise.all(els.map((e) => until(e)));
      els.forEach((e) => expect(title(e)).to.equal('Online safety policy'));
    });
    expect([...calls.values()]).to.deep.equal([1]);
    expect([...calls.keys()][0]).to.equal(new URL(url, location.href).href);
  });

  it('reads a bundle given inline in a <script type="application/json">', async () => {
    const el = document.createElement('esafety-policy');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ policy: { title: 'Inline policy', sections: [{ title: 'One' }] } });
    el.append(script);
    document.body.append(el);
    try {
      await until(el);
      expect(title(el)).to.equal('Inline policy');
    } finally {
      el.remove();
    }
  });

  it('uses the page-wide <meta name="esafety-bundle"> for a bare tag', async () => {
    const meta = document.createElement('meta');
    meta.name = 'esafety-bundle';
    meta.content = '/test/fixtures/small.json';
    document.head.append(meta);
    try {
      const el = await settled(html`<esafety-policy></esafety-policy>`);
      expect(title(el)).to.equal('Online safety policy');
      expect($(el, '.school').textContent).to.equal('Test School');
    } finally {
      meta.remove();
    }
  });

  it('accepts inline JSON in the meta tag too', async () => {
    const meta = document.createElement('meta');
    meta.name = 'esafety-bundle';
    meta.content = JSON.stringify({ policy: { title: 'Meta JSON', sections: [{ title: 'A' }] } });
    document.head.append(meta);
    try {
      expect(title(await settled(html`<esafety-policy></esafety-policy>`))).to.equal('Meta JSON');
    } finally {
      meta.remove();
    }
  });

  it('prefers the bundle property, then src, then inline, then meta', async () => {
    const el = await settled<EsafetyPolicy>(html`<esafety-policy src="/test/fixtures/small.json"
      ><script type="application/json">
        { "policy": { "title": "Inline", "sections": [{ "title": "x" }] } }
      </script></esafety-policy
    >`);
    expect($(el, '.school').textContent).to.equal('Test School');
    el.bundle = { policy: { title: 'From the property', sections: [{ title: 'x' }] } };
    await waitUntil(() => el.shadowRoot!.querySelector('[part="title"]')?.textContent?.includes('From the property'));
    el.bundle = undefined;
    await waitUntil(() => el.shadowRoot!.querySelector('.school')?.textContent === 'Test School');
    el.removeAttribute('src');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim() === 'Inline');
  });

  it('loads the new bundle when src changes, ignoring a slower earlier load', async () => {
    const real = window.fetch;
    // The first address answers slowly: its late answer must not replace the newer bundle.
    window.fetch = (input, init) =>
      String(input).includes('slow')
        ? new Promise((r) => setTimeout(() => r(real(input, init)), 300))
        : real(input, init);
    try {
      const el = await settled<EsafetyPolicy>(html`<esafety-policy src="/test/fixtures/small.json"></esafety-policy>`);
      el.src = '/test/fixtures/all-blocks.json?slow';
      await el.updateComplete;
      el.src = '/test/fixtures/small.json?changed';
      await until(el, '[part="title"]');
      await new Promise((r) => setTimeout(r, 400));
      expect($(el, '.school').textContent).to.equal('Test School');
    } finally {
      window.fetch = real;
    }
  });

  it('shows "Loading…" while the bundle is on its way', async () => {
    const real = window.fetch;
    let release!: () => void;
    window.fetch = (...a) => new Promise((r) => (release = () => r(real(...a))));
    try {
      const el = await fixture(html`<esafety-policy src="/test/fixtures/small.json?loading"></esafety-policy>`);
      expect($(el, '[part="loading"]').textContent).to.equal('Loading…');
      expect($(el, '[part="loading"]').getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      release();
      await until(el, 'article');
    } finally {
      window.fetch = real;
    }
  });

  it('reports a 404 clearly, with the address', async () => {
    const el = await fixture(html`<esafety-policy src="/test/fixtures/missing.json"></esafety-policy>`);
    const ev = await oneEvent(el, 'esafety-bundle-error');
    await until(el, '[part="error"]');
    const detail = (ev as CustomEvent<BundleErrorDetail>).detail;
    expect(detail.issues[0].path).to.equal(new URL('/test/fixtures/missing.json', location.href).href);
    expect(detail.issues[0].message).to.contain('404');
    expect(errorText(el)).to.contain('there is no file at this address');
    expect(logged.error.join('\n')).to.contain('404');
    await expect(el).to.be.accessible();
  });

  it('reports a network failure (nothing listening)', async () => {
    const el = await settled(html`<esafety-policy src="http://127.0.0.1:9/policy.json"></esafety-policy>`);
    expect(errorText(el)).to.contain('could not be loaded: the request failed');
  });

  it('reports a cross-site bundle the other site does not share (CORS)', async () => {
    const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}/test/fixtures/small.json`;
    const el = await settled(html`<esafety-policy src=${other}></esafety-policy>`);
    expect(errorText(el)).to.contain('CORS');
  });

  it('spots an HTML page where the bundle should be', async () => {
    const el = await settled(html`<esafety-policy src="/index.html"></esafety-policy>`);
    expect(errorText(el)).to.contain('it looks like an HTML page, not JSON');
  });

  it('tries a failed URL again for the next element', async () => {
    const url = '/test/fixtures/missing.json?retry';
    const calls = await countFetches(async () => {
      await settled(html`<esafety-policy src=${url}></esafety-policy>`);
      await settled(html`<esafety-policy src=${url}></esafety-policy>`);
    });
    expect([...calls.values()]).to.deep.equal([2]);
  });

  it('explains what to do when no bundle is given at all', async () => {
    const el = await settled(html`<esafety-policy></esafety-policy>`);
    expect(errorText(el)).to.contain('no policy bundle was given');
    expect(errorText(el)).to.contain('src="policy.json"');
  });

  it('says a bundle without a policy has none to show', async () => {
    const el = await settled(html`<esafety-policy .bundle=${{ school: { name: 'X' } }}></esafety-policy>`);
    expect(errorText(el)).to.contain('policy');
    expect(errorText(el)).to.contain('this bundle has none');
  });

  it('shows every problem with its path, in the page and the console, and fires one event', async () => {
    const b = await fixtureJson('all-blocks.json');
    b.policy.sections[2].blocks[0].text = 42;
    b.policy.approved = '2025-02-30';
    const events: CustomEvent<BundleErrorDetail>[] = [];
    const onError = (e: Event) => events.push(e as CustomEvent<BundleErrorDetail>);
    document.addEventListener('esafety-bundle-error', onError);
    try {
      const el = await settled(html`<esafety-policy .bundle=${b}></esafety-policy>`);
      const items = $$(el, '[part="error"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.have.length(2);
      expect(items.join('\n')).to.contain('policy.approved "2025-02-30" must be a real date written as YYYY-MM-DD');
      expect(items.join('\n')).to.contain('policy.sections[2].blocks[0].text should be text');
      expect(events).to.have.length(1);
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      expect(events[0].detail.issues.map((i) => i.path).sort()).to.deep.equal(['policy.approved', 'policy.sections[2].blocks[0].text']);
      expect(logged.error[0]).to.contain('<esafety-policy>').and.contain('policy.sections[2].blocks[0].text');
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('esafety-bundle-error', onError);
    }
  });

  it('renders a bundle with unknown fields, warning about them in the console', async () => {
    const b = await fixtureJson('small.json');
    b.policy.sections[0].titel = 'typo';
    b.policy.nextReveiw = '2030-01-01';
    const el = await settled<EsafetyPolicy>(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    expect(title(el)).to.equal('Online safety policy');
    expect(el.bundleWarnings.map((w) => w.path)).to.deep.equal(['policy.sections[0].titel', 'policy.nextReveiw']);
    expect(logged.warn[0]).to.contain('did you mean "title"').and.contain('did you mean "nextReview"');
  });
});
