/** A number written by hand at the start of a heading or paragraph: "4.2", "12.", "3.1.1", "(4)". */
export interface HandNumber {
  /** As written, without brackets or bold ("4.2", "12."). */
  number: string;
  /** Its parts: "4.2" → ["4", "2"]. */
  parts: string[];
  /** The plain text after the number. */
  rest: string;
}

const NUM = /^\(?(\d{1,2}(?:\.\d{1,3}){0,4}|[A-Z](?:\.\d{1,3}){1,4})(\.|\))?\**\s+(?=\S)/;

export function handNumber(plain: string): HandNumber | undefined {
  const m = NUM.exec(plain.replace(/^\*\*/, ''));
  if (!m) return undefined;
  const rest = plain.replace(/^\*\*/, '').slice(m[0].length).trim();
  // "2024 was…" is a year, "1 in 5 children…" a sentence: a bare one-part number needs a capital after it.
  if (!m[2] && !m[1].includes('.') && !/^[A-Z]/.test(rest)) return undefined;
  return { number: m[1] + (m[2] === '.' ? '.' : ''), parts: m[1].split('.'), rest };
}

/** Remove the number from the front of a piece of markup, keeping any bold that went on past it. */
export function stripNumber(markup: string): string {
  const m = /^(\*\*)?\s*\\?\(?(?:\d{1,2}(?:\.\d{1,3}){0,4}|[A-Z](?:\.\d{1,3}){1,4})[.)]?\s*(\*\*|(?:\\\*)+)?\s*/.exec(markup);
  if (!m) return markup;
  const rest = markup.slice(m[0].length);
  return m[1] && m[2] !== '**' && rest.includes('**') ? `**${rest}` : rest;
}

/** Whether `inner` sits under `outer` ("4.2.1" under "4.2" or "4."). */
export function isUnder(inner: string, outer: string): boolean {
  const o = outer.replace(/\.$/, '');
  return inner.replace(/\.$/, '').startsWith(`${o}.`);
}

/** How deep a number goes: "4" → 0, "4.2" → 1. */
export const depthOf = (n: HandNumber) => n.parts.length - 1;

const APPENDIX = /^(appendix|annex|annexe|schedule)\s+([A-Z]{1,2}|\d{1,2}|[IVX]{1,4})\b\s*[:.–—-]?\s*(.*)$/i;

/** "Appendix 4: Pupil agreement" → { label: "Appendix 4", title: "Pupil agreement" }. */
export function appendixHeading(plain: string): { label: string; title: string } | undefined {
  const m = APPENDIX.exec(plain.replace(/\*\*/g, '').trim());
  if (!m) return undefined;
  const label = `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()} ${m[2]}`;
  return { label, title: m[3].trim() || label };
}
