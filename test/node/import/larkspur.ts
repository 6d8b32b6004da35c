/**
 * One online-safety policy for the fictional Larkspur Lane Primary School (our own words),
 * written out as a Word file in two styles (heading styles; numbers typed by hand), as
 * Markdown and as plain text, so the importer can be checked to find the same structure in each.
 */
import {
  AlignmentType, Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun,
} from 'docx';

export interface Clause {
  number: string;
  /** Words, with *italic* and **bold** written as in Markdown (kept simple: one of each at most). */
  text: string;
  footnote?: string;
  link?: { text: string; url: string };
  list?: [string, string[]][];
  table?: string[][];
}
export interface Sec {
  number: string;
  title: string;
  clauses?: Clause[];
  sections?: Sec[];
}

export const SCHOOL = 'Larkspur Lane Primary School';
export const TITLE = 'Online Safety Policy';
export const COVER = ['Approved by: the Full Governing Board', 'Date approved: 14 September 2026', 'Next review: September 2027'];
export const SECTIONS: Sec[] = [
  {
    number: '1.',
    title: 'Introduction',
    clauses: [
      { number: '1.1', text: 'At Larkspur Lane we want *every* child to enjoy the internet **safely**.', footnote: 'We follow the statutory guidance on keeping children safe in education.' },
      { number: '1.2', text: 'This policy covers:', list: [['pupils', ['in class', 'at home']], ['staff and volunteers', []], ['visitors who use our network', []]] },
    ],
  },
  {
    number: '2.',
    title: 'Roles and responsibilities',
    sections: [
      {
        number: '2.1',
        title: 'Safeguarding leads',
        clauses: [
          { number: '2.1.1', text: 'Our Designated Safeguarding Lead (DSL) is Mrs Ada Hollis, 01632 960101, dsl@larkspur.example.' },
          { number: '2.1.2', text: 'Our Deputy DSLs are Mr Bram Okafor and Ms Cleo Reyes.' },
        ],
      },
      {
        number: '2.2',
        title: 'Staff',
        clauses: [
          { number: '2.2.1', text: 'Staff will report any worry to the DSL on the same day, as set out in 2.1.' },
          { number: '2.2.2', text: 'Staff will read our guidance before using new apps:', link: { text: 'online safety guidance', url: 'https://larkspur.example/online-safety' } },
        ],
      },
    ],
  },
  {
    number: '3.',
    title: 'Filtering and monitoring',
    clauses: [
      { number: '3.1', text: 'We check our filtering every term.', table: [['Check', 'Who', 'When'], ['Filtering test', 'IT support', 'Each term'], ['Log review', 'DSL', 'Weekly']] },
    ],
  },
];
export const APPENDIX = {
  label: 'Appendix 4',
  title: 'Pupil Acceptable Use Agreement (KS2)',
  statements: ['I will ask an adult before I go online.', 'I will keep my passwords private.', 'I will tell a teacher if something online upsets me.', 'I will be kind to others online.'],
  signature: ['Name: ____________', 'Class: ______', 'Signed: ____________'],
};

const plain = (s: string) => s.replace(/\*\*|\*/g, '');

/** Text runs for our little markup (*italic*, **bold**). */
function runs(s: string): TextRun[] {
  return s.split(/(\*\*[^*]+\*\*|\*[^*]+\*)/).filter(Boolean).map((p) =>
    p.startsWith('**') ? new TextRun({ text: p.slice(2, -2), bold: true }) : p.startsWith('*') ? new TextRun({ text: p.slice(1, -1), italics: true }) : new TextRun(p),
  );
}

