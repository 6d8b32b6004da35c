/** mammoth's options for a Word file, the same on the command line and in the builder page. */
export const DOCX_OPTIONS = {
  styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
  ignoreEmptyParagraphs: true,
};

/**
 * What is wrong with a file named .docx before mammoth tries it: an OLE compound file (how Word
 * saves a password-protected document, or an old .doc), or not a zip at all.
 */
export function docxProblem(bytes: Uint8Array): 'protected' | 'not-docx' | undefined {
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((b, i) => bytes[i] === b)) return 'protected';
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4)) return 'not-docx';
  return undefined;
}
