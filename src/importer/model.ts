/**
 * What every reader (HTML, Markdown, plain text) turns a document into: a flat run of
 * headings, paragraphs, lists, tables and footnotes. Text is the bundle's inline markup
 * (**bold**, *italic*, [text](url), [^id]); `plain` is the same words without markup.
 */
export type DocNode =
  | { k: 'heading'; level: number; plain: string }
  | { k: 'para'; text: string; plain: string; /** the whole paragraph is bold (a heading in many Word files) */ bold?: boolean }
  | { k: 'list'; ordered: boolean; items: DocItem[] }
  | { k: 'table'; rows: string[][]; plainRows: string[][]; head: boolean }
  | { k: 'footnote'; id: string; text: string };

export interface DocItem {
  text: string;
  plain: string;
  /** Further paragraphs and nested lists inside the item. */
  children: DocNode[];
}

/** Escape characters that the inline markup would read as syntax. */
export function escapeMarkup(s: string): string {
  // "_" starts italics only before a letter or digit: lines of ____ for signatures stay as they are.
  return s.replace(/[\\*[]/g, '\\$&').replace(/(^|[^\p{L}\p{N}_])_(?=[\p{L}\p{N}])/gu, '$1\\_');
}

/** Collapse runs of white space (including non-breaking spaces) and trim. */
export function tidy(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
