import { expect, waitUntil } from '@open-wc/testing';
import { cardsOf, DEFAULT_TOPICS } from '../src/bundle/defaults/guidance-topics.js';
import { matches, topicCards } from '../src/parent-guidance/model.js';
import { axeIn } from './helpers-dom.js';

// <parent-guidance> from dist/, in a school's folder (build/embed-test-server.mjs): its index
// loads the built-in topics' cards alone; their advice (the whole list) follows when a parent
// opens a topic or searches. What a parent sees while it comes, and if it never does.

const cards = topicCards(DEFAULT_TOPICS, undefined, 'en-GB');
/** A word of one built-in topic's advice that is in no title or summary: only a search of the advice finds it. */
const ADVICE_WORD = (() => {
  const shown = cards.map((c) => `${c.title} ${c.summary}`.toLowerCase()).join(' ');
  for (const c of cards)
    for (const w of c.words.split(/[^a-z]+/)) if (w.length > 6 && !shown.includes(w)) return w;
  throw new Error('no word of the advice alone');
})();
const found = cards.filter((c) => matches(c, { q: ADVICE_WORD, age: '', theme: '' })).length;

type Guidance = HTMLElement & { updateComplete: Promise<unknown> };

/** Let the server send the advice it holds back (build/embed-test-server.mjs). */
const release = () => fetch('/__embed/release-advice');

/** embed.html with the guidance in a frame (800 × 900) on this page; `hash`: the address's fragment; `query`: more of its query. */
async function guidanceIn(folder: string, hash = '', query = '') {
  const f = document.createElement('iframe');
  f.style.width = '800px';
  f.style.height = '900px';
  f.src = `/__embed/${folder}embed.html?el=parent-guidance${query}${hash}`;
  document.body.append(f);
  const el = () => f.contentDocument?.querySelector('parent-guidance') as Guidance | null;
  await waitUntil(() => el()?.shadowRoot?.querySelector('[part="card"], [part="topic"], [part="error"]'), 'the guidance did not show', { timeout: 10000 });
  // axe in the frame, to check each state as it shows: every rule but one about the page rather
  // than the element (embed.html's main heading is the element's own, heading-level 1, and while
  // a search runs, as when none matches, it shows none).
  const axe = await axeIn(f.contentDocument!, { rules: { 'page-has-heading-one': { enabled: false } } });
  const root = el()!.shadowRoot!;
  const one = (s: string) => root.querySelector<HTMLElement>(s);
  /** The chunks the frame fetched, without their hashes. */
  const chunks = () =>
    f.contentWindow!.performance.getEntriesByType('resource')
      .map((r) => r.name.match(/\/chunks\/(.+)-[\w-]{8}\.js$/)?.[1])
      .filter(Boolean);
  return { f, el: el()!, one, chunks, axe };
}

/** Type into the search box as a person would: focus it, then a key at a time. */
async function typeSearch(el: Guidance, one: (s: string) => HTMLElement | null, q: string) {
  const input = one('#q') as HTMLInputElement;
  input.focus();
  for (const ch of q) {
    input.value += ch;
    input.dispatchEvent(new InputEvent('input', { data: ch }));
  }
  await el.updateComplete;
}

