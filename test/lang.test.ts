import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getLocale } from '../src/i18n/localization.js';
import { uiLocaleFor } from '../src/i18n/localization.js';
import { langOf } from '../src/i18n/lang.js';
import { pick } from '../src/text/local.js';
import { $, fixtureJson, settled } from './helpers.js';

const contentsHeading = (el: Element) => $(el, '#contents-title').textContent;

describe('languages', () => {
  let docLang: string | null;
  before(() => (docLang = document.documentElement.getAttribute('lang')));
  afterEach(async () => {
    if (docLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', docLang);
    // Put the page back in English for the next test.
    const reset = await settled(html`<esafety-policy lang="en-GB" .bundle=${await fixtureJson('small.json')}></esafety-policy>`);
    await waitUntil(() => getLocale() === 'en-GB' && contentsHeading(reset) === 'Contents');
  });

  it('is Welsh from its first render: no English interface first, while the Welsh strings load', async () => {
    const bundle = await fixtureJson('all-blocks.json');
    const seen: string[] = [];
    for (const lang of ['cy', 'en-GB', 'cy']) {
      const el = document.createElement('esafety-policy') as HTMLElement & { bundle: unknown };
      el.setAttribute('lang', lang);
      el.bundle = bundle;
      const note = () => {
        const t = el.shadowRoot?.querySelector('#contents-title')?.textContent;
        if (t && seen.at(-1) !== `${lang}:${t}`) seen.push(`${lang}:${t}`);
      };
      document.body.append(el);
      const watch = new MutationObserver(note);
      watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await waitUntil(() => el.shadowRoot?.querySelector('#contents-title')?.textContent === (lang === 'cy' ? 'Cynnwys' : 'Contents'), `${lang} interface`);
      note();
      watch.disconnect();
      el.remove();
    }
    expect(seen).to.deep.equal(['cy:Cynnwys', 'en-GB:Contents', 'cy:Cynnwys']);
  });

  it('follows its own lang: Welsh content, Welsh interface, Welsh dates', async () => {
    const el = await settled(html`<esafety-policy lang="cy" .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    await waitUntil(() => contentsHeading(el) === 'Cynnwys', 'Welsh UI not loaded');
    expect($(el, '[part="title"]').textContent!.trim()).to.equal('Polisi diogelwch ar-lein');
    expect($(el, '.school').textContent).to.equal('Ysgol Gynradd Prawf');
    expect($(el, '#section-1').textContent).to.contain('Cyflwyniad');
    // No Welsh given for this section: English is shown rather than nothing.
    expect($(el, '#section-2').textContent).to.contain('Roles and responsibilities');
    // The contents list marks the title that is in English (WCAG 3.1.2), not the Welsh one.
    const toc = [...el.shadowRoot!.querySelectorAll('.toc > li > a')];
    expect(toc[0].textContent).to.equal('1 Cyflwyniad');
    expect(toc[0].querySelector('[lang]')).to.equal(null);
    expect(toc[1].querySelector('span[lang]')?.outerHTML).to.equal('<span lang="en-GB">Roles and responsibilities</span>');
    expect($(el, 'label[for="q"]').textContent).to.equal('Chwilio’r polisi hwn');
    expect($(el, '[part="dates"] dd').textContent).to.equal('3.2');
    expect($(el, '[part="dates"]').textContent).to.contain('Medi 2025');
    expect($(el, '[part="contact"] .role').textContent).to.equal('Arweinydd Diogelu Dynodedig');
    expect($(el, 'article').getAttribute('lang')).to.equal('cy');
    await expect(el).to.be.accessible();
  });

  it('follows the closest ancestor with lang, and changes when it changes', async () => {
    const wrap = await fixture(html`<div lang="cy"><esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy></div>`);
    const el = wrap.querySelector('esafety-policy')!;
    await waitUntil(() => el.shadowRoot!.querySelector('#contents-title')?.textContent === 'Cynnwys');
    wrap.setAttribute('lang', 'en-GB');
    await waitUntil(() => contentsHeading(el) === 'Contents', 'did not switch back to English');
    expect($(el, '[part="title"]').textContent!.trim()).to.equal('Online safety policy');
  });

  it('follows the document language', async () => {
    document.documentElement.setAttribute('lang', 'cy-GB');
    const el = await settled(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    await waitUntil(() => contentsHeading(el) === 'Cynnwys');
  });

  it('falls back to the bundle default when nothing on the page has lang', async () => {
    document.documentElement.removeAttribute('lang');
    const b = await fixtureJson('all-blocks.json');
    b.defaultLocale = 'cy';
    const el = await settled(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    await waitUntil(() => contentsHeading(el) === 'Cynnwys');
    expect($(el, '[part="title"]').textContent!.trim()).to.equal('Polisi diogelwch ar-lein');
  });

  it('shows the error box in Welsh too', async () => {
    const el = await settled(html`<esafety-policy lang="cy" .bundle=${{ policy: { title: 1 } }}></esafety-policy>`);
    await waitUntil(() => $(el, '[part="error"] h2').textContent === 'Does dim modd dangos y rhan hon o’r dudalen eto');
    await expect(el).to.be.accessible();
  });
});

describe('language helpers', () => {
  it('pick() chooses exact, same-language, fallback, English, then first', () => {
    const t = { en: 'Hello', cy: 'Helo', 'fr-CA': 'Bonjour' };
    expect(pick(t, 'cy')).to.equal('Helo');
    expect(pick(t, 'cy-GB')).to.equal('Helo');
    expect(pick(t, 'fr')).to.equal('Bonjour');
    expect(pick(t, 'de')).to.equal('Hello');
    expect(pick({ cy: 'Helo', pl: 'Cześć' }, 'de', 'pl')).to.equal('Cześć');
    expect(pick({ cy: 'Helo' }, 'de')).to.equal('Helo');
    expect(pick('plain', 'cy')).to.equal('plain');
    expect(pick(undefined, 'cy')).to.equal('');
  });

  it('maps any tag to a shipped UI locale', () => {
    expect(uiLocaleFor('cy')).to.equal('cy');
    expect(uiLocaleFor('CY-gb')).to.equal('cy');
    expect(uiLocaleFor('en-US')).to.equal('en-GB');
    expect(uiLocaleFor('pl')).to.equal('en-GB');
  });

  it('reads lang across shadow roots', () => {
    const host = document.createElement('div');
    host.lang = 'cy';
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    try {
      expect(langOf(inner)).to.equal('cy');
    } finally {
      host.remove();
    }
  });
});

describe('dates', () => {
  it('formats dates in English and Welsh, whatever ICU the browser ships', async () => {
    const { formatDate, isPast } = await import('../src/text/dates.js');
    expect(formatDate('2025-09-01', 'en-GB')).to.equal('1 September 2025');
    expect(formatDate('2025-09-01', 'en')).to.equal('1 September 2025');
    expect(formatDate('2025-09-01', 'cy')).to.equal('1 Medi 2025');
    expect(formatDate('2024-02-29', 'cy-GB')).to.equal('29 Chwefror 2024');
    expect(formatDate('2025-09-01', 'not a tag!')).to.equal('1 September 2025');
    expect(isPast('2000-01-01')).to.equal(true);
    expect(isPast('2999-01-01')).to.equal(false);
  });
});
