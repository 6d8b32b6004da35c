import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clear, entries } from 'idb-keyval';
import type { TemplateResult } from 'lit';
import '../src/aup-form/index.js';
import type { AupForm } from '../src/aup-form/index.js';
import type { AgreementData } from '../src/aup-form/model.js';
import { DEFAULTS } from '../src/bundle/defaults/index.js';
import { getLocale } from '../src/i18n/localization.js';
import { voiceFor } from '../src/ui/speech.js';
import type { Envelope } from '../src/submit/types.js';
import { $, $$, byId, clickId, intercept as interceptEnvelope, shadowFocus, spoken, typeIn, fixtureJson, until } from './helpers.js';
import { MAX_REFUSALS } from '../src/submit/outbox.js';
import { control, ENDPOINT, freshStart, log, outboxStore, plan, records } from './receiver-client.js';

// Sent to the test receiver (see receiver-client.ts), which fails on demand.
const outbox = outboxStore;
const BARE = { submit: { endpoint: ENDPOINT } };

async function mount(tpl: TemplateResult): Promise<AupForm> {
  const el = await fixture<AupForm>(tpl);
  await until(el, 'form, .bundle-error');
  return el;
}



/** Fill in a ks1 agreement completely. */
async function fillKs1(el: AupForm) {
  await clickId(el, 'agree-all');
  await typeIn(el, 'f-pupil.first-name', 'Ava');
  await typeIn(el, 'f-pupil.class', 'Oak');
  await typeIn(el, 'f-parent.name', 'Sam Example');
  await clickId(el, 'read');
}

const intercept = (el: Element) => interceptEnvelope<AgreementData>(el);

const submit = async (el: AupForm) => {
  $(el, '[part="submit"]').click();
  await el.updateComplete;
};

describe('<aup-form> audiences', () => {
  for (const a of DEFAULTS.agreements) {
    const attr = ['eyfs', 'ks1', 'ks2', 'ks3', 'ks4'].includes(a.audience!) ? 'age' : 'audience';
    it(`${attr}="${a.audience}" renders the built-in agreement`, async () => {
      const el = await fixture<AupForm>(
        attr === 'age'
          ? html`<aup-form age=${a.audience} .bundle=${BARE}></aup-form>`
          : html`<aup-form audience=${a.audience} .bundle=${BARE}></aup-form>`,
      );
      await until(el, 'form');
      expect($(el, '[part="title"]').textContent).to.equal(typeof a.title === 'string' ? a.title : a.title.en);
      expect($$(el, '[part="statement"]')).to.have.length(a.statements.length);
      const fields = (a.signatures ?? []).flatMap((b) => b.fields.map((f) => `f-${b.id}.${f.id}`));
      expect($$(el, 'input[type="text"]').map((i) => i.id)).to.deep.equal(fields);
      expect($$(el, '[id^="c-"]')).to.have.length(a.consents?.length ?? 0);
      expect($(el, '[part="date"] time').getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\d$/);
    });
  }

  it('uses the school’s agreement from the bundle, with its labels', async () => {
    const demo = await fixtureJson('../../demo/policy.json');
    const el = await mount(html`<aup-form audience="staff" endpoint=${ENDPOINT} .bundle=${demo}></aup-form>`);
    expect($(el, '[part="title"]').textContent).to.equal('Staff and volunteers: acceptable use agreement');
    expect($$(el, '[part="statement"]')).to.have.length(demo.agreements.find((x: { id: string }) => x.id === 'staff').statements.length);
    expect($(el, 'label[for="f-adult.role"]').textContent).to.equal('Job title or role in school');
    const parent = await mount(html`<aup-form audience="parent" endpoint=${ENDPOINT} .bundle=${demo}></aup-form>`);
    const consents = $$(parent, '[id^="c-"]').map((c) => [c.id, (c as HTMLInputElement).required]);
    expect(consents).to.deep.equal([
      ['c-photos-website', false],
      ['c-photos-newsletter', false],
      ['c-learning-apps', true],
    ]);
    expect($(parent, 'label[for="c-learning-apps"]').textContent).to.contain('(required)');
  });

  it('renders the form in its first update from a bundle given in the page (no "Loading…" flash)', async () => {
    const el = await fixture<AupForm>(html`<aup-form age="ks2" .bundle=${BARE}></aup-form>`);
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('form')).to.exist;
  });

  it('works with no bundle at all when the tag names an endpoint', async () => {
    const el = await mount(html`<aup-form age="ks2" endpoint=${ENDPOINT}></aup-form>`);
    expect($(el, '[part="title"]').textContent).to.equal('Online safety agreement');
  });

  it('refuses a bad endpoint, a missing one and an unknown audience when it loads', async () => {
    const errors: unknown[] = [];
    const onError = (e: Event) => errors.push((e as CustomEvent).detail.issues);
    window.addEventListener('esafety-bundle-error', onError);
    try {
      const http = await mount(html`<aup-form age="ks1" endpoint="http://forms.example.org/x" .bundle=${{}}></aup-form>`);
      expect($(http, '.bundle-error').textContent).to.contain('https://');
      const none = await mount(html`<aup-form age="ks1" .bundle=${{}}></aup-form>`);
      expect($(none, '.bundle-error').textContent).to.contain('submit.endpoint');
      const odd = await mount(html`<aup-form age="ks5" .bundle=${BARE}></aup-form>`);
      expect($(odd, '.bundle-error').textContent).to.contain('"ks5" is not one of');
      expect(errors).to.have.length(3);
    } finally {
      window.removeEventListener('esafety-bundle-error', onError);
    }
  });

  it('checks again when the audience or the endpoint changes', async () => {
    const el = await mount(html`<aup-form age="ks1" .bundle=${BARE}></aup-form>`);
    el.age = 'ks3';
    await waitUntil(() => el.shadowRoot!.querySelector('form [part="title"]')?.textContent === 'Student agreement', 'the ks3 agreement');
    el.endpoint = 'ftp://nope.example';
    await until(el, '.bundle-error');
  });
});

