import { noChange, type ChildPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { autolink } from './autolink.js';
import { parseOnce, type Inline } from './markup.js';
import { isExternalUrl, isSafeUrl } from './urls.js';

/**
 * Inline markup built as DOM nodes (text nodes, <strong>, <em>, <a>) in one Lit binding: a
 * template per token would add two comment markers for each bold word or link, and rich text
 * is most of a policy. Nothing goes through an HTML parser: text is only ever a text node.
 * The nodes are built again only when the text changes.
 */
class RichNodes extends Directive {
  // What the nodes were built from, each kept as it is: one key made by joining them was a copy
  // of every text on the page (about 5 KiB of heap for 30 statements).
  private src?: string;
  private hl?: string;
  private autolinks?: boolean;
  private xref?: XRef;

  render(_src: string, _tokens: readonly Inline[] | undefined, _highlight?: string, _xref?: XRef, _autolinks?: boolean): unknown {
    return noChange; // client-side only: update() does the work
  }

  override update(_part: ChildPart, [src, tokens, highlight = '', xref, autolinks = true]: [string, (readonly Inline[])?, string?, XRef?, boolean?]): unknown {
    // A search that does not occur in the text changes nothing in it.
    const hl = highlight && src.toLowerCase().includes(highlight) ? highlight : '';
    if (src === this.src && hl === this.hl && autolinks === this.autolinks && xref === this.xref) return noChange;
    this.src = src;
    this.hl = hl;
    this.autolinks = autolinks;
    this.xref = xref;
    const out = document.createDocumentFragment();
    // Parsed here, when the text changes (rich() passes none): not on every render, nor kept.
    append(out, tokens ?? parseOnce(src), hl, xref, !autolinks);
    return out;
  }
}

/** The anchor of a shown number ("4.2", "appendix 4"), for links from references in the text (autolink.ts). */
export type XRef = (ref: string) => string | undefined;

/** The most search matches marked in one text: a one-letter search of a huge text would otherwise add an element per letter. */
const MAX_MATCHES = 1000;

/** Text, with each case-insensitive occurrence of `needle` (lower-cased) in <mark part="match">. */
function appendText(to: Node, text: string, needle: string): void {
  const lower = needle ? text.toLowerCase() : '';
  let from = 0;
  let marks = 0;
  for (let at = needle ? lower.indexOf(needle) : -1; at >= 0 && marks++ < MAX_MATCHES; at = lower.indexOf(needle, from)) {
    if (at > from) to.appendChild(document.createTextNode(text.slice(from, at)));
    const m = document.createElement('mark');
    m.setAttribute('part', 'match');
    m.textContent = text.slice(at, at + needle.length);
    to.appendChild(m);
    from = at + needle.length;
  }
  if (from < text.length || !text) to.appendChild(document.createTextNode(text.slice(from)));
}

/** A link element to a checked address; links leaving the site get rel="noopener noreferrer". */
function anchor(href: string, cls?: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.setAttribute('part', 'link');
  if (cls) a.className = cls;
  a.setAttribute('href', href);
  if (isExternalUrl(href)) a.setAttribute('rel', 'noopener noreferrer');
  return a;
}

/** How a footnote reference is shown as a node (none: left out). */
export type FootnoteNode = (id: string) => unknown;

/**
 * Tokens as nodes appended to `to` (see richNodes), footnote references as `footnote` makes them.
 * Text and bold or italic words here; links, footnote references and text that may hold an
 * address in functions of their own, so that V8 keeps machine code for this small loop, run for
 * every piece of rich text, and not for what most text never has.
 */
export function append(to: Node, tokens: readonly Inline[], needle: string, xref: XRef | undefined, inLink: boolean, footnote?: FootnoteNode): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.t === 'text') {
      const pieces = inLink ? undefined : autolink(t.v, xref);
      // Bare addresses and references become links (text/autolink.ts), but not inside a written link.
      if (!pieces || (pieces.length === 1 && typeof pieces[0] === 'string')) appendText(to, t.v, needle);
      else appendPieces(to, pieces, needle);
    } else if (t.t === 'b' || t.t === 'i') {
      const el = document.createElement(t.t === 'b' ? 'strong' : 'em');
      append(el, t.c, needle, xref, inLink, footnote);
      to.appendChild(el);
    } else appendOther(to, t, needle, xref, inLink, footnote);
  }
}

/** Text with the links autolink() found in it. */
function appendPieces(to: Node, pieces: ReturnType<typeof autolink>, needle: string): void {
  for (const p of pieces) {
    if (typeof p === 'string') appendText(to, p, needle);
    else {
      const a = anchor(p.href, 'auto');
      appendText(a, p.text, needle);
      to.appendChild(a);
    }
  }
}

/** A written link or a footnote reference (see append). */
function appendOther(to: Node, t: Inline, needle: string, xref: XRef | undefined, inLink: boolean, footnote?: FootnoteNode): void {
  if (t.t === 'a') {
    // A link with a disallowed scheme is dropped; its words remain.
    if (!isSafeUrl(t.href)) return append(to, t.c, needle, xref, inLink, footnote);
    const a = anchor(t.href);
    append(a, t.c, needle, xref, true, footnote);
    to.appendChild(a);
  } else if (t.t === 'fn') {
    const n = footnote?.(t.id);
    if (n instanceof Node) to.appendChild(n);
  }
}

/**
 * Markup tokens (no footnote references) as DOM nodes in one binding, search matches of
 * `highlight` (lower-cased) marked, bare addresses and references (`xref`) linked unless
 * `autolinks` is false; `src` is their text, to tell when they change, and parsed when no
 * tokens are given.
 */
export const richNodes = directive(RichNodes);

/** Whether tokens hold a footnote reference anywhere. */
export const hasFootnote = (ts: readonly Inline[]): boolean => ts.some((t) => t.t === 'fn' || ('c' in t && hasFootnote(t.c)));

