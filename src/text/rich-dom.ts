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
  private src?: string;

  render(_src: string, _tokens: readonly Inline[]): unknown {
    return noChange; // client-side only: update() does the work
  }

  override update(_part: ChildPart, [src, tokens]: [string, readonly Inline[]]): unknown {
    if (src === this.src) return noChange;
    this.src = src;
    const out = document.createDocumentFragment();
    append(out, tokens);
    return out;
  }
}

function append(to: Node, tokens: readonly Inline[]): void {
  for (const t of tokens) {
    switch (t.t) {
      case 'text':
        to.appendChild(document.createTextNode(t.v));
        break;
      case 'b':
      case 'i': {
        const el = document.createElement(t.t === 'b' ? 'strong' : 'em');
        append(el, t.c);
        to.appendChild(el);
        break;
      }
      case 'a': {
        // A link with a disallowed scheme is dropped; its words remain.
        if (!isSafeUrl(t.href)) {
          append(to, t.c);
          break;
        }
        const a = document.createElement('a');
        a.setAttribute('part', 'link');
        a.setAttribute('href', t.href);
        if (isExternalUrl(t.href)) a.setAttribute('rel', 'noopener noreferrer');
        append(a, t.c);
        to.appendChild(a);
        break;
      }
      // Footnote references need the element's own template (richNodes is not used for them).
    }
  }
}

/** Markup tokens (no footnote references) as DOM nodes in one binding; `src` is their text, to tell when they change. */
export const richNodes = directive(RichNodes);

/** Whether tokens hold a footnote reference anywhere. */
export const hasFootnote = (ts: readonly Inline[]): boolean => ts.some((t) => t.t === 'fn' || ('c' in t && hasFootnote(t.c)));
