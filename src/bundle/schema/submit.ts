import * as z from 'zod/mini';
import { isSchemeRelative } from '../../text/urls.js';
import { IntRange } from './common.js';

const LOOPBACK = /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i;

/**
 * Submissions may go only to https:, or plain http: on this machine (for testing). As written
 * in a bundle, a path on this site ("/forms/x") too, but not "//host/x" or "/\host/x":
 * browsers read those as another site.
 */
export function isAllowedEndpoint(url: string): boolean {
  return /^https:\/\/[^\s/]+/i.test(url) || LOOPBACK.test(url) || (/^\//.test(url) && !isSchemeRelative(url));
}

export const ENDPOINT_RULE = 'must be an https:// address (plain http:// only for localhost)';

/** Where submissions go: https, loopback http, or a path on the page's own site ("/api/…"). */
export const Endpoint = z.string().check(
  z.refine(isAllowedEndpoint, { error: `${ENDPOINT_RULE}, or a path such as "/forms/esafety"` }),
);

export const FORMATS = ['text', 'json', 'form'] as const;

/** What counts as accepted: any 2xx that does not say it failed (`status`), or only an answer echoing the id (`id`). */
export const CONFIRMS = ['status', 'id'] as const;

export const Submit = z.object({
  endpoint: z.optional(Endpoint),
  format: z.optional(z.enum(FORMATS)),
  /** `status` (default): a 2xx is accepted unless its JSON body says it failed. `id`: only JSON echoing the envelope's id, e.g. {"ok":true,"id":"…"}. */
  confirm: z.optional(z.enum(CONFIRMS)),
  /** Milliseconds: 1000 (one second) to 120000 (two minutes). */
  timeoutMs: z.optional(IntRange(1000, 120000)),
});
