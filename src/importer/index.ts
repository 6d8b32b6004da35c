import { readAgreements, type OutAgreement } from './agreements.js';
import type { OutBlock } from './blocks.js';
import { readContacts, type OutContact } from './contacts.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readMeta, readTitle, type Meta } from './meta.js';
import type { DocNode } from './model.js';
import { structure, type OutSection } from './structure.js';
import { readText } from './text.js';

export type SourceKind = 'html' | 'markdown' | 'text';

/** The bundle the importer writes: the policy, the school and its contacts, the agreements. */
export interface ImportedBundle {
  school?: { name: string; contacts?: OutContact[] };
  policy: Meta & { title: string; numbering?: 'given'; summary?: string; related?: { title: string; url: string; description?: string }[]; sections: OutSection[]; appendices?: OutSection[] };
  agreements?: OutAgreement[];
}

/** What the importer found, what it guessed, and what a person must check. */
export interface ImportReport {
  found: {
    sections: number;
    numbered: number;
    clauses: number;
    appendices: number;
    lists: number;
    listItems: number;
    tables: number;
    footnotes: number;
    contacts: number;
    agreements: number;
    statements: number;
  };
  guessed: string[];
  check: string[];
  /** Text that had no place of its own and was kept as paragraphs (quoted, shortened). */
  unplaced: string[];
  /** Lines of the cover read into the policy's details (dates, who approved) rather than kept as text. */
  details: string[];
}

/**
 * The importer's core: a document (HTML — including what mammoth makes of a Word file —,
 * Markdown or plain text) → a policy bundle and a report. No Node or DOM APIs: the same code
 * runs in the command line and in the builder page.
 */
