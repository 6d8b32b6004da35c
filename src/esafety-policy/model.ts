import type { Policy, RichText, Section } from '../bundle/types.js';
import { pick } from '../text/local.js';
import { footnotesIn, plainText } from '../text/markup.js';
import { blockStrings } from '../ui/blocks.js';

/** A section ready to render: its number, anchor, and lower-cased words for search. */
export interface SectionNode {
  num: string;
  anchor: string;
  title: string;
  depth: number;
  section: Section;
  /** Numbers of the clause blocks in this section, by block index. */
  clauses: Map<number, { num: string; anchor: string }>;
  children: SectionNode[];
  /** The section's own words (title and blocks, not sub-sections), lower-cased. */
  words: string;
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
  /** Whether any section shows contacts itself (else the element lists them at the end). */
  hasContactsBlock: boolean;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Number the policy: sections 1, 1.2, 1.2.3 …; clauses share their section's numbering
 * (clauses first, then sub-sections), appendices A, B … with A.1 inside. Anchors follow the
 * numbers: #section-4-2, #appendix-a-1.
 */
export function buildModel(policy: Policy, lang: string): PolicyModel {
  const defined = new Map<string, RichText>();
  const cited: string[] = [];
  const aliases = new Map<string, string>();
  let hasContactsBlock = false;
  const node = (s: Section, num: string, prefix: string, depth: number): SectionNode => {
    const anchor = `${prefix}-${num.toLowerCase().replaceAll('.', '-')}`;
    if (s.id) aliases.set(s.id, anchor);
    let n = 0;
    const clauses = new Map<number, { num: string; anchor: string }>();
    const words: string[] = [pick(s.title, lang)];
    s.blocks?.forEach((b, i) => {
      if (b.type === 'clause') {
        const c = `${num}.${++n}`;
        clauses.set(i, { num: c, anchor: `${prefix}-${c.toLowerCase().replaceAll('.', '-')}` });
        if (b.id) aliases.set(b.id, clauses.get(i)!.anchor);
      }
      if (b.type === 'contacts') hasContactsBlock = true;
      if (b.type === 'footnote') defined.set(b.id, b.text);
      for (const s of blockStrings(b, lang)) {
        if (b.type !== 'footnote') words.push(plainText(s));
        cited.push(...footnotesIn(s));
      }
    });
    const children = (s.sections ?? []).map((c) => node(c, `${num}.${++n}`, prefix, depth + 1));
    return { num, anchor, title: pick(s.title, lang), depth, section: s, clauses, children, words: words.join('\n').toLowerCase() };
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
    hasContactsBlock,
  };
}

/** Search: the sections to show (matches and their ancestors) and those that match themselves. */
export function searchModel(model: PolicyModel, query: string): { shown: Set<SectionNode>; matched: Set<SectionNode> } {
  const shown = new Set<SectionNode>();
  const matched = new Set<SectionNode>();
  const visit = (n: SectionNode): boolean => {
    let any = n.words.includes(query);
    if (any) matched.add(n);
    for (const c of n.children) any = visit(c) || any;
    if (any) shown.add(n);
    return any;
  };
  [...model.sections, ...model.appendices].forEach(visit);
  return { shown, matched };
}
