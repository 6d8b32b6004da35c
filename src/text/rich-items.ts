import { noChange, type ChildPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { LocalText } from '../bundle/types.js';
import { langMark, pickWithLang, textLang } from './local.js';
import { parseInline } from './markup.js';
import { append, type XRef } from './rich-dom.js';
/**
 * List items (<li>), or a table row's cells (<td>; the first a <th scope="row"> with
 * `rowHeader`), of rich text, built as nodes in one binding: a template per item costs two
 * comment markers and a template instance each, and lists are a good part of a policy. Each
 * item is in language `lang` (marked with its own where it is in another, as sayRich does),
 * with `highlight` marked and references linked through `xref`. Footnote references are left
 * out (as rich() does without a footnote renderer): the caller renders items holding any as
 * templates. Built again only when one of the arguments changes.
 */
class RichItems extends Directive {
  private key?: readonly unknown[];

  render(_items: readonly LocalText[], _lang: string, _base: string, _highlight?: string, _xref?: XRef, _tag?: 'li' | 'td', _rowHeader?: boolean): unknown {
    return noChange; // client-side only: update() does the work
  }

  override update(_part: ChildPart, args: [readonly LocalText[], string, string, string?, XRef?, ('li' | 'td')?, boolean?]): unknown {
    if (this.key && args.every((a, i) => a === this.key![i])) return noChange;
    this.key = args;
    const [items, lang, base, highlight = '', xref, tag = 'li', rowHeader] = args;
    const out = document.createDocumentFragment();
    for (const [k, item] of items.entries()) {
      const li = document.createElement(k === 0 && rowHeader ? 'th' : tag);
      if (k === 0 && rowHeader) li.setAttribute('scope', 'row');
      const [src, found] = pickWithLang(item, lang);
      const mark = langMark(textLang(found, base), lang);
      let to: Node = li;
      if (mark) {
        const span = document.createElement('span');
        span.setAttribute('lang', mark);
        li.appendChild(span);
        to = span;
      }
      const hl = highlight && src.toLowerCase().includes(highlight) ? highlight : '';
      append(to, parseInline(src), hl, xref, false);
      out.appendChild(li);
    }
    return out;
  }
}

/** List items or table cells of rich text as nodes in one binding (see RichItems). */
export const richItems = directive(RichItems);
