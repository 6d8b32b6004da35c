import type { SubmitSettings } from '../bundle/types.js';

/** What a submission is. */
export type EnvelopeKind = 'agreement' | 'concern' | 'quiz';

/**
 * One submission, as it leaves the browser (DESIGN.md, "Public contract"). `id` is a UUID:
 * every retry carries the same id, so the backend can de-duplicate on it.
 */
export interface Envelope<D = Record<string, unknown>> {
  id: string;
  kind: EnvelopeKind;
  audience?: string;
  locale: string;
  school?: string;
  policyVersion?: string;
  /** ISO date-times. */
  startedAt: string;
  submittedAt: string;
  data: D;
  /** Present when the submission looks automated: the honeypot was filled, or it came too fast. Kept, not dropped. */
  spam?: { honeypot: boolean; tooFast: boolean };
}

export type Format = NonNullable<SubmitSettings['format']>;

/**
 * What counts as accepted. `status`: any 2xx whose body does not say it failed (a JSON body with
 * `ok: false`, `result: "error"`, `status: "error"` or an `error` member). `id`: only a JSON
 * body that echoes the envelope's id (`{"ok":true,"id":"…"}`); an HTML page is then a failure.
 */
export type Confirm = NonNullable<SubmitSettings['confirm']>;

/** Where and how one envelope is sent. */
export interface Destination {
  endpoint: string;
  format: Format;
  timeoutMs: number;
  /** Default `status` (also for envelopes an older version left in the outbox). */
  confirm?: Confirm;
}

/**
 * What the user is told, and what the element shows:
 * - `sending`: on its way;
 * - `sent`: the endpoint accepted it (`status` is the HTTP status);
 * - `waiting`: not sent yet (offline, timeout, 5xx, a 2xx that says it failed …), retried
 *   (`retryAt`) while the page is open, and from the next page too when `stored`;
 * - `rejected`: not sent, and not retried any more: the endpoint refused it (a 4xx other than
 *   408/429), or kept answering that it failed (`status` 2xx) — the form keeps what the user typed;
 *
 * `stored` is true only when the envelope really is in this browser's storage (IndexedDB):
 * never for a concern report that does not opt in, nor where storage is blocked (a sandboxed
 * iframe, some private windows).
 * - `cancelled`: the host page took over sending (`esafety-submit` was cancelled).
 */
export type SubmitState =
  | { state: 'sending'; envelope: Envelope; stored?: boolean }
  | { state: 'sent'; envelope: Envelope; status: number }
  | { state: 'waiting'; envelope: Envelope; error: string; retryAt: number; stored: boolean }
  | { state: 'rejected'; envelope: Envelope; status: number; error: string }
  | { state: 'cancelled'; envelope: Envelope };
