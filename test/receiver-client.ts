import { waitUntil } from '@open-wc/testing';
import { createStore } from 'idb-keyval';
import { resumeOutbox, waiting } from '../src/submit/outbox.js';
import type { Envelope } from '../src/submit/types.js';

// The test receiver that @web/test-runner serves (build/receiver.mjs): /api/submissions stores
// envelopes (de-duplicated by id), and /__receiver/* makes it fail on demand and shows what arrived.

export const ENDPOINT = new URL('/api/submissions', location.href).href;

/** The outbox's IndexedDB store, to check what the browser keeps. */
export const outboxStore = createStore('esafety-outbox', 'envelopes');

export interface ReceivedRecord {
  receivedAt: string;
  contentType: string | null;
  idempotencyKey: string | null;
  rawBody: string;
  /** Every POST for this id, failed ones included. */
  attempts: number;
  envelope: Envelope;
}

export interface LogLine {
  id: string | null;
  at: string;
  behaviour: Record<string, unknown> | null;
  contentType: string | null;
  idempotencyKey: string | null;
  credentials: boolean;
  referer: string | null;
  status: number | null;
  outcome: string | null;
}

/** POST to the control API: `reset`, or `plan` with `{ responses: [...] }`. */
export const control = (path: string, body?: unknown) =>
  fetch(`/__receiver/${path}`, body === undefined ? { method: 'POST' } : { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

/** Queue behaviours for the next POSTs: `{ status: 503, retryAfter: 1 }`, `{ destroy: true }`, `{ body: { result: "error" } }` (200 unless `status`), `{ body: "<html>…" }` (text/html unless `contentType`) … */
export const plan = (...responses: object[]) => control('plan', { responses });

export const records = async (): Promise<ReceivedRecord[]> => (await fetch('/__receiver/records')).json();
export const log = async (): Promise<LogLine[]> => (await fetch('/__receiver/log')).json();

/**
 * A clean start for a test: what earlier tests left unsent in this page's outbox is sent now
 * (the outbox retries everything on "online"), then the receiver is emptied. The outbox is one
 * per page, so an envelope from an earlier test would otherwise keep the leave-page prompt on
 * and arrive in the middle of a later test.
 */
export async function freshStart(): Promise<void> {
  await control('reset');
  await resumeOutbox();
  dispatchEvent(new Event('online'));
  await waitUntil(() => waiting().length === 0, 'an earlier test left an envelope unsent', { timeout: 8000 });
  await control('reset');
}