export function importDocument(source: string, kind: SourceKind): { bundle: ImportedBundle; report: ImportReport } {
  const guessed: string[] = [];
  if (kind === 'text' && looksLikeMarkdown(source)) {
    kind = 'markdown';
    guessed.push('the text is written in Markdown ("#" headings, **bold**, [links](…)): read as Markdown');
  }
  const read = kind === 'html' ? readHtml(source) : kind === 'markdown' ? readMarkdown(source) : readText(source);
  const check: string[] = [];
  const unplaced: string[] = [];

  // The title and school name from the first few short lines, before any section.
  let nodes = read.nodes;
  const lead: number[] = [];
  for (let i = 0; i < nodes.length && lead.length < 6; i++) {
    const n = nodes[i];
    if ((n.k === 'heading' || n.k === 'para') && n.plain.length < 140) lead.push(i);
    else break;
  }
  const head = readTitle(lead.map((i) => (nodes[i] as { plain: string }).plain));
  const usedLead = new Set(head.used);
  nodes = nodes.filter((n, i) => !(lead.includes(i) && usedLead.has((n as { plain: string }).plain.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim())));

  const st = structure(nodes, kind === 'text' ? 'text' : 'styled');
  check.push(...st.notes);

  // Governance from the cover (the lines before the first section) and then from short lines anywhere.
  const preLines = st.preamble.flatMap(lines);
  const { meta, used, guessed: g1 } = readMeta(preLines);
  guessed.push(...g1);
  const rest = readMeta(nodes.flatMap(lines).filter((l) => !used.has(l)));
  for (const k of ['approved', 'approvedBy', 'reviewed', 'nextReview', 'reviewCycleMonths', 'meeting', 'version'] as const)
    if (meta[k] === undefined && rest.meta[k] !== undefined) (meta as Record<string, unknown>)[k] = rest.meta[k];
  guessed.push(...rest.guessed.filter((x) => !guessed.includes(x)));

  const { contacts } = readContacts(nodes.flatMap(lines));

  // Whatever else came before the first heading is kept, in a section of its own, and listed.
  // Lines used only for the policy's details (dates, who approved) are listed, not kept twice.
  const left = st.preamble.filter((n) => n.k !== 'footnote' && !lines(n).every((l) => used.has(l)));
  const sections = st.sections;
  let summary: string | undefined;
  if (left.length === 1 && left[0].k === 'para' && left[0].plain.length < 400) {
    // One paragraph under the title: the policy's summary.
    summary = left[0].text;
    guessed.push(`summary: the paragraph under the title ("${short(left[0].plain)}")`);
  } else if (left.length) {
    for (const n of left) unplaced.push(short(lines(n)[0] ?? ''));
    sections.unshift({ title: 'Introduction', numbered: false, blocks: keepAll(left) });
  }
  if (!sections.length) {
    sections.push({ title: head.title ?? 'Policy', numbered: false, blocks: [{ type: 'paragraph', text: '—' }] });
    check.push('no text was found for the policy');
  }

  const related = takeRelated(sections, st.appendices);
  if (related) guessed.push(`related policies: the ${related.length} link${related.length === 1 ? '' : 's'} under "Related policies"`);
  const given = st.counts.numbered > 0;
  if (given) markUnnumbered(sections);

  const pageTitle = 'title' in read && typeof read.title === 'string' ? read.title : undefined;
  const title: string = head.title ?? pageTitle ?? 'Online safety policy';
  if (!head.title) guessed.push(`title: none found, "${title}" used`);
  const agreements = readAgreements([...sections, ...st.appendices], guessed);

  const policy: ImportedBundle['policy'] = {
    title,
    ...(given ? { numbering: 'given' as const } : {}),
    ...meta,
    ...(summary ? { summary } : {}),
    sections,
    ...(st.appendices.length ? { appendices: st.appendices } : {}),
    ...(related ? { related } : {}),
  };
  const bundle: ImportedBundle = { policy };
  if (head.school || contacts.length) bundle.school = { name: head.school ?? 'Your school', ...(contacts.length ? { contacts } : {}) };
  if (agreements.length) bundle.agreements = agreements;

  fixFootnotes(bundle, check);
  if (!head.school) check.push('school name: not found — set school.name');
  if (!contacts.some((c) => c.role === 'dsl' || c.roles?.includes('dsl'))) check.push('no designated safeguarding lead (DSL) was found — add one to school.contacts');
  if (!meta.approved) check.push('no approval date was found — set policy.approved');
  if (!meta.nextReview && !meta.reviewCycleMonths) check.push('no review date or review cycle was found — set policy.nextReview');
  if (agreements.length) check.push('check each agreement\'s statements, audience and signature fields against the document');
  if (unplaced.length) check.push(`${unplaced.length} piece${unplaced.length === 1 ? '' : 's'} of text before the first heading went into an "Introduction" section`);
  if (st.counts.emptyCells) check.push(`${st.counts.emptyCells} empty table cell${st.counts.emptyCells === 1 ? ' shows' : 's show'} "—"`);

  const c = st.counts;
  return {
    bundle,
    report: {
      found: {
        sections: c.sections + (left.length ? 1 : 0),
        numbered: c.numbered,
        clauses: c.clauses,
        appendices: c.appendices,
        lists: c.lists,
        listItems: c.listItems,
        tables: c.tables,
        footnotes: c.footnotes,
        contacts: contacts.length,
        agreements: agreements.length,
        statements: agreements.reduce((n, a) => n + a.statements.length, 0),
      },
      guessed: [...new Set(guessed)],
      check,
      unplaced,
      details: [...used].map(short),
    },
  };
}

/** Every node as blocks, for text kept before the first heading. */
function keepAll(nodes: DocNode[]): OutBlock[] {
  const s = structure([{ k: 'heading', level: 1, plain: 'x' }, ...nodes], 'styled');
  return s.sections[0]?.blocks ?? [];
}

/** The plain words of a node, one entry per paragraph, list item or table row. */
function lines(n: DocNode): string[] {
  switch (n.k) {
    case 'heading':
    case 'para':
      return [n.plain];
    case 'list':
      return n.items.flatMap((i) => [i.plain, ...i.children.flatMap(lines)]);
    case 'table':
      return n.plainRows.map((r) => r.join(' | '));
    case 'footnote':
      return [n.text];
  }
}

