import { extname } from 'node:path';
import { importDocument, type ImportReport, type ImportedBundle, type SourceKind } from '../../src/importer/index.js';
import { FileError } from '../files.js';
import { docxToHtml } from './docx.js';
import { pdfToText } from './pdf.js';

export const TYPES = ['.docx', '.md', '.markdown', '.txt', '.text', '.html', '.htm', '.pdf'];

/** Import a file's bytes by its type: the Node half (Word, PDF, text encodings) around the shared core. */
export async function importFile(file: string, data: Buffer): Promise<{ bundle: ImportedBundle; report: ImportReport; notes: string[] }> {
  const ext = extname(file).toLowerCase();
  const notes: string[] = [];
  let source: string;
  let kind: SourceKind;
  switch (ext) {
    case '.docx': {
      const { html, messages } = await docxToHtml(data, file);
      notes.push(...messages.map((m) => `Word: ${m}`));
      source = html;
      kind = 'html';
      break;
    }
    case '.pdf':
      source = await pdfToText(data, file);
      kind = 'text';
      notes.push('PDF: only the words and the numbering were read (a PDF keeps no headings, lists or tables) — check the sections, or import the Word file instead');
      break;
    case '.md':
    case '.markdown':
      source = text(data, file);
      kind = 'markdown';
      break;
    case '.txt':
    case '.text':
      source = text(data, file);
      kind = 'text';
      break;
    case '.html':
    case '.htm':
      source = text(data, file);
      kind = 'html';
      break;
    case '.doc':
      throw new FileError(`"${file}" is an old Word 97–2003 file: open it in Word and save it as a .docx`);
    case '.json':
      throw new FileError(`"${file}" is already JSON: check it with "esafety-elements validate ${file}"`);
    default:
      throw new FileError(`cannot import "${file}": ${ext ? `"${ext}" files are` : 'a file with no extension is'} not supported — use ${TYPES.filter((t) => !['.markdown', '.text', '.htm'].includes(t)).join(', ')}`);
  }
  return { ...importDocument(source, kind), notes };
}

/** Text in UTF-8 (with or without a BOM) or UTF-16 from Windows; anything else as Windows-1252. */
function text(data: Buffer, file: string): string {
  if (data.subarray(0, 2).equals(Buffer.from([0xff, 0xfe]))) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data.subarray(0, 2).equals(Buffer.from([0xfe, 0xff]))) return new TextDecoder('utf-16be').decode(data.subarray(2));
  if (data.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) || data.includes(0))
    throw new FileError(`"${file}" is not a text file (it looks like a binary file) — check the file type`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}
