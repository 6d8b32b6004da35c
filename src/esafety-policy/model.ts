import type { Block, Policy, RichText, Section } from '../bundle/types.js';
import { pick } from '../text/local.js';
import { plainText } from '../text/markup.js';

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
  const footnotes: Footnote[] = [];
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
      if (b.type === 'footnote') footnotes.push({ id: b.id, num: footnotes.length + 1, text: b.text });
      else words.push(blockWords(b, lang));
    });
    const children = (s.sections ?? []).map((c) => node(c, `${num}.${++n}`, prefix, depth + 1));
    return { num, anchor, title: pick(s.title, lang), depth, section: s, clauses, children, words: words.join('\n').toLowerCase() };
  };
  return {
    sections: policy.sections.map((s, i) => node(s, String(i + 1), 'section', 0)),
    appendices: (policy.appendices ?? []).map((s, i) => node(s, LETTERS[i] ?? String(i + 1), 'appendix', 0)),
    footnotes,
    aliases,
    hasContactsBlock,
  };
}

function blockWords(b: Block, lang: string): string {
  const t = (r: RichText | undefined) => plainText(pick(r, lang));
  switch (b.type) {
    case 'list':
      return b.items.map(t).join('\n');
    case 'clause':
      return [t(b.text), ...(b.items ?? []).map(t)].join('\n');
    case 'table':
      return [pick(b.caption, lang), ...b.head.map((h) => pick(h, lang)), ...b.rows.flat().map(t)].join('\n');
    case 'contacts':
      return '';
    default:
      return t(b.text);
  }
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
