/**
 * The bundle's inline markup: a tiny, HTML-free syntax for rich text.
 *
 *   **bold**   *italic* (or _italic_)   [link text](https://example.org)   [^footnote-id]
 *
 * It is parsed into tokens that Lit renders as text nodes and elements. Nothing here ever
 * becomes HTML source, so `<script>` in a bundle is just those characters on the page.
 * Hand-written rather than a markdown library: those either emit HTML strings (which we must
 * never insert) or cost 10–30 KiB gzip for syntax a policy does not need.
 */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'b' | 'i'; c: Inline[] }
  | { t: 'a'; href: string; c: Inline[] }
  | { t: 'fn'; id: string };

const cache = new Map<string, Inline[]>();
const WORD = /[\p{L}\p{N}]/u;

/** Parse inline markup, memoised per string (bundles repeat little, but re-renders repeat a lot). */
export function parseInline(src: string): Inline[] {
  let out = cache.get(src);
  if (!out) {
    out = parse(src, 0, src.length);
    if (cache.size > 5000) cache.clear();
    cache.set(src, out);
  }
  return out;
}

// Ordinary characters are copied a run at a time: one `text += ch` per character allocated
// about 18 bytes per input character, the main cost of validating a large bundle.
const SPECIAL = /[\\*_[]/g;

function parse(s: string, from: number, to: number): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ t: 'text', v: text });
    text = '';
  };
  let i = from;
  while (i < to) {
    SPECIAL.lastIndex = i;
    const hit = SPECIAL.exec(s);
    const j = hit && hit.index < to ? hit.index : to;
    if (j > i) {
      text += s.slice(i, j);
      i = j;
      continue;
    }
    const ch = s[i];
    if (ch === '\\' && i + 1 < to) {
      text += s[i + 1];
      i += 2;
      continue;
    }
    if (ch === '*' && s[i + 1] === '*') {
      const end = s.indexOf('**', i + 2);
      if (end > i + 2 && end < to) {
        flush();
        out.push({ t: 'b', c: parse(s, i + 2, end) });
        i = end + 2;
        continue;
      }
    }
    // _italic_ only between word boundaries, so snake_case_names stay as written.
    if ((ch === '*' || (ch === '_' && !WORD.test(s[i - 1] ?? ''))) && s[i + 1] !== ch && s[i + 1] !== ' ') {
      const end = s.indexOf(ch, i + 1);
      if (end > i + 1 && end < to && s[end - 1] !== ' ' && (ch === '*' || !WORD.test(s[end + 1] ?? ''))) {
        flush();
        out.push({ t: 'i', c: parse(s, i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[') {
      if (s[i + 1] === '^') {
        const end = s.indexOf(']', i + 2);
        if (end > i + 2 && end < to) {
          flush();
          out.push({ t: 'fn', id: s.slice(i + 2, end) });
          i = end + 1;
          continue;
        }
      }
      const close = s.indexOf('](', i + 1);
      const end = close < 0 ? -1 : s.indexOf(')', close + 2);
      if (close > i && end > close && end < to) {
        flush();
        out.push({ t: 'a', href: s.slice(close + 2, end).trim(), c: parse(s, i + 1, close) });
        i = end + 1;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return out;
}

/** Visit every token of a piece of markup, depth first. */
function visit(src: string, fn: (t: Inline) => void): void {
  const walk = (ts: Inline[]) => {
    for (const t of ts) {
      fn(t);
      if ('c' in t) walk(t.c);
    }
  };
  walk(parseInline(src));
}

/** Every link target written in a piece of markup (used by the bundle checks). */
export function linksIn(src: string): string[] {
  const hrefs: string[] = [];
  visit(src, (t) => t.t === 'a' && hrefs.push(t.href));
  return hrefs;
}

/** Every footnote reference ([^id]) in a piece of markup. */
export function footnotesIn(src: string): string[] {
  const ids: string[] = [];
  visit(src, (t) => t.t === 'fn' && ids.push(t.id));
  return ids;
}

/** The plain words of a piece of markup, for search. */
export function plainText(src: string): string {
  let s = '';
  visit(src, (t) => {
    if (t.t === 'text') s += t.v;
  });
  return s;
}
