import { writeFile } from 'node:fs/promises';
import type { ImportReport } from '../../src/importer/index.js';
import { EXIT, type Command, type Io } from '../command.js';
import { FileError, oneFile, parseArgs, readInput } from '../files.js';
import { importFile } from '../import/read.js';

/** The report printed after an import: counts, guesses, what to check. */
export function reportText(file: string, out: string | undefined, r: ImportReport, notes: string[], ms: number): string {
  const f = r.found;
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  const lines = [
    `Imported ${file}${out ? ` → ${out}` : ''} in ${(ms / 1000).toFixed(1)} s`,
    `  Found: ${n(f.sections, 'section')} (${f.numbered} with the school's own numbers), ${n(f.clauses, 'numbered clause')}, ${n(f.appendices, 'appendix', 'appendices')},`,
    `         ${n(f.lists, 'list')} (${n(f.listItems, 'item')}), ${n(f.tables, 'table')}, ${n(f.footnotes, 'footnote')},`,
    `         ${n(f.contacts, 'contact')}, ${n(f.agreements, 'agreement')} (${n(f.statements, 'statement')})`,
  ];
  const list = (title: string, items: string[]) => {
    if (items.length) lines.push(`  ${title}:`, ...items.map((i) => `    - ${i}`));
  };
  list('Notes', notes);
  list('Guessed', r.guessed);
  list('Read into the policy details (not kept as text)', r.details);
  list('Kept as paragraphs (no heading above them)', r.unplaced);
  list('Check', r.check);
  if (out) lines.push(`  Next: esafety-elements validate ${out}`);
  return lines.join('\n');
}

/** A line on stderr while something slow runs (only on a terminal, only after a second). */
export async function withProgress<T>(io: Io, what: string, work: Promise<T>): Promise<T> {
  if (!io.tty) return work;
  const timer = setTimeout(() => io.err(`${what}…`), 1000);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Turn a policy document (.docx, .md, .txt, .html; .pdf best effort) into policy.json',
  help: `Usage: esafety-elements import FILE [-o policy.json]

Reads the school's policy document and writes a policy bundle: sections with the
school's own numbers ("4.2 Staff will…", "Appendix 4"), clauses, nested lists,
tables, links, bold and italic, footnotes; the title, approval and review dates and
who approved; contacts (DSL and deputies, phones, emails); and acceptable-use
agreements ("I will…") with their audiences.

FILE types: .docx (Word), .md (Markdown), .txt (plain text), .html (a web page),
.pdf (best effort: words and numbering only — import the Word file if you have it).
Old .doc files and password-protected documents must be saved as .docx first.

A short report goes to stderr: what was found, what was guessed, and what a person
must check. Text that has no place of its own is kept as paragraphs and listed.
Nothing is uploaded anywhere.

Options:
  -o, --out FILE   write the bundle to FILE (default: print it to stdout)
  --force          overwrite FILE if it exists
  -h, --help       show this help

Exit codes: 0 imported (read the report), 1 the file could not be read or
written, 2 a mistake on the command line.`,
  async run(args, io) {
    const { flags, values, rest } = parseArgs(args, { flags: ['--force'], values: ['-o', '--out'] });
    const file = oneFile(rest);
    const out = values.get('-o') ?? values.get('--out');
    const t0 = performance.now();
    try {
      const data = await readInput(file);
      const { bundle, report, notes } = await withProgress(io, `Reading ${file}`, importFile(file, data));
      const json = `${JSON.stringify(bundle, null, 2)}\n`;
      if (out) await writeFile(out, json, { flag: flags.has('--force') ? 'w' : 'wx' }).catch((e: NodeJS.ErrnoException) => {
        throw new FileError(e.code === 'EEXIST' ? `"${out}" already exists — choose another name, or add --force to overwrite it` : `cannot write "${out}": ${e.message}`);
      });
      else io.out(json.trimEnd());
      io.err(reportText(file, out, report, notes, performance.now() - t0));
      return EXIT.ok;
    } catch (e) {
      if (!(e instanceof FileError)) throw e;
      io.err(`esafety-elements import: ${e.message}`);
      return EXIT.problems;
    }
  },
};
