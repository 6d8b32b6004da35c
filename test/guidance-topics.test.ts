import { expect } from '@open-wc/testing';
import { builtInTopics, topicsBuiltIn, topicsWithoutText } from '../src/bundle/defaults/built-in.js';
import { DEFAULT_THEMES } from '../src/bundle/defaults/guidance-themes.js';
import { cardsOf, DEFAULT_TOPICS } from '../src/bundle/defaults/guidance-topics.js';
import { mergeById } from '../src/bundle/merge.js';
import { AGES } from '../src/bundle/schema/common.js';
import type { Topic } from '../src/bundle/types.js';
import { validateBundle } from '../src/bundle/validate.js';
import { linksIn, plainText } from '../src/text/markup.js';

/** The built-in themes parents filter by (guidance-themes.ts gives them their labels). */
const THEMES = DEFAULT_THEMES.map((th) => th.id);

/** Keys whose string values are data, not text for people to read. */
const DATA_KEYS = new Set(['id', 'url', 'type', 'variant', 'ages', 'tags', 'reviewed', 'roles']);

/**
 * Every human-readable string in a value, with its path. Text must be an {en, cy} map: a plain
 * string outside DATA_KEYS, or a map without both languages (or with others), is a problem.
 */
function texts(value: unknown, path = '', key = ''): { strings: { path: string; en: string; cy: string }[]; problems: string[] } {
  const strings: { path: string; en: string; cy: string }[] = [];
  const problems: string[] = [];
  const walk = (v: unknown, p: string, k: string) => {
    if (typeof v === 'string') {
      if (!DATA_KEYS.has(k)) problems.push(`${p}: a plain string, not {en, cy}`);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`, k));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('en' in o || 'cy' in o) {
        const keys = Object.keys(o).sort().join(',');
        if (keys !== 'cy,en') problems.push(`${p}: has ${keys}, needs exactly en and cy`);
        else if (typeof o.en !== 'string' || typeof o.cy !== 'string' || !o.en.trim() || !o.cy.trim())
          problems.push(`${p}: en and cy must both be non-empty text`);
        else strings.push({ path: p, en: o.en, cy: o.cy });
      } else for (const [ck, cv] of Object.entries(o)) walk(cv, `${p}.${ck}`, ck);
    }
  };
  walk(value, path, key);
  return { strings, problems };
}

const ALL = texts(DEFAULT_TOPICS, 'topics');
const allStrings = ALL.strings.flatMap((s) => [s.en, s.cy]);
const byId = Object.fromEntries(DEFAULT_TOPICS.map((t) => [t.id, t]));

describe('built-in guidance topics', () => {
  it('are a valid bundle with no warnings, and are what the built-in loader gives elements', async () => {
    const r = validateBundle({ guidance: { topics: DEFAULT_TOPICS } });
    expect(r.ok, JSON.stringify(!r.ok && r.issues)).to.equal(true);
    expect(r.warnings).to.deep.equal([]);
    expect(await builtInTopics()).to.equal(DEFAULT_TOPICS);
  });

  it('cover at least 10 UK topics with unique kebab-case ids, including the ones the issue asks for', () => {
    expect(DEFAULT_TOPICS.length).to.be.at.least(10);
    const ids = DEFAULT_TOPICS.map((t) => t.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id, id).to.match(/^[a-z]+(-[a-z]+)*$/);
    expect(ids).to.include.members([
      'social-media',
      'parental-controls',
      'console-controls',
      'broadband-filters',
      'gaming',
      'screen-time',
      'sharing-photos',
      'cyberbullying',
      'scams-spending',
      'ai-deepfakes',
      'get-help',
    ]);
  });

  it('each has a title, a one-line summary, ages, 1–3 known themes, blocks, 2–4 talk prompts and 2–4 links', () => {
    for (const t of DEFAULT_TOPICS) {
      const at = (what: string) => `${t.id}: ${what}`;
      expect(t.title, at('title')).to.be.an('object');
      expect(t.summary, at('summary')).to.be.an('object');
      for (const s of texts(t.summary).strings) expect(s.en + s.cy, at('summary is one line')).not.to.include('\n');
      expect(t.ages, at('ages')).to.be.an('array').that.is.not.empty;
      for (const a of t.ages!) expect(AGES, at('age')).to.include(a);
      expect(new Set(t.ages).size, at('ages repeat')).to.equal(t.ages!.length);
      expect(t.tags!.length, at('tags')).to.be.within(1, 3);
      for (const tag of t.tags!) expect(THEMES, at(`tag "${tag}"`)).to.include(tag);
      expect(t.blocks!.length, at('blocks')).to.be.at.least(3);
      expect(t.talk!.length, at('talk')).to.be.within(2, 4);
      expect(t.links!.length, at('links')).to.be.within(2, 4);
      expect(new Set(t.links!.map((l) => l.url)).size, at('duplicate link')).to.equal(t.links!.length);
    }
  });

  it('every theme is used by at least one topic', () => {
    const used = new Set(DEFAULT_TOPICS.flatMap((t) => t.tags!));
    expect([...used].sort()).to.deep.equal([...THEMES].sort());
  });

  it('every text is in English and Welsh, and the Welsh is not a copy of the English', () => {
    expect(ALL.problems).to.deep.equal([]);
    expect(ALL.strings.length).to.be.greaterThan(DEFAULT_TOPICS.length * 15);
    // Proper names (link titles such as "NSPCC") and a cell that is only a link may match.
    const copies = ALL.strings.filter((s) => s.en === s.cy && !/\.links\[\d+\]\.title$/.test(s.path) && !/^\[[^\]]+\]\([^)]+\)$/.test(s.en));
    expect(copies.map((s) => s.path)).to.deep.equal([]);
  });

  it('every link is https (inline links may also be tel: numbers)', () => {
    for (const t of DEFAULT_TOPICS)
      for (const l of t.links!) expect(l.url, `${t.id}: ${l.url}`).to.match(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    const inline = allStrings.flatMap(linksIn);
    expect(inline.length).to.be.greaterThan(0);
    for (const href of inline) expect(href).to.match(/^(https:\/\/[a-z0-9.-]+\/|tel:\d+$)/);
  });

  it('rich text has no unclosed markup left over as stray characters', () => {
    for (const s of allStrings) expect(plainText(s), s).not.to.match(/\*|\[|\]\(|_/);
  });

  it('at least 3 topics give step-by-step instructions as numbered lists, with generic steps', () => {
    const withSteps = DEFAULT_TOPICS.filter((t) => t.blocks!.some((b) => b.type === 'list' && b.ordered));
    expect(withSteps.length).to.be.at.least(3);
    expect(withSteps.map((t) => t.id)).to.include.members(['parental-controls', 'console-controls', 'broadband-filters']);
    for (const t of withSteps)
      for (const b of t.blocks!) if (b.type === 'list' && b.ordered) expect(b.items.length, t.id).to.be.at.least(3);
    // Menus differ between makes: the control topics say so.
    for (const id of ['parental-controls', 'console-controls', 'broadband-filters']) {
      const en = texts(byId[id].blocks).strings.map((s) => s.en).join(' ');
      expect(en, id).to.match(/differ|change over time|differently/);
    }
  });

  it('every topic was reviewed on a real date, 1 November 2026', () => {
    for (const t of DEFAULT_TOPICS) {
      expect(t.reviewed, t.id).to.equal('2026-11-01');
      expect(new Date(`${t.reviewed}T00:00:00Z`).toISOString().slice(0, 10)).to.equal(t.reviewed);
    }
  });

  it('gives the UK facts right: helpline numbers, PEGI ages, the age of 13', () => {
    const phones = allStrings.map(plainText).join(' ').match(/\b0[0-9]{3} ?[0-9]{3,4} ?[0-9]{0,4}\b/g) ?? [];
    expect(phones.length).to.be.greaterThan(0);
    for (const n of phones) expect(['0800 1111', '0808 800 5000'], n).to.include(n.trim());
    const pegi = allStrings.filter((s) => s.includes('PEGI') && /\d/.test(s));
    expect(pegi.length).to.be.at.least(2);
    for (const s of pegi) expect(s).to.match(/\b3, 7, 12, 16,? (or |neu )?18\b/);
    const help = texts(byId['get-help']).strings.map((s) => s.en).join(' ');
    for (const must of ['999', '101', '0800 1111', '0808 800 5000', 'CEOP']) expect(help, must).to.include(must);
    expect(texts(byId['social-media'].blocks).strings[0].en).to.include('**13**').and.include('WhatsApp');
  });

  it('merge with a school’s topics by id: replace fields, drop with omitDefaults, add after', () => {
    const r = validateBundle({
      guidance: { topics: [{ id: 'gaming', title: 'Gaming at Larkspur Lane' }, { id: 'school-apps', title: 'Apps we use in class' }] },
      omitDefaults: ['ai-deepfakes'],
    });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const topics = mergeById(DEFAULT_TOPICS, r.bundle.guidance.topics, new Set(r.bundle.omitDefaults));
    const gaming = topics.find((t) => t.id === 'gaming')!;
    expect(gaming.title).to.equal('Gaming at Larkspur Lane');
    expect(gaming.links).to.deep.equal(byId.gaming.links);
    expect(topics.some((t) => t.id === 'ai-deepfakes')).to.equal(false);
    expect(topics.at(-1)!.id).to.equal('school-apps');
    expect(topics.length).to.equal(DEFAULT_TOPICS.length);
  });

  it('the built-in topics are not changed by validating or merging', () => {
    const before = JSON.stringify(DEFAULT_TOPICS);
    validateBundle({ guidance: { topics: DEFAULT_TOPICS } });
    const merged = mergeById(DEFAULT_TOPICS, [{ id: 'gaming', title: 'Games', tags: ['money'] }], new Set(['get-help']));
    expect(merged.find((t) => t.id === 'gaming')!.tags).to.deep.equal(['money']);
    expect(JSON.stringify(DEFAULT_TOPICS)).to.equal(before);
  });

  describe('the checks above catch bad topics', () => {
    const bad = (change: (t: Topic) => void) => {
      const t = structuredClone(byId.gaming);
      change(t);
      return t;
    };

    it('a missing Welsh text, a plain string or an extra language is reported with its path', () => {
      expect(texts(bad((t) => (t.title = { en: 'Gaming' })), 't').problems).to.deep.equal(['t.title: has en, needs exactly en and cy']);
      expect(texts(bad((t) => (t.talk![1] = 'Who do you play with?')), 't').problems).to.deep.equal(['t.talk[1]: a plain string, not {en, cy}']);
      expect(texts(bad((t) => (t.summary = { en: 'x', cy: '', fr: 'y' })), 't').problems).to.have.length(1);
      expect(texts(bad((t) => (t.links![0].description = { en: 'x', cy: ' ' })), 't').problems).to.deep.equal([
        't.links[0].description: en and cy must both be non-empty text',
      ]);
      expect(texts(byId.gaming, 't').problems).to.deep.equal([]);
    });

    it('the bundle check rejects a javascript: link, an unknown age and a bad review date in a topic', () => {
      const cases: [(t: Topic) => void, RegExp][] = [
        [(t) => (t.links![0].url = 'javascript:alert(1)'), /links\[0\]\.url/],
        [(t) => (t.talk![0] = { en: '[x](javascript:alert(1))', cy: 'y' }), /talk\[0\]/],
        [(t) => ((t.ages as string[])[0] = 'ks5'), /ages\[0\]/],
        [(t) => (t.reviewed = '2026-02-30'), /reviewed/],
        [(t) => (t.id = 'two words'), /topics\[0\]\.id/],
      ];
      for (const [change, where] of cases) {
        const r = validateBundle({ guidance: { topics: [bad(change)] } });
        expect(r.ok, String(where)).to.equal(false);
        if (!r.ok) expect(r.issues.map((i) => i.path).join(' '), String(where)).to.match(where);
      }
    });

    it('two topics with one id are an error', () => {
      const r = validateBundle({ guidance: { topics: [byId.gaming, byId.gaming] } });
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.issues[0].message).to.include('"gaming"');
    });
  });
});

// The guidance's index loads the built-in topics' cards alone, and their advice (the whole list)
// when a parent opens a topic or searches: merged over a bundle with the cards in, it must give
// what merging the whole list at once gives, whatever the school's own topics replace or drop.
describe('built-in topics as cards, then with their advice, give what the whole list gives', () => {
  const [first, second, third] = DEFAULT_TOPICS.map((t) => t.id) as [string, string, string];
  const own = (id: string, more: Record<string, unknown> = {}) => ({ id, title: `Larkspur Lane: ${id}`, ...more });
  const para = (text: string) => [{ type: 'paragraph', text }];
  const bundles: Record<string, unknown> = {
    'no topics of its own': {},
    'a built-in topic retitled (same id): it keeps the built-in advice': { guidance: { topics: [own(first)] } },
    'a built-in topic given its own blocks and prompts, keeping the built-in links': {
      guidance: { topics: [own(second, { blocks: para('Our own words.'), talk: ['What do you play?'] })] },
    },
    'built-in topics dropped (omitDefaults), one of them given anew': {
      omitDefaults: [first, third],
      guidance: { topics: [own(first, { summary: 'Ours alone.', blocks: para('Only this.') })] },
    },
    'new topics of its own beside the built-in ones': { guidance: { topics: [own('reading-app', { blocks: para('Ten minutes a day.') }), own('uniform')] } },
  };
  for (const [name, input] of Object.entries(bundles))
    for (const welsh of [false, true])
      it(`${name}${welsh ? ', in Welsh' : ''}`, async () => {
        const r = validateBundle(input);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const whole = await topicsBuiltIn(r.bundle, welsh);
        const cards = await topicsBuiltIn(r.bundle, welsh, 'cards');
        expect(whole.missing).to.equal(undefined);
        expect(cards.missing).to.equal(undefined);
        // The cards: every topic, in the whole list's order, with the built-in ones' advice left out.
        const omitted = new Set(r.bundle.omitDefaults);
        const waiting = DEFAULT_TOPICS.map((t) => t.id).filter((id) => !omitted.has(id));
        expect(cards.bundle.guidance.topics.map((t) => t.id)).to.deep.equal(whole.bundle.guidance.topics.map((t) => t.id));
        expect([...topicsWithoutText(cards.bundle)!]).to.deep.equal(waiting);
        for (const t of cards.bundle.guidance.topics.filter((t) => waiting.includes(t.id)))
          expect(t.links, `${t.id}: no built-in links among the cards`).to.equal(undefined);
        // Then the advice: exactly the whole list's merge, and nothing more waits.
        const then = await topicsBuiltIn(cards.bundle, welsh);
        expect(then.bundle.guidance.topics).to.deep.equal(whole.bundle.guidance.topics);
        expect(topicsWithoutText(then.bundle)).to.equal(undefined);
        expect(topicsWithoutText(whole.bundle)).to.equal(undefined);
      });

  it('a bundle that drops every built-in topic has nothing waiting for advice (none is fetched)', async () => {
    const r = validateBundle({ omitDefaults: DEFAULT_TOPICS.map((t) => t.id), guidance: { topics: [own('uniform', { blocks: para('Ours.') })] } });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const cards = await topicsBuiltIn(r.bundle, false, 'cards');
    expect(cards.bundle.guidance.topics.map((t) => t.id)).to.deep.equal(['uniform']);
    expect(topicsWithoutText(cards.bundle)).to.equal(undefined);
  });

  it('the cards are the topics without their blocks, prompts and links, and everything else kept', () => {
    const cards = cardsOf(DEFAULT_TOPICS);
    expect(cards).to.have.length(DEFAULT_TOPICS.length);
    DEFAULT_TOPICS.forEach((t, i) => {
      expect(Object.keys(cards[i]!)).to.not.include.members(['blocks', 'talk', 'links']);
      expect({ ...cards[i], blocks: t.blocks, talk: t.talk, links: t.links }).to.deep.equal(t);
    });
  });
});