/** The policy as a .docx: `styled` uses Word's heading styles; otherwise every line is a plain paragraph with its number typed in. */
export async function larkspurDocx(styled: boolean): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const heading = (text: string, level: 1 | 2) =>
    styled
      ? new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 })
      : new Paragraph({ children: [new TextRun({ text, bold: true })] });
  children.push(styled ? new Paragraph({ text: SCHOOL, heading: HeadingLevel.TITLE }) : new Paragraph({ children: [new TextRun({ text: SCHOOL, bold: true, size: 36 })], alignment: AlignmentType.CENTER }));
  children.push(styled ? new Paragraph({ text: TITLE, heading: HeadingLevel.HEADING_1 }) : new Paragraph({ children: [new TextRun({ text: TITLE, bold: true, size: 32 })] }));
  for (const line of COVER) children.push(new Paragraph(line));
  const clause = (c: Clause) => {
    const parts: (TextRun | ExternalHyperlink | FootnoteReferenceRun)[] = [new TextRun(`${c.number} `), ...runs(c.text)];
    if (c.footnote) {
      const id = Object.keys(footnotes).length + 1;
      footnotes[id] = { children: [new Paragraph(c.footnote)] };
      parts.push(new FootnoteReferenceRun(id));
    }
    if (c.link) parts.push(new TextRun(' '), new ExternalHyperlink({ link: c.link.url, children: [new TextRun({ text: c.link.text, style: 'Hyperlink' })] }));
    children.push(new Paragraph({ children: parts }));
    for (const [item, sub] of c.list ?? []) {
      children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
      for (const s of sub) children.push(new Paragraph({ text: s, bullet: { level: 1 } }));
    }
    if (c.table)
      children.push(new Table({ rows: c.table.map((r, i) => new TableRow({ children: r.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: i === 0 })] })] })) })) }));
  };
  const section = (s: Sec, level: 1 | 2) => {
    children.push(heading(`${s.number} ${s.title}`, level));
    s.clauses?.forEach(clause);
    s.sections?.forEach((c) => section(c, 2));
  };
  SECTIONS.forEach((s) => section(s, 1));
  children.push(heading(`${APPENDIX.label}: ${APPENDIX.title}`, 1));
  for (const s of APPENDIX.statements) children.push(new Paragraph({ text: s, bullet: { level: 0 } }));
  for (const s of APPENDIX.signature) children.push(new Paragraph(s));
  return Packer.toBuffer(new Document({ footnotes, sections: [{ children }] }));
}

/** The policy in Markdown. */
export function larkspurMarkdown(): string {
  const out = [`# ${SCHOOL}`, '', `## ${TITLE}`, '', ...COVER.map((l) => `${l}  `), ''];
  const notes: string[] = [];
  const clause = (c: Clause) => {
    let t = `${c.number} ${c.text}`;
    if (c.footnote) {
      notes.push(`[^${notes.length + 1}]: ${c.footnote}`);
      t += `[^${notes.length}]`;
    }
    if (c.link) t += ` [${c.link.text}](${c.link.url})`;
    out.push(t, '');
    if (c.list) out.push(...c.list.flatMap(([i, sub]) => [`- ${i}`, ...sub.map((s) => `  - ${s}`)]), '');
    if (c.table) out.push(`| ${c.table[0].join(' | ')} |`, `|${c.table[0].map(() => '---|').join('')}`, ...c.table.slice(1).map((r) => `| ${r.join(' | ')} |`), '');
  };
  const section = (s: Sec, depth: number) => {
    out.push(`${'#'.repeat(depth + 2)} ${s.number} ${s.title}`, '');
    s.clauses?.forEach(clause);
    s.sections?.forEach((c) => section(c, depth + 1));
  };
  SECTIONS.forEach((s) => section(s, 0));
  out.push(`## ${APPENDIX.label}: ${APPENDIX.title}`, '', ...APPENDIX.statements.map((s) => `- ${s}`), '', ...APPENDIX.signature.flatMap((s) => [s, '']), ...notes);
  return out.join('\n');
}

/** The policy as plain text (no tables or footnotes: plain text has none). */
export function larkspurText(): string {
  const out = [SCHOOL, TITLE, '', ...COVER, ''];
  const clause = (c: Clause) => {
    out.push(`${c.number} ${plain(c.text)}${c.link ? ` ${c.link.url}` : ''}`, '');
    if (c.list) out.push(...c.list.flatMap(([i, sub]) => [`• ${i}`, ...sub.map((s) => `    o ${s}`)]), '');
  };
  const section = (s: Sec) => {
    out.push(`${s.number} ${s.title}`, '');
    s.clauses?.forEach(clause);
    s.sections?.forEach(section);
  };
  SECTIONS.forEach(section);
  out.push(`${APPENDIX.label}: ${APPENDIX.title}`, '', ...APPENDIX.statements.map((s) => `• ${s}`), '', ...APPENDIX.signature);
  return out.join('\n');
}

export { plain };
