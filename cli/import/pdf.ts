import { FileError } from '../files.js';

interface TextItem {
  str: string;
  transform: number[];
  hasEOL?: boolean;
}

/**
 * The text of a PDF, page by page, one line per line of print (pdfjs-dist's legacy build, which
 * runs on Node 20 without downloads). Best effort: words and numbering, no headings or tables.
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
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const lines: { y: number; x: number; text: string }[] = [];
    for (const it of content.items as TextItem[]) {
      if (!('str' in it)) continue;
      const [, , , , x, y] = it.transform;
      const line = lines.find((l) => Math.abs(l.y - y) < 2);
      if (line) line.text += (line.text && !line.text.endsWith(' ') && it.str && !it.str.startsWith(' ') && x > line.x ? ' ' : '') + it.str;
      else lines.push({ y, x, text: it.str });
    }
    lines.sort((a, b) => b.y - a.y);
    // A gap bigger than one and a half lines is a paragraph break.
    let prevY: number | undefined;
    const gaps = lines.slice(1).map((l, i) => lines[i].y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
    const lineGap = gaps[Math.floor(gaps.length / 2)] ?? 14;
    const out: string[] = [];
    for (const l of lines) {
      if (prevY !== undefined && prevY - l.y > lineGap * 1.5) out.push('');
      out.push(l.text.replace(/\s+$/, ''));
      prevY = l.y;
    }
    pages.push(out.join('\n'));
    page.cleanup();
  }
  await doc.destroy();
  const text = pages.join('\n\n');
  if (!text.trim()) throw new FileError(`"${file}" has no text to read (it may be scanned pages): save it as Word or text first`);
  return text;
}