const short = (s: string) => (s.length > 70 ? `${s.slice(0, 67)}…` : s);

/** With the school's own numbers in use, a section without one is shown without a number. */
function markUnnumbered(sections: OutSection[]) {
  for (const s of sections) {
    if (!s.number && s.numbered === undefined) s.numbered = false;
    if (s.sections) markUnnumbered(s.sections);
  }
}

/**
 * Footnotes must match their references: a reference with no footnote is shown as written
 * ("[2]"), a second footnote with the same number gets its own id; both are listed.
 */
function fixFootnotes(bundle: ImportedBundle, check: string[]) {
  const defined = new Set<string>();
  const renamed: string[] = [];
  const blocks = (bs: OutBlock[] | undefined) => {
    for (const b of bs ?? []) {
      if (b.type === 'footnote') {
        let id = b.id;
        for (let n = 2; defined.has(id); n++) id = `${b.id}-${n}`;
        if (id !== b.id) renamed.push(b.id);
        b.id = id;
        defined.add(id);
      }
      if (b.type === 'clause') blocks(b.blocks);
    }
  };
  const sections = (ss: OutSection[] | undefined) => ss?.forEach((x) => (blocks(x.blocks), sections(x.sections)));
  sections(bundle.policy.sections);
  sections(bundle.policy.appendices);
  const missing = new Set<string>();
  const fix = (v: unknown): unknown => {
    if (typeof v === 'string')
      return v.includes('[^') ? v.replace(/\[\^([^\]\s]+)\]/g, (m, id: string) => (defined.has(id) ? m : (missing.add(id), `\\[${id.replace(/^fn-/, '')}]`))) : v;
    if (Array.isArray(v)) return v.map(fix);
    if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (v as Record<string, unknown>)[k] = fix(x);
    return v;
  };
  fix(bundle.policy);
  if (missing.size) check.push(`footnote reference${missing.size === 1 ? '' : 's'} with no footnote text (kept as written): ${[...missing].join(', ')}`);
  if (renamed.length) check.push(`footnote number${renamed.length === 1 ? '' : 's'} used twice (each kept, with its own id): ${renamed.join(', ')}`);
}

/** A "Related policies" section that is only a list of links becomes `policy.related`. */
function takeRelated(...lists: OutSection[][]): { title: string; url: string; description?: string }[] | undefined {
  for (const list of lists)
    for (const [i, s] of list.entries()) {
      if (!/^related\s+(policies|documents|guidance|links)$/i.test(s.title) || s.sections?.length || s.blocks?.length !== 1) continue;
      const b = s.blocks[0];
      if (b.type !== 'list') continue;
      const links = b.items.map((it) => (typeof it === 'string' ? /^\[(.+?)\]\(([^)\s]+)\)(?:\s*[—–-]\s*(.+))?$/.exec(it) : null));
      if (!links.every(Boolean)) continue;
      list.splice(i, 1);
      return links.map((m) => ({ title: m![1].replace(/\\([\\*[_])/g, '$1'), url: m![2], ...(m![3] ? { description: m![3].replace(/\\([\\*[_])/g, '$1') } : {}) }));
    }
  return undefined;
}

/**
 * A .txt file that is really Markdown (as exported from many editors and converters): two or
 * more "#" headings, or one with other Markdown marks (**bold**, [links](…), \_ escapes).
 * Read as plain text, its headings would be kept with their "#" and "**".
 */
export function looksLikeMarkdown(text: string): boolean {
  const headings = text.match(/^#{1,6}[ \t]+\S/gm)?.length ?? 0;
  if (headings >= 2) return true;
  const marks = (text.match(/\*\*[^*\n]+\*\*|\[[^\]\n]+\]\((?:https?:|mailto:)[^)\s]+\)|\\[_*#[\]]/g)?.length ?? 0);
  return headings === 1 && marks >= 2;
}
