import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { escapeMarkup, tidy, type DocItem, type DocNode } from './model.js';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'div', 'section', 'article', 'main',
  'blockquote', 'li', 'header', 'footer', 'aside', 'nav', 'body', 'html', 'dl', 'dt', 'dd', 'pre', 'figure', 'figcaption', 'hr', 'br-block']);
const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'title']);

const isEl = (n: ChildNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/**
 * Read HTML (a web page, or what mammoth makes of a Word file) into document nodes. Parsed
 * with htmlparser2, so it runs the same in Node and in the browser and never builds a live DOM.
 */
export function readHtml(html: string): { nodes: DocNode[]; title?: string } {
  const doc = parseDocument(html, { decodeEntities: true });
  const nodes: DocNode[] = [];
  let title: string | undefined;
  const find = (ns: ChildNode[]): void => {
    for (const n of ns)
      if (isEl(n)) {
        if (n.name === 'title' && !title) title = tidy(textOf(n)) || undefined;
        find(n.children);
      }
  };
  find(doc.children);
  blocks(doc.children, nodes);
  return { nodes, title };
}

/** Plain text of an element. */
function textOf(n: ChildNode): string {
  if (n.type === 'text') return n.data;
  if (isEl(n)) return n.name === 'br' ? ' ' : n.children.map(textOf).join('');
  return '';
}

/** Footnote links from mammoth: <a href="#footnote-3"> and <li id="footnote-3">. */
const FOOTNOTE = /^#?(?:footnote|endnote|fn)[-_:]?(\d+|[\w-]+)$/i;
const fnId = (raw: string) => `fn-${raw.replace(/[^\w-]/g, '')}`;

/** Inline content as markup and as plain words. */
function inline(ns: ChildNode[]): { text: string; plain: string } {
  let text = '';
  let plain = '';
  const walk = (n: ChildNode) => {
    if (n.type === 'text') {
      text += escapeMarkup(n.data);
      plain += n.data;
      return;
    }
    if (!isEl(n) || SKIP.has(n.name)) return;
    if (n.name === 'br') {
      text += ' ';
      plain += ' ';
      return;
    }
    if (n.name === 'img') {
      const alt = n.attribs.alt?.trim();
      if (alt) (text += escapeMarkup(`[picture: ${alt}]`)), (plain += `[picture: ${alt}]`);
      return;
    }
    if (n.name === 'sup' && /^\s*\d{1,3}\s*$/.test(textOf(n)) && !n.children.some((c) => isEl(c) && c.name === 'a')) {
      // A superscript number typed by hand: a footnote reference.
      text += `[^${fnId(textOf(n).trim())}]`;
      return;
    }
    const href = n.name === 'a' ? n.attribs.href?.trim() : undefined;
    const fn = href && FOOTNOTE.exec(href);
    if (fn && /footnote-ref|^\[?\d+\]?$/.test(`${n.attribs.id ?? ''} ${textOf(n).trim()}`.trim())) {
      // A reference to a footnote: [^fn-3].
      text += `[^${fnId(fn[1])}]`;
      return;
    }
    if (href && /↑|^\s*\^?\s*$/.test(textOf(n)) && /#(footnote|endnote)-ref/i.test(href)) return; // a back-link
    const inner = inline(n.children);
    if (!inner.plain.trim()) {
      text += inner.text;
      plain += inner.plain;
      return;
    }
    const wrap = (mark: string) => {
      const m = /^(\s*)(.*?)(\s*)$/s.exec(inner.text)!;
      return `${m[1]}${mark}${m[2]}${mark}${m[3]}`;
    };
    if (n.name === 'strong' || n.name === 'b') text += wrap('**');
    else if (n.name === 'em' || n.name === 'i') text += wrap('*');
    else if (href && !href.startsWith('#')) text += `[${inner.text.trim()}](${href.replace(/[()\s]/g, encodeURIComponent)})`;
    else text += inner.text;
    plain += inner.plain;
  };
  ns.forEach(walk);
  return { text, plain };
}

/** Whether every word of an element is inside <strong>/<b>. */
function allBold(ns: ChildNode[]): boolean {
  let any = false;
  const ok = (n: ChildNode, bold: boolean): boolean => {
    if (n.type === 'text') {
      if (n.data.trim()) {
        any = true;
        return bold;
      }
      return true;
    }
    if (!isEl(n)) return true;
    const b = bold || n.name === 'strong' || n.name === 'b';
    return n.children.every((c) => ok(c, b));
  };
  return ns.every((n) => ok(n, false)) && any;
}

function para(ns: ChildNode[], out: DocNode[]) {
  // "<sup>1</sup> For the purposes of…": a footnote typed by hand at the foot of the page.
  const first = ns.find((c) => !(c.type === 'text' && !c.data.trim()));
  if (first && isEl(first) && first.name === 'sup' && /^\s*\d{1,3}\s*$/.test(textOf(first))) {
    const rest = inline(ns.slice(ns.indexOf(first) + 1));
    if (tidy(rest.plain)) {
      out.push({ k: 'footnote', id: fnId(textOf(first).trim()), text: tidy(rest.text) });
      return;
    }
  }
  const { text, plain } = inline(ns);
  const p = tidy(plain);
  if (!p) return;
  out.push({ k: 'para', text: tidy(text), plain: p, ...(allBold(ns) ? { bold: true } : {}) });
}

/** Block-level content: runs of inline content between blocks become paragraphs. */
function blocks(ns: ChildNode[], out: DocNode[]): void {
  let run: ChildNode[] = [];
  // A number on its own before a block ("<span>2.1</span><div><p>Staff will…</p></div>", as the
  // policy element and many web pages lay out clauses) belongs to the block's first paragraph.
  let carry: string | undefined;
  const flush = () => {
    if (run.length) {
      const words = tidy(run.map(textOf).join(''));
      if (/^\d{1,2}(\.\d{1,3}){0,4}\.?$/.test(words)) carry = words;
      else para(run, out);
    }
    run = [];
  };
  const prefix = (from: number) => {
    if (carry === undefined) return;
    const p = out.slice(from).find((x) => x.k === 'para' || x.k === 'heading');
    if (p && p.k === 'para') Object.assign(p, { text: `${carry} ${p.text}`, plain: `${carry} ${p.plain}` });
    else if (p && p.k === 'heading') p.plain = `${carry} ${p.plain}`;
    carry = undefined;
  };
  for (const n of ns) {
    if (!isEl(n)) {
      if (n.type === 'text') run.push(n);
      continue;
    }
    if (SKIP.has(n.name)) continue;
    if (!BLOCKS.has(n.name) && n.name !== 'table' && n.name !== 'ol' && n.name !== 'ul') {
      run.push(n);
      continue;
    }
    flush();
    const before = out.length;
    const footnotes = n.name === 'ol' && n.children.some((c) => isEl(c) && c.name === 'li' && FOOTNOTE.test(`#${c.attribs.id ?? ''}`));
    if (footnotes) {
      for (const li of n.children)
        if (isEl(li) && li.name === 'li') {
          const id = FOOTNOTE.exec(`#${li.attribs.id ?? ''}`);
          const { text } = inline(li.children);
          if (id) out.push({ k: 'footnote', id: fnId(id[1]), text: tidy(text) });
        }
      continue;
    }
    switch (n.name) {
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
        const plain = tidy(textOf(n));
        if (plain) out.push({ k: 'heading', level: Number(n.name[1]), plain });
        break;
      }
      case 'p': case 'figcaption': case 'pre':
        para(n.children, out);
        break;
      case 'dl':
        // A definition list ("Approved" / "1 September 2026") reads as "Approved: 1 September 2026".
        for (const item of n.children.flatMap((c) => (isEl(c) && c.name === 'div' ? c.children : [c])))
          if (isEl(item) && item.name === 'dt') run.push({ type: 'text', data: `${textOf(item).trim()}: ` } as ChildNode);
          else if (isEl(item) && item.name === 'dd') {
            run.push(...item.children);
            flush();
          }
        flush();
        break;
      case 'ul': case 'ol':
        list(n, out);
        break;
      case 'table':
        table(n, out);
        break;
      case 'hr':
        break;
      case 'aside': {
        // A note: its bold title ("Important") leads its first paragraph instead of looking like a heading.
        const kids: DocNode[] = [];
        blocks(n.children, kids);
        const [head, next] = kids;
        if (head?.k === 'para' && head.bold && next?.k === 'para') {
          kids.splice(0, 2, { k: 'para', text: `**${head.plain.replace(/[:.]$/, '')}:** ${next.text}`, plain: `${head.plain}: ${next.plain}` });
        }
        out.push(...kids);
        break;
      }
      default:
        blocks(n.children, out);
    }
    if (carry !== undefined && n.name !== 'dl') prefix(before);
  }
  flush();
}

function list(n: Element, out: DocNode[]) {
  const items: DocItem[] = [];
  for (const li of n.children) {
    if (!isEl(li)) continue;
    if (li.name !== 'li') {
      // A list nested straight inside a list (invalid, but common): it belongs to the item before.
      const kids: DocNode[] = [];
      blocks([li], kids);
      if (items.length) items[items.length - 1].children.push(...kids);
      else out.push(...kids);
      continue;
    }
    const kids: DocNode[] = [];
    blocks(li.children, kids);
    // The item's own words are its first paragraph; the rest are its blocks.
    const first = kids[0]?.k === 'para' ? (kids.shift() as Extract<DocNode, { k: 'para' }>) : undefined;
    items.push({ text: first?.text ?? '', plain: first?.plain ?? '', children: kids });
  }
  if (items.length) out.push({ k: 'list', ordered: n.name === 'ol', items });
}

function table(n: Element, out: DocNode[]) {
  const rows: string[][] = [];
  const plainRows: string[][] = [];
  let head = false;
  const visit = (e: Element) => {
    for (const c of e.children) {
      if (!isEl(c)) continue;
      if (c.name === 'tr') {
        const cells = c.children.filter((x): x is Element => isEl(x) && (x.name === 'td' || x.name === 'th'));
        if (rows.length === 0 && (e.name === 'thead' || cells.every((x) => x.name === 'th' || allBold(x.children)))) head = true;
        const parts = cells.map((x) => {
          const kids: DocNode[] = [];
          blocks(x.children, kids);
          return { text: tidy(kids.map(flatText).join(' ')), plain: tidy(kids.map(flatPlain).join(' ')) };
        });
        rows.push(parts.map((p) => p.text));
        plainRows.push(parts.map((p) => p.plain));
      } else if (c.name !== 'table') visit(c);
    }
  };
  visit(n);
  if (rows.some((r) => r.some((c) => c))) out.push({ k: 'table', rows, plainRows, head });
}

/** A node's words in one line (used for table cells, which hold text only). */
export function flatText(n: DocNode): string {
  switch (n.k) {
    case 'heading': return escapeMarkup(n.plain);
    case 'para': return n.text;
    case 'list': return n.items.map((i) => [i.text, ...i.children.map(flatText)].join(' ')).join('; ');
    case 'table': return n.rows.map((r) => r.join(' | ')).join('; ');
    case 'footnote': return n.text;
  }
}
function flatPlain(n: DocNode): string {
  switch (n.k) {
    case 'heading': return n.plain;
    case 'para': return n.plain;
    case 'list': return n.items.map((i) => [i.plain, ...i.children.map(flatPlain)].join(' ')).join('; ');
    case 'table': return n.plainRows.map((r) => r.join(' | ')).join('; ');
    case 'footnote': return n.text;
  }
}
