import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { send } from './transport.js';
import type { Destination, Envelope, SubmitState } from './types.js';

/**
 * The outbox: every envelope is sent until the endpoint accepts it. Failures that may pass
 * (network, timeout, 408, 429, 5xx) are retried with capped exponential backoff and jitter,
 * honouring Retry-After, always with the same id. Envelopes marked `persist` are kept in
 * IndexedDB until accepted (so a reload or a closed tab resumes them on the next page with an
 * element) and deleted then; they expire after 7 days. The rest live only in this page.
 *
 * idb-keyval (about 0.5 KiB) rather than raw IndexedDB calls: it is small, well kept, and
 * spares us the request/transaction plumbing.
 */

interface Entry {
  envelope: Envelope;
  dest: Destination;
  persist: boolean;
  attempts: number;
  nextAt: number;
  expiresAt: number;
}

export const KEEP_MS = 7 * 24 * 3600_000;
const BASE_MS = 1000;
const MAX_MS = 5 * 60_000;

const pending = new Map<string, Entry>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const inFlight = new Set<string>();
const listeners = new Set<(s: SubmitState) => void>();
let store: UseStore | undefined;
let resumed: Promise<void> | undefined;

const db = () => (store ??= createStore('esafety-outbox', 'envelopes'));

/** Hear about every change of state (retries included). Returns the function that stops it. */
export function onOutbox(fn: (s: SubmitState) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

const emit = (s: SubmitState) => listeners.forEach((l) => l(s));

/** Delay before attempt n+1: 1 s, 2 s, 4 s … capped, with jitter; never before Retry-After. */
export function backoff(attempts: number, retryAfterMs = 0, random = Math.random): number {
  const exp = Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.max(retryAfterMs, Math.round(exp * (0.5 + random() / 2)));
}

/** Send an envelope; resolves with how the first attempt ended (sent, waiting or rejected). */
export async function enqueue(envelope: Envelope, dest: Destination, persist: boolean): Promise<SubmitState> {
  const entry: Entry = { envelope, dest, persist, attempts: 0, nextAt: Date.now(), expiresAt: Date.now() + KEEP_MS };
  pending.set(envelope.id, entry);
  if (persist) await save(entry);
  return attempt(entry);
}

/** Send whatever earlier pages left in the outbox. Safe to call often: it runs once per page. */
export function resumeOutbox(): Promise<void> {
  return (resumed ??= (async () => {
    let stored: [IDBValidKey, Entry][] = [];
    try {
      stored = await entries<IDBValidKey, Entry>(db());
    } catch {
      return; // no IndexedDB (private mode in some browsers): nothing was kept
    }
    for (const [key, e] of stored) {
      if (e.expiresAt < Date.now()) await del(key, db()).catch(() => undefined);
      else if (!pending.has(e.envelope.id)) {
        pending.set(e.envelope.id, e);
        schedule(e, Math.max(0, e.nextAt - Date.now()));
      }
    }
    addEventListener('online', () => pending.forEach((e) => schedule(e, 0)));
  })());
}

/** The envelopes still waiting to be sent from this page. */
export function waiting(): Envelope[] {
  return [...pending.values()].map((e) => e.envelope);
}

function schedule(e: Entry, ms: number) {
  clearTimeout(timers.get(e.envelope.id));
  timers.set(e.envelope.id, setTimeout(() => void attempt(e), ms));
}

async function attempt(e: Entry): Promise<SubmitState> {
  const { envelope } = e;
  if (inFlight.has(envelope.id)) return { state: 'sending', envelope };
  inFlight.add(envelope.id);
  try {
    // One tab at a time sends a stored envelope (two open tabs both resume the outbox).
    const locks = navigator.locks;
    const run = () => sendOnce(e);
    const result = locks
      ? await locks.request(`esafety-outbox:${envelope.id}`, { ifAvailable: true }, (lock) => (lock ? run() : null))
      : await run();
    if (result) return result;
    schedule(e, 30_000); // another tab is sending it: look again later
    return { state: 'sending', envelope };
  } finally {
    inFlight.delete(envelope.id);
  }
}

async function sendOnce(e: Entry): Promise<SubmitState> {
  const { envelope } = e;
  if (e.attempts && e.persist && !(await get(envelope.id, db()).catch(() => e))) {
    // Another tab has sent it since (status unknown here).
    pending.delete(envelope.id);
    const s: SubmitState = { state: 'sent', envelope, status: 0 };
    emit(s);
    return s;
  }
  emit({ state: 'sending', envelope });
  e.attempts++;
  const r = await send(envelope, e.dest);
  let s: SubmitState;
  if (r.ok || !r.retry) {
    pending.delete(envelope.id);
    timers.delete(envelope.id);
    if (e.persist) await del(envelope.id, db()).catch(() => undefined);
    s = r.ok
      ? { state: 'sent', envelope, status: r.status }
      : { state: 'rejected', envelope, status: r.status ?? 0, error: r.error };
  } else {
    const wait = backoff(e.attempts, r.retryAfterMs);
    e.nextAt = Date.now() + wait;
    const stored = e.persist && (await save(e));
    schedule(e, wait);
    s = { state: 'waiting', envelope, error: r.error, retryAt: e.nextAt, stored };
  }
  emit(s);
  return s;
}

async function save(e: Entry): Promise<boolean> {
  try {
    await set(e.envelope.id, e, db());
    return true;
  } catch {
    return false; // storage full or unavailable: still retried while the page is open
  }
}
