import { msg, str } from '@lit/localize';
import { DOCX_OPTIONS, docxProblem } from '../importer/docx.js';
import { importDocument, type ImportReport } from '../importer/index.js';

/** A file read in the page: its bundle, and the importer's report (none for a .json bundle). */
export interface ReadResult {
  bundle: Record<string, any>;
  report?: ImportReport;
}

/** Read a dropped or chosen file in the browser (nothing is uploaded). Throws an Error with a message for the person. */
export async function readPolicyFile(file: File): Promise<ReadResult> {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  switch (ext) {
    case 'json': {
      try {
        const data = JSON.parse(await file.text());
        if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error();
        return { bundle: data };
      } catch {
        throw new Error(msg(str`${file.name} is not a policy bundle: it is not valid JSON. Check it with "npx esafety-elements validate".`));
      }
    }
    case 'docx': {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const problem = docxProblem(bytes);
      if (problem === 'protected') throw new Error(msg(str`${file.name} is password-protected, or an old Word file. Remove the password in Word and save it as a .docx.`));
      if (problem === 'not-docx') throw new Error(msg(str`${file.name} is not a Word .docx file. Open it in Word and save it again as a .docx.`));
      const { default: mammoth } = await import('mammoth');
      let html: string;
      try {
        html = (await mammoth.convertToHtml({ arrayBuffer: bytes.buffer as ArrayBuffer }, DOCX_OPTIONS)).value;
      } catch {
        throw new Error(msg(str`${file.name} could not be read. It may be damaged: open it in Word and save it again as a .docx.`));
      }
      return importDocument(html, 'html');
    }
    case 'md':
    case 'markdown':
      return importDocument(await file.text(), 'markdown');
    case 'txt':
      return importDocument(await file.text(), 'text');
    case 'html':
    case 'htm':
      return importDocument(await file.text(), 'html');
    case 'pdf': {
      const { pdfText } = await import('./read-pdf.js');
      const r = importDocument(await pdfText(new Uint8Array(await file.arrayBuffer()), file.name), 'text');
      r.report.check.unshift(
        msg('PDF: only the words and the numbering were read (a PDF keeps no headings, lists or tables). Check the sections below, or import the Word file instead.'),
      );
      return r;
    }
    default:
      throw new Error(msg(str`${file.name} is not a file this page can read. Choose a .docx, .pdf, .md, .txt, .html or .json file.`));
  }
}
