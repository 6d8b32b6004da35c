import type { Block, Policy, RichText, Section } from '../bundle/types.js';
import { pickWithLang, textLang } from '../text/local.js';
import { footnotesIn, plainText } from '../text/markup.js';
import { blockStrings, innerBlocks } from '../ui/blocks.js';

/** A number shown beside a section or clause ('' for none) and the anchor it is reached by. */
export interface Place {
  num: string;
  anchor: string;
}

/** A section ready to render: its number, anchor, and lower-cased words for search. */
export interface SectionNode extends Place {
  title: string;
  /** The language of the title (the bundle's default for a plain string). */
  titleLang: string;
  depth: number;
  section: Section;
  /** Numbers of the clause blocks in this section, by block index. */
  clauses: Map<number, Place>;
  children: SectionNode[];
  /** The section's own words (title and blocks, not sub-sections), lower-cased: see sectionWords. */
  words?: string;
  /** Each of the section's own blocks, by index: for search, and to render only what a search changes. */
  parts: BlockPart[];
}

/** What a search needs to know of one block of a section (with the blocks inside it). */
export interface BlockPart {
  /** Its texts, markup included (not a footnote's own). */
  texts: string[];
  /** Its words, lower-cased: see partWords. */
  words?: string;
  /** The footnotes its text cites, in order (a block shows nothing of a footnote's own text). */
  cites: string[];
}

export interface Footnote {
  id: string;
  num: number;
  text: RichText;
}

export interface PolicyModel {
  sections: SectionNode[];
  appendices: SectionNode[];
  footnotes: Footnote[];
  /** Section ids from the bundle → the anchor they render under. */
  aliases: Map<string, string>;
  /** Shown numbers ("4.2", "appendix 4"; lower case, no trailing dot) → their anchor: references in the text link there. */
  refs: Map<string, string>;
  /** Whether any section shows contacts itself (else the element lists them at the end). */
  hasContactsBlock: boolean;
  /** How many sections (in `searchOrder`) have their words worked out ahead of a search: see prepareSearch. */
  prepared?: number;
  searchOrder?: SectionNode[];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** "3.7" → "3-7", "12." → "12", "Appendix A" → "appendix-a". */
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** A number as a reference in the text would write it: lower case, single spaces, no trailing dot. */
export const refKey = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.+$/, '');

/**
 * Number the policy. By position (the default): sections 1, 1.2, 1.2.3 …; clauses share their
 * section's numbering (clauses first, then sub-sections), appendices A, B … with A.1 inside;
 * anchors follow the numbers: #section-4-2, #appendix-a-1. With `numbering: "given"`, each
 * section, clause and appendix shows its own `number` (or `label`), as written, and its anchor
 * follows it (#section-3-7, #section-3-7-2 for a repeat); parts without one show none. With
 * "none", nothing is numbered. `numbered: false` hides one number. A part with no shown number
 * keeps the anchor of its position.
 */
