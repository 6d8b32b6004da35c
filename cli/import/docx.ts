import mammoth from 'mammoth';
import { DOCX_OPTIONS, docxProblem } from '../../src/importer/docx.js';
import { FileError } from '../files.js';

/**
 * A Word file as HTML, by mammoth (headings from heading styles, lists, tables, links, bold and
 * italic, footnotes). Clear messages for what is not a readable .docx.
 */
export async function docxToHtml(data: Buffer, file: string): Promise<{ html: string; messages: string[] }> {
  const problem = docxProblem(data);
  if (problem === 'protected')
    throw new FileError(`"${file}" is password-protected, or an old Word 97–2003 file: open it in Word, remove the password (File > Info > Protect Document) and save it as a .docx`);
  if (problem === 'not-docx')
    throw new FileError(`"${file}" is not a Word .docx file (it may be damaged, or another kind of file renamed): open it in Word and save it again as a .docx`);
  try {
    const result = await mammoth.convertToHtml({ buffer: data }, DOCX_OPTIONS);
    return { html: result.value, messages: result.messages.filter((m) => m.type === 'error').map((m) => m.message) };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new FileError(`"${file}" could not be read as a Word document (${why.split('\n')[0]}): it may be damaged — open it in Word and save it again as a .docx`);
  }
}
