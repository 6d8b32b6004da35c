import { linksIn } from '../../text/markup.js';
import { isSafeUrl, isSchemeRelative } from '../../text/urls.js';

/**
 * The code of the schema's refine() checks, each under a name. The schema files use them from
 * here, and build/fast-checks.mjs finds each by its identity to call it by name from the checks
 * it generates (src/bundle/generated/fast-checks.ts): a refine whose function is not exported
 * here fails the generation. No zod in this module: the elements load it on every page.
 */

export { isSafeUrl };

/** A whole number (Number.isInteger itself: build/schema.mjs recognises it). */
export const isWhole = Number.isInteger;

/** Text per language has at least one language. */
export const hasSomeLanguage = (o: unknown): boolean => Object.keys(o as object).length > 0;

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

/** The first link in rich text whose address is refused, if any. */
export const badLink = (s: string): string | undefined => (s.includes('](') && maybeBad(s) ? linksIn(s).find((h) => !isSafeUrl(h)) : undefined);

/** Rich text whose links are all allowed. */
export const linksAreSafe = (s: string): boolean => !badLink(s);

/** A calendar date written YYYY-MM-DD is a real date (no 30 February). */
export const realDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};

/** A rule made with arguments: the generator calls `rule` with `args` (numbers or strings) again. */
export interface MadeRule {
  (v: never): boolean;
  rule: string;
  args: readonly (number | string)[];
}

/** A number from min to max (both included). */
export const inRange = (min: number, max = Infinity): ((n: number) => boolean) & MadeRule =>
  Object.assign((n: number) => n >= min && n <= max, { rule: 'inRange', args: [min, max] });

/** An image's address rather than a mistyped symbol name: it has a "." or a "/". */
export const looksLikeImage = (u: string): boolean => /[./]/.test(u);

/** An agreement names its audience once: "audience" or "audiences", not both, not neither. */
export const oneAudienceField = (a: { audience?: unknown; audiences?: unknown }): boolean => (a.audience === undefined) !== (a.audiences === undefined);

/** A guidance note has text or blocks. */
export const hasTextOrBlocks = (n: { text?: unknown; blocks?: readonly unknown[] }): boolean => n.text !== undefined || !!n.blocks?.length;

const LOOPBACK = /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i;

/**
 * Submissions may go only to https:, or plain http: on this machine (for testing). As written
 * in a bundle, a path on this site ("/forms/x") too, but not "//host/x" or "/\host/x":
 * browsers read those as another site.
 */
export function isAllowedEndpoint(url: string): boolean {
  return /^https:\/\/[^\s/]+/i.test(url) || LOOPBACK.test(url) || (/^\//.test(url) && !isSchemeRelative(url));
}
