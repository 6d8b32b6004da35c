import * as z from 'zod/mini';
import { isSafeUrl, unsafeUrlReason } from '../../text/urls.js';
import { linksIn } from '../../text/markup.js';

/** A non-empty string. */
export const Str = z.string().check(z.minLength(1, 'must not be empty'));

/** An id: letters, digits and dashes, used for merging with defaults and for deep links. */
export const Id = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9_-]*$/i, 'must be an id made of letters, digits, "-" or "_" (e.g. "photo-consent")'),
);

/** A locale code such as "en-GB" or "cy". */
export const Locale = z.string().check(
  z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "en-GB" or "cy"'),
);

const someLanguage = z.refine((o: unknown) => Object.keys(o as object).length > 0, {
  error: 'needs the text in at least one language, e.g. {"en": "…"}',
});

/** Human-readable text: a plain string, or a map of locale to string ({"en": "…", "cy": "…"}). */
export const LocalText = z.union([Str, z.record(Locale, Str).check(someLanguage)]);

/**
 * Whether every address that could be a link's is safe. A link's address is always what follows
 * some "](" up to the next ")", so when all of those are safe no link can be refused, and the
 * markup need not be parsed (most texts with links: checking a bundle parsed them all).
 */
const maybeBad = (s: string): boolean => {
  for (let c = s.indexOf(']('); c >= 0; c = s.indexOf('](', c + 2)) {
    const end = s.indexOf(')', c + 2);
    if (end < 0) return false;
    if (!isSafeUrl(s.slice(c + 2, end).trim())) return true;
  }
  return false;
};
const badLink = (s: string) => (s.includes('](') && maybeBad(s) ? linksIn(s).find((h) => !isSafeUrl(h)) : undefined);
const richString = Str.check(
  z.refine((s) => !badLink(s), {
    abort: true,
    error: (iss) => `contains a link that is refused: ${unsafeUrlReason(badLink(String(iss.input)) ?? '')}`,
  }),
);

/** Rich text: like LocalText, with inline markup (**bold**, *italic*, [text](url), [^footnote]). */
export const RichText = z.union([richString, z.record(Locale, richString).check(someLanguage)]);

/** A link target: https/http/mailto/tel, or a relative URL on the school's own site. */
export const Url = Str.check(
  z.refine(isSafeUrl, { error: (iss) => unsafeUrlReason(String(iss.input)) }),
);

const DATE_RULE = 'must be a real date written as YYYY-MM-DD, e.g. "2025-09-01"';

/** A calendar date written YYYY-MM-DD (checked to be a real date: no 30 February). */
const realDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};
export const DateStr = z
  .string()
  .check(
    z.regex(/^\d{4}-\d\d-\d\d$/, { error: DATE_RULE, abort: true }),
    z.refine(realDate, { error: (iss) => `"${String(iss.input)}" ${DATE_RULE}` }),
  );

/** A whole number (z.number() and a check: z.int() brings integer-range tables we do not need). */
export const Int = z.number().check(z.refine(Number.isInteger, { error: 'must be a whole number', abort: true }));

/** A whole number from min to max (one refine: lighter to ship than zod's range checks). */
export const IntRange = (min: number, max = Infinity) =>
  Int.check(
    z.refine((n) => n >= min && n <= max, {
      error: (iss) => (Number(iss.input) < min ? `must be at least ${min}` : `must be at most ${max}`),
    }),
  );

/** Ages (pupil key stages) used to tag agreements and quiz questions. */
export const AGES = ['eyfs', 'ks1', 'ks2', 'ks3', 'ks4'] as const;
export const Age = z.enum(AGES);

/** Adult audiences of agreements. */
export const ADULTS = ['staff', 'volunteer', 'governor', 'parent', 'visitor'] as const;
export const Audience = z.enum([...AGES, 'send', ...ADULTS]);

/** A titled link, e.g. to a related policy or a trusted site. */
export const Link = z.object({
  title: LocalText,
  url: Url,
  description: z.optional(LocalText),
});

/** The built-in symbols (src/ui/symbols.ts draws them). */
export const SYMBOLS = [
  'ask-adult',
  'tell-adult',
  'keep-private',
  'be-kind',
  'stop-think',
  'screen-time',
  'trusted-sites',
  'password',
  'camera',
  'friends',
  'home',
  'gift',
  'game',
  'video',
] as const;

/** A picture: a built-in symbol's name, or the address of the school's own image. */
export const SymbolRef = z.union([
  z.enum(SYMBOLS),
  Url.check(z.refine((u) => /[./]/.test(u), { error: 'is neither a built-in symbol nor the address of an image' })),
]);
