import type { LocalText } from '../bundle/types.js';
import { langMark, pickWithLang, textLang } from './local.js';
import { parseInline } from './markup.js';
import { append, type FootnoteNode, type XRef } from './rich-dom.js';

/**
 * Where to put text in language `tl` inside `to`, in an element speaking `lang`: `to` itself,
 * or a <span lang> appended to it when they are not one language (WCAG 3.1.2, as inLang marks it).
 */
export function inLangNode(to: Node, tl: string, lang: string): Node {
  const mark = langMark(tl, lang);
  if (!mark) return to;
  const span = document.createElement('span');
  span.setAttribute('lang', mark);
  return to.appendChild(span);
}

/**
 * `to` with rich text appended as nodes (a list item, a table cell, a paragraph: see
 * ui/block-nodes.ts): the text for language `lang` (plain strings are in `base`), in a
 * <span lang> where it is in another (as sayRich marks it), `highlight` (lower-cased) marked,
 * references linked through `xref`, footnote references as `footnote` makes them (else left
 * out). Nothing goes through an HTML parser. Returns `to`.
 */
export function richInto<E extends Node>(to: E, item: LocalText | undefined, lang: string, base: string, highlight = '', xref?: XRef, footnote?: FootnoteNode): E {
  const [src, found] = pickWithLang(item, lang);
  const at = inLangNode(to, textLang(found, base), lang);
  const hl = highlight && src.toLowerCase().includes(highlight) ? highlight : '';
  append(at, parseInline(src), hl, xref, false, footnote);
  return to;
}
