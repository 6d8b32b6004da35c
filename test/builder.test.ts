import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { makePdfBytes } from './fixtures/make-pdf.js';

// The builder page's script as built (dist/builder.js: the importer core, mammoth and the real
// elements, bundled by Vite). Run `npm run build` first (`npm test` does).
await import(/* @vite-ignore */ `${location.origin}/dist/builder.js`);

const MARKDOWN = `# Larkspur Lane Primary School

## Online Safety Policy

Approved by: the Full Governing Board

## 1. Aims

1.1 We want every pupil at Larkspur Lane to enjoy the internet safely.

1.2 Our Designated Safeguarding Lead (DSL) is Mrs Ada Hollis, 01632 960101.

## 2. Reporting

2.1 Tell the DSL about any worry on the same day.
`;

const $ = <T extends Element = HTMLElement>(root: ParentNode, sel: string) => root.querySelector<T>(sel)!;

/** Drop a file on the builder's drop zone, as a person dragging it from their desktop. */
function drop(el: HTMLElement, file: File) {
  const dt = new DataTransfer();
  dt.items.add(file);
  $(el, '.b-drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
}

async function policyIn(el: HTMLElement) {
  const policy = $(el, 'esafety-policy');
  await waitUntil(() => policy.shadowRoot?.querySelector('article, [part="error"]'), 'the preview renders', { timeout: 8000 });
  return policy;
}

/** Press the builder's Download button by keyboard and read the policy.json it offers. */
async function download(el: HTMLElement): Promise<Record<string, any>> {
  let blob: Blob | undefined;
  const real = URL.createObjectURL;
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), real.call(URL, b));
  try {
    $(el, '#b-download').focus();
    await sendKeys({ press: 'Enter' });
  } finally {
    URL.createObjectURL = real;
  }
  expect(blob, 'a file was offered').to.exist;
  return JSON.parse(await blob!.text());
}

/** Follow a problem's link by keyboard to its field, and type the whole field anew there. */
async function fixFromLink(el: HTMLElement, link: HTMLAnchorElement, field: string, text: string) {
  link.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => document.activeElement === el.querySelector(`#${field}`), 'the link takes focus to the field');
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
}

/**
 * With a list's "Add a contact" button focused: press it, then fill in the new contact by
 * keyboard alone: its role chosen by typing the start of its name, then name, phone and email,
 * each reached with Tab (a field left empty is tabbed past).
 */
async function addContact(el: HTMLElement, row: string, role: [typed: string, value: string], fields: { name?: string; phone?: string; email?: string }) {
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => document.activeElement === el.querySelector(`#${row}-role`), 'focus moves to the new contact');
  await sendKeys({ type: role[0] });
  await waitUntil(() => $<HTMLSelectElement>(el, `#${row}-role`).value === role[1], 'the role is chosen by typing');
  for (const k of ['name', 'phone', 'email'] as const) {
    await sendKeys({ press: 'Tab' });
    if (fields[k]) await sendKeys({ type: fields[k] });
  }
}