describe('<aup-form> symbols and read-aloud', () => {
  let spoken: { text: string; lang: string; voice?: string }[];
  let cancels: number;
  const real = Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance');

  beforeEach(() => {
    spoken = [];
    cancels = 0;
    const voices = [
      { lang: 'en-US', name: 'US' },
      { lang: 'en-GB', name: 'UK' },
    ];
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { cancel: () => cancels++, speak: (u: { text: string; lang: string; voice?: { name: string } }) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }), getVoices: () => voices },
    });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      writable: true,
      value: class {
        lang = '';
        voice?: unknown;
        constructor(public text: string) {}
      },
    });
  });
  afterEach(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    if (real) Object.defineProperty(window, 'SpeechSynthesisUtterance', real);
  });

  it('eyfs and ks1: a symbol and a read-aloud button for each statement', async () => {
    for (const age of ['eyfs', 'ks1']) {
      const el = await mount(html`<aup-form age=${age} .bundle=${BARE}></aup-form>`);
      const items = $$(el, '[part="statement"]');
      expect(items.every((i) => i.querySelector('svg[aria-hidden="true"] path'))).to.equal(true);
      expect(items.every((i) => i.querySelector('[part="read-aloud"]'))).to.equal(true);
      expect($(el, 'form').classList.contains('young')).to.equal(true);
    }
  });

  it('reads the statement’s words (without markup) in its language, with a matching voice', async () => {
    const el = await mount(html`<aup-form age="ks1" .bundle=${BARE}></aup-form>`);
    const buttons = $$(el, '[part="read-aloud"]');
    buttons[0].click();
    buttons[1].click();
    expect(spoken).to.deep.equal([
      { text: 'I ask a grown-up before I go online.', lang: 'en', voice: 'UK' },
      { text: 'I use only the apps my teacher picks.', lang: 'en', voice: 'UK' },
    ]);
    expect(cancels).to.equal(2); // each stops the one before
    const describedBy = buttons[0].getAttribute('aria-describedby')!;
    expect(byId(el, describedBy).textContent).to.equal('I ask a grown-up before I go online.');
  });

  it('Welsh: speaks Welsh text as Welsh, even with no Welsh voice (the default voice, told the language)', async () => {
    const el = await mount(html`<aup-form age="ks1" lang="cy" .bundle=${BARE}></aup-form>`);
    $$(el, '[part="read-aloud"]')[0].click();
    expect(spoken).to.deep.equal([{ text: 'Dw i’n gofyn i oedolyn cyn mynd ar-lein.', lang: 'cy', voice: undefined }]);
  });

  it('picks voices by exact locale, then by language', () => {
    const v = (lang: string) => ({ lang, name: lang }) as SpeechSynthesisVoice;
    const voices = [v('en-US'), v('en-GB'), v('cy-GB'), v('fr_FR')];
    expect(voiceFor(voices, 'en')!.lang).to.equal('en-GB');
    expect(voiceFor(voices, 'en-AU')!.lang).to.equal('en-US');
    expect(voiceFor(voices, 'cy')!.lang).to.equal('cy-GB');
    expect(voiceFor(voices, 'fr-FR')!.lang).to.equal('fr_FR');
    expect(voiceFor(voices, 'de')).to.equal(undefined);
  });

  it('a bundle’s own image symbol, with its alt text', async () => {
    const b = {
      ...BARE,
      agreements: [{ id: 'ks1', audience: 'ks1', title: 'Ours', statements: [{ id: 'a', text: 'I ask.', symbol: '/img/ask.png', symbolAlt: 'A hand up' }, { id: 'b', text: 'I tell.', symbol: 'tell-adult', symbolAlt: 'Talking' }] }],
    };
    const el = await mount(html`<aup-form age="ks1" .bundle=${b}></aup-form>`);
    const img = $(el, 'img[part="symbol"]') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal('/img/ask.png');
    expect(img.referrerPolicy).to.equal('no-referrer'); // the school's image never learns the page's address
    expect(img.alt).to.equal('A hand up');
    expect($(el, '[role="img"]').getAttribute('aria-label')).to.equal('Talking');
  });

  it('no read-aloud button where the browser cannot speak', async () => {
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
    const el = await mount(html`<aup-form age="ks1" .bundle=${BARE}></aup-form>`);
    expect($$(el, '[part="read-aloud"]')).to.have.length(0);
    expect($$(el, '[part="statement"] svg')).to.have.length(6);
  });

  it('older pupils and adults: no read-aloud', async () => {
    const el = await mount(html`<aup-form audience="staff" .bundle=${BARE}></aup-form>`);
    expect($$(el, '[part="read-aloud"]')).to.have.length(0);
  });
});

