import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { EsafetyPolicy } from '../src/esafety-policy/index.js';
import { makeBundle } from '../build/generate-bundle.mjs';
import { $, $$, fixtureJson, settled, until } from './helpers.js';

const clone = <T>(v: T): T => structuredClone(v);

describe('<esafety-policy> rendering', () => {
  let bundle: Record<string, any>;
  let el: EsafetyPolicy;

  before(async () => {
    bundle = await fixtureJson('all-blocks.json');
  });
  beforeEach(async () => {
    el = await settled(html`<esafety-policy .bundle=${bundle}></esafety-policy>`);
  });

  it('shows the school, title, dates and summary', () => {
    expect($(el, '.school').textContent).to.equal('Test Primary School');
    expect($(el, '[part="title"]').localName).to.equal('h2');
    expect($(el, '[part="title"]').textContent!.trim()).to.equal('Online safety policy');
    const dates = $$(el, '[part="dates"] div').map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]);
    expect(dates).to.deep.equal([
      ['Version', '3.2'],
      ['Approved', '1 September 2025 (the governing board)'],
      ['Last reviewed', '15 September 2025'],
      ['Next review', '1 September 2099'],
    ]);
    expect($(el, '.summary em').textContent).to.equal('everyone');
    expect(el.shadowRoot!.querySelector('[part="overdue-notice"]')).to.equal(null);
  });

  it('numbers sections, sub-sections and clauses three deep, with anchors', () => {
    const headings = $$(el, '[part="heading"]').map((h) => [h.id, h.textContent!.replace(/\s+/g, ' ').trim()]);
    expect(headings).to.deep.equal([
      ['section-1', '1 Introduction'],
      ['section-2', '2 Roles and responsibilities'],
      ['section-2-3', '2.3 Staff'],
      ['section-2-3-1', '2.3.1 Supply staff'],
      ['section-2-4', '2.4 Online safety lead'],
      ['section-3', '3 Responding to incidents'],
      ['appendix-a', 'Appendix A: Glossary'],
      ['appendix-a-1', 'A.1 Abbreviations'],
      ['appendix-b', 'Appendix B: Incident flowchart'],
    ]);
    expect($$(el, '[part="clause"]').map((c) => [c.id, $(el, `#${c.id} .num`).textContent])).to.deep.equal([
      ['section-2-1', '2.1'],
      ['section-2-2', '2.2'],
    ]);
    expect($(el, '#section-2-2').textContent).to.contain('keeps records');
    // Nesting: Supply staff is inside Staff inside Roles.
    expect($(el, '#section-2-3-1').closest('section')!.parentElement!.closest('section')!.querySelector('h4')!.id).to.equal('section-2-3');
  });

  it('renders paragraphs, bold, lists, notes, tables and links', () => {
    expect($(el, '#section-1 ~ p strong').textContent).to.equal('everyone');
    const lists = $$(el, '[part="list"]');
    expect(lists.map((l) => l.localName)).to.include.members(['ul', 'ol']);
    expect(lists[0].querySelectorAll('li').length).to.equal(3);
    const notes = $$(el, '[part="note"]');
    expect(notes.map((n) => n.querySelector('.note-title')!.textContent)).to.deep.equal(['Important', 'Tip']);
    expect(notes[0].classList.contains('important')).to.equal(true);
    const table = $(el, 'table');
    expect(table.querySelector('caption')!.textContent).to.equal('Who handles what');
    expect([...table.querySelectorAll('th')].map((t) => t.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect(table.querySelectorAll('tbody tr').length).to.equal(2);
    const ceop = $(el, 'td a');
    expect(ceop.getAttribute('href')).to.equal('https://www.ceop.police.uk/');
    expect(ceop.getAttribute('rel')).to.equal('noopener noreferrer');
    expect($(el, 'a[href="tel:01632960000"]').getAttribute('rel')).to.equal(null);
    expect($(el, 'a[href="mailto:office@school.example"]').textContent).to.equal('the office');
  });

  it('shows contacts by id and by role, with phone and email links', () => {
    const roles = $$(el, '[part="contact"] .role').map((r) => r.textContent);
    expect(roles).to.deep.equal(['Designated Safeguarding Lead', 'Deputy Designated Safeguarding Lead', 'Computing lead']);
    expect($(el, '[part="contact"] a[href="tel:01632960001"]').textContent).to.equal('01632 960001');
    expect($(el, '[part="contact"] a[href="mailto:dsl@school.example"]')).to.exist;
    // Contacts are placed by the policy itself, so no extra "Key contacts" list.
    expect(el.shadowRoot!.querySelector('.key-contacts')).to.equal(null);
  });

  it('lists footnotes with numbered references and links back', () => {
    const refs = $$(el, '[part="footnote-ref"]');
    expect(refs.map((r) => r.textContent)).to.deep.equal(['[1]', '[2]']);
    expect(refs[0].getAttribute('href')).to.equal('#footnote-kcsie');
    expect(refs[0].id).to.equal('footnote-ref-kcsie');
    const notes = $$(el, '[part="footnotes"] li');
    expect(notes.map((n) => n.id)).to.deep.equal(['footnote-kcsie', 'footnote-same-day']);
    expect(notes[1].textContent).to.contain('next school day');
    expect(notes[0].querySelector('a.back')!.getAttribute('href')).to.equal('#footnote-ref-kcsie');
  });

  it('lists related policies and appendices in the contents', () => {
    const related = $$(el, '[part="related"] a');
    expect(related.map((a) => a.getAttribute('href'))).to.deep.equal(['policies/safeguarding.pdf', 'https://school.example/anti-bullying']);
    expect($(el, '[part="related"]').textContent).to.contain('how we prevent and respond to bullying');
    const toc = $$(el, '[part="contents"] a').map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
    expect(toc).to.deep.include.members([
      ['#section-1', '1 Introduction'],
      ['#section-2-3', '2.3 Staff'],
      ['#appendix-a', 'Appendix A: Glossary'],
    ]);
  });

  it('lists the school contacts at the end when no section places them', async () => {
    const b = clone(bundle);
    b.policy.sections[1].blocks = b.policy.sections[1].blocks.filter((x: any) => x.type !== 'contacts');
    b.policy.sections[1].sections[1].blocks = [];
    const plain = await settled(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    expect($(plain, '.key-contacts').textContent).to.contain('Cat Example');
  });

  it('follows heading-level', async () => {
    const h = await settled(html`<esafety-policy heading-level="1" .bundle=${bundle}></esafety-policy>`);
    expect($(h, '[part="title"]').localName).to.equal('h1');
    expect($(h, '#section-1').localName).to.equal('h2');
    expect($(h, '#section-2-3-1').localName).to.equal('h4');
  });

  it('is accessible (axe) with the whole policy shown', async () => {
    await expect(el).to.be.accessible();
  });
});

describe('<esafety-policy> review date', () => {
  it('says discreetly when the next review date has passed', async () => {
    const b = await fixtureJson('all-blocks.json');
    b.policy.nextReview = '2024-07-31';
    const el = await settled(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    expect($(el, '[part="overdue-notice"]').textContent).to.equal('This policy was due for review on 31 July 2024.');
    await expect(el).to.be.accessible();
  });

  it('can be turned off by the bundle', async () => {
    const b = await fixtureJson('all-blocks.json');
    b.policy.nextReview = '2024-07-31';
    b.policy.overdueNotice = false;
    const el = await settled(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    expect(el.shadowRoot!.querySelector('[part="overdue-notice"]')).to.equal(null);
  });
});

describe('<esafety-policy> long policies', () => {
  it('builds few template markers per section, and no whitespace-only text between blocks', async () => {
    const el = await settled(html`<esafety-policy .bundle=${makeBundle(100)}></esafety-policy>`);
    const counts = { comments: 0, spaces: 0 };
    const walker = document.createTreeWalker($(el, '.sections'), NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.COMMENT_NODE) counts.comments++;
      // (Spaces in a heading between its number and title, and between a contact's details, are text.)
      else if (!n.textContent!.trim() && !n.parentElement!.closest('[part="heading"], [part="contacts"]')) counts.spaces++;
    }
    // A list item, clause point or table cell is built as nodes, not a template with its markers
    // each, numbers are nodes, and so are the sections (section-nodes.ts): under one marker a
    // section (14.5 with a template per section).
    expect(counts.comments / 100).to.be.below(1);
    expect(counts.spaces).to.equal(0);
  });
});

describe('<esafety-policy> search', () => {
  let el: EsafetyPolicy;
  const search = async (q: string) => {
    const input = $(el, '[part="search-input"]') as HTMLInputElement;
    input.value = q;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  };
  beforeEach(async () => {
    el = await settled(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
  });

  // The first key typed into a long policy's search no longer pays for working out every
  // section's words (20–40 ms at 500 sections): they are ready once the page has been idle, or
  // the moment the search box gets focus.
  type Prepared = { model: { sections: { words?: string }[]; prepared?: number; searchOrder?: unknown[] } };
  const wordsReady = (e: EsafetyPolicy) => {
    const m = (e as unknown as Prepared).model;
    return m.searchOrder !== undefined && m.prepared === m.searchOrder.length && m.sections.every((s) => typeof s.words === 'string');
  };
  it('works out the search words while the page is idle, before any key is typed', async () => {
    const big = makeBundle(300);
    const fresh = document.createElement('esafety-policy') as EsafetyPolicy;
    fresh.bundle = big;
    document.body.append(fresh);
    try {
      await fresh.updateComplete;
      expect(wordsReady(fresh), 'not worked out during the render itself').to.equal(false);
      await waitUntil(() => wordsReady(fresh), 'the search words were not worked out while idle', { timeout: 5000 });
      expect((fresh as unknown as Prepared).model.searchOrder!.length).to.be.at.least(300);
    } finally {
      fresh.remove();
    }
  });
  it('works out every section’s search words as soon as the search box gets focus', async () => {
    const fresh = document.createElement('esafety-policy') as EsafetyPolicy;
    fresh.bundle = makeBundle(300);
    document.body.append(fresh);
    try {
      await fresh.updateComplete;
      // Straight after the first render, before the page has been idle.
      expect(wordsReady(fresh)).to.equal(false);
      ($(fresh, '[part="search-input"]') as HTMLInputElement).focus();
      expect(wordsReady(fresh)).to.equal(true);
      // And the search finds what it did before.
      const input = $(fresh, '[part="search-input"]') as HTMLInputElement;
      input.value = 'online';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await fresh.updateComplete;
      expect($(fresh, '.search-status').textContent).to.match(/^Sections matching “online”: \d+$/);
    } finally {
      fresh.remove();
    }
  });

  it('narrows the page to matching sections, keeps their headings in context, and marks matches', async () => {
    await search('Supply');
    const headings = $$(el, '[part="heading"]').map((h) => h.id);
    expect(headings).to.deep.equal(['section-2', 'section-2-3', 'section-2-3-1']);
    // Ancestors show only their headings; the match shows its text with marks.
    expect($(el, '#section-2').parentElement!.querySelector(':scope > [part="clause"]')).to.equal(null);
    expect($$(el, 'mark').map((m) => m.textContent)).to.deep.equal(['Supply', 'Supply']);
    expect($(el, '.search-status').textContent).to.equal('Sections matching “supply”: 1');
  });

  it('finds words in lists, tables and clauses, case-insensitively', async () => {
    await search('CEOP');
    expect($$(el, '[part="heading"]').map((h) => h.id)).to.deep.equal(['section-3', 'appendix-a', 'appendix-a-1']);
    await search('keeps records');
    expect($$(el, '[part="heading"]').map((h) => h.id)).to.deep.equal(['section-2']);
    expect($(el, '[part="clause"] mark').textContent).to.equal('keeps records');
  });

  it('says kindly when nothing matches, and clearing shows everything again', async () => {
    await search('zebra');
    expect($$(el, '[part="heading"]')).to.have.length(0);
    expect($(el, '.search-status').textContent).to.equal('No section matches “zebra”. Try another word.');
    await expect(el).to.be.accessible();
    await search('');
    expect($$(el, '[part="heading"]')).to.have.length(9);
    expect($$(el, 'mark')).to.have.length(0);
  });

  it('after searches, clearing gives back the very page it started as, every section and block in its place', async () => {
    // Sections are nodes changed in place by a search (section-nodes.ts): taken off the page,
    // their blocks hidden, marks added; clearing must put everything back in order.
    const shape = (n: Node): string =>
      n.nodeType === Node.TEXT_NODE
        ? n.textContent!
        : n instanceof Element
          ? `<${n.localName}${n.id ? `#${n.id}` : ''}>${[...n.childNodes].map(shape).join('')}</>`
          : '';
    const page = () => ['.sections', '.appendices'].map((s) => shape($(el, s))).join('|');
    const before = page();
    for (const q of ['supply', 'ceop', 's', 'zebra', 'keeps records', 'staff']) await search(q);
    await search('');
    expect(page()).to.equal(before);
    expect($$(el, 'mark')).to.have.length(0);
  });

  it('is accessible with results marked', async () => {
    await search('staff');
    expect($$(el, 'mark').length).to.be.greaterThan(2);
    await expect(el).to.be.accessible();
  });

  it('a key rebuilds only the blocks whose marks change', async () => {
    const notes = () => [...$(el, '#section-3').parentElement!.querySelectorAll(':scope > [part="note"] p')];
    const text = (p: Element) => [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
    const [first, second] = notes().map(text);
    await search('straight');
    // The first note has no "straight": its very text node stays; the second is marked.
    expect(text(notes()[0]) === first).to.equal(true);
    expect(notes()[1].querySelector('mark')!.textContent).to.equal('straight');
    await search('straight away');
    expect(text(notes()[0]) === first).to.equal(true);
    expect(notes()[1].querySelector('mark')!.textContent).to.equal('straight away');
    await search('');
    expect(text(notes()[0]) === first).to.equal(true);
    expect(notes()[1].querySelector('mark')).to.equal(null);
    expect(text(notes()[1]) === second).to.equal(false); // rebuilt without its mark
    expect(notes()[1].textContent).to.equal('Write down what you saw straight away.');
  });

  it('gives a footnote reference its id in the first section shown that cites it', async () => {
    const b = await fixtureJson('all-blocks.json');
    b.policy.sections[2].blocks[3].text += ' The same goes for calls.[^same-day]';
    el = await settled(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    const refs = () => $$(el, 'a[part="footnote-ref"][href="#footnote-same-day"]').map((a) => a.id);
    expect(refs()).to.deep.equal(['footnote-ref-same-day', '']);
    await search('goes for calls');
    expect(refs()).to.deep.equal(['footnote-ref-same-day']);
    await search('');
    expect(refs()).to.deep.equal(['footnote-ref-same-day', '']);
    expect(el.shadowRoot!.querySelectorAll('#footnote-ref-same-day')).to.have.length(1);
  });

  it('on a long policy, shows the matching sections and their count at once, and the marks follow', async () => {
    el = await settled(html`<esafety-policy .bundle=${makeBundle(200)}></esafety-policy>`);
    // Paragraphs and titles holding the search that are not marked yet (contacts are never marked).
    const holding = (q: string, where: string) =>
      $$(el, where).filter((p) => !p.closest('[part="contacts"]') && p.textContent!.toLowerCase().includes(q) && !p.querySelector('mark')).length;
    const unmarked = (q: string) => holding(q, '.sections p') + holding(q, '.sections [part="heading"]');
    const stale = (q: string) => $$(el, '.sections mark').some((m) => m.textContent!.toLowerCase() !== q);
    const shown = () => [$(el, '.search-status').textContent, $$(el, '[part="heading"]').length];
    for (const q of ['s', 'sa', 'safety']) {
      await search(q);
      const first = shown();
      if (q === 's') {
        // Thousands of blocks and hundreds of titles change: not all in one go.
        expect(holding(q, '.sections p')).to.be.greaterThan(0);
        expect(holding(q, '.sections [part="heading"]')).to.be.greaterThan(0);
      }
      // Every paragraph and title holding it marked, and no mark left from the key before.
      await waitUntil(() => unmarked(q) === 0 && !stale(q), `the marks for "${q}" never all came`, { timeout: 8000 });
      expect(shown()).to.deep.equal(first);
    }
    // Sections a search took off the page come back with the marks of the search that shows
    // them, at once: never a title or block marked for an earlier search.
    await search('no such words');
    expect($$(el, '[part="heading"]')).to.have.length(0);
    await search('sa');
    expect(unmarked('sa')).to.equal(0);
    expect(stale('sa')).to.equal(false);
    await search('');
    await waitUntil(() => $$(el, 'mark').length === 0, 'marks were left after clearing the search', { timeout: 8000 });
    expect($$(el, '[part="heading"]')).to.have.length(200);
  });
});

describe('<esafety-policy> links and fragments', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens at the section named in the URL fragment on load', async () => {
    history.replaceState(null, '', '#section-2-3-1');
    const el = await settled(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'section-2-3-1', 'fragment target not focused');
    const top = $(el, '#section-2-3-1').getBoundingClientRect().top;
    expect(top).to.be.within(-2, 40);
  });

  it('accepts a section id from the bundle as the fragment', async () => {
    history.replaceState(null, '', '#supply');
    const el = await settled(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'section-2-3-1');
  });

  it('contents links jump to the section and update the address', async () => {
    const el = await settled(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    $(el, '[part="contents"] a[href="#section-3"]').click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'section-3');
    expect(location.hash).to.equal('#section-3');
  });

  it('a second click on the same link goes there again', async () => {
    const el = await settled(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    const link = $(el, '[part="contents"] a[href="#section-3"]');
    link.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'section-3');
    link.focus();
    link.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'section-3', 'second click did nothing');
  });

  it('leaves links to the rest of the page to the browser', async () => {
    const b = await fixtureJson('all-blocks.json');
    b.policy.sections[0].blocks[0].text = 'Back to the [top of the page](#page-top).';
    const wrap = await fixture(html`<div><p id="page-top" tabindex="-1">Top</p><esafety-policy .bundle=${b}></esafety-policy></div>`);
    const el = wrap.querySelector('esafety-policy')!;
    await until(el);
    $(el, 'a[href="#page-top"]').click();
    expect(location.hash).to.equal('#page-top');
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('follows hash changes made by the page', async () => {
    const el = await settled(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    location.hash = '#appendix-a-1';
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'appendix-a-1');
  });

  it('footnote references and back links move focus both ways', async () => {
    const el = await settled(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    $(el, '#footnote-ref-kcsie').click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'footnote-kcsie');
    $(el, '#footnote-kcsie a.back').click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'footnote-ref-kcsie');
  });

  it('clears a search that hides the section a link points to', async () => {
    const el = await settled(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    const input = $(el, '[part="search-input"]') as HTMLInputElement;
    input.value = 'zebra';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(await el.goTo('section-1')).to.equal(true);
    expect(input.value).to.equal('');
    expect(el.shadowRoot!.activeElement?.id).to.equal('section-1');
    expect(await el.goTo('no-such-place')).to.equal(false);
  });
});

describe('<esafety-policy> keyboard', () => {
  it('can be used with the keyboard alone: search, contents, footnotes', async () => {
    const el = await settled(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('q');
    await sendKeys({ type: 'glossary' });
    await el.updateComplete;
    expect($$(el, '[part="heading"]').map((h) => h.id)).to.deep.equal(['appendix-a']);
    await sendKeys({ press: 'Escape' }); // Chromium clears a search field on Escape
    await el.updateComplete;
    expect($$(el, '[part="heading"]')).to.have.length(9);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('href')).to.equal('#section-1');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'section-2');
    // The next Tab continues from the section, as after a same-page link.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.closest('#section-2, [part="contact"], [part="section"]')).to.exist;
  });
});

describe('<esafety-policy> print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('hides the search, keeps the contents and shows link addresses', async () => {
    const el = await settled(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part="search"]')).display).to.equal('none');
    expect(getComputedStyle($(el, '[part="contents"]')).display).to.not.equal('none');
    const after = getComputedStyle($(el, 'td a'), '::after').content;
    expect(after).to.contain('https://www.ceop.police.uk/');
    expect(getComputedStyle($(el, '[part="contents"] a'), '::after').content).to.equal('none');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle($(el, '[part="search"]')).display).to.equal('flex');
  });
});