export function buildModel(policy: Policy, lang: string, base = 'en-GB'): PolicyModel {
  const defined = new Map<string, RichText>();
  const cited: string[] = [];
  const aliases = new Map<string, string>();
  const refs = new Map<string, string>();
  const taken = new Set<string>();
  const mode = policy.numbering ?? 'position';
  let hasContactsBlock = false;
  /** A unique anchor: the wanted one, else with -2, -3 … */
  const claim = (want: string) => {
    let a = want;
    for (let k = 2; taken.has(a); k++) a = `${want}-${k}`;
    taken.add(a);
    return a;
  };
  /**
   * The shown number and anchor of a part: `pos` is its number by position, `given` the bundle's.
   * With given numbers, a part without one is reached by `fallback` (so it cannot take the anchor of a number).
   */
  const place = (pos: string, given: string | undefined, numbered: boolean | undefined, prefix: string, fallback: () => string, ref?: string): Place => {
    const byPos = `${prefix}-${pos.toLowerCase().replaceAll('.', '-')}`;
    if (mode !== 'given') {
      // By position (or none): anchors are unique as they stand, and keys need no cleaning.
      const num = numbered === false || mode === 'none' ? '' : pos;
      if (num) refs.set((ref ?? num).toLowerCase(), byPos);
      return { num, anchor: byPos };
    }
    const num = numbered === false ? '' : (given?.trim() ?? '');
    const wanted = num ? `${prefix}-${slug(num.replace(/^appendix\s*/i, ''))}` : fallback();
    const anchor = claim(wanted.endsWith('-') ? byPos : wanted);
    if (num) {
      const key = refKey(ref ?? num);
      if (!refs.has(key)) refs.set(key, anchor);
    }
    return { num, anchor };
  };
  const node = (s: Section, pos: string, prefix: string, depth: number): SectionNode => {
    const appendix = prefix === 'appendix' && depth === 0;
    // An unnumbered heading is reached by its title in the bundle's default language: #section-review.
    // (At most 40 characters, cut at a dash: a long title makes a long address.)
    const byTitle = () => {
      const t = slug(pickWithLang(s.title, base)[0]);
      return `${prefix}-${t.length > 40 ? t.slice(0, 41).replace(/-[^-]*$/, '') : t}`;
    };
    const p = appendix
      ? mode === 'given'
        ? place(pos, s.label ?? s.number, s.numbered, prefix, byTitle, s.label ?? `appendix ${s.number ?? ''}`)
        : place(pos, undefined, s.numbered, prefix, byTitle, `appendix ${pos}`)
      : place(pos, s.number, s.numbered, prefix, byTitle);
    if (s.id) aliases.set(s.id, p.anchor);
    let n = 0;
    const clauses = new Map<number, Place>();
    const [title, found] = pickWithLang(s.title, lang);
    const parts: BlockPart[] = [];
    let part: BlockPart = { texts: [], cites: [] };
    const walk = (bs: readonly Block[] | undefined, top: boolean) =>
      bs?.forEach((b, i) => {
        if (top) parts.push((part = { texts: [], cites: [] }));
        if (b.type === 'clause' && top) {
          const c = place(`${pos}.${++n}`, b.number, b.numbered, prefix, () => `${p.anchor}-clause-${n}`);
          clauses.set(i, c);
          if (b.id) aliases.set(b.id, c.anchor);
        }
        if (b.type === 'contacts') hasContactsBlock = true;
        if (b.type === 'footnote') defined.set(b.id, b.text);
        // A table's caption and headings and a note's title are plain text: no footnote references there.
        const plainOnes = b.type === 'table' ? 1 + b.head.length : b.type === 'note' ? 1 : 0;
        blockStrings(b, lang).forEach((s, k) => {
          const ids = footnotesIn(s);
          cited.push(...ids);
          if (b.type === 'footnote') return;
          part.texts.push(s);
          if (k >= plainOnes) part.cites.push(...ids);
        });
        for (const inner of innerBlocks(b)) walk(inner, false);
      });
    walk(s.blocks, true);
    const children = (s.sections ?? []).map((c) => node(c, `${pos}.${++n}`, prefix, depth + 1));
    return { ...p, title, titleLang: textLang(found, base), depth, section: s, clauses, children, parts };
  };
  const sections = policy.sections.map((s, i) => node(s, String(i + 1), 'section', 0));
  const appendices = (policy.appendices ?? []).map((s, i) => node(s, LETTERS[i] ?? String(i + 1), 'appendix', 0));
  // Footnotes are numbered in the order the text first cites them; uncited ones come last.
  const order = [...new Set([...cited.filter((id) => defined.has(id)), ...defined.keys()])];
  return {
    sections,
    appendices,
    footnotes: order.map((id, i) => ({ id, num: i + 1, text: defined.get(id)! })),
    aliases,
    refs,
    hasContactsBlock,
  };
}

/** A block's words, lower-cased: a search that does not occur in them leaves the block as it was. Worked out at the first search. */
export const partWords = (p: BlockPart): string => (p.words ??= p.texts.map(plainText).join('\n').toLowerCase());

/** A section's own words (title and blocks, not sub-sections), lower-cased. Worked out at the first search. */
export const sectionWords = (n: SectionNode): string => (n.words ??= [n.title.toLowerCase(), ...n.parts.map(partWords)].join('\n'));

/**
 * Work out the search words of the model's sections ahead of the first search (else the first
 * key typed pays for all of them: 20–40 ms on a 500-section policy), one section at a time while
 * `more()` says there is time. Returns whether every section's words are ready.
 */
export function prepareSearch(model: PolicyModel, more: () => boolean = () => true): boolean {
  if (!model.searchOrder) {
    const order: SectionNode[] = [];
    const visit = (n: SectionNode) => (order.push(n), n.children.forEach(visit));
    [...model.sections, ...model.appendices].forEach(visit);
    model.searchOrder = order;
    model.prepared = 0;
  }
  const order = model.searchOrder;
  while (model.prepared! < order.length) {
    sectionWords(order[model.prepared!++]);
    if (!more()) break;
  }
  return model.prepared === order.length;
}

/** Search: the sections to show (matches and their ancestors) and those that match themselves. */
export function searchModel(model: PolicyModel, query: string): { shown: Set<SectionNode>; matched: Set<SectionNode> } {
  const shown = new Set<SectionNode>();
  const matched = new Set<SectionNode>();
  const visit = (n: SectionNode): boolean => {
    let any = sectionWords(n).includes(query);
    if (any) matched.add(n);
    for (const c of n.children) any = visit(c) || any;
    if (any) shown.add(n);
    return any;
  };
  [...model.sections, ...model.appendices].forEach(visit);
  return { shown, matched };
}
