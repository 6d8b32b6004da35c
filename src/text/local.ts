import type { LocalText } from '../bundle/types.js';

/**
 * The text for a language from a plain string or a map of locale to string: the exact locale,
 * else the same language ("cy" for "cy-GB"), else the fallback locale, else English, else the
 * first given. Empty when there is no text at all.
 */
export function pick(text: LocalText | undefined, lang: string, fallback = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const entries = Object.entries(text);
  const primary = (l: string) => l.toLowerCase().split('-')[0];
  const find = (l: string) =>
    text[l] ?? entries.find(([k]) => k.toLowerCase() === l.toLowerCase())?.[1] ?? entries.find(([k]) => primary(k) === primary(l))?.[1];
  return find(lang) ?? find(fallback) ?? find('en') ?? entries[0]?.[1] ?? '';
}