describe('<esafety-policy> small screens', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('fits a 320px-wide screen (400% zoom) without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await settled(html`<esafety-policy .bundle=${await fixtureJson('all-blocks.json')}></esafety-policy>`);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    expect($(el, '[part="search-input"]').getBoundingClientRect().height).to.be.at.least(24);
  });

  it('keeps each date label on one line at 320px, however long the date beside it', async () => {
    await setViewport({ width: 320, height: 640 });
    const b = await fixtureJson('all-blocks.json');
    Object.assign(b.policy, { approved: '2025-09-24', approvedBy: 'the full governing board of the school', reviewed: '2025-09-17', nextReview: '2027-09-01' });
    const el = await settled(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    const labels = $$(el, '[part="dates"] dt');
    expect(labels.length).to.be.at.least(3);
    for (const dt of labels) {
      const lineHeight = parseFloat(getComputedStyle(dt).lineHeight);
      expect(dt.getBoundingClientRect().height, `"${dt.textContent}" wraps`).to.be.below(lineHeight * 1.5);
    }
  });
});

describe('<esafety-policy> cross-references', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('numbers footnotes in the order the text cites them, wherever they are defined', async () => {
    const b = await fixtureJson('all-blocks.json');
    // Cite "same-day" first (in section 1), though it is defined later, in section 2.3.1.
    b.policy.sections[0].blocks[0].text = 'First[^same-day] then[^kcsie].';
    const el = await settled(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    expect($$(el, '[part="footnotes"] li').map((li) => li.id)).to.deep.equal(['footnote-same-day', 'footnote-kcsie']);
    expect($$(el, '[part="footnote-ref"]').map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['#footnote-same-day', '[1]'],
      ['#footnote-kcsie', '[2]'],
      ['#footnote-same-day', '[1]'],
    ]);
    // Only the first citation carries the id the back link points to.
    expect($$(el, '[id="footnote-ref-same-day"]')).to.have.length(1);
  });

  it('links in the text can point at a section by its bundle id', async () => {
    const b = await fixtureJson('all-blocks.json');
    b.policy.sections[0].blocks[0].text = 'See [the supply staff rules](#supply) and [clause 2.2](#dsl-duties).';
    const el = await settled(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    $(el, '#section-1 ~ p a[href="#supply"]').click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'section-2-3-1');
    $(el, '#section-1 ~ p a[href="#dsl-duties"]').click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'section-2-2');
  });

  it('can head table rows with their first cell', async () => {
    const b = await fixtureJson('all-blocks.json');
    b.policy.sections[2].blocks[2].rowHeaders = true;
    const el = await settled(html`<esafety-policy .bundle=${b}></esafety-policy>`);
    expect($$(el, 'tbody th[scope="row"]').map((th) => th.textContent)).to.deep.equal(['Cyberbullying', 'Grooming concern']);
    await expect(el).to.be.accessible();
  });
});
