import mammoth from 'mammoth';
import { FileError } from '../files.js';

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');

/**
 * A Word file as HTML, by mammoth (headings from heading styles, lists, tables, links, bold and
 * italic, footnotes). Clear messages for what is not a readable .docx.
 */
export async function docxToHtml(data: Buffer, file: string): Promise<{ html: string; messages: string[] }> {
  if (data.subarray(0, 8).equals(OLE))
    throw new FileError(`"${file}" is password-protected, or an old Word 97–2003 file: open it in Word, remove the password (File > Info > Protect Document) and save it as a .docx`);
  if (!data.subarray(0, 4).equals(ZIP))
    throw new FileError(`"${file}" is not a Word .docx file (it may be damaged, or another kind of file renamed): open it in Word and save it again as a .docx`);
  try {
    const result = await mammoth.convertToHtml(
      { buffer: data },
      { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"], ignoreEmptyParagraphs: true },
    );
    return { html: result.value, messages: result.messages.filter((m) => m.type === 'error').map((m) => m.message) };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new FileError(`"${file}" could not be read as a Word document (${why.split('\n')[0]}): it may be damaged — open it in Word and save it again as a .docx`);
  }
}
