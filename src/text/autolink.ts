/**
 * Links found in plain text (the text runs of the inline markup): bare web addresses
 * ("https://…", "www.…"), email addresses, and references to a numbered part of the policy
 * ("see 4.2", "section 12", "Appendix 4"). Only https:, http: and mailto: links are made, the
 * same safe schemes as written links. Every pattern starts at a boundary (a look-behind), so a
 * failed match costs one step and a run is scanned in linear time.
 */
export type Piece = string | { href: string; text: string; xref?: boolean };

const FIND =
  /(?<![\w/.@-])(?:(https?:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:see(?: also)?|sections?|paragraphs?|paras?\.?|clauses?)\s+(\d+(?:\.\d+)*)|appendix\s+([a-z]|\d+)\b)/gi;

/** Characters that end a sentence rather than an address: "(see https://x.example)." */
const TRAIL = /[.,;:!?'"\])}]+$/;

/** A web address as written, without punctuation that follows it (a ")" stays when the address opened one). */
function trimUrl(s: string): string {
  let out = s.replace(TRAIL, '');
  const tail = s.slice(out.length);
  if (tail.startsWith(')') && out.split('(').length > out.split(')').length) out += ')';
  return out;
}

type XRef = (ref: string) => string | undefined;

/** What every link found starts with or holds: "://", "www.", "@", or a reference word. */
const MAYBE = /@|:\/\/|www\.|\bsee|\bsection|\bpara|\bclause|\bappendix/i;

/**
 * Split a text run into text and links. `xref` turns a shown number ("4.2", "appendix 4"; lower
 * case) into the anchor of that part of the policy, or undefined when there is none (no link).
 */
export function autolink(text: string, xref?: XRef): Piece[] {
  // Cheap test first: most runs hold nothing to link (every match needs one of these). The rest
  // is a function of its own, run only for those that may: V8 then compiles (and keeps) machine
  // code for this small one, called for every run of text, not for the whole search.
  return MAYBE.test(text) ? links(text, xref) : [text];
}

/** autolink() for a run that may hold a link. */
function links(text: string, xref?: XRef): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  FIND.lastIndex = 0;
  for (let m = FIND.exec(text); m; m = FIND.exec(text)) {
    let start = m.index;
    let word = m[0];
    let href: string | undefined;
    let isRef = false;
    if (m[1]) {
      word = trimUrl(word);
      if (word.length > m[1].length + 2) href = m[1].toLowerCase() === 'www.' ? `https://${word}` : word;
    } else if (m[2] || m[3]) {
      if (!xref) continue;
      const anchor = m[2] ? xref(m[2]) : xref(`appendix ${m[3].toLowerCase()}`);
      if (!anchor) continue;
      if (m[2]) {
        // Only the number becomes the link: "see [4.2]".
        start += word.length - m[2].length;
        word = m[2];
      }
      href = `#${anchor}`;
      isRef = true;
    } else {
      word = word.replace(/\.+$/, '');
      if (/@[^.]+\.[^.]+/.test(word)) href = `mailto:${word}`;
    }
    if (!href) continue;
    if (start > from) out.push(text.slice(from, start));
    out.push({ href, text: word, ...(isRef && { xref: true }) });
    from = start + word.length;
    FIND.lastIndex = from;
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}
