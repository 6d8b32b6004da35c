import { escapeMarkup, tidy, type DocItem, type DocNode } from './model.js';

const BULLET = /^(\s*)([•·▪◦‣○●■□–—*+-]|o(?=\s))\s+(.*)$/u;
const LINK = /\b(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])|\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

/** Inline markup for a line of plain text: escaped, with web and email addresses as links. */
function markup(s: string): string {
  let out = '';
  let from = 0;
  for (const m of s.matchAll(LINK)) {
    out += escapeMarkup(s.slice(from, m.index));
    const shown = escapeMarkup(m[0]);
    out += m[1] ? `[${shown}](${m[1]})` : `[${shown}](mailto:${m[2]})`;
    from = m.index + m[0].length;
  }
  return tidy(out + escapeMarkup(s.slice(from)));
}

/**
 * Read plain text: paragraphs are separated by blank lines or stand on their own lines;
 * bullet characters (•, -, *, o …) start list items, nested by indentation. Hard-wrapped
 * lines are joined back into their paragraph. Headings are found later, from their shape.
 */
export function readText(src: string): { nodes: DocNode[] } {
  const lines = src.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n').split('\n');
  const nodes: DocNode[] = [];
  let para: string[] = [];
  let stack: { indent: number; list: Extract<DocNode, { k: 'list' }> }[] = [];
  const flushPara = () => {
    if (para.length) {
      const plain = tidy(para.join(' '));
      if (plain) nodes.push({ k: 'para', text: markup(plain), plain });
    }
    para = [];
  };
  const endLists = () => (stack = []);
  let last: DocItem | undefined;
  for (const raw of lines) {
    const line = raw.replace(/\t/g, '    ');
    if (!line.trim()) {
      flushPara();
      last = undefined;
      continue;
    }
    const b = BULLET.exec(line);
    if (b) {
      flushPara();
      const indent = b[1].length;
      while (stack.length && stack[stack.length - 1].indent > indent) stack.pop();
      const item: DocItem = { text: markup(b[3]), plain: tidy(b[3]), children: [] };
      const top = stack[stack.length - 1];
      if (top && top.indent === indent) top.list.items.push(item);
      else if (top && last && indent > top.indent) {
        const list: Extract<DocNode, { k: 'list' }> = { k: 'list', ordered: false, items: [item] };
        last.children.push(list);
        stack.push({ indent, list });
      } else {
        const list: Extract<DocNode, { k: 'list' }> = { k: 'list', ordered: false, items: [item] };
        nodes.push(list);
        stack = [{ indent, list }];
      }
      last = item;
      continue;
    }
    // A line carrying on a list item (indented, or wrapped text that does not start a sentence).
    if (last && (/^\s{2,}/.test(line) || /^[a-z(]/.test(line.trim())) && !/[.:;!?]$/.test(last.plain)) {
      last.plain = tidy(`${last.plain} ${line}`);
      last.text = markup(last.plain);
      continue;
    }
    last = undefined;
    endLists();
    const prev = para[para.length - 1];
    // Join a hard-wrapped line to its paragraph; otherwise each line is a paragraph.
    if (prev !== undefined && prev.length > 55 && !/[.:;!?)"”]$/.test(prev.trim()) && !/^\s*(\d+(\.\d+)*\.?|[A-Z][\w'’ ]{0,30}:)\s/.test(line)) para.push(line);
    else {
      flushPara();
      para.push(line);
    }
  }
  flushPara();
  return { nodes };
}
