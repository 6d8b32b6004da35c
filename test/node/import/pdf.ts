import { makePdfBytes } from '../../fixtures/make-pdf.js';

/** A small one-page PDF with the given lines (blank lines leave a gap): see test/fixtures/make-pdf.ts. */
export const makePdf = (lines: string[]): Buffer => Buffer.from(makePdfBytes(lines));
