import { msg } from '@lit/localize';
import { render } from 'lit';
import { isItemObject } from '../bundle/list-item.js';
import type { Block, LocalText, RichText } from '../bundle/types.js';
import { inLangNode, richInto } from '../text/rich-into.js';
import { chosenContacts, type BlockContext } from './blocks.js';
import { contactList } from './contact-list.js';
import { apartName } from './landmarks.js';
import { localText } from './local-text.js';

/*
 * A policy's or topic's blocks built as DOM nodes on the page, as the templates of blocks.ts
 * (the static render's, which has no DOM) would render them: a template instance for each of a
 * long policy's thousands of blocks, with its markers and parts, was much of showing it. A
 * search that marks a block builds it again (the element's guard). test/block-nodes.test.ts
 * compares the two.
 */

/** A new element `tag` with a class and a part if given, appended to `to` if given (also the policy's contents and footnote references, and numbers). */
export const make = <K extends keyof HTMLElementTagNameMap>(tag: K, to?: Node, cls?: string, part?: string): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  if (part) el.setAttribute('part', part);
  to?.appendChild(el);
  return el;
};

/** Rich text appended to `to` as nodes, in the context's language (text/rich-into.ts). */
const rich = <E extends Node>(to: E, t: RichText | undefined, ctx: BlockContext): E =>
  richInto(to, t, ctx.lang, ctx.base ?? 'en-GB', ctx.highlight, ctx.xref, ctx.footnote);

/** Local text (no markup) appended to `to`, in a <span lang> where it is in another language than the context's (as say() renders it). */
function plain<E extends Node>(to: E, t: LocalText, ctx: BlockContext): E {
  const [s, tl] = localText(t, ctx);
  inLangNode(to, tl, ctx.lang).appendChild(document.createTextNode(s));
  return to;
}

/** Items of rich text as <li> in a list. */
const items = (list: HTMLElement, texts: readonly RichText[], ctx: BlockContext) => {
  for (const t of texts) rich(make('li', list), t, ctx);
  return list;
};

/** Blocks inside a block, appended to `to`: unnumbered (only a section's own clauses are numbered). */
const inner = (to: Node, bs: readonly Block[] | undefined, ctx: BlockContext, num: (n: string) => Node) => {
  if (!bs?.length) return;
  const c = { ...ctx, clause: undefined };
  bs.forEach((b, i) => to.appendChild(blockNodes(b, i, c, num)));
};

/** Block `b` (at `index` among its section's) as nodes, with `num` to make its shown number. */
export function blockNodes(b: Block, index: number, ctx: BlockContext, num: (n: string) => Node): Node {
  switch (b.type) {
    case 'paragraph':
      return rich(make('p'), b.text, ctx);
    case 'list': {
      const list = make(b.ordered ? 'ol' : 'ul', undefined, undefined, 'list');
      for (const i of b.items) {
        const li = make('li', list);
        if (!isItemObject(i)) rich(li, i as RichText, ctx);
        else {
          rich(i.blocks ? make('p', li) : li, i.text, ctx);
          inner(li, i.blocks, ctx, num);
        }
      }
      return list;
    }
    case 'clause': {
      const n = ctx.clause?.(index);
      const div = make('div', undefined, 'clause', 'clause');
      if (n?.anchor) div.id = n.anchor;
      if (n) div.setAttribute('tabindex', '-1');
      if (n?.num) div.appendChild(num(n.num));
      const body = make('div', div, 'clause-body');
      rich(make('p', body), b.text, ctx);
      if (b.items?.length) items(make('ul', body), b.items, ctx);
      inner(body, b.blocks, ctx, num);
      return div;
    }
    case 'note': {
      const aside = make('aside', undefined, `note ${b.variant ?? 'info'}`, 'note');
      const title = make('strong', aside, 'note-title');
      if (b.title) plain(title, b.title, ctx);
      else title.append(b.variant === 'important' ? msg('Important') : msg('Note'));
      rich(make('p', aside), b.text, ctx);
      inner(aside, b.blocks, ctx, num);
      return aside;
    }
    case 'table': {
      const wrap = make('div', undefined, 'table-wrap', 'table-wrap');
      wrap.tabIndex = 0;
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('aria-label', apartName(b.caption ? localText(b.caption, ctx)[0] : msg('Table'), ctx.apart ?? ''));
      const table = make('table', wrap, undefined, 'table');
      if (b.caption) plain(make('caption', table), b.caption, ctx);
      const head = make('tr', make('thead', table));
      for (const h of b.head) plain(make('th', head), h, ctx).setAttribute('scope', 'col');
      const body = make('tbody', table);
      for (const r of b.rows) {
        const tr = make('tr', body);
        r.forEach((c, k) => {
          const cell = make(k === 0 && b.rowHeaders ? 'th' : 'td', tr);
          if (k === 0 && b.rowHeaders) cell.setAttribute('scope', 'row');
          rich(cell, c, ctx);
        });
      }
      return wrap;
    }
    case 'contacts': {
      // The contact list is the element's template (also shown without a block): rendered here once, as nodes.
      const out = document.createDocumentFragment();
      render(contactList(chosenContacts(b, ctx.contacts), ctx), out);
      return out;
    }
    case 'footnote':
      // A footnote's text is shown with the others at the end.
      return document.createDocumentFragment();
  }
}