describe('<aup-form> filling in', () => {
  it('"I agree to all of these" ticks and unticks every statement, and shows a partial choice', async () => {
    const el = await mount(html`<aup-form age="ks1" .bundle=${BARE}></aup-form>`);
    const all = byId(el, 'agree-all');
    const boxes = () => $$(el, '[part="statement"] input[type="checkbox"]') as HTMLInputElement[];
    await clickId(el, 'agree-all');
    expect(boxes().every((b) => b.checked)).to.equal(true);
    await clickId(el, boxes()[2].id);
    expect(all.checked).to.equal(false);
    expect(all.indeterminate).to.equal(true);
    await clickId(el, 'agree-all');
    expect(boxes().every((b) => b.checked)).to.equal(true);
    await clickId(el, 'agree-all');
    expect(boxes().some((b) => b.checked)).to.equal(false);
    expect(all.indeterminate).to.equal(false);
  });

  it('shows an error summary that takes focus, links that move focus, messages beside fields, and keeps what was typed', async () => {
    const el = await mount(html`<aup-form age="ks1" .bundle=${BARE}></aup-form>`);
    await clickId(el, 'st-ask');
    await typeIn(el, 'f-pupil.first-name', 'Ava');
    await submit(el);
    await waitUntil(() => shadowFocus(el)?.classList.contains('error-summary'), 'summary not focused');
    const summary = $(el, '.error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.querySelector('h2')!.textContent).to.equal('There is a problem');
    const links = [...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.equal([
      ['#st-apps', 'Tick each statement'],
      ['#f-pupil.class', 'Fill in “Class”'],
      ['#f-parent.name', 'Fill in “Full name”'],
      ['#read', 'Tick this box to sign'],
    ]);
    // Beside the fields, tied to them.
    const cls = byId(el, 'f-pupil.class');
    expect(cls.getAttribute('aria-invalid')).to.equal('true');
    expect(byId(el, cls.getAttribute('aria-describedby')!).textContent).to.contain('Fill in “Class”');
    expect($(el, '[part="fieldset"]').querySelector('.error-message')!.textContent).to.contain('Tick each statement');
    // A link moves focus to its field, without changing the page address.
    const before = location.href;
    (summary.querySelectorAll('a')[1] as HTMLElement).click();
    expect(shadowFocus(el)!.id).to.equal('f-pupil.class');
    (summary.querySelectorAll('a')[0] as HTMLElement).click();
    expect(shadowFocus(el)!.id).to.equal('st-apps');
    expect(location.href).to.equal(before);
    // Nothing lost.
    expect(byId(el, 'f-pupil.first-name').value).to.equal('Ava');
    expect(byId(el, 'st-ask').checked).to.equal(true);
    await expect(el).to.be.accessible();
    // Fixed: the next submit clears the errors.
    await fillKs1(el);
    const sent = intercept(el);
    await submit(el);
    await sent;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
  });

  it('keeps every value when several fields change at once (browser autofill)', async () => {
    const el = await mount(html`<aup-form audience="parent" .bundle=${BARE}></aup-form>`);
    for (const [id, v] of [['f-parent.name', 'Sam Example'], ['f-parent.child-name', 'Ava Example'], ['f-parent.class', 'Oak']]) {
      byId(el, id).value = v;
      byId(el, id).dispatchEvent(new InputEvent('input'));
    }
    for (const id of ['st-s1', 'st-s2']) byId(el, id).click();
    await el.updateComplete;
    const next = intercept(el);
    await clickId(el, 'read');
    await submit(el);
    const env = await next;
    expect(env.data.signatures).to.deep.equal({ parent: { name: 'Sam Example', 'child-name': 'Ava Example', class: 'Oak' } });
  });

  it('sends the envelope: kind, audience, versions, statements, names, consents, date and the text hash', async () => {
    const demo = await fixtureJson('../../demo/policy.json');
    const el = await mount(html`<aup-form audience="parent" endpoint=${ENDPOINT} .bundle=${demo}></aup-form>`);
    await clickId(el, 'agree-all');
    await typeIn(el, 'f-parent.name', '  Sam Example ');
    await typeIn(el, 'f-parent.child-first-name', 'Ava');
    await typeIn(el, 'f-parent.child-class', 'Oak');
    await clickId(el, 'c-photos-website');
    await clickId(el, 'c-learning-apps');
    await clickId(el, 'read');
    const next = intercept(el);
    await submit(el);
    const env = await next;
    const statements = demo.agreements.find((x: { id: string }) => x.id === 'parent').statements;
    expect(env).to.include({ kind: 'agreement', audience: 'parent', locale: 'en-GB', school: 'Larkspur Lane Primary School', policyVersion: '4.0' });
    expect(env.id).to.match(/^[0-9a-f-]{36}$/);
    expect(Date.parse(env.startedAt)).to.be.at.most(Date.parse(env.submittedAt));
    const d = env.data;
    expect(d.agreementId).to.equal('parent');
    expect(d.statements).to.deep.equal(statements.map((s: { id: string }) => s.id));
    expect(d.signatures).to.deep.equal({ parent: { name: 'Sam Example', 'child-first-name': 'Ava', 'child-class': 'Oak' } });
    expect(d.consents).to.deep.equal({ 'photos-website': true, 'photos-newsletter': false, 'learning-apps': true });
    expect(d.date).to.match(/^\d{4}-\d\d-\d\d$/);
    const text = statements.map((s: { text: string }) => s.text).join('\n');
    const hex = [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((x) => x.toString(16).padStart(2, '0')).join('');
    expect(d.textHash).to.equal(`sha256:${hex}`);
    // Cancelled by the host page: the form stays, as it was.
    await el.updateComplete;
    expect(byId(el, 'f-parent.name').value).to.equal('  Sam Example ');
  });

  it('marks the honeypot in the envelope, and keeps it out of reach', async () => {
    const el = await mount(html`<aup-form age="ks1" .bundle=${BARE}></aup-form>`);
    const hp = byId(el, 'hp');
    expect(hp.tabIndex).to.equal(-1);
    expect(hp.getAttribute('autocomplete')).to.equal('off');
    expect(hp.closest('[aria-hidden="true"]')).to.exist;
    expect(hp.closest('.hp')!.getBoundingClientRect().width).to.be.at.most(1);
    await fillKs1(el);
    await typeIn(el, 'hp', 'http://spam.example');
    const next = intercept(el);
    await submit(el);
    const env = (await next) as unknown as { spam?: { honeypot: boolean } };
    expect(env.spam?.honeypot).to.equal(true);
  });

  it('can be completed with the keyboard alone', async () => {
    const wrap = await fixture(html`<div><button id="before">before</button><aup-form audience="staff" .bundle=${BARE}></aup-form></div>`);
    const el = wrap.querySelector('aup-form')!;
    await until(el, 'form');
    wrap.querySelector<HTMLElement>('#before')!.focus();
    const tabTo = async (id: string) => {
      for (let i = 0; i < 20 && shadowFocus(el)?.id !== id; i++) await sendKeys({ press: 'Tab' });
      expect(shadowFocus(el)?.id).to.equal(id);
    };
    await tabTo('agree-all');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(shadowFocus(el)!.id).to.equal('f-adult.name');
    await sendKeys({ type: 'Jo Teacher' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Year 3 teacher' });
    await sendKeys({ press: 'Tab' });
    expect(shadowFocus(el)!.id).to.equal('read'); // the honeypot is skipped
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(shadowFocus(el)!.getAttribute('part')).to.equal('submit');
    const next = intercept(el);
    await sendKeys({ press: 'Enter' });
    const env = await next;
    expect(env.data.signatures).to.deep.equal({ adult: { name: 'Jo Teacher', role: 'Year 3 teacher' } });
    expect(env.data.statements).to.have.length(DEFAULTS.agreements.find((a) => a.id === 'staff')!.statements.length);
  });

  it('fits 320px with no horizontal scroll, young pupils and adults alike', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const tpl of [html`<aup-form age="eyfs" .bundle=${BARE}></aup-form>`, html`<aup-form audience="parent" .bundle=${BARE}></aup-form>`]) {
        const el = await mount(tpl);
        await submit(el); // with the error summary and messages too
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('gives pupils big targets (44px and more)', async () => {
    const el = await mount(html`<aup-form age="ks1" .bundle=${BARE}></aup-form>`);
    for (const sel of ['#st-ask', '#read', '[part="submit"]', '[part="read-aloud"]', 'label[for="st-ask"]'].filter((s) => el.shadowRoot!.querySelector(s))) {
      const r = $(el, sel).getBoundingClientRect();
      expect(Math.max(r.height, $(el, sel).closest('.checkbox-row')?.getBoundingClientRect().height ?? 0), sel).to.be.at.least(44);
    }
  });

  it('is accessible (axe) when empty, for every audience', async () => {
    for (const a of ['eyfs', 'ks2', 'parent', 'visitor']) {
      const el = await mount(html`<aup-form audience=${a} .bundle=${BARE}></aup-form>`);
      await expect(el).to.be.accessible();
    }
  });
});

describe('<aup-form> sending and the receipt', () => {
  beforeEach(async () => {
    await freshStart();
    await clear(outbox);
  });

  it('sent: a receipt with what was agreed, the names, the date and the reference, and a print button', async () => {
    const el = await mount(html`<aup-form age="ks1" .bundle=${BARE}></aup-form>`);
    await fillKs1(el);
    let done: Envelope | undefined;
    el.addEventListener('esafety-submitted', (e) => (done = (e as CustomEvent).detail.envelope));
    await submit(el);
    await until(el, '[part="receipt"]');
    await waitUntil(() => shadowFocus(el)?.id === 'done', 'heading not focused');
    const r = $(el, '[part="receipt"]');
    expect(r.querySelector('h2')!.textContent).to.equal('Thank you: your agreement has been sent');
    expect([...r.querySelectorAll('li')].map((l) => l.textContent)).to.include('I keep my password secret.');
    expect(r.textContent).to.contain('Ava').and.contain('Sam Example').and.contain(done!.id);
    expect(el.submitState?.state).to.equal('sent');
    const printed: number[] = [];
    const realPrint = window.print;
    window.print = () => printed.push(1);
    try {
      $(el, '[part="print"]').click();
    } finally {
      window.print = realPrint;
    }
    expect(printed).to.have.length(1);
    expect(await entries(outbox)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    // Next person on a shared device: a fresh, empty form.
    $(el, '[part="restart"]').click();
    await until(el, 'form');
    expect(byId(el, 'f-pupil.first-name').value).to.equal('');
  });

  it('sending: the button is disabled while it is on its way, and the form stays accessible', async () => {
    await control('plan', { responses: [{ delayMs: 1500 }] });
    const el = await mount(html`<aup-form audience="visitor" .bundle=${BARE}></aup-form>`);
    await clickId(el, 'agree-all');
    await typeIn(el, 'f-adult.name', 'Pat Visitor');
    await clickId(el, 'read');
    await submit(el);
    await waitUntil(() => el.submitState?.state === 'sending', 'not sending');
    expect(($(el, '[part="submit"]') as HTMLButtonElement).disabled).to.equal(true);
    await expect(el).to.be.accessible();
    await until(el, '[part="receipt"]');
  });

  it('waiting: says honestly it is saved and not sent; sends it later', async () => {
    await control('plan', { responses: [{ status: 503 }] });
    const el = await mount(html`<aup-form audience="visitor" .bundle=${BARE}></aup-form>`);
    await clickId(el, 'agree-all');
    await typeIn(el, 'f-adult.name', 'Pat Visitor');
    await clickId(el, 'read');
    await submit(el);
    await until(el, '[part="receipt"]');
    expect($(el, '#done').textContent).to.equal('Waiting to send');
    expect(await spoken(el, '[part="receipt"] [role="status"]')).to.contain('Saved on this device');
    await expect(el).to.be.accessible();
    // The retry goes through (the receiver answers 201 now) and the receipt says so.
    await waitUntil(() => $(el, '#done').textContent === 'Thank you: your agreement has been sent', 'not sent on retry', { timeout: 8000 });
    expect(await entries(outbox)).to.deep.equal([]);
  });

  it('rejected (4xx): a clear error at the top, everything kept, and it can be sent again', async () => {
    await control('plan', { responses: [{ status: 422 }] });
    const el = await mount(html`<aup-form age="ks1" .bundle=${BARE}></aup-form>`);
    await fillKs1(el);
    await submit(el);
    await until(el, '[part="submit-error"]');
    await waitUntil(() => shadowFocus(el)?.getAttribute('part') === 'submit-error');
    expect($(el, '[part="submit-error"]').textContent).to.contain('422');
    expect(byId(el, 'f-parent.name').value).to.equal('Sam Example');
    expect(byId(el, 'read').checked).to.equal(true);
    await submit(el);
    await until(el, '[part="receipt"]');
  });

  it('the button is disabled while sending, so a double click sends once', async () => {
    await control('plan', { responses: [{ delayMs: 300 }] });
    const el = await mount(html`<aup-form age="ks1" .bundle=${BARE}></aup-form>`);
    await fillKs1(el);
    const seen: string[] = [];
    el.addEventListener('esafety-submit', (e) => seen.push((e as CustomEvent).detail.envelope.id));
    const button = $(el, '[part="submit"]') as HTMLButtonElement;
    button.click();
    button.click();
    await waitUntil(() => button.disabled || el.shadowRoot!.querySelector('[part="receipt"]'));
    button.click();
    await until(el, '[part="receipt"]');
    expect(seen).to.have.length(1);
  });
});

describe('<aup-form> "Save a copy" (aup-form/receipt.ts)', () => {
  it('offers the agreement as a text file while it waits to send, not once sent, and lets the file go when the form is done with it', async () => {
    const { afterSubmit, forgetCopy } = await import('../src/aup-form/receipt.js');
    const { withDefaults } = await import('../src/bundle/merge.js');
    const b = withDefaults({});
    const a = b.agreements.find((x) => x.id === 'visitor')!;
    const envelope = {
      id: 'e2e0c1aa-0000-4000-8000-000000000001',
      kind: 'agreement',
      locale: 'en-GB',
      startedAt: '2026-12-02T10:00:00.000Z',
      submittedAt: '2026-12-02T10:01:00.000Z',
      data: { agreementId: 'visitor', statements: a.statements.map((x) => x.id), signatures: { adult: { name: 'Pat Visitor', organisation: '' } }, consents: {}, date: '2026-12-02', textHash: 'sha256:0' },
    } as unknown as Envelope;
    const form = {};
    const shown = (state: 'waiting' | 'sent') =>
      afterSubmit(form, { a, b, s: state === 'sent' ? { state, envelope, status: 200 } : { state, envelope, stored: true, error: 'offline' }, lang: 'en-GB', busy: false, again: () => {}, level: 2, apart: () => undefined } as Parameters<typeof afterSubmit>[1]);
    const waiting = shown('waiting');
    expect(waiting.view, 'the receipt').to.exist;
    const box = await fixture(html`<div>${waiting.save}</div>`);
    const link = box.querySelector('a[part="save"]') as HTMLAnchorElement;
    expect(link.download).to.equal('agreement-2026-12-02.txt');
    expect(await (await fetch(link.href)).text()).to.contain('Pat Visitor').and.contain(envelope.id);
    expect(shown('sent').save, 'no copy to save once sent').to.equal(false);
    forgetCopy(form);
    let gone = false;
    await fetch(link.href).catch(() => (gone = true));
    expect(gone, 'the file is let go').to.equal(true);
  });
});

describe('<aup-form> when the school’s system answers 200 but says it failed', () => {
  beforeEach(async () => {
    await freshStart();
    await clear(outbox);
  });

  const fillVisitor = async (el: AupForm) => {
    await clickId(el, 'agree-all');
    await typeIn(el, 'f-adult.name', 'Pat Visitor');
    await clickId(el, 'read');
  };

  it('200 {"result":"error"}: never "sent"; retried, then not sent with the form kept and a copy to print or save; events say so', async function () {
    this.timeout(30000);
    await plan(...Array.from({ length: MAX_REFUSALS }, () => ({ body: { result: 'error', error: 'Exception: Service Spreadsheets failed' } })));
    const el = await mount(html`<aup-form audience="visitor" .bundle=${BARE}></aup-form>`);
    const events: [string, boolean | undefined][] = [];
    for (const t of ['esafety-submitted', 'esafety-submit-failed'])
      el.addEventListener(t, (e) => events.push([e.type, (e as CustomEvent).detail.willRetry]));
    await fillVisitor(el);
    await submit(el);
    await until(el, '[part="receipt"]');
    expect($(el, '#done').textContent).to.equal('Waiting to send');
    expect(events).to.deep.equal([['esafety-submit-failed', true]]);
    // Given up after a few tries: the form again, with what was typed, and why it was not sent.
    await until(el, '[part="submit-error"]', 20000);
    await waitUntil(() => shadowFocus(el)?.getAttribute('part') === 'submit-error', 'the box is not focused');
    expect($(el, '[part="submit-error"] p').textContent).to.equal(
      'Not sent: the school’s system answered that it could not take it. Your answers are kept: please try again later, or print or save a copy.',
    );
    expect(byId(el, 'f-adult.name').value).to.equal('Pat Visitor');
    expect(byId(el, 'read').checked).to.equal(true);
    expect(events.filter(([t]) => t === 'esafety-submitted')).to.deep.equal([]);
    expect(events.at(-1)).to.deep.equal(['esafety-submit-failed', false]);
    expect(events.slice(0, -1).every(([t, retry]) => t === 'esafety-submit-failed' && retry === true)).to.equal(true);
    expect(el.submitState?.state).to.equal('rejected');
    // The copy: a text file with the agreement, the name and the reference.
    const save = $(el, '[part="submit-error"] [part="save"]') as HTMLAnchorElement;
    expect(save.download).to.match(/^agreement-\d{4}-\d\d-\d\d\.txt$/);
    const copy = await (await fetch(save.href)).text();
    expect(copy).to.contain('Pat Visitor').and.contain(el.submitState!.envelope.id).and.contain('I have read');
    const printed: number[] = [];
    const realPrint = window.print;
    window.print = () => printed.push(1);
    try {
      $(el, '[part="submit-error"] [part="print"]').click();
    } finally {
      window.print = realPrint;
    }
    expect(printed).to.have.length(1);
    expect(el.submitState?.state).to.equal('rejected'); // the Print button does not submit the form
    expect((await log()).length).to.equal(MAX_REFUSALS);
    expect(await records()).to.deep.equal([]);
    expect(await entries(outbox)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    // Sent again once the school's system works: exactly one record.
    await submit(el);
    await until(el, '[part="receipt"]');
    await waitUntil(() => el.submitState?.state === 'sent', 'not sent');
    expect((await records()).map((r) => (r.envelope.data as unknown as AgreementData).signatures.adult.name)).to.deep.equal(['Pat Visitor']);
  });

  it('confirm="id": an HTML page with 200 is not sent; the attribute is checked', async () => {
    await plan({ body: '<!doctype html><title>Error</title><p>TypeError: x is undefined</p>' });
    const el = await mount(html`<aup-form audience="visitor" confirm="id" .bundle=${BARE}></aup-form>`);
    await fillVisitor(el);
    const failed = new Promise<CustomEvent>((ok) => el.addEventListener('esafety-submit-failed', (e) => ok(e as CustomEvent), { once: true }));
    await submit(el);
    const f = await failed;
    expect([f.detail.willRetry, f.detail.error]).to.deep.equal([true, 'the server answered 200 but its answer is not the JSON confirmation expected (for example an error page)']);
    await until(el, '[part="receipt"]');
    expect($(el, '#done').textContent).to.equal('Waiting to send');
    await waitUntil(() => el.submitState?.state === 'sent', 'not sent on retry', { timeout: 8000 });
    expect(await records()).to.have.length(1);
    const bad = await fixture<AupForm>(html`<aup-form audience="visitor" confirm="maybe" .bundle=${BARE}></aup-form>`);
    await until(bad, '.bundle-error');
    expect($(bad, '.bundle-error').textContent).to.contain('the confirm attribute').and.contain('"maybe" is not a confirmation rule');
  });

  it('submit.confirm in the bundle is used, and an unknown value is refused where it is wrong', async () => {
    await plan({ body: { ok: true } });
    const el = await mount(html`<aup-form audience="visitor" .bundle=${{ submit: { endpoint: ENDPOINT, confirm: 'id' } }}></aup-form>`);
    await fillVisitor(el);
    await submit(el);
    await waitUntil(() => el.submitState?.state === 'waiting', 'an answer without the id counted as sent');
    await waitUntil(() => el.submitState?.state === 'sent', 'not sent on retry', { timeout: 8000 });
    const bad = await fixture<AupForm>(html`<aup-form audience="visitor" .bundle=${{ submit: { endpoint: ENDPOINT, confirm: 'yes' } }}></aup-form>`);
    await until(bad, '.bundle-error');
    expect($(bad, '.bundle-error').textContent).to.contain('submit.confirm');
  });
});

describe('<aup-form> in Welsh', () => {
  afterEach(async () => {
    const reset = await mount(html`<aup-form lang="en-GB" age="ks1" .bundle=${BARE}></aup-form>`);
    await waitUntil(() => getLocale() === 'en-GB' && $(reset, '[part="submit"]').textContent === 'Sign and send');
  });

  it('Welsh statements, labels, messages and receipt', async () => {
    const el = await mount(html`<aup-form age="ks1" lang="cy" .bundle=${BARE}></aup-form>`);
    await waitUntil(() => getLocale() === 'cy' && $(el, '[part="submit"]').textContent !== 'Sign and send', 'Welsh UI not loaded');
    expect($(el, '[part="title"]').textContent).to.equal('Fy addewid ar-lein');
    expect($(el, 'label[for="st-ask"]').textContent).to.equal('Dw i’n gofyn i oedolyn cyn mynd ar-lein.');
    expect($(el, 'form').getAttribute('lang')).to.equal('cy');
    await submit(el);
    await waitUntil(() => shadowFocus(el)?.classList.contains('error-summary'));
    expect($(el, '.error-summary h2').textContent).to.not.equal('There is a problem');
    await expect(el).to.be.accessible();
    await fillKs1(el);
    const next = intercept(el);
    await submit(el);
    const env = await next;
    expect(env.locale).to.equal('cy');
    const hex = [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(DEFAULTS.agreements.find((a) => a.id === 'ks1')!.statements.map((s) => (s.text as Record<string, string>).cy).join('\n'))))]
      .map((x) => x.toString(16).padStart(2, '0'))
      .join('');
    expect(env.data.textHash).to.equal(`sha256:${hex}`);
  });
});
