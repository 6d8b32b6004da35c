import type { DocItem, DocNode } from './model.js';

/** The bundle blocks the importer writes (the shapes agreed in SHAPE: clause blocks, list items with blocks). */
export type OutBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered?: boolean; items: (string | { text: string; blocks: OutBlock[] })[] }
  | { type: 'clause'; number?: string; numbered?: boolean; text: string; blocks?: OutBlock[] }
  | { type: 'table'; head: string[]; rows: string[][] }
  | { type: 'footnote'; id: string; text: string };

export interface Counts {
  lists: number;
  listItems: number;
  tables: number;
  emptyCells: number;
}

/** A list, a table or a paragraph as bundle blocks (footnotes and headings are placed elsewhere). */
export function toBlocks(n: DocNode, counts: Counts): OutBlock[] {
  switch (n.k) {
    case 'para':
      return [{ type: 'paragraph', text: n.text }];
    case 'heading':
      return [{ type: 'paragraph', text: `**${n.plain.replace(/[\\*[]/g, '\\$&')}**` }];
    case 'list':
      return [listBlock(n.ordered, n.items, counts)];
    case 'table':
      return [tableBlock(n, counts)];
    case 'footnote':
      return [{ type: 'footnote', id: n.id, text: n.text || '—' }];
  }
}

function listBlock(ordered: boolean, items: DocItem[], counts: Counts): OutBlock {
  counts.lists++;
  const out: (string | { text: string; blocks: OutBlock[] })[] = [];
  for (const it of items) {
    const blocks = it.children.flatMap((c) => toBlocks(c, counts));
    if (!it.text) {
      // An item with no words of its own (a list straight inside a list): its blocks join the one before.
      const prev = out[out.length - 1];
      if (prev && typeof prev === 'object') prev.blocks.push(...blocks);
      else if (typeof prev === 'string') out[out.length - 1] = { text: prev, blocks };
      else out.push({ text: '—', blocks });
      continue;
    }
    counts.listItems++;
    out.push(blocks.length ? { text: it.text, blocks } : it.text);
  }
  return ordered ? { type: 'list', ordered: true, items: out } : { type: 'list', items: out };
}

function tableBlock(n: Extract<DocNode, { k: 'table' }>, counts: Counts): OutBlock {
  counts.tables++;
  const width = Math.max(...n.rows.map((r) => r.length));
  const fill = (r: string[]) => Array.from({ length: width }, (_, i) => {
    if (r[i]) return r[i];
    counts.emptyCells++;
    return '—';
  });
  const [first, ...rest] = n.rows;
  const head = fill(n.plainRows[0] ?? first).map((c) => c.replace(/\\([\\*[_])/g, '$1'));
  return { type: 'table', head, rows: rest.map(fill) };
}
