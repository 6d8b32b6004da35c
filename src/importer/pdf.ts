/**
 * The text of a PDF that pdf.js (pdfjs-dist) has opened, page by page, one line per line of
 * print, a blank line where the gap is wider than one and a half lines. Best effort: a PDF keeps
 * words and their places, not headings, lists or tables. Shared by the command line
 * (cli/import/pdf.ts) and the builder page (src/builder/read-pdf.ts), which each load pdf.js
 * their own way and word their own errors.
 */

/** What is read of a document opened by pdf.js. */
export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
interface PdfPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): unknown;
}
interface TextItem {
  str: string;
  transform: number[];
}

export async function pdfDocumentText(doc: PdfDocument): Promise<string> {
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
    const gaps = lines.slice(1).map((l, i) => lines[i].y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
    const lineGap = gaps[Math.floor(gaps.length / 2)] ?? 14;
    const out: string[] = [];
    let prevY: number | undefined;
    for (const l of lines) {
      if (prevY !== undefined && prevY - l.y > lineGap * 1.5) out.push('');
      out.push(l.text.replace(/\s+$/, ''));
      prevY = l.y;
    }
    pages.push(out.join('\n'));
    page.cleanup();
  }
  return pages.join('\n\n');
}
