import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { DEFAULTS } from '../src/bundle/defaults/index.js';
import { DEFAULT_TOPICS } from '../src/bundle/defaults/guidance-topics.js';
import { validateBundle } from '../src/bundle/validate.js';
import { getLocale } from '../src/i18n/localization.js';
import '../src/parent-guidance/index.js';
import type { ParentGuidance } from '../src/parent-guidance/index.js';
import { ageRanges, matches, topicCards, topicInHash } from '../src/parent-guidance/model.js';
import { dirOf, pick } from '../src/text/local.js';
import { $, $$, until } from './helpers-dom.js';

type Json = Record<string, any>;

/** Only the test's own topics: every built-in one is left out. */
const NO_DEFAULTS = DEFAULT_TOPICS.map((t) => t.id);

const CONTROLS = {
  id: 'controls',
  title: { en: 'Parental controls', cy: 'Rheolaethau rhieni' },
  summary: { en: 'Filters on your broadband, devices and apps.', cy: 'Hidlwyr ar eich band eang, dyfeisiau ac apiau.' },
  ages: ['ks1', 'ks2'],
  tags: ['controls'],
  blocks: [
    { type: 'paragraph', text: 'Controls work best **together**.' },
    { type: 'list', ordered: true, items: ['Open the router settings.', 'Turn on the family filter.', 'Save.'] },
  ],
  talk: ['Ask your child which apps they like best.'],
  links: [
    { title: 'Internet Matters: parental controls', url: 'https://www.internetmatters.org/parental-controls/', description: 'step-by-step guides' },
    { title: 'Our e-safety page', url: '/e-safety' },
  ],
  reviewed: '2026-11-01',
};

const GAMING = {
  id: 'game-chat',
  title: 'Gaming and in-game chat',
  summary: 'Know who your child can talk to while they play.',
  ages: ['ks2', 'ks3', 'ks4'],
  tags: ['gaming'],
  blocks: [{ type: 'note', variant: 'important', text: 'Report grooming to [CEOP](https://www.ceop.police.uk/Safety-Centre/).' }],
  links: [{ title: 'CEOP Safety Centre', url: 'https://www.ceop.police.uk/Safety-Centre/' }],
};

const FIRST_SCREENS = {
  id: 'first-screens',
  title: 'First screens',
  summary: 'Tablets and television for the youngest.',
  ages: ['eyfs'],
  tags: ['screen-time'],
  blocks: [{ type: 'paragraph', text: 'Watch together and talk about what you see.' }],
};

const READING = {
  id: 'reading-app',
  title: 'Our reading app',
  summary: 'How we use Bookworm at home.',
  tags: ['reading'],
  blocks: [{ type: 'list', items: ['Log in with the card from school.', 'Read for ten minutes a day.'] }],
};

/** A school's own guidance: four topics (none built in), a theme, notes. */
function school(extra: Json = {}): Json {
  return {
    school: { name: 'Larkspur Lane Primary School', contacts: [{ id: 'dsl', role: 'dsl', name: 'Rebecca Haworth', phone: '01632 960142' }] },
    omitDefaults: NO_DEFAULTS,
    guidance: {
      intro: 'Advice for families from our online-safety lead.',
      themes: [{ id: 'reading', label: { en: 'Reading apps', cy: 'Apiau darllen' } }],
      notes: [{ topic: 'controls', text: 'Our filtering is provided by **Ashcombe Grid**.' }],
      topics: structuredClone([CONTROLS, GAMING, FIRST_SCREENS, READING]),
      ...extra,
    },
  };
}

async function mount(tpl: TemplateResult): Promise<ParentGuidance> {
  const el = await fixture<ParentGuidance>(tpl);
  await until(el, '[part="guidance"], .bundle-error');
  return el;
}

const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const cardIds = (el: Element) => $$(el, '[part="card-link"]').map((a) => a.id.replace(/^card-/, ''));
const count = (el: Element) => $(el, '[part="count"]').textContent!.trim();
const title = (el: Element) => $(el, '[part="title"]').textContent!.trim();

