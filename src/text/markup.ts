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
/** A character that may start markup (\\ * _ [): text without one is plain, and needs no parsing. */
const MARKUP = /[\\*_[]/;

/**
 * The most parsed strings kept. Only text with markup is kept (plain text needs no parsing), and
 * a big policy (2,000 sections) has some 10,000 such strings: when the cache was smaller than the
 * policy, each render emptied it and parsed everything again.
 */
const CACHE_MAX = 20000;

/** Whether a piece of text holds no markup at all (the usual case): it is its own words. */
export const isPlain = (src: string): boolean => !MARKUP.test(src);

/** Parse inline markup, memoised per string (bundles repeat little, but re-renders repeat a lot). */
export function parseInline(src: string): Inline[] {
  if (isPlain(src)) return parseOnce(src);
  let out = cache.get(src);
  if (!out) {
    out = parseOnce(src);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(src, out);
  }
  return out;
}

/**
 * Parse inline markup, not kept: for a caller that keeps what it builds from it and parses again
 * only when the text changes (rich text built as nodes, text/rich-dom.ts), so that a page does
 * not hold every text's tokens as well (14 KiB of heap for 30 statements).
 */
export function parseOnce(src: string): Inline[] {
  return isPlain(src) ? (src ? [{ t: 'text', v: src }] : []) : parse(src, 0, src.length);
}

/**
 * Where each closing marker occurs in one string, found once: `next(pat, from)` answers what
 * `s.indexOf(pat, from)` would. Without it, every unclosed `[` or `*` scanned the rest of the
 * text (a million `[` took seconds). Parsing asks in left-to-right order almost always, so a
 * cursor per marker answers in O(1) amortised; a binary search covers the rest.
 */
class Finder {
  /** Marks (bold, italic, links, footnote references) found so far in this string (see MAX_MARKS). */
  marks = 0;
  private at = new Map<string, { list: number[]; k: number }>();
  constructor(private s: string) {}

  next(pat: string, from: number): number {
    let m = this.at.get(pat);
    if (!m) this.at.set(pat, (m = { list: this.positions(pat), k: 0 }));
    const { list } = m;
    let k = m.k;
    if (k > 0 && list[k - 1] >= from) k = 0; // asked behind the cursor: search from the start
    let steps = 0;
    while (k < list.length && list[k] < from && steps++ < 8) k++;
    if (k < list.length && list[k] < from) {
      let hi = list.length;
      while (k < hi) {
        const mid = (k + hi) >>> 1;
        if (list[mid] < from) k = mid + 1;
        else hi = mid;
      }
    }
    m.k = k;
    return k < list.length ? list[k] : -1;
  }

  /** Every index where `pat` starts, overlaps included (as indexOf finds them); for '', every character that may start markup. */
  private positions(pat: string): number[] {
    const out: number[] = [];
    const s = this.s;
    if (!pat) {
      for (const m of s.matchAll(SPECIALS)) out.push(m.index);
      return out;
    }
    for (let k = s.indexOf(pat[0]); k >= 0; k = s.indexOf(pat[0], k + 1)) if (s.startsWith(pat, k)) out.push(k);
    return out;
  }
}

/**
 * The most marks one piece of text may hold; after that its markup is shown as typed. Each
 * mark becomes an element, and a megabyte of `**a**` (200,000 of them) took seconds to show.
 */
export const MAX_MARKS = 1000;

/** Whether a character code may start markup: \\ * _ [ */
const special = (c: number) => c === 92 || c === 42 || c === 95 || c === 91;
/** Every character that may start markup (see special). */
const SPECIALS = /[\\*_[]/g;

function parse(s: string, from: number, to: number, find = new Finder(s)): Inline[] {
  const out: Inline[] = [];
  // Plain text is gathered as a run of the source (`run` to `i`), sliced once: adding one
  // character at a time cost 18 bytes per input character.
  let text = '';
  let run = from;
  const token = (t: Inline, next: number) => {
    text += s.slice(run, i);
    if (text) out.push({ t: 'text', v: text });
    out.push(t);
    find.marks++;
    text = '';
    i = run = next;
  };
  let i = from;
  while (i < to) {
    if (!special(s.charCodeAt(i))) {
      // On to the next character that may start markup: the regular expression finds it far
      // quicker than a loop over each character, above all in a fresh page.
      const next = find.next('', i);
      i = next < 0 || next > to ? to : next;
      continue;
    }
    if (find.marks >= MAX_MARKS) break;
    const ch = s[i];
    if (ch === '\\' && i + 1 < to) {
      text += s.slice(run, i) + s[i + 1];
      i = run = i + 2;
      continue;
    }
    if (ch === '*' && s[i + 1] === '*') {
      const end = find.next('**', i + 2);
      if (end > i + 2 && end < to) {
        token({ t: 'b', c: parse(s, i + 2, end, find) }, end + 2);
        continue;
      }
    }
    const other = otherMark(s, i, to, find);
    if (other) {
      token(other[0], other[1]);
      continue;
    }
    i++;
  }
  text += s.slice(run, to);
  if (text) out.push({ t: 'text', v: text });
  return out;
}

/**
 * Italics, a link or a footnote reference starting at `i` (the character there is * _ or [), with
 * where the text goes on after it; undefined when there is none. A function of its own, so that
 * V8 keeps machine code for parse()'s loop (plain runs and bold words, most of a policy) without it.
 */
function otherMark(s: string, i: number, to: number, find: Finder): [Inline, number] | undefined {
  const ch = s[i];
  // _italic_ only between word boundaries, so snake_case_names stay as written.
  if ((ch === '*' || (ch === '_' && !WORD.test(s[i - 1] ?? ''))) && s[i + 1] !== ch && s[i + 1] !== ' ') {
    const end = find.next(ch, i + 1);
    if (end > i + 1 && end < to && s[end - 1] !== ' ' && (ch === '*' || !WORD.test(s[end + 1] ?? ''))) return [{ t: 'i', c: parse(s, i + 1, end, find) }, end + 1];
  }
  if (ch !== '[') return undefined;
  if (s[i + 1] === '^') {
    const end = find.next(']', i + 2);
    if (end > i + 2 && end < to) return [{ t: 'fn', id: s.slice(i + 2, end) }, end + 1];
  }
  const close = find.next('](', i + 1);
  const end = close < 0 ? -1 : find.next(')', close + 2);
  return close > i && end > close && end < to ? [{ t: 'a', href: s.slice(close + 2, end).trim(), c: parse(s, i + 1, close, find) }, end + 1] : undefined;
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
  if (isPlain(src)) return src;
  let s = '';
  visit(src, (t) => {
    if (t.t === 'text') s += t.v;
  });
  return s;
}
