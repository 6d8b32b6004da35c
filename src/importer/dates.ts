const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TERMS: Record<string, number> = { autumn: 9, spring: 1, summer: 4 };
const pad = (n: number) => String(n).padStart(2, '0');
const real = (y: number, m: number, d: number) => {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : undefined;
};

/** A date as written in a policy, read as YYYY-MM-DD; `guessed` when the day (or month) was not given. */
export interface ReadDate {
  iso: string;
  guessed: boolean;
  written: string;
}

/** The date-like words this module reads, for finding them inside a line. */
export const DATE_WORDS =
  String.raw`(?:\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:autumn|spring|summer)(?:\s+term)?\s+\d{4})`;

/**
 * "12 September 2026", "12th Sept 2026", "12/09/2026" (day first, as in the UK), "2026-09-12",
 * "September 2026" (the 1st, guessed), "Autumn 2026" (1 September, guessed).
 */
export function readDate(s: string): ReadDate | undefined {
  const t = s.trim().toLowerCase();
  let m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(t);
  if (m) return ok(real(+m[1], +m[2], +m[3]), false, s);
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(t);
  if (m) return ok(real(m[3].length === 2 ? 2000 + +m[3] : +m[3], +m[2], +m[1]), false, s);
  m = /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([a-z]{3})[a-z]*\.?,?\s+(\d{4})$/.exec(t);
  if (m && MONTHS.includes(m[2])) return ok(real(+m[3], MONTHS.indexOf(m[2]) + 1, m[1] ? +m[1] : 1), !m[1], s);
  m = /^(autumn|spring|summer)(?:\s+term)?\s+(\d{4})$/.exec(t);
  if (m) return ok(real(+m[2], TERMS[m[1]], 1), true, s);
  return undefined;
}

const ok = (iso: string | undefined, guessed: boolean, written: string) => (iso ? { iso, guessed, written: written.trim() } : undefined);

/** A YYYY-MM-DD date plus some months. */
export function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
