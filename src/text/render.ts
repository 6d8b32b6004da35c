import { html, nothing, type TemplateResult } from 'lit';
import { parseInline, type Inline } from './markup.js';
import { hasFootnote, richNodes } from './rich-dom.js';
import { isExternalUrl, isSafeUrl } from './urls.js';

export interface RichOptions {
  /** Words to mark (search matches), already lower-cased; empty for none. */
  highlight?: string;
  /** How to show a footnote reference [^id]; without it the reference is left out. */
  footnote?: (id: string) => TemplateResult | typeof nothing;
}

type Part = unknown; // a template, text, nothing, or nodes built in one binding (rich-dom.ts)

/**
 * Render inline markup with Lit: text stays text (Lit escapes it), links are checked, and
 * nothing ever goes through an HTML parser.
 */
export function rich(src: string, opts: RichOptions = {}): unknown {
  const ts = parseInline(src);
  // Plain text, the usual case, is one text binding rather than a list of one; other markup
  // and search matches are built as nodes in one binding, unless footnotes need templates.
  if (opts.footnote && hasFootnote(ts)) return tokens(ts, opts);
  const plain = ts.length === 1 && ts[0].t === 'text';
  if (plain && !(opts.highlight && src.toLowerCase().includes(opts.highlight))) return src;
  return richNodes(src, ts, opts.highlight);
}

function tokens(ts: Inline[], opts: RichOptions): Part[] {
  return ts.map((t) => token(t, opts));
}

function token(t: Inline, opts: RichOptions): Part {
  switch (t.t) {
    case 'text':
      return opts.highlight ? mark(t.v, opts.highlight) : t.v;
    case 'b':
      return html`<strong>${tokens(t.c, opts)}</strong>`;
    case 'i':
      return html`<em>${tokens(t.c, opts)}</em>`;
    case 'a':
      // A link with a disallowed scheme is dropped; its words remain.
      if (!isSafeUrl(t.href)) return html`${tokens(t.c, opts)}`;
      return link(t.href, tokens(t.c, opts));
    case 'fn':
      return opts.footnote ? opts.footnote(t.id) : nothing;
  }
}

/** A link to a checked URL; links leaving the site get rel="noopener noreferrer". */
export function link(href: string, content: unknown, part = 'link'): TemplateResult {
  return isExternalUrl(href)
    ? html`<a part=${part} href=${href} rel="noopener noreferrer">${content}</a>`
    : html`<a part=${part} href=${href}>${content}</a>`;
}

/** Wrap each case-insensitive occurrence of `needle` (lower-cased) in <mark part="match">, in one binding. */
export function mark(text: string, needle: string): unknown {
  return needle && text.toLowerCase().includes(needle) ? richNodes(text, [{ t: 'text', v: text }], needle) : text;
}
