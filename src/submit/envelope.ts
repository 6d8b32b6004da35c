import type { Envelope } from './types.js';

/** A random UUID (v4). crypto.randomUUID needs a secure context; plain-http pages get the same from getRandomValues. */
export function newId(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** What the element knows of a submission; the envelope adds its id and submission time. */
export type EnvelopeFields = Omit<Envelope, 'id' | 'submittedAt' | 'spam'>;

/** A new envelope: a fresh id and the time of submission. */
export function createEnvelope(f: EnvelopeFields, now = new Date()): Envelope {
  const env: Envelope = {
    id: newId(),
    kind: f.kind,
    locale: f.locale,
    startedAt: f.startedAt,
    submittedAt: now.toISOString(),
    data: f.data,
  };
  if (f.audience) env.audience = f.audience;
  if (f.school) env.school = f.school;
  if (f.policyVersion) env.policyVersion = f.policyVersion;
  return env;
}
