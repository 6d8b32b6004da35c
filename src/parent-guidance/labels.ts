import { msg, str } from '@lit/localize';
import { ageRanges } from './model.js';

/** The age filter's choices, in words for parents with the key stage after. */
export function ageBandLabel(age: string): string {
  switch (age) {
    case 'eyfs':
      return msg('Under 5 (EYFS)');
    case 'ks1':
      return msg('Ages 5–7 (KS1)');
    case 'ks2':
      return msg('Ages 7–11 (KS2)');
    case 'ks3':
      return msg('Ages 11–14 (KS3)');
    default:
      return msg('Ages 14–16 (KS4)');
  }
}

/** "Ages 5–11", "Under 7", "All ages" for a topic's ages. */
export function agesText(ages: readonly string[] | undefined): string {
  const ranges = ageRanges(ages);
  if (!ranges.length) return msg('All ages');
  return ranges.map(([from, to]) => (from ? msg(str`Ages ${from}–${to}`) : msg(str`Under ${to}`))).join(', ');
}