describe('<parent-guidance> loads the built-in topics’ advice when a parent wants it', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('the index fetches the topics’ cards alone; opening a topic says “Loading…” until its advice comes, then shows it', async () => {
    const { f, el, one, chunks, axe } = await guidanceIn('held-advice/');
    frame = f;
    expect(chunks()).to.include('guidance-topics.cards.en');
    expect(chunks().filter((c) => /^guidance-topics(\.en)?$/.test(c!)), 'no advice for the index').to.deep.equal([]);
    const link = one('[part="card-link"]')!;
    const name = link.textContent!.trim();
    link.click();
    await waitUntil(() => one('[part="title"]'), 'the topic did not open');
    await el.updateComplete;
    expect(one('[part="title"]')!.textContent!.trim()).to.equal(name);
    expect(one('[part="topic"] [part="loading"]')?.getAttribute('role'), 'a loading line for the advice').to.equal('status');
    expect(one('[part="talk"]'), 'no advice yet').to.equal(null);
    expect(el.shadowRoot!.activeElement?.id, 'focus on the title, as ever').to.equal('topic-title');
    expect(await axe(), 'axe, while the advice loads').to.deep.equal([]);
    await release();
    await waitUntil(() => one('[part="talk"]') && one('[part="links"]'), 'the advice did not come', { timeout: 5000 });
    expect(one('[part="topic"] [part="loading"]'), 'the loading line has gone').to.equal(null);
    expect(chunks().filter((c) => /^guidance-topics(\.en)?$/.test(c!))).to.deep.equal(['guidance-topics.en']);
  });

  it('a search waits for the advice, saying “Searching…” rather than a count it would take back, then finds words in it', async () => {
    const { f, el, one, axe } = await guidanceIn('held-advice-2/');
    frame = f;
    await typeSearch(el, one, ADVICE_WORD);
    expect(one('[part="count"]')!.textContent!.trim()).to.equal('Searching…');
    expect(await axe(), 'axe, while it searches').to.deep.equal([]);
    await release();
    expect(one('[part="cards"]'), 'no cards while it searches').to.equal(null);
    expect(one('[part="no-results"]'), 'and no “No topics match”').to.equal(null);
    await waitUntil(() => one('[part="count"]')!.textContent!.includes('Topics shown'), 'the search did not finish', { timeout: 5000 });
    expect(found).to.be.at.least(1);
    expect(one('[part="count"]')!.textContent!.trim()).to.equal(`Topics shown: ${found} of ${cards.length}`);
    expect(el.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(found);
    expect((one('#q') as HTMLInputElement).value, 'what was typed is kept').to.equal(ADVICE_WORD);
    expect(el.shadowRoot!.activeElement?.id, 'and the search box keeps focus').to.equal('q');
  });

  it('a card about to be opened (its link focused, or pressed) fetches the advice, so the topic shows it at once', async () => {
    for (const how of ['focus', 'press'] as const) {
      const { f, el, one, chunks } = await guidanceIn(how === 'focus' ? 'held-advice/' : 'held-advice-2/');
      frame = f;
      const link = one('[part="card-link"]')!;
      if (how === 'focus') link.focus();
      else link.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await release();
      await waitUntil(() => chunks().includes('guidance-topics.en'), `${how}: the advice was not fetched`, { timeout: 5000 });
      await el.updateComplete;
      expect(one('[part="title"]'), `${how}: still the index`).to.equal(null);
      link.click();
      await waitUntil(() => one('[part="title"]'), 'the topic did not open');
      await el.updateComplete;
      expect(one('[part="talk"]'), `${how}: the advice with the topic`).to.exist;
      expect(one('[part="topic"] [part="loading"]'), `${how}: no loading line`).to.equal(null);
      f.remove();
    }
  });

  it('a topic named in the address on arrival shows with its advice, with no “Loading…” between', async () => {
    const id = DEFAULT_TOPICS[2]!.id;
    const { f, one, chunks } = await guidanceIn('', `#guidance-${id}`);
    frame = f;
    // The first render is the whole topic: the element asked for the whole list, not the cards then the advice.
    expect(one('[part="talk"]'), 'the advice with the topic').to.exist;
    expect(one('[part="topic"] [part="loading"]')).to.equal(null);
    expect(one('[part="title"]')!.textContent!.trim()).to.equal(cards[2]!.title);
    // The page script asked for the cards beside the element's code, as for any guidance (it
    // does not read the address); the advice was fetched once, in English only.
    expect(chunks().filter((c) => /^guidance-topics(\.en)?$/.test(c!))).to.deep.equal(['guidance-topics.en']);
  });

  it('without the advice on the server, the index still works: an open topic says it could not be loaded and why, and a search says what it covered', async () => {
    const { f, el, one, axe } = await guidanceIn('no-advice/');
    frame = f;
    const errors: string[] = [];
    (f.contentWindow as unknown as typeof globalThis).console.error = (...a: unknown[]) => void errors.push(a.join(' '));
    one('[part="card-link"]')!.click();
    await waitUntil(() => one('[part="topic"] [part="error"]'), 'no error in the topic', { timeout: 5000 });
    const box = one('[part="topic"] [part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('The advice on this topic could not be loaded.');
    expect(box.textContent).to.contain('put the whole dist folder on the server');
    expect(one('[part="title"]'), 'the title is still shown').to.exist;
    expect(one('[part="topic"] [part="loading"]')).to.equal(null);
    expect(errors.join('\n')).to.contain('the built-in guidance topics could not be loaded');
    expect(await axe(), 'axe, with the error').to.deep.equal([]);
    f.contentWindow!.location.hash = '';
    await waitUntil(() => one('#q'), 'back to the index');
    const title = cards[0]!.title;
    const byTitle = topicCards(cardsOf(DEFAULT_TOPICS), undefined, 'en-GB').filter((c) => matches(c, { q: title, age: '', theme: '' }));
    await typeSearch(el, one, title.toLowerCase());
    const count = one('[part="count"]')!.textContent!;
    expect(count).to.contain(`Topics shown: ${byTitle.length} of ${cards.length}`);
    expect(count).to.contain('Only titles and summaries were searched: the full advice could not be loaded.');
    expect(one('[part="card-link"]')!.textContent!.trim()).to.equal(title);
    expect(await axe(), 'axe, with the search’s note').to.deep.equal([]);
  });

  it('in Welsh: “Yn chwilio…” while the Welsh advice comes, which the search then finds; without it, an open topic says so in Welsh', async () => {
    const held = await guidanceIn('held-advice/', '', '&lang=cy');
    frame = held.f;
    await waitUntil(() => held.one('#q'), 'no search box');
    const welsh = topicCards(DEFAULT_TOPICS, undefined, 'cy');
    const word = welsh.flatMap((c) => c.words.split(/[^a-zâêîôûŵŷ]+/)).find((w) => w.length > 8 && !welsh.some((c) => `${c.title} ${c.summary}`.toLowerCase().includes(w)))!;
    await typeSearch(held.el, held.one, word);
    expect(held.one('[part="count"]')!.textContent!.trim()).to.equal('Yn chwilio…');
    await release();
    const shown = welsh.filter((c) => matches(c, { q: word, age: '', theme: '' })).length;
    await waitUntil(() => held.el.shadowRoot!.querySelectorAll('[part="card"]').length === shown, `the Welsh advice was not searched for “${word}”`, { timeout: 5000 });
    expect(held.one('[part="count"]')!.textContent!.trim()).to.not.equal('Yn chwilio…');
    held.f.remove();

    const missing = await guidanceIn('no-advice/', '', '&lang=cy');
    frame = missing.f;
    (missing.f.contentWindow as unknown as typeof globalThis).console.error = () => {};
    missing.one('[part="card-link"]')!.click();
    await waitUntil(() => missing.one('[part="topic"] [part="error"]'), 'no error in the topic', { timeout: 5000 });
    expect(missing.one('[part="topic"] [part="error"]')!.textContent).to.contain('Nid oedd modd llwytho’r cyngor ar y pwnc hwn.');
    const title = missing.one('[part="title"]')!.textContent!.trim();
    expect(welsh.map((c) => c.title), 'the topic’s Welsh title, from its card').to.include(title);
  });
});