describe('builder page', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('drop → preview → fix → download', async () => {
    const el = await fixture<HTMLElement>(html`<policy-builder script-url="https://cdn.example/esafety-elements.js"></policy-builder>`);
    await expect(el).to.be.accessible();
    drop(el, new File([MARKDOWN], 'policy.md', { type: 'text/markdown' }));
    await waitUntil(() => el.querySelector('#b-result'), 'the import finishes');
    expect(document.activeElement).to.equal($(el, '#b-result'), 'focus moves to what was found');
    expect($(el, '.b-found').textContent).to.match(/Sections: 2 \(clauses: 3, appendices: 0\)/);

    // The real element previews the imported policy, with the school's own numbers.
    const policy = await policyIn(el);
    const article = policy.shadowRoot!.querySelector('article')!;
    expect(article.textContent).to.match(/We want every pupil at Larkspur Lane to enjoy the internet safely/);

    // The form holds what the document gave; the problems list links to the field that fixes each.
    expect($<HTMLInputElement>(el, '#b-school').value).to.equal('Larkspur Lane Primary School');
    expect($<HTMLInputElement>(el, '#b-c0-name').value).to.equal('Mrs Ada Hollis');
    expect($<HTMLSelectElement>(el, '#b-c0-role').value).to.equal('dsl');
    const link = [...el.querySelectorAll<HTMLAnchorElement>('.b-summary a')].find((a) => /endpoint/.test(a.textContent!))!;
    expect(link.getAttribute('href')).to.equal('#b-endpoint');
    expect(el.querySelector('#b-endpoint'), 'the link target exists').to.exist;
    await expect(el).to.be.accessible();

    // Fix: type the endpoint; its problem goes away.
    const endpoint = $<HTMLInputElement>(el, '#b-endpoint');
    endpoint.focus();
    await sendKeys({ type: 'https://forms.larkspur.example/esafety' });
    await waitUntil(() => ![...el.querySelectorAll('.b-summary a')].some((a) => /endpoint/.test(a.textContent!)), 'the endpoint problem goes');
    const approved = $<HTMLInputElement>(el, '#b-approved');
    approved.value = '2026-09-14';
    approved.dispatchEvent(new Event('input'));

    // Download: the file holds the imported policy with the fixes.
    const saved = await download(el);
    expect(saved.submit.endpoint).to.equal('https://forms.larkspur.example/esafety');
    expect(saved.policy.approved).to.equal('2026-09-14');
    expect(saved.policy.numbering).to.equal('given');
    expect(saved.policy.sections.map((s: { number: string }) => s.number)).to.deep.equal(['1.', '2.']);
    expect($<HTMLTextAreaElement>(el, '#b-snippet').value).to.contain('<esafety-policy src="/policy.json"></esafety-policy>');
    expect($<HTMLTextAreaElement>(el, '#b-snippet').value).to.contain('https://cdn.example/esafety-elements.js');
  });

  it('previews each agreement with the real <aup-form>, and a preview never sends', async () => {
    const el = await fixture<HTMLElement>(html`<policy-builder></policy-builder>`);
    const md = `${MARKDOWN}\n## Appendix 1: Pupil Acceptable Use Agreement (KS2)\n\n- I will ask an adult before I go online.\n- I will keep my passwords private.\n- I will tell a teacher if something upsets me.\n`;
    drop(el, new File([md], 'policy.md'));
    await waitUntil(() => el.querySelector('aup-form'), 'the agreement preview appears');
    const form = $(el, 'aup-form');
    expect(form.getAttribute('audience')).to.equal('ks2');
    await waitUntil(() => form.shadowRoot?.querySelector('form'), 'the agreement form shows', { timeout: 5000 });
    const words = form.shadowRoot!.textContent!;
    for (const st of ['I will ask an adult before I go online.', 'I will keep my passwords private.', 'I will tell a teacher if something upsets me.'])
      expect(words).to.contain(st);
    const submit = new CustomEvent('esafety-submit', { bubbles: true, composed: true, cancelable: true, detail: {} });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented, 'the builder stops the preview from sending').to.equal(true);
    await waitUntil(() => /Preview only: nothing was sent/.test(el.textContent!), 'and says so');
  });

  it('reads a Word file in the page (mammoth), with nothing uploaded', async () => {
    const el = await fixture<HTMLElement>(html`<policy-builder></policy-builder>`);
    const bytes = await (await fetch('/test/fixtures/larkspur-styled.docx')).arrayBuffer();
    const before = performance.getEntriesByType('resource').length;
    drop(el, new File([bytes], 'Online safety policy.docx'));
    await waitUntil(() => el.querySelector('#b-result'), 'the Word file is read', { timeout: 8000 });
    expect($(el, '.b-found').textContent).to.match(/Sections: 5 \(clauses: 7, appendices: 1\)/);
    expect($(el, '.b-found').textContent).to.match(/Contacts: 3; agreements: 1 \(statements: 4\)/);
    const requests = performance.getEntriesByType('resource').slice(before).map((r) => r.name);
    expect(requests.every((u) => u.startsWith(location.origin)), requests.join('\n')).to.equal(true);
  });

  it('contacts with roles: add two by keyboard, fix a bad email from its problem link, remove one, download exactly those', async () => {
    const el = await fixture<HTMLElement>(html`<policy-builder></policy-builder>`);
    drop(el, new File([MARKDOWN], 'policy.md'));
    await waitUntil(() => el.querySelector('#b-c0-name'), 'the contacts form shows what the importer found');
    const policy = await policyIn(el);
    const dsl = { role: $<HTMLSelectElement>(el, '#b-c0-role').value, name: $<HTMLInputElement>(el, '#b-c0-name').value, phone: $<HTMLInputElement>(el, '#b-c0-phone').value };
    expect(dsl).to.deep.equal({ role: 'dsl', name: 'Mrs Ada Hollis', phone: '01632 960101' });
    const roleLabels = [...$<HTMLSelectElement>(el, '#b-c0-role').options].map((o) => o.textContent!.trim());
    expect(roleLabels).to.include.members(['Designated Safeguarding Lead', 'Headteacher', 'School office']);

    // Add a headteacher, all by keyboard; the email has a typing slip.
    $(el, '#b-contact-add').focus();
    await addContact(el, 'b-c1', ['Head', 'headteacher'], { name: 'Mr Tom Reed', phone: '01632 960202', email: 'tom.larkspur.example' });
    // Then the school office: a role with no one named.
    await sendKeys({ press: 'Tab' }); // Remove contact 2
    await sendKeys({ press: 'Tab' }); // Add a contact
    expect(document.activeElement).to.equal($(el, '#b-contact-add'));
    await addContact(el, 'b-c2', ['School', 'office'], { phone: '01632 960300', email: 'office@larkspur.example' });

    // The bad email is listed, linking to its own field; the field says what is wrong.
    const bad = () => el.querySelector<HTMLAnchorElement>('.b-summary a[href="#b-c1-email"]');
    await waitUntil(bad, 'the bad email in contact 2 is listed');
    expect(bad()!.textContent).to.match(/school\.contacts\[1\]\.email: .*email address/);
    expect($(el, '#b-c1-email').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#b-c1-email').getAttribute('aria-describedby')).to.equal('b-c1-email-problem');
    await expect(el).to.be.accessible();

    // Follow the link by keyboard and fix the email there.
    await fixFromLink(el, bad()!, 'b-c1-email', 'head@larkspur.example');
    await waitUntil(() => !bad(), 'the problem goes once fixed');
    expect($(el, '#b-c1-email').getAttribute('aria-invalid')).to.equal('false');
    // The live preview shows the contacts as the element will.
    await waitUntil(() => /Mr Tom Reed/.test(policy.shadowRoot!.textContent!) && /head@larkspur\.example/.test(policy.shadowRoot!.textContent!), 'the preview follows');
    await expect(el).to.be.accessible();

    // Remove the headteacher by keyboard: focus goes back to "Add a contact", and it is said.
    $(el, '#b-c1-remove').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.querySelector('#b-c2-role'), 'one contact fewer');
    expect(document.activeElement).to.equal($(el, '#b-contact-add'));
    expect(el.querySelector('.b-contacts [role="status"]')!.textContent).to.match(/Contact 2 \(Mr Tom Reed\) removed/);
    await waitUntil(() => !/Mr Tom Reed/.test(policy.shadowRoot!.textContent!), 'the preview drops the removed contact');

    // 320 px: the contacts form does not scroll sideways.
    await setViewport({ width: 320, height: 640 });
    const wide = [...el.querySelectorAll('*')].filter((x) => x.getBoundingClientRect().right > 321).map((x) => x.tagName + '#' + x.id);
    expect(document.documentElement.scrollWidth, `no sideways scrolling at 320 px: ${wide.slice(0, 5).join(', ')}`).to.be.at.most(320);
    await expect(el).to.be.accessible();

    // The downloaded policy.json holds exactly the contacts given.
    const saved = await download(el);
    const given = saved.school.contacts.map(({ role, name, phone, email }: Record<string, string>) => ({ role, name, phone, email }));
    expect(given).to.deep.equal([
      { role: 'dsl', name: 'Mrs Ada Hollis', phone: '01632 960101', email: undefined },
      { role: 'office', name: undefined, phone: '01632 960300', email: 'office@larkspur.example' },
    ]);
    expect(new Set(saved.school.contacts.map((c: { id: string }) => c.id)).size, 'ids stay unique').to.equal(2);
  });

  it('a federation: add its schools and their own contacts by keyboard, fix one from its problem link, keep an imported school’s Welsh name, remove one', async () => {
    // A bundle that already lists one school of the federation, named in English and Welsh.
    const bundle = {
      version: '1',
      school: {
        name: 'The Larkspur and Heron Federation',
        contacts: [{ id: 'dsl', role: 'dsl', name: 'Mrs Ada Hollis' }],
        schools: [{ id: 'larkspur', name: { en: 'Larkspur Lane Primary', cy: 'Ysgol Gynradd Lôn Larkspur' }, website: 'https://larkspur.example/' }],
      },
      policy: { title: 'Online safety policy', sections: [{ id: 'aims', title: 'Aims', blocks: [{ type: 'paragraph', text: 'We keep pupils safe online.' }] }] },
    };
    const el = await fixture<HTMLElement>(html`<policy-builder></policy-builder>`);
    drop(el, new File([JSON.stringify(bundle)], 'policy.json', { type: 'application/json' }));
    await waitUntil(() => el.querySelector('#b-s0-name'), 'the schools form shows the imported school');
    const policy = await policyIn(el);
    expect($<HTMLInputElement>(el, '#b-s0-name').value).to.equal('Larkspur Lane Primary');
    expect(el.querySelector('.b-schools legend')!.textContent).to.equal('Schools in the federation');

    // Add a second school, all by keyboard: focus goes to its name.
    $(el, '#b-school-add').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => document.activeElement === el.querySelector('#b-s1-name'), 'focus moves to the new school');
    await sendKeys({ type: 'Heron Bank Infants' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2 Heron Way, Larkspur' });
    // Its contacts' legend names it; give it a head of school with a slip in the email.
    expect($(el, '#b-s1-contact-add').closest('fieldset')!.querySelector('legend')!.textContent).to.equal('Contacts at Heron Bank Infants');
    await sendKeys({ press: 'Tab' }); // Add a contact (its list is empty)
    expect(document.activeElement).to.equal($(el, '#b-s1-contact-add'));
    await addContact(el, 'b-s1-c0', ['Head', 'headteacher'], { name: 'Ms Priya Shah', email: 'priya.heron.example' });

    // The problem names the member school's contact and links to that very field.
    const bad = () => el.querySelector<HTMLAnchorElement>('.b-summary a[href="#b-s1-c0-email"]');
    await waitUntil(bad, 'the bad email of the second school’s contact is listed');
    expect(bad()!.textContent).to.match(/school\.schools\[1\]\.contacts\[0\]\.email: .*email address/);
    expect($(el, '#b-s1-c0-email').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await fixFromLink(el, bad()!, 'b-s1-c0-email', 'head@heron.example');
    await waitUntil(() => !bad(), 'the problem goes once fixed');

    // The preview lists both schools, the new one with its contact.
    await waitUntil(
      () => /Our schools/.test(policy.shadowRoot!.textContent!) && /Heron Bank Infants/.test(policy.shadowRoot!.textContent!) && /Ms Priya Shah/.test(policy.shadowRoot!.textContent!),
      'the preview shows the federation’s schools',
    );
    await expect(el).to.be.accessible();

    // A school with no name is an error on its own name field.
    $(el, '#b-school-add').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.querySelector('.b-summary a[href="#b-s2-name"]'), 'a nameless school is listed against its name');
    // Remove it by keyboard: focus goes back to "Add a school", and it is said.
    $(el, '#b-s2-remove').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.querySelector('#b-s2-name'), 'one school fewer');
    expect(document.activeElement).to.equal($(el, '#b-school-add'));
    expect(el.querySelector('.b-schools > [role="status"]')!.textContent).to.equal('School 3 removed from the federation.');

    // 320 px: no sideways scrolling with the schools' forms open.
    await setViewport({ width: 320, height: 640 });
    expect(document.documentElement.scrollWidth, 'no sideways scrolling at 320 px').to.be.at.most(320);
    await expect(el).to.be.accessible();

    // The downloaded policy.json: the imported school unchanged (Welsh name, website, id), the new one with its id and contact.
    const saved = await download(el);
    expect(saved.school.schools).to.deep.equal([
      { id: 'larkspur', name: { en: 'Larkspur Lane Primary', cy: 'Ysgol Gynradd Lôn Larkspur' }, website: 'https://larkspur.example/' },
      { id: 'heron-bank-infants', name: 'Heron Bank Infants', address: '2 Heron Way, Larkspur', contacts: [{ id: 'headteacher', role: 'headteacher', name: 'Ms Priya Shah', email: 'head@heron.example' }] },
    ]);
    expect(saved.school.contacts, 'the federation’s own contacts are kept').to.deep.equal(bundle.school.contacts);
  });

  it('reads a PDF in the page: the school’s numbers and words come through, and it says what a PDF cannot give', async () => {
    const lines = [
      'Larkspur Lane Primary School',
      'Online Safety Policy',
      '',
      '1. Aims',
      '',
      '1.1 We want every pupil at Larkspur Lane to enjoy the internet safely.',
      '',
      '1.2 Our Designated Safeguarding Lead (DSL) is Mrs Ada Hollis, 01632 960101.',
      '',
      '2. Reporting',
      '',
      '2.1 Tell the DSL about any worry on the same day.',
    ];
    const requests: string[] = [];
    const seen = new PerformanceObserver((list) => list.getEntries().forEach((e) => requests.push(e.name)));
    seen.observe({ type: 'resource', buffered: false });
    const el = await fixture<HTMLElement>(html`<policy-builder></policy-builder>`);
    drop(el, new File([makePdfBytes(lines)], 'policy.pdf', { type: 'application/pdf' }));
    await waitUntil(() => el.querySelector('#b-result, #b-failure'), 'the import finishes', { timeout: 15000 });
    expect(el.querySelector('#b-failure'), el.querySelector('#b-failure')?.textContent ?? '').to.equal(null);
    expect($(el, '.b-found').textContent).to.match(/Sections: 2 \(clauses: 3/);
    expect($(el, '.b-check li').textContent).to.match(/^PDF: only the words and the numbering were read/);
    const policy = await policyIn(el);
    expect(policy.shadowRoot!.querySelector('article')!.textContent).to.match(/Tell the DSL about any worry on the same day/);
    expect($<HTMLInputElement>(el, '#b-c0-name').value).to.equal('Mrs Ada Hollis');
    // pdf.js came from this site, and its worker code ran in the page: no request went anywhere else.
    seen.disconnect();
    expect(requests.filter((u) => !u.startsWith(location.origin))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says a PDF of scanned pages has no text to read', async () => {
    const el = await fixture<HTMLElement>(html`<policy-builder></policy-builder>`);
    drop(el, new File([makePdfBytes([])], 'scanned.pdf', { type: 'application/pdf' }));
    await waitUntil(() => el.querySelector('#b-failure'), 'the failure shows', { timeout: 15000 });
    expect($(el, '#b-failure').textContent).to.match(/scanned\.pdf has no text to read \(it may be scanned pages\)\. Save it as Word or text first\./);
  });

  it('says clearly what it cannot read, and stays usable by keyboard at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<HTMLElement>(html`<policy-builder></policy-builder>`);
    drop(el, new File(['%PDF-1.4'], 'policy.pdf'));
    await waitUntil(() => el.querySelector('#b-failure'), 'the failure shows', { timeout: 8000 });
    expect($(el, '#b-failure').textContent).to.match(/policy\.pdf could not be read as a PDF\. It may be damaged: save it as Word or text first\./);
    expect($(el, '#b-failure').getAttribute('role')).to.equal('alert');
    drop(el, new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])], 'locked.docx'));
    await waitUntil(() => /password-protected/.test($(el, '#b-failure').textContent!), 'the protected file is named');
    await expect(el).to.be.accessible();
    drop(el, new File([MARKDOWN], 'policy.md'));
    await waitUntil(() => el.querySelector('#b-result'), 'the import finishes');
    await policyIn(el);
    const wide = [...el.querySelectorAll('*')].filter((x) => x.getBoundingClientRect().right > 321).map((x) => x.tagName + '.' + x.className);
    expect(document.documentElement.scrollWidth, `no sideways scrolling at 320 px: ${wide.slice(0, 5).join(', ')}`).to.be.at.most(320);
    // The file field is reachable by keyboard.
    $(el, '#b-file').focus();
    expect(document.activeElement).to.equal($(el, '#b-file'));
  });
});
