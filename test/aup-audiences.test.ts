import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/aup-form/index.js';
import type { AupForm } from '../src/aup-form/index.js';
import type { AgreementData } from '../src/aup-form/model.js';
import '../src/esafety-quiz/index.js';
import { DEFAULT_QUESTIONS } from '../src/bundle/defaults/quiz-questions.js';
import { getLocale } from '../src/i18n/localization.js';
import { $, $$, clickId, fixtureJson, intercept, typeIn, until } from './helpers.js';
import { control } from './receiver-client.js';

/*
 * Agreements as schools write them (test/fixtures/real-structure.json): one agreement for staff,
 * volunteers and governors with a typed signature, a SEND agreement, and what happens when a
 * school's agreements do not cover the audience asked for.
 */

async function mount(tpl: TemplateResult): Promise<AupForm> {
  const el = await fixture<AupForm>(tpl);
  await until(el, 'form, .bundle-error');
  return el;
}

/** Capture console.warn while `fn` runs. */
async function warnings(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const real = console.warn;
  console.warn = (...a: unknown[]) => seen.push(a.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = real;
  }
  return seen;
}

describe('<aup-form> agreements for several audiences', () => {
  let bundle: Record<string, any>;
  before(async () => {
    bundle = await fixtureJson('real-structure.json');
  });

  for (const audience of ['staff', 'volunteer', 'governor'])
    it(`audience="${audience}" shows the shared agreement and sends its own audience`, async () => {
      const el = await mount(html`<aup-form audience=${audience} .bundle=${bundle}></aup-form>`);
      expect($(el, '[part="title"]').textContent).to.equal('Adults’ acceptable use agreement'.replace('’', "'"));
      expect(el.shadowRoot!.querySelector('[part="fallback-note"]')).to.equal(null);
      await clickId(el, 'agree-all');
      await typeIn(el, 'f-adult.signed', '  Jo Bloggs ');
      await typeIn(el, 'f-adult.role', 'Reading volunteer');
      await clickId(el, 'read');
      const next = intercept<AgreementData>(el);
      $(el, '[part="submit"]').click();
      const env = await next;
      expect(env.audience).to.equal(audience);
      expect(env.data.agreementId).to.equal('adults');
      expect(env.data.signatures).to.deep.equal({ adult: { signed: 'Jo Bloggs', role: 'Reading volunteer' } });
    });

  it('a "signature" field: "Signed", a typed full name, required, with the date beside it', async () => {
    const el = await mount(html`<aup-form audience="staff" .bundle=${bundle}></aup-form>`);
    expect($(el, 'label[for="f-adult.signed"]').textContent!.trim()).to.equal('Signed (type your full name)');
    const input = $(el, '[id="f-adult.signed"]') as HTMLInputElement;
    expect(input.required).to.equal(true);
    expect(input.getAttribute('autocomplete')).to.equal('name');
    // The date follows the signature field, in the same group; only one date on the form.
    const date = input.closest('.field')!.nextElementSibling!;
    expect(date.getAttribute('part')).to.equal('date');
    expect($$(el, '[part="date"]')).to.have.length(1);
    $(el, '[part="submit"]').click();
    // The check of what was filled in loads on the form's first use (aup-form/signing.ts).
    await until(el, '.error-summary a');
    expect($$(el, '.error-summary a').map((a) => a.textContent)).to.include('Fill in “Signed (type your full name)”');
    await expect(el).to.be.accessible();
  });

  it('send behaves like the other audiences: the school’s SEND agreement, with symbols and read-aloud', async () => {
    const el = await mount(html`<aup-form audience="send" .bundle=${bundle}></aup-form>`);
    expect($(el, '[part="title"]').textContent).to.equal('My tablet promise');
    expect($(el, 'form').classList.contains('young')).to.equal(true);
  });

  it('without agreements of its own, send gets the built-in KS1 promise', async () => {
    const el = await mount(html`<aup-form audience="send" .bundle=${{ submit: { endpoint: '/api/submissions' } }}></aup-form>`);
    expect($(el, '[part="title"]').textContent).to.equal('My online promise');
    expect(el.shadowRoot!.querySelector('[part="fallback-note"]')).to.equal(null);
  });

  it('agreements, but none for the audience: a clear error naming agreementFallback, and nothing built-in', async () => {
    const el = await mount(html`<aup-form audience="parent" .bundle=${bundle}></aup-form>`);
    const box = $(el, '.bundle-error');
    expect(box.textContent).to.contain('agreements');
    expect(box.textContent).to.contain('"parent"');
    expect(box.textContent).to.contain('agreementFallback');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('with agreementFallback: the built-in agreement, a console warning and a visible note for the school', async () => {
    let el!: AupForm;
    const seen = await warnings(async () => {
      el = await mount(html`<aup-form audience="parent" .bundle=${{ ...bundle, agreementFallback: true }}></aup-form>`);
    });
    expect($(el, '[part="title"]').textContent).to.equal('Parent and carer agreement');
    expect($(el, '[part="fallback-note"]').textContent).to.contain('“parent”');
    expect(seen.some((w) => w.includes('"parent"') && w.includes('built-in'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a school agreement that takes a built-in id keeps only its own audiences', async () => {
    const b = structuredClone(bundle);
    b.agreements[0].id = 'staff';
    const el = await mount(html`<aup-form audience="governor" .bundle=${b}></aup-form>`);
    expect($(el, '[part="title"]').textContent).to.equal("Adults' acceptable use agreement");
  });
});

describe('read-aloud and language marks in the text’s own language', () => {
  let spoken: { text: string; lang: string }[];
  const real = Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance');
  beforeEach(() => {
    spoken = [];
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { cancel: () => {}, speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }), getVoices: () => [] },
    });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      writable: true,
      value: class {
        lang = '';
        constructor(public text: string) {}
      },
    });
  });
  afterEach(async () => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    if (real) Object.defineProperty(window, 'SpeechSynthesisUtterance', real);
    const reset = await mount(html`<aup-form lang="en-GB" age="ks1" .bundle=${{ submit: { endpoint: '/api/submissions' } }}></aup-form>`);
    await waitUntil(() => getLocale() === 'en-GB' && $(reset, '[part="submit"]').textContent === 'Sign and send');
  });

  it('an English-only statement on a Welsh form: marked lang="en-GB" and read with English', async () => {
    const el = await mount(html`<aup-form audience="send" lang="cy" .bundle=${await fixtureJson('real-structure.json')}></aup-form>`);
    await waitUntil(() => getLocale() === 'cy' && $(el, '[part="submit"]').textContent !== 'Sign and send', 'Welsh UI not loaded');
    expect($(el, 'form').getAttribute('lang')).to.equal('cy');
    expect($(el, '#st-ask-text').getAttribute('lang')).to.equal('en-GB');
    expect($(el, '[part="title"] span').getAttribute('lang')).to.equal('en-GB');
    $(el, '[part="read-aloud"]').click();
    expect(spoken).to.deep.equal([{ text: 'I ask before I use the tablet.', lang: 'en-GB' }]);
  });

  it('the receipt keeps the marks: the English-only title and statement on a Welsh receipt', async () => {
    await control('reset');
    const el = await mount(html`<aup-form audience="send" lang="cy" .bundle=${await fixtureJson('real-structure.json')}></aup-form>`);
    await waitUntil(() => getLocale() === 'cy');
    await clickId(el, 'st-ask');
    await clickId(el, 'read');
    $(el, '[part="submit"]').click();
    await until(el, '[part="receipt"]');
    const r = $(el, '[part="receipt"]');
    expect(r.querySelector('li span')!.getAttribute('lang')).to.equal('en-GB');
    expect(r.querySelector('li')!.textContent!.trim()).to.equal('I ask before I use the tablet.');
    expect([...r.querySelectorAll('span[lang="en-GB"]')].map((x) => x.textContent!.trim())).to.include('My tablet promise');
  });

  it('a Welsh statement on a Welsh form: no mark, read in Welsh', async () => {
    const el = await mount(html`<aup-form age="ks1" lang="cy" .bundle=${{ submit: { endpoint: '/api/submissions' } }}></aup-form>`);
    await waitUntil(() => getLocale() === 'cy');
    expect($(el, '#st-ask-text').hasAttribute('lang')).to.equal(false);
    $(el, '[part="read-aloud"]').click();
    expect(spoken[0].lang).to.equal('cy');
  });

  it('the quiz reads the school’s English-only question in English on a Welsh page', async () => {
    const b = {
      defaultLocale: 'en-GB',
      quiz: {
        questions: [{ id: 'own', ages: ['ks1'], scenario: 'A game asks for your home address.', answer: 'zip', explanation: 'Keep it private.' }],
      },
      // Only the school's own question, so it is the one asked.
      omitDefaults: DEFAULT_QUESTIONS.map((q) => q.id),
    };
    const el = await fixture<HTMLElement>(html`<esafety-quiz age="ks1" lang="cy" seed="1" .bundle=${b}></esafety-quiz>`);
    await until(el, '[part="start"], .bundle-error');
    await waitUntil(() => getLocale() === 'cy');
    $(el, '[part="start"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#scenario'));
    const scenario = $(el, '#scenario');
    expect(scenario.textContent).to.equal('A game asks for your home address.');
    expect(scenario.getAttribute('lang')).to.equal('en-GB');
    $(el, '[part="read-aloud"]').click();
    expect(spoken[0].lang).to.equal('en-GB');
    expect(spoken[0].text).to.contain('home address');
  });
});