async function search(el: ParentGuidance, q: string) {
  const input = $(el, '#q') as HTMLInputElement;
  input.value = q;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

async function choose(el: ParentGuidance, id: 'age' | 'theme', value: string) {
  const select = $(el, `#${id}`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

const resetUrl = () => history.replaceState(null, '', location.pathname + location.search);

describe('<parent-guidance> built-in topics', () => {
  it('has at least 10 UK topics, each complete, valid and in Welsh too', () => {
    const topics = DEFAULT_TOPICS;
    expect(topics.length).to.be.at.least(10);
    const r = validateBundle({ guidance: { topics } });
    expect(r.ok, JSON.stringify(!r.ok && r.issues)).to.equal(true);
    const themes = new Set(DEFAULTS.guidance.themes.map((t) => t.id));
    for (const t of topics) {
      expect(pick(t.title, 'cy'), `${t.id} Welsh title`).to.not.equal(pick(t.title, 'en'));
      expect(t.summary, `${t.id} summary`).to.exist;
      expect(t.ages?.length, `${t.id} ages`).to.be.greaterThan(0);
      expect(t.blocks?.length, `${t.id} blocks`).to.be.greaterThan(0);
      expect(t.talk?.length, `${t.id} talk prompts`).to.be.greaterThan(0);
      expect(t.links?.length, `${t.id} links`).to.be.greaterThan(0);
      expect(t.reviewed, `${t.id} reviewed`).to.match(/^\d{4}-\d\d-\d\d$/);
      expect(t.tags?.some((g) => themes.has(g)), `${t.id} has a built-in theme`).to.equal(true);
    }
    // Every built-in theme has a Welsh label and some topic uses it.
    for (const th of DEFAULTS.guidance.themes) {
      expect(pick(th.label, 'cy')).to.not.equal(pick(th.label, 'en'));
      expect(topics.some((t) => t.tags?.includes(th.id)), `a topic in ${th.id}`).to.equal(true);
    }
  });

  it('works bare: one card per built-in topic, every theme offered, accessible', async () => {
    const el = await mount(html`<parent-guidance></parent-guidance>`);
    expect(cardIds(el)).to.deep.equal(DEFAULT_TOPICS.map((t) => t.id));
    const n = DEFAULT_TOPICS.length;
    expect(count(el)).to.equal(`Topics shown: ${n} of ${n}`);
    const themes = [...($(el, '#theme') as HTMLSelectElement).options].map((o) => o.value);
    expect(themes).to.deep.equal(['', ...DEFAULTS.guidance.themes.map((t) => t.id)]);
    await expect(el).to.be.accessible();
  });

  it('every built-in topic opens with its blocks, prompts, safe trusted links and review date, accessible', async () => {
    for (const t of DEFAULT_TOPICS) {
      const el = await mount(html`<parent-guidance topic=${t.id}></parent-guidance>`);
      expect(title(el)).to.equal(pick(t.title, 'en'));
      expect($$(el, '[part="talk"] li')).to.have.length(t.talk!.length);
      const links = $$(el, '[part="links"] a');
      expect(links).to.have.length(t.links!.length);
      for (const a of $$(el, 'a[href^="http"]')) {
        expect(a.getAttribute('rel'), a.getAttribute('href')!).to.equal('noopener noreferrer');
        expect(a.hasAttribute('target')).to.equal(false);
      }
      expect($(el, '[part="reviewed"]').textContent).to.match(/^Last reviewed \d{1,2} [A-Z][a-z]+ \d{4}$/);
      await expect(el).to.be.accessible();
    }
  });

  it('each age band and each theme leaves some built-in topics, and fewer than all', async () => {
    const el = await mount(html`<parent-guidance></parent-guidance>`);
    const all = cardIds(el).length;
    for (const age of ['eyfs', 'ks1', 'ks2', 'ks3', 'ks4']) {
      await choose(el, 'age', age);
      const n = cardIds(el).length;
      expect(n, age).to.be.within(1, all);
    }
    await choose(el, 'age', '');
    for (const th of DEFAULTS.guidance.themes) {
      await choose(el, 'theme', th.id);
      expect(cardIds(el).length, th.id).to.be.within(1, all - 1);
      expect(cardIds(el).every((id) => DEFAULT_TOPICS.find((t) => t.id === id)!.tags!.includes(th.id))).to.equal(true);
    }
  });
});

describe('<parent-guidance> index', () => {
  let el: ParentGuidance;
  beforeEach(async () => {
    el = await mount(html`<parent-guidance .bundle=${school()}></parent-guidance>`);
  });

  it('shows the intro, the school’s topics as cards with summaries and ages', () => {
    expect($(el, '[part="intro"]').textContent).to.equal('Advice for families from our online-safety lead.');
    expect(cardIds(el)).to.deep.equal(['controls', 'game-chat', 'first-screens', 'reading-app']);
    const cards = $$(el, '[part="card"]').map((c) => [...c.querySelectorAll('p')].map((p) => p.textContent!.trim()));
    expect(cards).to.deep.equal([
      ['Filters on your broadband, devices and apps.', 'Ages 5–11'],
      ['Know who your child can talk to while they play.', 'Ages 7–16'],
      ['Tablets and television for the youngest.', 'Under 5'],
      ['How we use Bookworm at home.', 'All ages'],
    ]);
    expect($(el, '[part="card-link"]').getAttribute('href')).to.equal('#guidance-controls');
    expect($(el, '[part="card-link"]').closest('h2')).to.exist;
    expect(count(el)).to.equal('Topics shown: 4 of 4');
    expect($(el, '[part="count"]').getAttribute('role')).to.equal('status');
  });

  it('offers only the themes its topics use, the school’s own among them', () => {
    const themes = [...($(el, '#theme') as HTMLSelectElement).options].map((o) => [o.value, o.textContent]);
    expect(themes).to.deep.equal([
      ['', 'All themes'],
      ['controls', 'Parental controls'],
      ['gaming', 'Gaming'],
      ['screen-time', 'Screen time and sleep'],
      ['reading', 'Reading apps'],
    ]);
    const ages = [...($(el, '#age') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(ages).to.deep.equal(['Any age', 'Under 5 (EYFS)', 'Ages 5–7 (KS1)', 'Ages 7–11 (KS2)', 'Ages 11–14 (KS3)', 'Ages 14–16 (KS4)']);
  });

  it('filters by age band (a topic without ages is for every age) and by theme, together', async () => {
    await choose(el, 'age', 'ks2');
    expect(cardIds(el)).to.deep.equal(['controls', 'game-chat', 'reading-app']);
    expect(count(el)).to.equal('Topics shown: 3 of 4');
    await choose(el, 'age', 'eyfs');
    expect(cardIds(el)).to.deep.equal(['first-screens', 'reading-app']);
    await choose(el, 'theme', 'reading');
    expect(cardIds(el)).to.deep.equal(['reading-app']);
    await choose(el, 'age', 'ks4');
    await choose(el, 'theme', 'gaming');
    expect(cardIds(el)).to.deep.equal(['game-chat']);
    expect(($(el, '#age') as HTMLSelectElement).value).to.equal('ks4');
    await expect(el).to.be.accessible();
  });

  it('searches titles, summaries, block text, prompts, link titles and school notes, case-insensitively, and marks matches', async () => {
    await search(el, 'GAMING');
    expect(cardIds(el)).to.deep.equal(['game-chat']);
    expect($$(el, 'mark').map((m) => m.textContent)).to.deep.equal(['Gaming']);
    await search(el, 'router'); // a step in a list
    expect(cardIds(el)).to.deep.equal(['controls']);
    await search(el, 'ten minutes'); // a list item: both words
    expect(cardIds(el)).to.deep.equal(['reading-app']);
    await search(el, 'grooming'); // a note block, its link's words
    expect(cardIds(el)).to.deep.equal(['game-chat']);
    await search(el, 'apps they like'); // a "talk to your child" prompt
    expect(cardIds(el)).to.deep.equal(['controls']);
    await search(el, 'ceop safety'); // a trusted link's title
    expect(cardIds(el)).to.deep.equal(['game-chat']);
    await search(el, 'ashcombe'); // the school's note on the topic
    expect(cardIds(el)).to.deep.equal(['controls']);
    await search(el, 'together'); // bold markup is searched as its words; "**" is not
    expect(cardIds(el)).to.deep.equal(['controls', 'first-screens']);
    await search(el, '**');
    expect(cardIds(el)).to.deep.equal([]);
    await search(el, '  ');
    expect(cardIds(el)).to.have.length(4);
  });

  it('says kindly when nothing matches, and clearing brings every topic back with focus on the search', async () => {
    await choose(el, 'age', 'eyfs');
    await search(el, 'zebra');
    expect(cardIds(el)).to.deep.equal([]);
    expect(count(el)).to.equal('Topics shown: 0 of 4');
    expect($(el, '[part="no-results"]').textContent).to.contain('No topics match');
    await expect(el).to.be.accessible();
    ($(el, '[part="no-results"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(cardIds(el)).to.have.length(4);
    expect(($(el, '#q') as HTMLInputElement).value).to.equal('');
    expect(($(el, '#age') as HTMLSelectElement).value).to.equal('');
    await waitUntil(() => focused(el)?.id === 'q');
  });

  it('shows the school’s general notes above the topics, with its contacts', async () => {
    const b = school();
    b.guidance.notes.push({ title: 'How to reach our DSL', blocks: [{ type: 'contacts', ids: ['dsl'] }] });
    const s = await mount(html`<parent-guidance .bundle=${b}></parent-guidance>`);
    const notes = $$(s, '[part="guidance"] > [part="school-note"]');
    expect(notes).to.have.length(1);
    expect(notes[0].querySelector('h2')!.textContent).to.equal('How to reach our DSL');
    expect(notes[0].querySelector('a[href="tel:01632960142"]')).to.exist;
    await expect(s).to.be.accessible();
  });

  it('is accessible at every heading level it is given', async () => {
    const s = await mount(html`<parent-guidance heading-level="3" .bundle=${school()}></parent-guidance>`);
    expect($(s, '[part="card-link"]').parentElement!.localName).to.equal('h3');
    await expect(s).to.be.accessible();
  });
});

describe('<parent-guidance> a topic', () => {
  afterEach(resetUrl);

  it('opens in place from its card, under its own address, with every part', async () => {
    const el = await mount(html`<parent-guidance .bundle=${school()}></parent-guidance>`);
    $(el, '#card-controls').click();
    await waitUntil(() => focused(el)?.id === 'topic-title', 'heading not focused');
    expect(location.hash).to.equal('#guidance-controls');
    expect(el.shadowRoot!.querySelector('[part="cards"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="filters"]')).to.equal(null);
    expect(title(el)).to.equal('Parental controls');
    const topic = $(el, '[part="topic"]');
    expect(topic.querySelector('.summary')!.textContent).to.equal('Filters on your broadband, devices and apps.');
    expect(topic.querySelector('strong')!.textContent).to.equal('together');
    expect([...topic.querySelectorAll('ol li')].map((li) => li.textContent)).to.deep.equal(['Open the router settings.', 'Turn on the family filter.', 'Save.']);
    expect($(el, '[part="school-note"]').textContent).to.contain('At our school');
    expect($(el, '[part="school-note"] strong').textContent).to.equal('Ashcombe Grid');
    expect($(el, '[part="talk"] h3').textContent).to.equal('Talk to your child');
    expect($(el, '[part="talk"] li').textContent).to.equal('Ask your child which apps they like best.');
    expect($(el, '[part="links"] h3').textContent).to.equal('Trusted links');
    expect($(el, '[part="links"] li').textContent).to.equal('Internet Matters: parental controls — step-by-step guides');
    expect($(el, '[part="reviewed"]').textContent).to.equal('Last reviewed 1 November 2026');
    expect(topic.textContent).to.contain('Ages 5–11');
    expect($(el, '[part="back"]').textContent).to.equal('All topics');
    await expect(el).to.be.accessible();
  });

  it('opens external links safely (noopener, no referrer) and leaves the school’s own links alone', async () => {
    const el = await mount(html`<parent-guidance topic="controls" .bundle=${school()}></parent-guidance>`);
    const external = $(el, '[part="links"] a[href^="https://www.internetmatters.org"]');
    expect(external.getAttribute('rel')!.split(' ')).to.include.members(['noopener', 'noreferrer']);
    expect(external.hasAttribute('target')).to.equal(false);
    expect($(el, '[part="links"] a[href="/e-safety"]').hasAttribute('rel')).to.equal(false);
    const g = await mount(html`<parent-guidance topic="game-chat" .bundle=${school()}></parent-guidance>`);
    expect($(g, '[part="note"] a').getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('opens at the topic a link names when the page loads (a deep link)', async () => {
    history.replaceState(null, '', '#guidance-game-chat');
    const el = await mount(html`<parent-guidance .bundle=${school()}></parent-guidance>`);
    expect(title(el)).to.equal('Gaming and in-game chat');
    await waitUntil(() => focused(el)?.id === 'topic-title', 'deep-linked heading not focused');
  });

  it('the back button returns to the index with the filters kept and focus on the card', async () => {
    const el = await mount(html`<parent-guidance .bundle=${school()}></parent-guidance>`);
    await choose(el, 'age', 'ks2');
    await search(el, 'chat');
    $(el, '#card-game-chat').click();
    await waitUntil(() => focused(el)?.id === 'topic-title');
    history.back();
    await waitUntil(() => focused(el)?.id === 'card-game-chat', 'card not focused after back');
    expect(location.hash).to.equal('');
    expect(($(el, '#age') as HTMLSelectElement).value).to.equal('ks2');
    expect(($(el, '#q') as HTMLInputElement).value).to.equal('chat');
    expect(cardIds(el)).to.deep.equal(['game-chat']);
    history.forward();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="topic"]'), 'forward did not reopen the topic');
    expect(title(el)).to.equal('Gaming and in-game chat');
  });

  it('“All topics” goes back in history after a card, and to the index as a new page after a deep link', async () => {
    const el = await mount(html`<parent-guidance .bundle=${school()}></parent-guidance>`);
    // history.length stops growing at 50 in Chromium, so mark this entry and look for the mark after "All topics".
    history.replaceState({ marker: 'index' }, '', location.pathname + location.search);
    $(el, '#card-controls').click();
    await waitUntil(() => focused(el)?.id === 'topic-title');
    $(el, '[part="back"]').click();
    await waitUntil(() => focused(el)?.id === 'card-controls');
    expect(location.hash).to.equal('');
    expect(history.state?.marker).to.equal('index'); // went back, did not add an entry

    history.replaceState(null, '', '#guidance-reading-app');
    const deep = await mount(html`<parent-guidance .bundle=${school()}></parent-guidance>`);
    expect(title(deep)).to.equal('Our reading app');
    expect($(deep, '[part="back"]').getAttribute('href')).to.equal(location.origin + location.pathname + location.search);
    $(deep, '[part="back"]').click();
    await waitUntil(() => focused(deep)?.id === 'card-reading-app');
    expect(location.hash).to.equal('');
  });

  it('an address with quotes and brackets (#guidance-x"]) opens nothing and throws nothing', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('message' in e ? e.message : e.reason));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      history.replaceState(null, '', '#guidance-x"]');
      const el = await mount(html`<parent-guidance .bundle=${school()}></parent-guidance>`);
      expect(cardIds(el)).to.have.length(4);
      // Leaving that address moves focus to its card ("card-x\"]"), which must not be a selector.
      location.hash = '#other';
      await el.updateComplete;
      location.hash = '#guidance-a"],b[id="';
      await el.updateComplete;
      location.hash = '#guidance-game-chat';
      await waitUntil(() => el.shadowRoot!.querySelector('[part="topic"]'));
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(errors).to.deep.equal([]);
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
  });

  it('“All topics” stays on this site when the page’s path starts with //', async () => {
    const page = location.pathname + location.search;
    history.replaceState(null, '', `${location.origin}//other.example/advice#guidance-reading-app`);
    try {
      expect(location.pathname).to.equal('//other.example/advice');
      const el = await mount(html`<parent-guidance .bundle=${school()}></parent-guidance>`);
      const back = $(el, '[part="back"]') as HTMLAnchorElement;
      expect(back.href).to.equal(`${location.origin}//other.example/advice`);
      expect(new URL(back.href).origin).to.equal(location.origin);
      back.click(); // pushState with "//other.example/advice" would throw (another origin)
      await waitUntil(() => focused(el)?.id === 'card-reading-app');
      expect(location.origin + location.pathname).to.equal(`${location.origin}//other.example/advice`);
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('an address naming no topic, or another part of the page, shows the index', async () => {
    history.replaceState(null, '', '#guidance-no-such-topic');
    const el = await mount(html`<parent-guidance .bundle=${school()}></parent-guidance>`);
    expect(cardIds(el)).to.have.length(4);
    location.hash = '#guidance-game-chat';
    await waitUntil(() => el.shadowRoot!.querySelector('[part="topic"]'));
    location.hash = '#main';
    await waitUntil(() => el.shadowRoot!.querySelector('[part="cards"]'), 'did not return to the index');
  });

  it('two lists on one page answer to their own addresses (named by id)', async () => {
    const wrap = await fixture(html`<div>
      <parent-guidance id="infant" .bundle=${school()}></parent-guidance>
      <parent-guidance id="junior" .bundle=${school()}></parent-guidance>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('parent-guidance')];
    await until(a, '[part="guidance"]');
    await until(b, '[part="guidance"]');
    expect($(b, '#card-game-chat').getAttribute('href')).to.equal('#junior-game-chat');
    $(b, '#card-game-chat').click();
    await waitUntil(() => b.shadowRoot!.querySelector('[part="topic"]'));
    expect(a.shadowRoot!.querySelector('[part="topic"]')).to.equal(null);
  });

  it('can be used with the keyboard alone: Tab to a card, Enter opens, back link returns focus', async () => {
    const b = school({ intro: undefined });
    const el = await mount(html`<parent-guidance .bundle=${b}></parent-guidance>`);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('q');
    await sendKeys({ type: 'screens' });
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['first-screens']);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('age');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('theme');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('card-first-screens');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'topic-title', 'Enter did not open the topic');
    expect(title(el)).to.equal('First screens');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)?.getAttribute('part')).to.equal('back');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'card-first-screens', 'focus did not return to the card');
    expect(($(el, '#q') as HTMLInputElement).value).to.equal('screens');
  });
});

describe('<parent-guidance topic="…">', () => {
  afterEach(resetUrl);

  it('shows that one topic only: no index, no back link, and ignores the address', async () => {
    history.replaceState(null, '', '#guidance-controls');
    const el = await mount(html`<parent-guidance topic="game-chat" .bundle=${school()}></parent-guidance>`);
    expect(title(el)).to.equal('Gaming and in-game chat');
    expect(el.shadowRoot!.querySelector('[part="back"], [part="cards"], [part="filters"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('follows a change of the attribute', async () => {
    const el = await mount(html`<parent-guidance topic="game-chat" .bundle=${school()}></parent-guidance>`);
    el.setAttribute('topic', 'reading-app');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="title"]')?.textContent === 'Our reading app');
  });

  it('an unknown topic gives a clear error box listing the topics there are', async () => {
    const issues: Json[] = [];
    const on = (e: Event) => issues.push(...(e as CustomEvent).detail.issues);
    window.addEventListener('esafety-bundle-error', on);
    try {
      const el = await mount(html`<parent-guidance topic="gamming" .bundle=${school()}></parent-guidance>`);
      const box = $(el, '.bundle-error');
      expect(box.textContent).to.contain('the topic attribute');
      expect(box.textContent).to.contain('"gamming" is not a guidance topic — use one of: controls, game-chat, first-screens, reading-app');
      expect(issues[0].path).to.equal('the topic attribute');
      await expect(el).to.be.accessible();
    } finally {
      window.removeEventListener('esafety-bundle-error', on);
    }
  });
});

describe('<parent-guidance> school overrides', () => {
  it('replaces a built-in topic by id, hides one with omitDefaults, and adds its own after the rest', async () => {
    const [first, second] = DEFAULT_TOPICS;
    const b = {
      omitDefaults: [second.id],
      guidance: {
        topics: [
          { id: first.id, title: 'Our own take', summary: 'Written by our online-safety lead.' },
          { id: 'school-apps', title: 'Apps we use in school', summary: 'Seesaw, Bookworm and Times Tables Rock Stars.', tags: ['help'] },
        ],
        notes: [{ topic: first.id, title: 'Our filtering', text: 'School devices are filtered by Ashcombe Grid.' }],
      },
    };
    const el = await mount(html`<parent-guidance .bundle=${b}></parent-guidance>`);
    const ids = cardIds(el);
    expect(ids[0]).to.equal(first.id);
    expect(ids).to.not.include(second.id);
    expect(ids.at(-1)).to.equal('school-apps');
    expect(ids).to.have.length(DEFAULT_TOPICS.length);
    expect($(el, '#card-' + first.id).textContent).to.equal('Our own take');
    $(el, '#card-' + first.id).click();
    // The index had the topics' cards: the topic opens, and its built-in advice follows.
    await waitUntil(() => el.shadowRoot!.querySelector('[part="topic"] [part="talk"]'), 'the built-in advice did not follow');
    // Fields the school did not give stay as built in.
    expect($$(el, '[part="talk"] li')).to.have.length(first.talk!.length);
    expect($(el, '[part="school-note"] h3').textContent).to.equal('Our filtering');
    resetUrl();
  });

  it('a note for a topic that is not there is an error naming its path', async () => {
    const b = school({ notes: [{ topic: 'controll', text: 'Typo.' }] });
    const el = await mount(html`<parent-guidance .bundle=${b}></parent-guidance>`);
    expect($(el, '.bundle-error').textContent).to.contain('guidance.notes[0].topic');
    expect($(el, '.bundle-error').textContent).to.contain('no topic has the id "controll"');
  });
});

describe('<parent-guidance> broken bundles', () => {
  const broken = async (change: (b: Json) => void) => {
    const b = school();
    change(b);
    const el = await mount(html`<parent-guidance .bundle=${b}></parent-guidance>`);
    return { el, text: $(el, '.bundle-error').textContent!.replace(/\s+/g, ' ') };
  };

  it('a topic without a title', async () => {
    const { el, text } = await broken((b) => delete b.guidance.topics[1].title);
    expect(text).to.contain('guidance.topics[1].title');
    await expect(el).to.be.accessible();
  });

  it('a trusted link to javascript:', async () => {
    const { text } = await broken((b) => (b.guidance.topics[0].links[0].url = 'javascript:alert(1)'));
    expect(text).to.contain('guidance.topics[0].links[0].url');
    expect(text).to.contain('"javascript:" links are not allowed');
  });

  it('a link in a prompt to data:, an unknown age, a bad review date, a note with nothing in it', async () => {
    expect((await broken((b) => (b.guidance.topics[0].talk[0] = 'See [this](data:text/html,hi).'))).text).to.contain('guidance.topics[0].talk[0]');
    expect((await broken((b) => (b.guidance.topics[0].ages = ['year3']))).text).to.contain('guidance.topics[0].ages[0]');
    expect((await broken((b) => (b.guidance.topics[0].reviewed = '2026-02-30'))).text).to.contain('guidance.topics[0].reviewed');
    expect((await broken((b) => b.guidance.notes.push({ title: 'Empty' }))).text).to.contain('guidance.notes[1]');
    expect((await broken((b) => (b.guidance.themes[0].id = 'has spaces'))).text).to.contain('guidance.themes[0].id');
  });

  it('no topics at all: every built-in one left out and none added', async () => {
    const el = await mount(html`<parent-guidance .bundle=${{ omitDefaults: NO_DEFAULTS }}></parent-guidance>`);
    expect($(el, '.bundle-error').textContent).to.contain('guidance.topics has no topics');
  });

  it('two topics with one id', async () => {
    const { text } = await broken((b) => (b.guidance.topics[1].id = 'controls'));
    expect(text).to.contain('guidance.topics[1].id');
  });

  it('shows markup in a title as text, never as HTML', async () => {
    (window as any).xssRan = 0;
    const evil = '<img src=x onerror="window.xssRan=1"><script>window.xssRan=2</script>';
    const b = school();
    b.guidance.topics[0].title = evil;
    b.guidance.topics[0].summary = `**${evil}**`;
    b.guidance.topics[0].links[0].title = evil;
    b.guidance.themes[0].label = evil;
    b.guidance.topics[3].tags = ['reading'];
    const el = await mount(html`<parent-guidance .bundle=${b}></parent-guidance>`);
    expect($(el, '#card-controls').textContent).to.equal(evil);
    expect([...($(el, '#theme') as HTMLSelectElement).options].some((o) => o.textContent === evil)).to.equal(true);
    $(el, '#card-controls').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="topic"]'));
    expect(title(el)).to.equal(evil);
    expect($(el, '.summary strong').textContent).to.equal(evil);
    expect(el.shadowRoot!.querySelector('img, script:not([type])')).to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as any).xssRan).to.equal(0);
    resetUrl();
  });
});

describe('<parent-guidance> languages', () => {
  afterEach(async () => {
    resetUrl();
    const en = await mount(html`<parent-guidance lang="en-GB" .bundle=${school()}></parent-guidance>`);
    await waitUntil(() => getLocale() === 'en-GB' && $(en, 'label[for="q"]').textContent === 'Search');
  });

  it('speaks Welsh: interface, topics, themes, ages and dates', async () => {
    const el = await mount(html`<parent-guidance lang="cy" .bundle=${school()}></parent-guidance>`);
    await waitUntil(() => $(el, 'label[for="q"]').textContent !== 'Search', 'Welsh UI not loaded');
    expect($(el, '#card-controls').textContent).to.equal('Rheolaethau rhieni');
    expect($(el, '[part="card"] p').textContent).to.equal('Hidlwyr ar eich band eang, dyfeisiau ac apiau.');
    const themes = [...($(el, '#theme') as HTMLSelectElement).options].map((o) => o.value && o.textContent);
    expect(themes).to.include.members(['Rheolaethau rhieni', 'Gemau', 'Apiau darllen']);
    expect(count(el)).to.not.contain('Topics shown');
    expect($(el, '[part="guidance"]').getAttribute('lang')).to.equal('cy');
    await expect(el).to.be.accessible();
    const topic = await mount(html`<parent-guidance lang="cy" topic="controls" .bundle=${school()}></parent-guidance>`);
    expect($(topic, '[part="reviewed"]').textContent).to.contain('1 Tachwedd 2026');
    expect($(topic, '[part="talk"] h3').textContent).to.not.equal('Talk to your child');
    await expect(topic).to.be.accessible();
  });

  it('shows the built-in topics in Welsh', async () => {
    const el = await mount(html`<parent-guidance lang="cy"></parent-guidance>`);
    expect($$(el, '[part="card-link"]').map((a) => a.textContent)).to.deep.equal(DEFAULT_TOPICS.map((t) => pick(t.title, 'cy')));
  });

  it('lays out a right-to-left topic (Urdu) mirrored, in a left-to-right page', async () => {
    const urdu = {
      id: 'urdu',
      title: { ur: 'والدین کے لیے آن لائن حفاظت' },
      summary: { ur: 'اپنے بچے سے بات کریں۔' },
      blocks: [{ type: 'list', items: [{ ur: 'پہلا قدم' }, { ur: 'دوسرا قدم' }] }],
    };
    const b = school();
    b.guidance.topics.push(urdu);
    const el = await mount(html`<parent-guidance .bundle=${b}></parent-guidance>`);
    const card = $(el, '#card-urdu').closest('li')!;
    expect([card.getAttribute('lang'), card.getAttribute('dir')]).to.deep.equal(['ur', 'rtl']);
    const ltrCard = $(el, '#card-controls').closest('li')!;
    // The accent edge of a card is at its start: the right in Urdu, the left in English.
    expect(getComputedStyle(card).borderRightWidth).to.equal('6px');
    expect(getComputedStyle(ltrCard).borderLeftWidth).to.equal('6px');
    const link = $(el, '#card-urdu').getBoundingClientRect();
    const box = card.getBoundingClientRect();
    expect(box.right - link.right).to.be.lessThan(link.left - box.left);

    $(el, '#card-urdu').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="topic"]'));
    const article = $(el, '[part="topic"]');
    expect([article.getAttribute('lang'), article.getAttribute('dir')]).to.deep.equal(['ur', 'rtl']);
    // The list is indented from the right; the interface's own words keep their language.
    const ul = article.querySelector('ul')!.getBoundingClientRect();
    const li = article.querySelector('li')!.getBoundingClientRect();
    expect(ul.right - li.right).to.be.greaterThan(10);
    expect(Math.abs(li.left - ul.left)).to.be.lessThan(1);
    expect(article.querySelector('.muted')!.getAttribute('lang')).to.equal('en-GB');
    expect($(el, '[part="guidance"]').getAttribute('dir')).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('turns the whole element right to left when its own language is (Arabic)', async () => {
    const b = school();
    b.guidance.topics.push({ id: 'arabic', title: { ar: 'السلامة على الإنترنت', en: 'Online safety' }, blocks: [{ type: 'paragraph', text: { ar: 'تحدث مع طفلك.', en: 'Talk with your child.' } }] });
    const el = await mount(html`<parent-guidance lang="ar" .bundle=${b}></parent-guidance>`);
    expect($(el, '[part="guidance"]').getAttribute('dir')).to.equal('rtl');
    expect($(el, '#card-arabic').textContent).to.equal('السلامة على الإنترنت');
    // English topics inside it stay left to right.
    expect($(el, '#card-game-chat').closest('li')!.getAttribute('dir')).to.equal(null);
    expect($(el, '#card-controls').closest('li')!.getAttribute('dir')).to.equal('ltr');
    const filters = $(el, '[part="filters"]').getBoundingClientRect();
    const search = $(el, '#q').getBoundingClientRect();
    expect(Math.abs(filters.right - search.right)).to.be.lessThan(1);
    await expect(el).to.be.accessible();
  });
});

describe('<parent-guidance> print and small screens', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
    resetUrl();
  });

  it('prints a topic cleanly: no controls, link addresses shown', async () => {
    const el = await mount(html`<parent-guidance .bundle=${school()}></parent-guidance>`);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part="filters"]')).display).to.equal('none');
    expect(getComputedStyle($(el, '[part="card"]')).breakInside).to.equal('avoid');
    expect(getComputedStyle($(el, '[part="card-link"]'), '::after').content).to.not.contain('#guidance');
    await emulateMedia({ media: 'screen' });
    $(el, '#card-controls').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="topic"]'));
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part="back"]')).display).to.equal('none');
    expect(getComputedStyle($(el, '[part="links"] a'), '::after').content).to.contain('https://www.internetmatters.org/parental-controls/');
  });

  it('has no share buttons and asks nothing of third parties', async () => {
    const el = await mount(html`<parent-guidance .bundle=${school()}></parent-guidance>`);
    const everything = [...el.shadowRoot!.querySelectorAll('*')];
    expect(everything.filter((e) => ['iframe', 'script', 'img', 'button'].includes(e.localName))).to.deep.equal([]);
    const loaded = performance.getEntriesByType('resource').map((r) => new URL(r.name).origin);
    expect(loaded.every((o) => o === location.origin)).to.equal(true);
  });

  it('fits a 320px-wide screen without sideways scrolling, index and topic', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount(html`<parent-guidance .bundle=${school()}></parent-guidance>`);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    for (const c of [$(el, '#q'), $(el, '#age'), $(el, '[part="card"]')]) expect(c.getBoundingClientRect().height).to.be.at.least(24);
    // The whole card is its link's target, right to the corners.
    const card = $(el, '[part="card"]').getBoundingClientRect();
    expect(card.right).to.be.at.most(320);
    expect(el.shadowRoot!.elementFromPoint(card.right - 3, card.bottom - 3)).to.equal($(el, '[part="card-link"]'));
    $(el, '#card-controls').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="topic"]'));
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    expect($(el, '[part="back"]').getBoundingClientRect().height).to.be.at.least(24);
  });
});

describe('parent-guidance model', () => {
  it('turns ages into ranges a parent reads', () => {
    expect(ageRanges(undefined)).to.deep.equal([]);
    expect(ageRanges(['eyfs', 'ks1', 'ks2', 'ks3', 'ks4'])).to.deep.equal([]);
    expect(ageRanges(['ks1', 'ks2'])).to.deep.equal([[5, 11]]);
    expect(ageRanges(['ks2', 'eyfs'])).to.deep.equal([[0, 5], [7, 11]]);
    expect(ageRanges(['ks4'])).to.deep.equal([[14, 16]]);
  });

  it('reads topic ids from addresses, and nothing from others', () => {
    expect(topicInHash('#guidance-gaming', 'guidance-')).to.equal('gaming');
    expect(topicInHash('#guidance-', 'guidance-')).to.equal(undefined);
    expect(topicInHash('#main', 'guidance-')).to.equal(undefined);
    expect(topicInHash('', 'guidance-')).to.equal(undefined);
    expect(topicInHash('#guidance-%E0%A4', 'guidance-')).to.equal('%E0%A4');
    expect(topicInHash('#infant-gaming', 'infant-')).to.equal('gaming');
  });

  it('matches filters: an age, a theme, every word', () => {
    const [c] = topicCards([CONTROLS as any], undefined, 'en');
    expect(matches(c, { q: '', age: '', theme: '' })).to.equal(true);
    expect(matches(c, { q: 'family router', age: 'ks1', theme: 'controls' })).to.equal(true);
    expect(matches(c, { q: 'family zebra', age: '', theme: '' })).to.equal(false);
    expect(matches(c, { q: '', age: 'ks3', theme: '' })).to.equal(false);
    expect(matches(c, { q: '', age: '', theme: 'gaming' })).to.equal(false);
  });

  it('knows which languages are written right to left', () => {
    expect(['ar', 'ur-PK', 'fa', 'he', 'ps', 'sd', 'yi', 'ug', 'dv', 'ckb', 'AR-EG'].map(dirOf)).to.deep.equal(Array(11).fill('rtl'));
    expect(['en-GB', 'cy', 'pl', 'urd', 'arn', ''].map(dirOf)).to.deep.equal(Array(6).fill('ltr'));
  });
});
