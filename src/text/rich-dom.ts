import { noChange, type ChildPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { Inline } from './markup.js';
import { isExternalUrl, isSafeUrl } from './urls.js';

/**
 * Inline markup built as DOM nodes (text nodes, <strong>, <em>, <a>) in one Lit binding: a
 * template per token would add two comment markers for each bold word or link, and rich text
 * is most of a policy. Nothing goes through an HTML parser: text is only ever a text node.
 * The nodes are built again only when the text changes.
 */
class RichNodes extends Directive {
  private key?: string;

  render(_src: string, _tokens: readonly Inline[], _highlight?: string): unknown {
    return noChange; // client-side only: update() does the work
  }

  override update(_part: ChildPart, [src, tokens, highlight = '']: [string, readonly Inline[], string?]): unknown {
    const key = `${highlight}\0${src}`;
    if (key === this.key) return noChange;
    this.key = key;
    const out = document.createDocumentFragment();
    append(out, tokens, highlight);
    return out;
  }
}

/** Text, with each case-insensitive occurrence of `needle` (lower-cased) in <mark part="match">. */
function appendText(to: Node, text: string, needle: string): void {
  const lower = needle ? text.toLowerCase() : '';
  let from = 0;
  for (let at = needle ? lower.indexOf(needle) : -1; at >= 0; at = lower.indexOf(needle, from)) {
    if (at > from) to.appendChild(document.createTextNode(text.slice(from, at)));
    const m = document.createElement('mark');
    m.setAttribute('part', 'match');
    m.textContent = text.slice(at, at + needle.length);
    to.appendChild(m);
    from = at + needle.length;
  }
  if (from < text.length || !text) to.appendChild(document.createTextNode(text.slice(from)));
}

function append(to: Node, tokens: readonly Inline[], needle: string): void {
  for (const t of tokens) {
    switch (t.t) {
      case 'text':
        appendText(to, t.v, needle);
        break;
      case 'b':
      case 'i': {
        const el = document.createElement(t.t === 'b' ? 'strong' : 'em');
        append(el, t.c, needle);
        to.appendChild(el);
        break;
      }
      case 'a': {
        // A link with a disallowed scheme is dropped; its words remain.
        if (!isSafeUrl(t.href)) {
          append(to, t.c, needle);
          break;
        }
        const a = document.createElement('a');
        a.setAttribute('part', 'link');
        a.setAttribute('href', t.href);
        if (isExternalUrl(t.href)) a.setAttribute('rel', 'noopener noreferrer');
        append(a, t.c, needle);
        to.appendChild(a);
        break;
      }
      // Footnote references need the element's own template (richNodes is not used for them).
    }
  }
}

/**
 * Markup tokens (no footnote references) as DOM nodes in one binding, search matches of
 * `highlight` (lower-cased) marked; `src` is their text, to tell when they change.
 */
export const richNodes = directive(RichNodes);

/** Whether tokens hold a footnote reference anywhere. */
export const hasFootnote = (ts: readonly Inline[]): boolean => ts.some((t) => t.t === 'fn' || ('c' in t && hasFootnote(t.c)));
