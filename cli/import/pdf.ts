import { pdfDocumentText } from '../../src/importer/pdf.js';
import { FileError } from '../files.js';

/**
 * The text of a PDF (pdfjs-dist's legacy build, which runs on Node 20 without downloads).
 * Best effort: words and numbering, no headings or tables (src/importer/pdf.ts).
 */
export async function pdfToText(data: Buffer, file: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new FileError(`"${file}" is password-protected: save a copy without the password, or save it as Word or text first`);
    throw new FileError(`"${file}" could not be read as a PDF (${(e as Error).message}) — save it as Word or text first`);
  }
  let text: string;
  try {
    text = await pdfDocumentText(doc);
  } finally {
    await doc.destroy();
  }
  if (!text.trim()) throw new FileError(`"${file}" has no text to read (it may be scanned pages): save it as Word or text first`);
  return text;
}
