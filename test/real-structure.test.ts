import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { EsafetyPolicy } from '../src/esafety-policy/index.js';
import { $, $$, fixtureJson, settled } from './helpers.js';

/*
 * A policy written the way real schools write them (test/fixtures/real-structure.json, the
 * fictional Larkspur Lane Primary School): its own numbers, draft governance, sign-off lines,
 * nested lists, clauses with blocks, contacts without names, cross-references and long addresses.
 */

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const headings = (el: Element) => $$(el, '[part="heading"]').map((h) => [h.id, squash(h.textContent)]);

describe('<esafety-policy> with the school’s own structure', () => {
  let bundle: Record<string, any>;
  let el: EsafetyPolicy;
  before(async () => {
    bundle = await fixtureJson('real-structure.json');
  });
  beforeEach(async () => {
    el = await settled(html`<esafety-policy lang="en-GB" .bundle=${bundle}></esafety-policy>`);
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('shows numbers as given: skips, repeats, "12." after "15.", a restart, unnumbered headings; anchors stay unique', () => {
    expect(headings(el)).to.deep.equal([
      ['section-1', '1 Why we have this policy'],
      ['section-3', '3 Keeping systems safe'],
      ['section-3-1', '3.1 Passwords'],
      ['section-3-7', '3.7 Filtering'],
      ['section-3-7-2', '3.7 Monitoring'],
      ['section-6', '6 Using devices'],
      ['section-15', '15. Incidents'],
      ['section-12', '12. Training'],
      ['section-review', 'Review'],
      ['section-1-2', '1 Restarted numbering'],
      ['appendix-4', 'Appendix 4 Home agreement'],
      ['appendix-a', 'Appendix A Staff agreement'],
    ]);
    expect($(el, '#section-review').querySelector('[part="number"]')).to.equal(null);
    const ids = $$(el, '[id]').map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('numbers clauses as given, one left unnumbered, each reachable', () => {
    expect($$(el, '[part="clause"]').map((c) => [c.id, squash(c.querySelector('[part="number"]')?.textContent)])).to.deep.equal([
      ['section-6-1', '6.1'],
      ['section-6-2', '6.2'],
      ['section-6-clause-3', ''],
    ]);
  });

  it('lists the shown numbers in the contents, linking to each part', () => {
    const toc = $$(el, '[part="contents"] a').map((a) => [a.getAttribute('href'), squash(a.textContent)]);
    expect(toc).to.deep.equal([
      ['#section-1', '1 Why we have this policy'],
      ['#section-3', '3 Keeping systems safe'],
      ['#section-3-1', '3.1 Passwords'],
      ['#section-3-7', '3.7 Filtering'],
      ['#section-3-7-2', '3.7 Monitoring'],
      ['#section-6', '6 Using devices'],
      ['#section-15', '15. Incidents'],
      ['#section-12', '12. Training'],
      ['#section-review', 'Review'],
      ['#section-1-2', '1 Restarted numbering'],
      ['#appendix-4', 'Appendix 4 Home agreement'],
      ['#appendix-a', 'Appendix A Staff agreement'],
    ]);
    for (const [href] of toc) expect(el.shadowRoot!.getElementById(href!.slice(1)), href!).to.exist;
  });

  it('links references in the text to the shown number, and leaves a number that does not exist alone', async () => {
    const refs = $$(el, 'a[href^="#section-"], a[href^="#appendix-"]')
      .filter((a) => !a.closest('[part="contents"]'))
      .map((a) => [a.getAttribute('href'), a.textContent]);
    expect(refs).to.deep.equal([
      ['#section-3-7', '3.7'],
      ['#appendix-4', 'Appendix 4'],
      ['#section-6-2', '6.2'],
      ['#appendix-a', 'Appendix A'],
    ]);
    expect(squash($(el, '#section-1 ~ p').textContent)).to.contain('There is no part 9.9.');
    // Following a reference moves focus to that part.
    expect(await el.goTo('section-3-7')).to.equal(true);
    expect(el.shadowRoot!.activeElement!.id).to.equal('section-3-7');
  });

  it('turns bare web and email addresses into links, and nothing else', async () => {
    const p = $$(el, '#section-1 ~ p')[1];
    const links = [...p.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent, a.getAttribute('rel')]);
    expect(links).to.deep.equal([
      [
        'https://www.larkspur-lane.example/policies/online-safety/2026/e-safety-policy-for-staff-pupils-and-families-final-version.pdf',
        'https://www.larkspur-lane.example/policies/online-safety/2026/e-safety-policy-for-staff-pupils-and-families-final-version.pdf',
        'noopener noreferrer',
      ],
      ['mailto:office@larkspur-lane.example', 'office@larkspur-lane.example', null],
    ]);
    expect(p.textContent).to.match(/\.pdf and questions go to office@larkspur-lane\.example\.$/);
    // In print, an address written out is not printed twice (written links print their address after them).
    await emulateMedia({ media: 'print' });
    const after = (a: Element) => getComputedStyle(a, '::after').content;
    expect([...p.querySelectorAll('a')].map(after)).to.deep.equal(['none', 'none']);
    expect(after($(el, '[part="related"] a'))).to.contain('larkspur-lane.example/behaviour');
  });

  it('shows a draft: awaiting approval, who approves and at which meeting, the review cycle; no approval date', () => {
    const rows = $$(el, '[part="dates"] div').map((d) => [squash(d.querySelector('dt')!.textContent), squash(d.querySelector('dd')!.textContent)]);
    expect(rows).to.deep.equal([
      ['Status', "Draft, awaiting approval (the Full Governing Board, the spring term governors' meeting)"],
      ['Review cycle', 'Every 2 years'],
    ]);
    expect($(el, '[part="awaiting-approval"]')).to.exist;
  });

  it('works out the next review from the last review and the cycle, and says when it is overdue', async () => {
    const b = structuredClone(bundle);
    Object.assign(b.policy, { status: 'approved', approved: '2019-03-10', reviewed: '2019-08-31', reviewCycleMonths: 6 });
    const e = await settled<EsafetyPolicy>(html`<esafety-policy lang="en-GB" .bundle=${b}></esafety-policy>`);
    const rows = (x: Element) => $$(x, '[part="dates"] div').map((d) => `${d.querySelector('dt')!.textContent}: ${squash(d.querySelector('dd')!.textContent)}`);
    expect(rows(e)).to.deep.equal([
      "Approved: 10 March 2019 (the Full Governing Board, the spring term governors' meeting)",
      'Last reviewed: 31 August 2019',
      'Review cycle: Every 6 months',
      'Next review: 29 February 2020',
    ]);
    expect($(e, '[part="overdue-notice"]').textContent).to.contain('29 February 2020');
    b.policy.reviewCycleMonths = 12;
    delete b.policy.reviewed;
    const f = await settled<EsafetyPolicy>(html`<esafety-policy lang="en-GB" .bundle=${structuredClone(b)}></esafety-policy>`);
    expect(rows(f).slice(1)).to.deep.equal(['Review cycle: Every year', 'Next review: 10 March 2020']);
    // Approved, with who and where but no date given: still said.
    delete b.policy.approved;
    const g = await settled<EsafetyPolicy>(html`<esafety-policy lang="en-GB" .bundle=${structuredClone(b)}></esafety-policy>`);
    expect(rows(g)[0]).to.equal("Approved: the Full Governing Board, the spring term governors' meeting");
  });

  it('shows sign-off lines, blank where not yet signed, on screen and in print', async () => {
    const rows = $$(el, '[part="sign-off"] tbody tr').map((r) => [...r.children].map((c) => squash(c.textContent)));
    expect(rows).to.deep.equal([
      ['Headteacher', 'Mr D. Hollis', '12 January 2026'],
      ['Chair of governors', 'Not yet signed', 'Not yet signed'],
    ]);
    expect($(el, '[part="sign-off"] time').getAttribute('datetime')).to.equal('2026-01-12');
    for (const media of ['screen', 'print'] as const) {
      await emulateMedia({ media });
      const blanks = $$(el, '.blank');
      expect(blanks).to.have.length(2);
      for (const b of blanks) {
        const cs = getComputedStyle(b);
        expect(parseFloat(cs.borderBottomWidth), media).to.be.greaterThan(0);
        expect(b.getBoundingClientRect().width, media).to.be.greaterThan(60);
        expect(cs.color, media).to.equal('rgba(0, 0, 0, 0)');
      }
    }
  });

  it('lists related policies, with and without a web address', () => {
    const items = $$(el, '[part="related"] li');
    expect(items.map((i) => [squash(i.textContent), i.querySelector('a')?.getAttribute('href') ?? null])).to.deep.equal([
      ['Safeguarding and child protection policy', null],
      ['Behaviour policy', 'https://www.larkspur-lane.example/behaviour'],
    ]);
  });

  it('nests lists in list items, with more paragraphs in an item', () => {
    const ol = $(el, '#section-15 ~ ol');
    const second = ol.children[1] as HTMLElement;
    expect([...second.children].map((c) => c.localName)).to.deep.equal(['p', 'p', 'ul']);
    expect(squash(second.children[1].textContent)).to.equal('If the DSL is away, tell the deputy.');
    const deepest = second.querySelector('ul li ul li')!;
    expect(squash(deepest.textContent)).to.equal('not even to report them');
    expect(squash(second.querySelector('ul > li:nth-child(2) > p')!.textContent)).to.equal('do not copy images');
  });

  it('gives a clause its own paragraphs, list, table and note; a note more paragraphs', () => {
    const body = $(el, '#section-6-1 .clause-body');
    expect([...body.children].map((c) => c.localName + (c.getAttribute('part') ? `[${c.getAttribute('part')}]` : ''))).to.deep.equal([
      'p',
      'p',
      'ul[list]',
      'div[table-wrap]',
      'aside[note]',
    ]);
    const note = $(el, '#section-15 ~ aside[part="note"]');
    expect([...note.querySelectorAll('p')].map((p) => squash(p.textContent))).to.deep.equal(['Never investigate alone.', 'A second paragraph in the note.']);
  });

  it('shows contacts: a role with no name, one person with two roles, an organisation with its website', () => {
    const cards = $$(el, '[part="contact"]');
    expect(cards.map((c) => squash(c.querySelector('.role')!.textContent))).to.deep.equal([
      'Designated Safeguarding Lead, Online safety lead',
      'The ICT manager',
      'Organisation',
    ]);
    expect(cards[1].querySelector('.name')).to.equal(null);
    expect(cards[0].querySelector('.name')!.textContent).to.equal('Mrs P. Okafor');
    expect(cards[2].querySelector('.org')!.textContent).to.equal('Larkshire Schools Online Helpline');
    const site = cards[2].querySelector('.website a')!;
    expect([site.getAttribute('href'), site.textContent, site.getAttribute('rel')]).to.deep.equal([
      'https://www.larkshire-helpline.example/',
      'www.larkshire-helpline.example',
      'noopener noreferrer',
    ]);
  });

  it('a contacts block by role finds a person by any of their roles', async () => {
    const b = structuredClone(bundle);
    b.policy.sections[0].blocks.push({ type: 'contacts', roles: ['online-safety-lead'] });
    const e = await settled<EsafetyPolicy>(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    expect($$(e, '#section-1 ~ [part="contacts"] [part="contact"] .name').map((n) => n.textContent)).to.deep.equal(['Mrs P. Okafor']);
  });

  it('shows a federation of two schools, each with its contacts', async () => {
    const b = structuredClone(bundle);
    b.school = {
      name: 'The Larkspur and Foxglove Federation',
      contacts: [{ id: 'exec', role: 'headteacher', roleLabel: 'Executive headteacher', name: 'Ms R. Amadi' }],
      schools: [
        { id: 'larkspur', name: 'Larkspur Lane Primary School', address: '1 Larkspur Lane', contacts: [{ id: 'l-dsl', role: 'dsl', name: 'Mrs P. Okafor' }] },
        { id: 'foxglove', name: 'Foxglove Infant School', website: 'https://foxglove.example/', contacts: [{ id: 'f-dsl', role: 'dsl', name: 'Mr T. Grey' }] },
      ],
    };
    b.policy.sections[6].blocks = [{ type: 'contacts', ids: ['f-dsl'] }];
    const e = await settled<EsafetyPolicy>(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    expect($(e, '.school').textContent).to.equal('The Larkspur and Foxglove Federation');
    const schools = $$(e, '[part="school"]');
    expect(schools.map((s) => [squash(s.querySelector('h4')!.textContent), [...s.querySelectorAll('.name')].map((n) => n.textContent)])).to.deep.equal([
      ['Larkspur Lane Primary School', ['Mrs P. Okafor']],
      ['Foxglove Infant School', ['Mr T. Grey']],
    ]);
    expect(schools[1].querySelector('a[href="https://foxglove.example/"]')).to.exist;
    // A contacts block may name a contact of a member school.
    expect(squash($(e, '#section-1-2 ~ [part="contacts"] .name').textContent)).to.equal('Mr T. Grey');
    await expect(e).to.be.accessible();
  });

  it('fits a 320 px screen: a very long address wraps instead of widening the page', async () => {
    await setViewport({ width: 320, height: 640 });
    await el.updateComplete;

    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const long = $$(el, 'a').find((a) => a.textContent!.endsWith('final-version.pdf'))!;
    expect(long.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('never draws a heading smaller than body text, however deep', async () => {
    const b = structuredClone(bundle);
    b.policy.sections[1].sections[0].sections = [{ number: '3.1.1', title: 'Deep', sections: [{ number: '3.1.1.1', title: 'Deeper' }] }];
    const e = await settled<EsafetyPolicy>(html`<esafety-policy heading-level="3" .bundle=${b}></esafety-policy>`);
    const body = parseFloat(getComputedStyle($(e, '#section-1 ~ p')).fontSize);
    const sizes = $$(e, '[part="heading"]').map((h) => [h.localName, parseFloat(getComputedStyle(h).fontSize)] as const);
    expect(sizes.map(([t]) => t)).to.include.members(['h5', 'h6']);
    for (const [tag, size] of sizes) expect(size, tag).to.be.at.least(body);
    // Under heading-level 5, every heading of the element (contents, sign-off, related) is h6 or h5.
    const low = await settled<EsafetyPolicy>(html`<esafety-policy heading-level="5" .bundle=${b}></esafety-policy>`);
    const all = $$(low, 'h5, h6');
    expect(all.length).to.be.greaterThan(15);
    for (const h of all) expect(parseFloat(getComputedStyle(h).fontSize), `${h.localName} ${h.textContent}`).to.be.at.least(body);
  });

  it('searches the words of nested items, clause blocks and notes', async () => {
    const input = $(el, '[part="search-input"]') as HTMLInputElement;
    for (const [word, anchor] of [['deputy', 'section-15'], ['not even to report', 'section-15'], ['second paragraph of the same clause', 'section-6'], ['for homework', 'section-6']]) {
      input.value = word;
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect($$(el, '[part="heading"]').map((h) => h.id), word).to.deep.equal([anchor]);
      expect($(el, 'mark').textContent!.toLowerCase()).to.equal(word);
    }
  });

  it('is accessible', async () => {
    await expect(el).to.be.accessible();
  });
});

describe('<esafety-policy> numbering choices', () => {
  it('"none" shows no numbers, keeps anchors by position', async () => {
    const b = await fixtureJson('real-structure.json');
    b.policy.numbering = 'none';
    const el = await settled(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    expect($$(el, '[part="number"]')).to.have.length(0);
    expect(headings(el).slice(0, 3)).to.deep.equal([
      ['section-1', 'Why we have this policy'],
      ['section-2', 'Keeping systems safe'],
      ['section-2-1', 'Passwords'],
    ]);
    expect($$(el, '[part="clause"]').map((c) => c.id)).to.deep.equal(['section-3-1', 'section-3-2', 'section-3-3']);
  });

  it('"position" (the default) ignores given numbers; numbered: false hides one', async () => {
    const b = await fixtureJson('real-structure.json');
    delete b.policy.numbering;
    const el = await settled(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    expect(headings(el).slice(5, 9)).to.deep.equal([
      ['section-3', '3 Using devices'],
      ['section-4', '4 Incidents'],
      ['section-5', '5 Training'],
      ['section-6', 'Review'],
    ]);
    expect(headings(el).slice(-2)).to.deep.equal([
      ['appendix-a', 'Appendix A: Home agreement'],
      ['appendix-b', 'Appendix B: Staff agreement'],
    ]);
    expect($$(el, '[part="clause"]').map((c) => c.querySelector('[part="number"]')?.textContent ?? '')).to.deep.equal(['3.1', '3.2', '']);
    // "Appendix A" in the text now means the first appendix.
    expect($(el, '#section-3-2 a').getAttribute('href')).to.equal('#appendix-a');
  });
});

describe('language marking (WCAG 3.1.2) and read-aloud language', () => {
  it('marks text that exists only in the bundle’s default language inside a Welsh element', async () => {
    const el = await settled(html`<esafety-policy lang="cy" .bundle=${await fixtureJson('real-structure.json')}></esafety-policy>`);
    await waitUntil(() => $(el, '#contents-title').textContent === 'Cynnwys', 'Welsh UI not loaded');
    expect($(el, 'article').getAttribute('lang')).to.equal('cy');
    // The title has Welsh: no mark. Everything else is English only.
    expect(el.shadowRoot!.querySelector('[part="title"] [lang]')).to.equal(null);
    expect($(el, '[part="title"]').textContent!.trim()).to.equal('Polisi e-ddiogelwch');
    const langOf = (n: Element) => n.closest('[lang]')!.getAttribute('lang');
    expect(langOf($(el, '#section-3-7 span:not(.num)'))).to.equal('en-GB');
    expect(langOf($(el, '#section-1 ~ p a'))).to.equal('en-GB');
    expect(langOf($(el, '[part="contents"] a[href="#section-review"] span'))).to.equal('en-GB');
    expect(langOf($(el, '[part="related"] li span'))).to.equal('en-GB');
    // A role's built-in name is interface text (Welsh); the school's own words for a role are English.
    expect(langOf($$(el, '[part="contact"] .role')[0])).to.equal('cy');
    expect(langOf($$(el, '[part="contact"] .role span')[1])).to.equal('en-GB');
    expect(langOf($(el, '#section-15 ~ ol li span'))).to.equal('en-GB');
    // Interface words stay Welsh.
    expect(langOf($(el, '#contents-title'))).to.equal('cy');
    // Every text node of the bundle's English sentences is under lang="en-GB".
    const walker = document.createTreeWalker($(el, '.sections'), NodeFilter.SHOW_TEXT);
    const english: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      // (Contact cards: interface labels, names, numbers and addresses; tested above.)
      if (n.textContent!.trim().length > 3 && !n.parentElement!.closest('.contacts') && langOf(n.parentElement!) !== 'en-GB') english.push(n.textContent!.trim());
    expect(english.filter((t) => !/^(Nodyn|Pwysig|Tabl)$/.test(t))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('marks nothing on an English page', async () => {
    const el = await settled(html`<esafety-policy lang="en-GB" .bundle=${await fixtureJson('real-structure.json')}></esafety-policy>`);
    expect($$(el, '.sections [lang]')).to.have.length(0);
  });
});
