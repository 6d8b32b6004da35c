import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/aup-form/index.js';
import '../src/parent-guidance/index.js';
import '../src/report-concern/index.js';
import { getLocale } from '../src/i18n/localization.js';
import { $, settled, until } from './helpers.js';

/**
 * WCAG 3.1.2 on a Welsh page: the demo bundle's English-only sentences (a plain string, or a
 * map without Welsh) must not sit inside lang="cy". Skipped keys hold ids, addresses, names
 * and numbers, which are in no language.
 */
const NEUTRAL = new Set(['id', 'url', 'website', 'phone', 'email', 'name', 'endpoint', '$schema', 'version', 'symbol', 'type', 'audience', 'role', 'answer', 'ids', 'roles', 'ages', 'tags', 'for', 'about', 'locales', 'defaultLocale']);

function englishOnly(v: unknown, key = '', out: string[] = []): string[] {
  if (NEUTRAL.has(key)) return out;
  if (typeof v === 'string') {
    if (/\p{L}+ \p{L}+/u.test(v)) out.push(v.replace(/\*\*|\[\^[^\]]+\]|\]\([^)]*\)|[*_[]/g, ''));
  } else if (Array.isArray(v)) v.forEach((x) => englishOnly(x, key, out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    const isMap = keys.length > 0 && keys.every((k) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(k));
    if (isMap) {
      if (!keys.some((k) => k.startsWith('cy'))) for (const k of keys) englishOnly(o[k], '', out);
    } else for (const k of keys) englishOnly(o[k], k, out);
  }
  return out;
}

/** Text nodes of an element's shadow root that come from English-only bundle text: [in lang=cy, in English]. */
function count(el: Element, english: string[]): [string[], number] {
  const wrong: string[] = [];
  let right = 0;
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.textContent!.replace(/\s+/g, ' ').trim();
    // Contact cards hold names, numbers and addresses (in no language) beside interface labels.
    if (t.length < 4 || !/\p{L}{3}/u.test(t) || n.parentElement!.closest('.contacts') || !english.some((e) => e.includes(t))) continue;
    const lang = n.parentElement!.closest('[lang]')?.getAttribute('lang');
    if (lang?.startsWith('cy')) wrong.push(t);
    else right++;
  }
  return [wrong, right];
}

describe('the demo bundle on a Welsh page', () => {
  it('<esafety-policy>: every English-only sentence is marked English', async () => {
    const bundle = await (await fetch('/demo/policy.json')).json();
    const english = englishOnly(bundle);
    const el = await settled(html`<esafety-policy lang="cy" .bundle=${bundle}></esafety-policy>`);
    await waitUntil(() => $(el, '#contents-title').textContent === 'Cynnwys', 'Welsh UI not loaded');
    const [wrong, right] = count(el, english);
    console.log(`policy: ${wrong.length} of ${wrong.length + right} English text nodes inside lang="cy"`);
    expect(wrong).to.deep.equal([]);
    expect(right).to.be.greaterThan(300);
  });

  for (const audience of ['staff', 'parent'])
    it(`<aup-form audience="${audience}">: every English-only sentence is marked English`, async () => {
      const bundle = await (await fetch('/demo/policy.json')).json();
      const english = englishOnly(bundle);
      const el = await fixture(html`<aup-form audience=${audience} lang="cy" .bundle=${bundle}></aup-form>`);
      await until(el, 'form, .bundle-error');
      await waitUntil(() => $(el, '[part="submit"]').textContent !== 'Sign and send', 'Welsh UI not loaded');
      const [wrong, right] = count(el, english);
      console.log(`aup-form ${audience}: ${wrong.length} of ${wrong.length + right} English text nodes inside lang="cy"`);
      expect(wrong).to.deep.equal([]);
      expect(right).to.be.greaterThan(2);
    });

  const others: [string, (b: unknown) => ReturnType<typeof html>, string, number][] = [
    ['report-concern', (b) => html`<report-concern lang="cy" .bundle=${b}></report-concern>`, 'form', 5],
    ['parent-guidance', (b) => html`<parent-guidance lang="cy" .bundle=${b}></parent-guidance>`, '[part="search-input"], input', 1],
  ];
  for (const [name, tpl, ready, least] of others)
    it(`<${name}>: every English-only sentence is marked English`, async () => {
      const bundle = await (await fetch('/demo/policy.json')).json();
      const english = englishOnly(bundle);
      const el = await fixture(tpl(bundle));
      await until(el, `${ready}, .bundle-error`);
      await waitUntil(() => getLocale() === 'cy', 'Welsh UI not loaded');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const [wrong, right] = count(el, english);
      console.log(`${name}: ${wrong.length} of ${wrong.length + right} English text nodes inside lang="cy"`);
      expect(wrong).to.deep.equal([]);
      expect(right).to.be.at.least(least);
    });
});
