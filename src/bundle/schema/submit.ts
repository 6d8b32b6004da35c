import * as z from 'zod/mini';

const LOCAL = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i;

/** Where submissions go. https only (plain http on localhost, for testing). */
export const Endpoint = z.string().check(
  z.refine((u) => /^https:\/\/[^\s/]+/i.test(u) || LOCAL.test(u), {
    error: 'must be an https:// address (plain http:// only for localhost)',
  }),
);

export const FORMATS = ['text', 'json', 'form'] as const;

export const Submit = z.object({
  endpoint: z.optional(Endpoint),
  format: z.optional(z.enum(FORMATS)),
  timeoutMs: z.optional(z.int().check(z.minimum(1000, 'must be at least 1000 (one second)'), z.maximum(120000, 'must be at most 120000 (two minutes)'))),
});
