const formats = new Map<string, Intl.DateTimeFormat>();

/** "2025-09-01" → "1 September 2025" (or "1 Medi 2025" in Welsh). */
export function formatDate(iso: string, lang: string): string {
  let f = formats.get(lang);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    }
    formats.set(lang, f);
  }
  return f.format(new Date(`${iso}T00:00:00Z`));
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
