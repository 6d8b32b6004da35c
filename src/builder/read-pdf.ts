import { msg, str } from '@lit/localize';
import { pdfDocumentText } from '../importer/pdf.js';

/**
 * The text of a PDF chosen in the builder page, read in the page (nothing is uploaded) by
 * pdf.js. Its worker code runs in the page too (pdf.js's "fake worker", given the worker module
 * as `globalThis.pdfjsWorker`), so there is no worker file to serve beside builder.js; it reads
 * a page at a time, so the page stays responsive. Both modules load only when a PDF is chosen.
 * Throws an Error with a message for the person.
 */
export async function pdfText(bytes: Uint8Array, name: string): Promise<string> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    if ((e as { name?: string }).name === 'PasswordException')
      throw new Error(msg(str`${name} is password-protected. Save a copy without the password, or save it as Word or text first.`));
    throw new Error(msg(str`${name} could not be read as a PDF. It may be damaged: save it as Word or text first.`));
  }
  let text: string;
  try {
    text = await pdfDocumentText(doc);
  } finally {
    await doc.destroy();
  }
  if (!text.trim()) throw new Error(msg(str`${name} has no text to read (it may be scanned pages). Save it as Word or text first.`));
  return text;
}
