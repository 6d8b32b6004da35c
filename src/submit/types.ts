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

/** Where and how one envelope is sent. */
export interface Destination {
  endpoint: string;
  format: Format;
  timeoutMs: number;
}

/**
 * What the user is told, and what the element shows:
 * - `sending`: on its way;
 * - `sent`: the endpoint accepted it (`status` is the HTTP status);
 * - `waiting`: not sent yet (offline, timeout, 5xx …), kept and retried (`retryAt`);
 * - `rejected`: the endpoint refused it (a 4xx other than 408/429) — not retried; the form
 *   keeps what the user typed;
 * - `cancelled`: the host page took over sending (`esafety-submit` was cancelled).
 */
export type SubmitState =
  | { state: 'sending'; envelope: Envelope }
  | { state: 'sent'; envelope: Envelope; status: number }
  | { state: 'waiting'; envelope: Envelope; error: string; retryAt: number; stored: boolean }
  | { state: 'rejected'; envelope: Envelope; status: number; error: string }
  | { state: 'cancelled'; envelope: Envelope };
