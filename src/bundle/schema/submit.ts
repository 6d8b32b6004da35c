import * as z from 'zod/mini';
import { IntRange } from './common.js';
import { isAllowedEndpoint } from './rules.js';
import { CONFIRMS, ENDPOINT_RULE, FORMATS } from './values.js';

export { CONFIRMS, ENDPOINT_RULE, FORMATS, isAllowedEndpoint };

/** Where submissions go: https, loopback http, or a path on the page's own site ("/api/…"). */
export const Endpoint = z.string().check(
  z.refine(isAllowedEndpoint, { error: `${ENDPOINT_RULE}, or a path such as "/forms/esafety"` }),
);

export const Submit = z.object({
  endpoint: z.optional(Endpoint),
  format: z.optional(z.enum(FORMATS)),
  /** `status` (default): a 2xx is accepted unless its JSON body says it failed. `id`: only JSON echoing the envelope's id, e.g. {"ok":true,"id":"…"}. */
  confirm: z.optional(z.enum(CONFIRMS)),
  /** Milliseconds: 1000 (one second) to 120000 (two minutes). */
  timeoutMs: z.optional(IntRange(1000, 120000)),
});
