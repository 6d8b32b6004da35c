const formats = new Map<string, (d: Date) => string>();

// Some Chromium builds (Debian's among them) ship ICU without Welsh date names and quietly
// fall back to American English. Welsh is a shipped locale, so its months are kept here.
const CY_MONTHS = 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr'.split(' ');

function formatter(lang: string): (d: Date) => string {
  // A bare "en" (common on school sites) means British English here, not American.
  if (/^en$/i.test(lang)) lang = 'en-GB';
  const supported = Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;
  if (!supported && lang.toLowerCase().split('-')[0] === 'cy')
    return (d) => `${d.getUTCDate()} ${CY_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
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
