import { Marked } from 'marked';
import { readHtml } from './html.js';
import type { DocNode } from './model.js';

const marked = new Marked({ gfm: true, async: false });

/**
 * Read Markdown: marked (a well-kept, browser-safe parser) turns it into HTML, which the HTML
 * reader walks. Footnotes ([^1] and "[^1]: text", not part of CommonMark) are handled here.
 */
export function readMarkdown(src: string): { nodes: DocNode[]; title?: string } {
  const notes: DocNode[] = [];
  const body = src
    .replace(/\r\n?/g, '\n')
    .replace(/^\[\^([^\]\s]+)\]:[ \t]*(.*(?:\n(?:[ \t]+\S.*))*)/gm, (_, id: string, text: string) => {
      notes.push({ k: 'footnote', id: `fn-${id.replace(/[^\w-]/g, '')}`, text: readHtml(marked.parseInline(text.replace(/\s+/g, ' ')) as string).nodes.map((n) => (n.k === 'para' ? n.text : '')).join(' ') });
      return '';
    })
    .replace(/\[\^([^\]\s]+)\]/g, (_, id: string) => `<a href="#footnote-${id.replace(/[^\w-]/g, '')}" id="footnote-ref-${id}">[${id}]</a>`);
  const { nodes } = readHtml(marked.parse(body) as string);
  return { nodes: [...nodes, ...notes] };
}
