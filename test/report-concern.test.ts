import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { clear, entries } from 'idb-keyval';
import type { TemplateResult } from 'lit';
import '../src/report-concern/index.js';
import type { ConcernData, ReportConcern } from '../src/report-concern/index.js';
import { getLocale } from '../src/i18n/localization.js';
import type { Envelope } from '../src/submit/types.js';
import { $, $$, byId, clickId, intercept as interceptEnvelope, shadowFocus, spoken, typeIn, fixtureJson, until } from './helpers.js';
import { ENDPOINT, freshStart, outboxStore, plan, records } from './receiver-client.js';

const BARE = { submit: { endpoint: ENDPOINT } };

async function mount(tpl: TemplateResult): Promise<ReportConcern> {
  const el = await fixture<ReportConcern>(tpl);
  await until(el, 'form, .bundle-error');
  return el;
}

const text = (el: Element, sel: string) => $(el, sel).textContent!.replace(/\s+/g, ' ').trim();
/** A definition list as "term: definition" lines. */
const pairs = (dl: Element) => [...dl.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
const routeNames = (el: Element) => $$(el, '[part="route"] b').map((b) => b.textContent!.trim());


/** Choose a radio by group and value (the first option has the group's id). */
async function choose(el: ReportConcern, group: string, value: string) {
  const first = byId(el, group);
  await clickId(el, first.value === value ? group : `${group}.${value}`);
}

/** A complete report from a parent, named. */
async function fill(el: ReportConcern, what = 'A stranger messaged my son in a game and asked for photos.') {
  await choose(el, 'role', 'parent');
  await choose(el, 'category', 'contact');
  await typeIn(el, 'what', what);
  await typeIn(el, 'where', 'BlockWorld chat');
  await typeIn(el, 'name', 'Sam Example');
  await typeIn(el, 'contact', 'sam@example.org');
}

const intercept = (el: Element) => interceptEnvelope<ConcernData>(el);

const submit = async (el: ReportConcern) => {
  $(el, '[part="submit"]').click();
  await el.updateComplete;
};

/** No way to attach a picture, in whatever state the element is. */
const noUpload = (el: Element) => {
  expect(el.shadowRoot!.querySelectorAll('input[type="file"], [contenteditable]').length).to.equal(0);
  expect(document.querySelectorAll('input[type="file"]').length).to.equal(0);
};

/** Everything the browser keeps for this site: Web Storage entries and every IndexedDB record. */
async function storedAnywhere(): Promise<number> {
  let n = localStorage.length + sessionStorage.length;
  for (const { name } of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open(name!);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    for (const store of db.objectStoreNames)
      n += await new Promise<number>((ok) => {
        const r = db.transaction(store).objectStore(store).count();
        r.onsuccess = () => ok(r.result);
      });
    db.close();
  }
  return n;
}

const mine = async (id: string) => (await records()).filter((r) => r.envelope.id === id);

beforeEach(async () => {
  await freshStart();
  await clear(outboxStore);
});

describe('<report-concern> routes and the 999 notice', () => {
  it('works bare with an endpoint attribute: 999 first, then the routes, then the form', async () => {
    const el = await mount(html`<report-concern endpoint=${ENDPOINT}></report-concern>`);
    const top = $(el, '.concern').children;
    expect([...top].map((x) => x.getAttribute('part'))).to.deep.equal(['urgent', 'routes', 'form']);
    expect(text(el, '[part="urgent"] h2')).to.equal('If someone is in immediate danger, call 999');
    expect($(el, '[part="call"]').getAttribute('href')).to.equal('tel:999');
    expect(text(el, '[part="urgent"]')).to.contain('call the police or an ambulance now');
    // Before the reporter says who they are: only the routes for everyone, and a pointer to the question.
    expect(routeNames(el)).to.deep.equal(['CEOP Safety Centre']);
    expect(text(el, '[part="routes"]')).to.contain('Say who you are in the form below to see more.');
    // The defaults: four kinds of concern, four kinds of reporter.
    expect($$(el, 'input[name="role"]').map((r) => (r as HTMLInputElement).value)).to.deep.equal(['pupil', 'parent', 'staff', 'other']);
    expect($$(el, 'input[name="category"]').map((r) => (r as HTMLInputElement).value)).to.deep.equal(['content', 'contact', 'conduct', 'commerce']);
    expect($(el, 'label[for="category.conduct"]').textContent).to.equal('How someone is behaving');
    expect(byId(el, 'category.conduct').getAttribute('aria-describedby')).to.equal('category.conduct.hint');
    expect(byId(el, 'category.conduct.hint').textContent).to.contain('bullying');
    noUpload(el);
    await expect(el).to.be.accessible();
  });

  const expected: Record<string, string[]> = {
    pupil: ['CEOP Safety Centre', 'Childline', 'Report Remove'],
    parent: ['CEOP Safety Centre', 'Report Remove', 'NSPCC Helpline', 'Report Harmful Content', 'Internet Watch Foundation'],
    staff: ['CEOP Safety Centre', 'NSPCC Helpline', 'Internet Watch Foundation', 'Professionals Online Safety Helpline'],
    other: ['CEOP Safety Centre', 'NSPCC Helpline', 'Report Harmful Content', 'Internet Watch Foundation'],
  };
  for (const [role, names] of Object.entries(expected)) {
    it(`${role}: the routes for them, and the 999 notice still first`, async () => {
      const el = await mount(html`<report-concern .bundle=${BARE}></report-concern>`);
      await choose(el, 'role', role);
      expect(routeNames(el)).to.deep.equal(names);
      expect($(el, '.concern').firstElementChild!.getAttribute('part')).to.equal('urgent');
      expect(el.shadowRoot!.querySelector('[part="routes"] .hint')).to.equal(null);
    });
  }

  it('narrows the routes to what happened, and updates as the answers change', async () => {
    const el = await mount(html`<report-concern .bundle=${BARE}></report-concern>`);
    await choose(el, 'role', 'parent');
    await choose(el, 'category', 'content');
    expect(routeNames(el)).to.deep.equal(['NSPCC Helpline', 'Report Harmful Content', 'Internet Watch Foundation']);
    await choose(el, 'category', 'contact');
    expect(routeNames(el)).to.deep.equal(['CEOP Safety Centre', 'Report Remove', 'NSPCC Helpline']);
    await choose(el, 'role', 'pupil');
    expect(routeNames(el)).to.deep.equal(['CEOP Safety Centre', 'Childline', 'Report Remove']);
    await choose(el, 'category', 'commerce');
    expect(routeNames(el)).to.deep.equal(['Childline']);
  });

  it('routes have phone (tel:) and web links that leave with no referrer, and their hours', async () => {
    const el = await mount(html`<report-concern reporter="pupil" .bundle=${BARE}></report-concern>`);
    const childline = $$(el, '[part="route"]').find((li) => li.textContent!.includes('Childline'))!;
    const [web, phone] = [...childline.querySelectorAll('a')];
    expect(web.getAttribute('href')).to.equal('https://www.childline.org.uk/');
    expect(web.rel).to.equal('noopener noreferrer');
    expect(phone.getAttribute('href')).to.equal('tel:08001111');
    expect(childline.textContent).to.contain('24 hours a day');
  });

  it('the bundle sets its own categories, routes (with what they fit), roles, urgent notice and readers', async () => {
    const demo = await fixtureJson('../../demo/policy.json');
    const b = {
      ...demo,
      concern: {
        ...demo.concern,
        reporterRoles: ['parent', 'staff'],
        readBy: ['dsl', 'deputy-dsl-siddiqui'],
        responseTime: 'School days, 8am to 5pm',
        routes: [{ id: 'local', name: 'Ashcombe Vale children’s services', description: 'The front door team.', phone: '01632 960999', for: ['parent'], about: ['school-device'] }],
      },
    };
    const el = await mount(html`<report-concern .bundle=${b}></report-concern>`);
    expect(text(el, '[part="urgent"]')).to.contain('In school hours you can also ring our DSL');
    expect($(el, '[part="urgent"] a[href="tel:+441632960142"]')).to.exist;
    expect($$(el, 'input[name="role"]').map((r) => (r as HTMLInputElement).value)).to.deep.equal(['parent', 'staff']);
    expect($(el, 'label[for="category.school-device"]').textContent).to.equal('A problem with a school device or learning app');
    expect(pairs($(el, 'form dl'))).to.deep.equal([
      'Who will read it: Rebecca Haworth (Designated Safeguarding Lead), Amir Siddiqui (Deputy Designated Safeguarding Lead)',
      'When: School days, 8am to 5pm',
    ]);
    await choose(el, 'role', 'parent');
    await choose(el, 'category', 'school-device');
    expect(routeNames(el)).to.deep.equal(['NSPCC Helpline', 'Ashcombe Vale children’s services']);
    // One role only: it is chosen already.
    const one = await mount(html`<report-concern .bundle=${{ ...BARE, concern: { reporterRoles: ['staff'] } }}></report-concern>`);
    expect(byId(one, 'role').checked).to.equal(true);
    expect(routeNames(one)).to.include('Professionals Online Safety Helpline');
  });

  it('a reporter attribute chooses who is reporting in advance; a wrong one, an unknown reader or no endpoint is a clear error', async () => {
    const el = await mount(html`<report-concern reporter="staff" .bundle=${BARE}></report-concern>`);
    expect(byId(el, 'role.staff').checked).to.equal(true);
    expect(routeNames(el)).to.include('Professionals Online Safety Helpline');
    const errors: unknown[] = [];
    const onError = (e: Event) => errors.push((e as CustomEvent).detail.issues);
    window.addEventListener('esafety-bundle-error', onError);
    try {
      const odd = await mount(html`<report-concern reporter="teacher" .bundle=${BARE}></report-concern>`);
      expect(text(odd, '.bundle-error')).to.contain('"teacher" is not one of: pupil, parent, staff, other');
      const reader = await mount(html`<report-concern .bundle=${{ ...BARE, concern: { readBy: ['nobody'] } }}></report-concern>`);
      expect(text(reader, '.bundle-error')).to.contain('concern.readBy[0]').and.contain('"nobody" is not the id of a contact');
      const none = await mount(html`<report-concern .bundle=${{}}></report-concern>`);
      expect(text(none, '.bundle-error')).to.contain('submit.endpoint');
      await expect(none).to.be.accessible();
      noUpload(none);
      expect(errors).to.have.length(3);
    } finally {
      window.removeEventListener('esafety-bundle-error', onError);
    }
  });
});

describe('<report-concern> the form', () => {
  it('pupils get short, kind words; adults a name and a way to be contacted', async () => {
    const el = await mount(html`<report-concern .bundle=${BARE}></report-concern>`);
    await choose(el, 'role', 'pupil');
    expect(text(el, 'form')).to.contain('Telling us is the right thing to do.');
    expect(byId(el, 'what-hint').textContent).to.equal('Tell us in your own words.');
    expect($(el, 'label[for="contact"]').textContent).to.equal('Your class (optional)');
    expect(byId(el, 'name').getAttribute('autocomplete')).to.equal('off');
    await choose(el, 'role', 'parent');
    expect(text(el, 'form')).not.to.contain('Telling us is the right thing to do.');
    expect($(el, 'label[for="contact"]').textContent).to.equal('Phone number or email (optional)');
    expect(byId(el, 'name').getAttribute('autocomplete')).to.equal('name');
    await expect(el).to.be.accessible();
  });

  it('says plainly never to send a picture, links to Report Remove, and has no upload, drop or image paste', async () => {
    const el = await mount(html`<report-concern .bundle=${{ ...BARE, concern: { routes: [{ id: 'report-remove', name: 'Ours', description: 'x', url: 'https://example.org/rr' }] } }}></report-concern>`);
    const notice = text(el, '[part="no-pictures"]');
    expect(notice).to.contain('Do not send us any pictures or videos.');
    expect(notice).to.contain('Do not upload, screenshot, forward or send any picture');
    const a = $(el, '[part="no-pictures"] a');
    expect(a.getAttribute('href')).to.equal('https://example.org/rr');
    // Even with the route left out by the school, the notice keeps its link.
    const omitted = await mount(html`<report-concern .bundle=${{ ...BARE, omitDefaults: ['report-remove'] }}></report-concern>`);
    expect($(omitted, '[part="no-pictures"] a').textContent).to.equal('Report Remove');
    noUpload(el);
    const files = () => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], 'photo.png', { type: 'image/png' }));
      return dt;
    };
    const paste = new ClipboardEvent('paste', { clipboardData: files(), bubbles: true, cancelable: true, composed: true });
    byId(el, 'what').dispatchEvent(paste);
    expect(paste.defaultPrevented).to.equal(true);
    const drop = new DragEvent('drop', { dataTransfer: files(), bubbles: true, cancelable: true, composed: true });
    $(el, '[part="urgent"]').dispatchEvent(drop);
    expect(drop.defaultPrevented).to.equal(true);
    const words = new DataTransfer();
    words.setData('text/plain', 'just words');
    const pasteText = new ClipboardEvent('paste', { clipboardData: words, bubbles: true, cancelable: true, composed: true });
    byId(el, 'what').dispatchEvent(pasteText);
    expect(pasteText.defaultPrevented).to.equal(false);
  });

  it('errors: a summary that takes focus and links to each field, messages beside them, nothing lost', async () => {
    const el = await mount(html`<report-concern .bundle=${BARE}></report-concern>`);
    await typeIn(el, 'where', 'A game');
    await submit(el);
    await waitUntil(() => shadowFocus(el)?.classList.contains('error-summary'), 'summary not focused');
    const links = [...$(el, '.error-summary').querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.equal([
      ['#role', 'Choose who you are'],
      ['#category', 'Choose what kind of thing happened'],
      ['#what', 'Tell us what happened'],
      ['#name', 'Fill in “Your name”'],
    ]);
    ($(el, '.error-summary a[href="#category"]') as HTMLElement).click();
    expect(shadowFocus(el)!.id).to.equal('category');
    expect(byId(el, 'what').getAttribute('aria-invalid')).to.equal('true');
    expect(byId(el, 'what').getAttribute('aria-describedby')).to.equal('what-hint what-error what-count');
    expect(byId(el, 'where').value).to.equal('A game');
    noUpload(el);
    await expect(el).to.be.accessible();
  });

  it('length limits: the bundle’s limit as maxlength and "x of N characters", a polite warning only near it, and checked', async () => {
    const el = await mount(html`<report-concern .bundle=${{ ...BARE, concern: { maxLength: 100 } }}></report-concern>`);
    const what = byId(el, 'what');
    expect(what.getAttribute('maxlength')).to.equal('100');
    expect(byId(el, 'what-count').textContent).to.equal('0 of 100 characters');
    const live = $(el, '.field [aria-live="polite"]');
    await typeIn(el, 'what', 'x'.repeat(50));
    expect(byId(el, 'what-count').textContent).to.equal('50 of 100 characters');
    expect(live.textContent).to.equal('');
    expect(byId(el, 'what-count').getAttribute('aria-live')).to.equal(null);
    await typeIn(el, 'what', 'x'.repeat(93));
    expect(live.textContent).to.equal('You have 7 characters left');
    // Over the limit (set by a script, not typed): refused with a clear message.
    await typeIn(el, 'what', 'x'.repeat(101));
    for (const id of ['when', 'where', 'involved', 'name', 'contact']) expect(byId(el, id).getAttribute('maxlength'), id).to.equal('200');
    await typeIn(el, 'where', 'y'.repeat(201));
    await submit(el);
    const messages = [...$(el, '.error-summary').querySelectorAll('a')].map((a) => a.textContent);
    expect(messages).to.include('“What happened?” must be 100 characters or fewer');
    expect(messages).to.include('“Where did it happen?” must be 200 characters or fewer');
    // The default limit.
    const bare = await mount(html`<report-concern .bundle=${BARE}></report-concern>`);
    expect(byId(bare, 'what').getAttribute('maxlength')).to.equal('4000');
  });

  it('sends kind "concern" with who, what kind, what happened, the details given, the name and contact', async () => {
    const demo = await fixtureJson('../../demo/policy.json');
    const el = await mount(html`<report-concern endpoint=${ENDPOINT} .bundle=${demo}></report-concern>`);
    await fill(el);
    await typeIn(el, 'when', '  ');
    const next = intercept(el);
    await submit(el);
    const env = await next;
    expect(env).to.include({ kind: 'concern', audience: 'parent', locale: 'en-GB', school: 'Larkspur Lane Primary School' });
    expect(env.id).to.match(/^[0-9a-f-]{36}$/);
    expect(env.data).to.deep.equal({
      reporter: 'parent',
      category: 'contact',
      categoryLabel: 'Someone making contact',
      what: 'A stranger messaged my son in a game and asked for photos.',
      where: 'BlockWorld chat',
      anonymous: false,
      name: 'Sam Example',
      contact: 'sam@example.org',
    });
  });

  it('anonymous: no name or contact fields, and none in the envelope or at the receiver', async () => {
    const el = await mount(html`<report-concern .bundle=${BARE}></report-concern>`);
    await fill(el);
    await clickId(el, 'anonymous');
    expect(el.shadowRoot!.getElementById('name')).to.equal(null);
    expect(el.shadowRoot!.getElementById('contact')).to.equal(null);
    noUpload(el);
    await expect(el).to.be.accessible();
    let sent: Envelope | undefined;
    el.addEventListener('esafety-submit', (e) => (sent = (e as CustomEvent).detail.envelope));
    await submit(el);
    await until(el, '[part="receipt"]');
    expect(sent!.data).to.include({ anonymous: true });
    expect(sent!.data).to.not.have.any.keys('name', 'contact');
    const [rec] = await mine(sent!.id);
    expect(rec.envelope.data).to.not.have.any.keys('name', 'contact');
    expect(rec.rawBody).to.not.contain('Sam Example').and.not.contain('sam@example.org');
    const dl = pairs($(el, '[part="receipt"] dl:last-of-type'));
    expect(dl).to.include('Name: Anonymous');
    expect(dl.join('\n')).to.not.contain('Sam Example').and.not.contain('sam@example.org');
  });

  it('when the bundle does not allow anonymous reports, there is no such choice and a name is needed', async () => {
    const el = await mount(html`<report-concern .bundle=${{ ...BARE, concern: { allowAnonymous: false } }}></report-concern>`);
    expect(el.shadowRoot!.getElementById('anonymous')).to.equal(null);
    await choose(el, 'role', 'staff');
    await choose(el, 'category', 'conduct');
    await typeIn(el, 'what', 'Unkind messages in a class group chat.');
    await submit(el);
    expect([...$(el, '.error-summary').querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['Fill in “Your name”']);
    await typeIn(el, 'name', 'Jo Teacher');
    const next = intercept(el);
    await submit(el);
    expect((await next).data).to.include({ anonymous: false, name: 'Jo Teacher' });
  });

  it('bundle text and typed text are shown as text; unsafe links are refused', async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const b = {
      ...BARE,
      school: { name: payload, contacts: [{ id: 'dsl', role: 'dsl', name: `<b>${payload}</b>` }] },
      concern: {
        categories: [{ id: 'evil', label: payload, hint: `<script>window.__xss=1</script>` }],
        routes: [{ id: 'evil-route', name: payload, description: payload, url: 'https://example.org/' }],
        urgentNotice: `${payload} **now**`,
      },
    };
    const el = await mount(html`<report-concern reporter="other" .bundle=${b}></report-concern>`);
    expect($(el, 'label[for="category.evil"]').textContent).to.equal(payload);
    expect(text(el, '[part="urgent"]')).to.contain(payload);
    expect(routeNames(el)).to.include(payload);
    await choose(el, 'category', 'evil');
    await typeIn(el, 'what', `<script>window.__xss=1</script>${payload}`);
    await typeIn(el, 'name', payload);
    await clickId(el, 'anonymous');
    await submit(el);
    await until(el, '[part="receipt"]');
    expect(text(el, '[part="receipt"]')).to.contain(`<script>window.__xss=1</script>${payload}`);
    expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    // javascript: links never load.
    for (const bad of [
      { concern: { routes: [{ id: 'x', name: 'X', description: 'X', url: 'javascript:alert(1)' }] } },
      { concern: { urgentNotice: '[call](javascript:alert(1))' } },
    ]) {
      const refused = await mount(html`<report-concern .bundle=${{ ...BARE, ...bad }}></report-concern>`);
      expect(text(refused, '.bundle-error')).to.contain('javascript:');
      expect(refused.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    }
  });

  it('can be completed with the keyboard alone, from the first field to the receipt and back', async () => {
    const wrap = await fixture(html`<div><button id="before">before</button><report-concern .bundle=${BARE}></report-concern></div>`);
    const el = wrap.querySelector('report-concern')!;
    await until(el, 'form');
    wrap.querySelector<HTMLElement>('#before')!.focus();
    const tabTo = async (id: string) => {
      for (let i = 0; i < 20 && shadowFocus(el)?.id !== id; i++) await sendKeys({ press: 'Tab' });
      expect(shadowFocus(el)?.id).to.equal(id);
    };
    await tabTo('role');
    await sendKeys({ press: 'ArrowDown' }); // a parent
    expect(byId(el, 'role.parent').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(shadowFocus(el)!.id).to.equal('category');
    await sendKeys({ press: 'Space' });
    await tabTo('what');
    await sendKeys({ type: 'Upsetting videos shown to my daughter.' });
    await sendKeys({ press: 'Tab' });
    expect(shadowFocus(el)!.id).to.equal('when');
    await sendKeys({ type: 'Saturday' });
    await tabTo('anonymous');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(shadowFocus(el)!.getAttribute('part')).to.equal('submit'); // the honeypot is skipped
    await sendKeys({ press: 'Enter' });
    await until(el, '[part="receipt"]');
    await waitUntil(() => shadowFocus(el)?.id === 'done', 'heading not focused');
    const reference = el.submitState!.envelope;
    expect(reference.data).to.include({ reporter: 'parent', category: 'content', what: 'Upsetting videos shown to my daughter.', when: 'Saturday', anonymous: true });
    for (let i = 0; i < 30 && shadowFocus(el)?.getAttribute('part') !== 'restart'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(el, 'form');
    await waitUntil(() => shadowFocus(el)?.id === 'form-title', 'form title not focused');
    expect(byId(el, 'what').value).to.equal('');
    expect(byId(el, 'role.parent').checked).to.equal(false);
  });

  it('fits 320px with no horizontal scroll: the form with errors, and the receipt', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const demo = await fixtureJson('../../demo/policy.json');
      const el = await mount(html`<report-concern endpoint=${ENDPOINT} .bundle=${demo}></report-concern>`);
      const fits = () => {
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      };
      await submit(el);
      fits();
      await plan({ status: 503, retryAfter: 60 });
      await fill(el, 'https://a-very-long-address.example.org/with/a/path/that/goes/on/and/on/and/never/breaks');
      await submit(el);
      await until(el, '[part="receipt"]');
      fits();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<report-concern> sending, the receipt and browser storage', () => {
  it('sent: who reads it (the DSL by name) and when, the urgent routes again, a printable copy; nothing kept', async () => {
    const demo = await fixtureJson('../../demo/policy.json');
    const el = await mount(html`<report-concern endpoint=${ENDPOINT} .bundle=${demo}></report-concern>`);
    expect(await storedAnywhere()).to.equal(0);
    await fill(el);
    await typeIn(el, 'involved', 'A player called “Shadow99”');
    await submit(el);
    await until(el, '[part="receipt"]');
    await waitUntil(() => shadowFocus(el)?.id === 'done', 'heading not focused');
    const r = $(el, '[part="receipt"]');
    expect(text(el, '#done')).to.equal('Thank you: your report has been sent');
    expect(await spoken(el, '[part="receipt"] [role="status"]')).to.equal('The school has your report.');
    const [readers] = r.querySelectorAll('dl');
    expect(readers.textContent!.replace(/\s+/g, ' ')).to.contain('Rebecca Haworth (Designated Safeguarding Lead)').and.contain('During school hours. This form is not watched round the clock.');
    expect(r.querySelector('[part="urgent"] a[href="tel:999"]')).to.exist;
    expect([...r.querySelectorAll('[part="route"] b')].map((b) => b.textContent!.trim())).to.deep.equal(['CEOP Safety Centre', 'Report Remove', 'NSPCC Helpline']);
    // The copy, laid out for the DSL's record.
    const env = el.submitState!.envelope;
    const rows = [...r.querySelectorAll('dl:last-of-type dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]);
    expect(rows.map(([k]) => k)).to.deep.equal(['Date and time', 'Reference', 'Reported by', 'Kind of concern', 'What happened?', 'Where did it happen?', 'Who was involved?', 'Name', 'Contact']);
    expect(rows[0][1]).to.match(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d$/);
    expect(rows.slice(1).map(([, v]) => v)).to.deep.equal([env.id, 'A parent or carer', 'Someone making contact', 'A stranger messaged my son in a game and asked for photos.', 'BlockWorld chat', 'A player called “Shadow99”', 'Sam Example', 'sam@example.org']);
    expect(r.querySelector('[part="save"]')).to.equal(null);
    const printed: number[] = [];
    const realPrint = window.print;
    window.print = () => printed.push(1);
    try {
      $(el, '[part="print"]').click();
    } finally {
      window.print = realPrint;
    }
    expect(printed).to.have.length(1);
    expect(await mine(env.id)).to.have.length(1);
    expect(await storedAnywhere()).to.equal(0);
    noUpload(el);
    await expect(el).to.be.accessible();
    $(el, '[part="restart"]').click();
    await until(el, 'form');
    expect(byId(el, 'name').value).to.equal('');
    expect(await storedAnywhere()).to.equal(0);
  });

  it('sent by a pupil: “You did the right thing by telling us.”, and their class', async () => {
    const el = await mount(html`<report-concern reporter="pupil" .bundle=${BARE}></report-concern>`);
    await choose(el, 'category', 'conduct');
    await typeIn(el, 'what', 'Someone in my class keeps sending mean messages.');
    await typeIn(el, 'name', 'Ava');
    await typeIn(el, 'contact', 'Oak');
    await submit(el);
    await until(el, '[part="receipt"]');
    expect(text(el, '#done')).to.equal('Thank you for telling us');
    expect(await spoken(el, '[part="receipt"] [role="status"]')).to.equal('You did the right thing by telling us.');
    expect(pairs($(el, '[part="receipt"] dl'))[0]).to.equal('Who will read it: The school’s Designated Safeguarding Lead');
    expect(pairs($(el, '[part="receipt"] dl:last-of-type'))).to.include('Class: Oak');
    await expect(el).to.be.accessible();
  });

  it('sending: the button is disabled and “Sending…” is said; a double click sends once', async () => {
    await plan({ delayMs: 800 });
    const el = await mount(html`<report-concern .bundle=${BARE}></report-concern>`);
    await fill(el);
    const seen: string[] = [];
    el.addEventListener('esafety-submit', (e) => seen.push((e as CustomEvent).detail.envelope.id));
    const button = $(el, '[part="submit"]') as HTMLButtonElement;
    button.click();
    button.click();
    await waitUntil(() => el.submitState?.state === 'sending', 'not sending');
    await el.updateComplete;
    expect(button.disabled).to.equal(true);
    expect(text(el, 'form [role="status"]')).to.equal('Sending…');
    noUpload(el);
    await expect(el).to.be.accessible();
    await until(el, '[part="receipt"]');
    expect(seen).to.have.length(1);
  });

  it('not sent (503): honest status, print and save a copy, the school’s phone and email; retried while open; nothing stored', async () => {
    await plan({ status: 503, retryAfter: 1 });
    const demo = await fixtureJson('../../demo/policy.json');
    const el = await mount(html`<report-concern endpoint=${ENDPOINT} .bundle=${demo}></report-concern>`);
    expect(await storedAnywhere()).to.equal(0);
    await fill(el, 'Line one <b>bold?</b>\nLine two');
    const failed = new Promise<CustomEvent>((ok) => el.addEventListener('esafety-submit-failed', (e) => ok(e as CustomEvent), { once: true }));
    await submit(el);
    expect((await failed).detail.willRetry).to.equal(true);
    await until(el, '[part="receipt"]');
    await waitUntil(() => shadowFocus(el)?.id === 'done', 'heading not focused');
    expect(text(el, '#done')).to.equal('Not sent yet');
    expect(await spoken(el, '[part="receipt"] [role="status"]')).to.equal('Your report has not reached the school yet. Not saved on this device: we will keep trying while this page is open.');
    // The school's phone and email: the DSL and the office.
    const contacts = $$(el, '[part="contact"]').map((c) => c.querySelector('.name')!.textContent);
    expect(contacts).to.deep.equal(['Rebecca Haworth', 'Sue Lambert']);
    expect($(el, '[part="contacts"] a[href="tel:01632960142"]')).to.exist;
    expect($(el, '[part="contacts"] a[href="mailto:dsl@larkspur-lane.example"]')).to.exist;
    // Save a copy: a text file made in the browser, nothing fetched from anywhere.
    const save = $(el, '[part="save"]') as HTMLAnchorElement;
    expect(save.href).to.match(/^blob:/);
    expect(save.download).to.match(/^report-\d{4}-\d\d-\d\d\.txt$/);
    const copy = await (await fetch(save.href)).text();
    const env = el.submitState!.envelope;
    expect(copy).to.contain('Larkspur Lane Primary School').and.contain(env.id).and.contain('Line one <b>bold?</b>\nLine two').and.contain('Sam Example');
    expect(el.shadowRoot!.querySelector('b b')).to.equal(null);
    // Kept nowhere else: no "Report something else" until it is sent, and leaving the page asks first.
    expect(el.shadowRoot!.querySelector('[part="restart"]')).to.equal(null);
    const leave = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leave);
    expect(leave.defaultPrevented).to.equal(true);
    noUpload(el);
    await expect(el).to.be.accessible();
    expect(await storedAnywhere()).to.equal(0);
    // The retry goes through: exactly one record, and the receipt says so.
    await waitUntil(() => text(el, '#done') === 'Thank you: your report has been sent', 'not sent on retry', { timeout: 8000 });
    expect(await mine(env.id)).to.have.length(1);
    expect((await mine(env.id))[0].attempts).to.equal(2);
    expect($(el, '[part="restart"]')).to.exist;
    expect(await storedAnywhere()).to.equal(0);
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).to.equal(false);
  });

  it('not sent (network cut): the same, and sent once it is back', async () => {
    await plan({ destroy: true });
    const el = await mount(html`<report-concern .bundle=${BARE}></report-concern>`);
    await fill(el);
    await submit(el);
    await until(el, '[part="receipt"]');
    expect(text(el, '#done')).to.equal('Not sent yet');
    // No contacts in a bare bundle: the words say so honestly.
    expect(el.shadowRoot!.querySelector('[part="contacts"]')).to.equal(null);
    expect(await storedAnywhere()).to.equal(0);
    const id = el.submitState!.envelope.id;
    await waitUntil(async () => (await mine(id)).length === 1, 'not sent', { timeout: 8000 });
    await waitUntil(() => el.submitState?.state === 'sent');
    expect(await storedAnywhere()).to.equal(0);
  });

  it('with storeUnsent, a report that cannot be sent is kept in the outbox, then deleted once sent', async () => {
    await plan({ status: 503, retryAfter: 1 });
    const el = await mount(html`<report-concern .bundle=${{ ...BARE, concern: { storeUnsent: true } }}></report-concern>`);
    await fill(el);
    await submit(el);
    await until(el, '[part="receipt"]');
    const id = el.submitState!.envelope.id;
    expect((await entries(outboxStore)).map(([k]) => k)).to.deep.equal([id]);
    expect(await spoken(el, '[part="receipt"] [role="status"]')).to.contain('Saved on this device.');
    expect($(el, '[part="restart"]')).to.exist;
    const leave = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leave);
    expect(leave.defaultPrevented).to.equal(false);
    await waitUntil(async () => (await mine(id)).length === 1, 'not sent', { timeout: 8000 });
    await waitUntil(async () => (await entries(outboxStore)).length === 0, 'not deleted');
  });

  it('rejected (4xx): a clear error at the top, everything kept, and it can be sent again', async () => {
    await plan({ status: 422 });
    const el = await mount(html`<report-concern .bundle=${BARE}></report-concern>`);
    await fill(el);
    await submit(el);
    await until(el, '[part="submit-error"]');
    await waitUntil(() => shadowFocus(el)?.getAttribute('part') === 'submit-error');
    expect(text(el, '[part="submit-error"]')).to.contain('422');
    // A copy to keep, since it was not sent: the report as a text file, and Print.
    const save = $(el, '[part="submit-error"] [part="save"]') as HTMLAnchorElement;
    expect(await (await fetch(save.href)).text()).to.contain('A stranger messaged my son in a game and asked for photos.').and.contain(el.submitState!.envelope.id);
    expect($(el, '[part="submit-error"] button[part="print"]').getAttribute('type')).to.equal('button');
    expect(byId(el, 'name').value).to.equal('Sam Example');
    expect(byId(el, 'category.contact').checked).to.equal(true);
    noUpload(el);
    await expect(el).to.be.accessible();
    expect(await storedAnywhere()).to.equal(0);
    await submit(el);
    await until(el, '[part="receipt"]');
  });
});

describe('<report-concern> in Welsh', () => {
  afterEach(async () => {
    const reset = await mount(html`<report-concern lang="en-GB" .bundle=${BARE}></report-concern>`);
    await waitUntil(() => getLocale() === 'en-GB' && $(reset, '[part="submit"]').textContent === 'Send report');
  });

  it('the element’s words, the built-in categories and routes, messages and receipt in Welsh', async () => {
    const el = await mount(html`<report-concern lang="cy" reporter="parent" .bundle=${BARE}></report-concern>`);
    await waitUntil(() => getLocale() === 'cy' && $(el, '[part="submit"]').textContent !== 'Send report', 'Welsh UI not loaded');
    expect($(el, '.concern').getAttribute('lang')).to.equal('cy');
    expect(text(el, '[part="urgent"]')).to.contain('ffoniwch yr heddlu');
    expect($(el, 'label[for="category.contact"]').textContent).to.equal('Rhywun yn cysylltu');
    expect(routeNames(el)).to.include('Llinell Gymorth yr NSPCC');
    await submit(el);
    await waitUntil(() => shadowFocus(el)?.classList.contains('error-summary'));
    expect(text(el, '.error-summary h2')).to.not.equal('There is a problem');
    await expect(el).to.be.accessible();
    await choose(el, 'category', 'contact');
    await typeIn(el, 'what', 'Neges gan ddieithryn.');
    await clickId(el, 'anonymous');
    await submit(el);
    await until(el, '[part="receipt"]');
    expect(el.submitState!.envelope.locale).to.equal('cy');
    expect((el.submitState!.envelope.data as unknown as ConcernData).categoryLabel).to.equal('Rhywun yn cysylltu');
    expect(text(el, '#done')).to.not.equal('Thank you: your report has been sent');
    expect(text(el, '[part="receipt"] dl:last-of-type')).to.match(/\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}/);
    await expect(el).to.be.accessible();
  });
});

describe('<report-concern> print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('leaves out the routes and the save button, and prints the address of the link it keeps', async () => {
    const el = await mount(html`<report-concern .bundle=${BARE}></report-concern>`);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part="routes"]')).display).to.equal('none');
    expect(getComputedStyle($(el, '[part="urgent"]')).display).to.equal('none');
    const link = $(el, '[part="no-pictures"] a');
    expect(getComputedStyle(link, '::after').content).to.contain(link.getAttribute('href')!);
    expect(getComputedStyle(link).color).to.equal('rgb(0, 0, 0)');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(link, '::after').content).to.equal('none');
  });
});
