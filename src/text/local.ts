import type { LocalText } from '../bundle/types.js';

/**
 * The text for a language from a plain string or a map of locale to string, with the locale it
 * is in: the exact locale, else the same language ("cy" for "cy-GB"), else the fallback locale,
 * else English, else the first given. A plain string's locale is unknown (undefined).
 */
export function pickWithLang(text: LocalText | undefined, lang: string, fallback = 'en'): [string, string | undefined] {
  // A plain string (most of a bundle) here; the languages in a function of their own, so that V8
  // keeps machine code for this small one, called for every text, not for the whole search.
  return text === undefined ? ['', undefined] : typeof text === 'string' ? [text, undefined] : inLanguages(text, lang, fallback);
}

/** pickWithLang() of a text given in languages. */
function inLanguages(text: Exclude<LocalText, string>, lang: string, fallback: string): [string, string | undefined] {
  const entries = Object.entries(text);
  const primary = (l: string) => l.toLowerCase().split('-')[0];
  const find = (l: string) =>
    entries.find(([k]) => k === l) ?? entries.find(([k]) => k.toLowerCase() === l.toLowerCase()) ?? entries.find(([k]) => primary(k) === primary(l));
  const [k, v] = find(lang) ?? find(fallback) ?? find('en') ?? entries[0] ?? [];
  return [v ?? '', k];
}

/** The text for a language (see pickWithLang); empty when there is no text at all. */
export function pick(text: LocalText | undefined, lang: string, fallback = 'en'): string {
  return pickWithLang(text, lang, fallback)[0];
}

const RTL = /^(ar|ur|fa|he|ps|sd|yi|ug|dv|ckb)(-|$)/i;

/** The writing direction of a language: "rtl" for Arabic, Urdu, Persian, Hebrew and the like. */
export function dirOf(lang: string): 'rtl' | 'ltr' {
  return RTL.test(lang) ? 'rtl' : 'ltr';
}

/** The language text is written in: its map key ("cy"), or, for a plain string, the bundle's default language `base`. */
export const textLang = (found: string | undefined, base: string): string => found ?? base;

/** The `lang` to mark on text in `tl` inside an element speaking `lang`: undefined when they are one language (WCAG 3.1.2). */
export function langMark(tl: string, lang: string): string | undefined {
  if (tl === lang) return undefined; // the usual case, asked for every text shown
  const primary = (l: string) => l.toLowerCase().split('-')[0];
  return primary(tl) === primary(lang) ? undefined : tl;
}
