const formats = new Map<string, (d: Date) => string>();

// British English and Welsh, the shipped languages, are written by hand: a page's first use of
// Intl costs tens of milliseconds (ICU start-up), and some Chromium builds (Debian's among them)
// ship ICU without Welsh date names, quietly falling back to American English.
const MONTHS: Record<string, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  cy: 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr'.split(' '),
};

function formatter(lang: string): (d: Date) => string {
  // A bare "en" (common on school sites) means British English here, not American.
  const months = /^en(-GB)?$/i.test(lang) ? MONTHS.en : /^cy(-|$)/i.test(lang) ? MONTHS.cy : undefined;
  if (months) return (d) => `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  const supported = Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;
  const f = new Intl.DateTimeFormat(supported ? lang : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  return (d) => f.format(d);
}

/** "2025-09-01" → "1 September 2025" (or "1 Medi 2025" in Welsh). */
export function formatDate(iso: string, lang: string): string {
  let f = formats.get(lang);
  if (!f) {
    try {
      f = formatter(lang);
    } catch {
      f = formatter('en-GB'); // an invalid language tag
    }
    formats.set(lang, f);
  }
  return f(new Date(`${iso}T00:00:00Z`));
}

/** Today as YYYY-MM-DD in the visitor's own time zone. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** True when an ISO date is before today. */
export function isPast(iso: string, now = new Date()): boolean {
  return iso < today(now);
}

/** A date `months` later ("2025-01-31" + 1 → "2025-02-28": the month's last day when it is shorter). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${first.toISOString().slice(0, 8)}${String(Math.min(d, last)).padStart(2, '0')}`;
}
