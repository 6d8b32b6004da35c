import { html, isServer, nothing, type TemplateResult } from 'lit';
import { autolink } from './autolink.js';
import { isPlain, parseInline, type Inline } from './markup.js';
import { hasFootnote, richNodes } from './rich-dom.js';
import { isExternalUrl, isSafeUrl } from './urls.js';

export interface RichOptions {
  /** Words to mark (search matches), already lower-cased; empty for none. */
  highlight?: string;
  /** How to show a footnote reference [^id] (a template, or on a page a node); without it the reference is left out. */
  footnote?: (id: string) => TemplateResult | Node | typeof nothing;
  /** The anchor of a shown number ("4.2", "appendix 4"), for links from references in the text. */
  xref?: (ref: string) => string | undefined;
  /** Inside a written link: no further links. */
  inLink?: boolean;
}

type Part = unknown; // a template, text, nothing, or nodes built in one binding (rich-dom.ts)

/**
 * Render inline markup with Lit: text stays text (Lit escapes it), links are checked, and
 * nothing ever goes through an HTML parser.
 */
export function rich(src: string, opts: RichOptions = {}): unknown {
  // Plain text, the usual case, is one text binding rather than a list of one; other markup
  // and search matches are built as nodes in one binding (which parses the text when it
  // changes), unless footnotes need templates, or there are no nodes to build (the command
  // line's static render: templates only).
  const plain = isPlain(src);
  // Text that may have footnote references is parsed (and kept: a policy is rendered again at
  // each search key) to find them; other text is parsed only by the nodes, when it changes.
  const ts = isServer || (opts.footnote && !plain) ? parseInline(src) : undefined;
  if (isServer || (ts && hasFootnote(ts))) return tokens(ts ?? parseInline(src), opts);
  const links = (s: string) => !opts.inLink && autolink(s, opts.xref).some((p) => typeof p !== 'string');
  if (plain && src && !(opts.highlight && src.toLowerCase().includes(opts.highlight)) && !links(src)) return src;
  return richNodes(src, ts, opts.highlight, opts.xref);
}

function tokens(ts: Inline[], opts: RichOptions): Part[] {
  return ts.map((t) => token(t, opts));
}

function token(t: Inline, opts: RichOptions): Part {
  switch (t.t) {
    case 'text': {
      // Bare addresses and references become links (text/autolink.ts), but not inside a written link.
      const ps = opts.inLink ? [t.v] : autolink(t.v, opts.xref);
      return ps.length === 1 && typeof ps[0] === 'string'
        ? words(ps[0], opts)
        : html`${ps.map((p) => (typeof p === 'string' ? words(p, opts) : link(p.href, words(p.text, opts), 'link', 'auto')))}`;
    }
    case 'b':
      return html`<strong>${tokens(t.c, opts)}</strong>`;
    case 'i':
      return html`<em>${tokens(t.c, opts)}</em>`;
    case 'a':
      // A link with a disallowed scheme is dropped; its words remain.
      if (!isSafeUrl(t.href)) return html`${tokens(t.c, opts)}`;
      return link(t.href, tokens(t.c, { ...opts, inLink: true }));
    case 'fn':
      return opts.footnote ? opts.footnote(t.id) : nothing;
  }
}

const words = (v: string, opts: RichOptions): Part => (opts.highlight ? mark(v, opts.highlight) : v);

/** A link to a checked URL; links leaving the site get rel="noopener noreferrer". `cls` "auto": a link made from a bare address (its words are the address). */
export function link(href: string, content: unknown, part = 'link', cls?: string): TemplateResult {
  return isExternalUrl(href)
    ? html`<a part=${part} class=${cls ?? nothing} href=${href} rel="noopener noreferrer">${content}</a>`
    : html`<a part=${part} class=${cls ?? nothing} href=${href}>${content}</a>`;
}

/** Wrap each case-insensitive occurrence of `needle` (lower-cased) in <mark part="match">, in one binding. */
export function mark(text: string, needle: string): unknown {
  // (A static render has no search, so no matches to mark.)
  return !isServer && needle && text.toLowerCase().includes(needle) ? richNodes(text, [{ t: 'text', v: text }], needle, undefined, false) : text;
}
