import * as z from 'zod/mini';
import { unsafeUrlReason } from '../../text/urls.js';
import { badLink, hasSomeLanguage, inRange, isSafeUrl, isWhole, linksAreSafe, looksLikeImage, realDate } from './rules.js';
import { ADULTS, AGES, SYMBOLS } from './values.js';

export { ADULTS, AGES, SYMBOLS };

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

const someLanguage = z.refine(hasSomeLanguage, {
  error: 'needs the text in at least one language, e.g. {"en": "…"}',
});

/** Human-readable text: a plain string, or a map of locale to string ({"en": "…", "cy": "…"}). */
export const LocalText = z.union([Str, z.record(Locale, Str).check(someLanguage)]);

const richString = Str.check(
  z.refine(linksAreSafe, {
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
export const DateStr = z
  .string()
  .check(
    z.regex(/^\d{4}-\d\d-\d\d$/, { error: DATE_RULE, abort: true }),
    z.refine(realDate, { error: (iss) => `"${String(iss.input)}" ${DATE_RULE}` }),
  );

/** A whole number (z.number() and a check: z.int() brings integer-range tables we do not need). */
export const Int = z.number().check(z.refine(isWhole, { error: 'must be a whole number', abort: true }));

/** A whole number from min to max (one refine: lighter to ship than zod's range checks). */
export const IntRange = (min: number, max = Infinity) =>
  Int.check(
    z.refine(inRange(min, max), {
      error: (iss) => (Number(iss.input) < min ? `must be at least ${min}` : `must be at most ${max}`),
    }),
  );

export const Age = z.enum(AGES);

export const Audience = z.enum([...AGES, 'send', ...ADULTS]);

/** A titled link, e.g. to a related policy or a trusted site. */
export const Link = z.object({
  title: LocalText,
  url: Url,
  description: z.optional(LocalText),
});

/** A picture: a built-in symbol's name, or the address of the school's own image. */
export const SymbolRef = z.union([
  z.enum(SYMBOLS),
  Url.check(z.refine(looksLikeImage, { error: 'is neither a built-in symbol nor the address of an image' })),
]);
