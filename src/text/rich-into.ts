import type { LocalText } from '../bundle/types.js';
import { langMark, pickWithLang, textLang } from './local.js';
import { parseInline } from './markup.js';
import { append, type FootnoteNode, type XRef } from './rich-dom.js';

/**
 * `to` with rich text appended as nodes (a list item, a table cell, a paragraph: see
 * ui/block-nodes.ts): the text for language `lang` (plain strings are in `base`), in a
 * <span lang> where it is in another (as sayRich marks it), `highlight` (lower-cased) marked,
 * references linked through `xref`, footnote references as `footnote` makes them (else left
 * out). Nothing goes through an HTML parser. Returns `to`.
 */
export function richInto<E extends Node>(to: E, item: LocalText | undefined, lang: string, base: string, highlight = '', xref?: XRef, footnote?: FootnoteNode): E {
  const [src, found] = pickWithLang(item, lang);
  const mark = langMark(textLang(found, base), lang);
  let at: Node = to;
  if (mark) {
    const span = document.createElement('span');
    span.setAttribute('lang', mark);
    at = to.appendChild(span);
  }
  const hl = highlight && src.toLowerCase().includes(highlight) ? highlight : '';
  append(at, parseInline(src), hl, xref, false, footnote);
  return to;
}
