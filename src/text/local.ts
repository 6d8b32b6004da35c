import type { LocalText } from '../bundle/types.js';

/**
 * The text for a language from a plain string or a map of locale to string, with the locale it
 * is in: the exact locale, else the same language ("cy" for "cy-GB"), else the fallback locale,
 * else English, else the first given. A plain string's locale is unknown (undefined).
 */
export function pickWithLang(text: LocalText | undefined, lang: string, fallback = 'en'): [string, string | undefined] {
  if (text === undefined) return ['', undefined];
  if (typeof text === 'string') return [text, undefined];
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
