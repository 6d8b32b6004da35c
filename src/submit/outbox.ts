import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { whenIdle } from './resume.js';
import { send } from './transport.js';
import type { Destination, Envelope, SubmitState } from './types.js';

/**
 * The outbox: every envelope is sent until the endpoint accepts it. Failures that may pass
 * (network, timeout, 408, 429, 5xx) are retried with capped exponential backoff and jitter,
 * honouring Retry-After, always with the same id; a 2xx whose body says it failed is retried
 * a few times, then given up as not sent. Envelopes marked `persist` are kept in IndexedDB
 * until accepted (so a reload or a closed tab resumes them on the next page with an element)
 * and deleted then; they expire after 7 days. The rest live only in this page.
 *
 * Where storage is blocked (a sandboxed iframe without allow-same-origin, some private
 * windows) IndexedDB and Web Locks throw: the envelope is still sent and retried from memory,
 * its state says `stored: false`, and leaving the page asks first while any such envelope is
 * unsent.
 *
 * idb-keyval (about 0.5 KiB) rather than raw IndexedDB calls: it is small, well kept, and
 * spares us the request/transaction plumbing.
 */

interface Entry {
  envelope: Envelope;
  dest: Destination;
  persist: boolean;
  attempts: number;
  /** Answers in a row that were a 2xx saying it failed. */
  refusals?: number;
  nextAt: number;
  expiresAt: number;
  /** A copy really is in IndexedDB. */
  stored?: boolean;
}

export const KEEP_MS = 7 * 24 * 3600_000;
/** Attempts in a row answered "failed" (2xx with an error body) before it is shown as not sent. */
export const MAX_REFUSALS = 4;
const BASE_MS = 1000;
const MAX_MS = 5 * 60_000;

const pending = new Map<string, Entry>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const inFlight = new Set<string>();
const listeners = new Set<(s: SubmitState) => void>();
let store: UseStore | undefined;
let resumed: Promise<void> | undefined;
let guarded = false;

/** Runs one IndexedDB call; where IndexedDB is blocked, opening it throws at once: that becomes a rejection too. */
const idb = async <T>(fn: (s: UseStore) => Promise<T>): Promise<T> => fn((store ??= createStore('esafety-outbox', 'envelopes')));

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
  guard();
  if (persist) await save(entry);
  guard();
  return attempt(entry);
}

/** Send whatever earlier pages left in the outbox. Safe to call often: it runs once per page. */
export function resumeOutbox(): Promise<void> {
  return (resumed ??= (async () => {
    addEventListener('online', () => pending.forEach((e) => schedule(e, 0)));
    let stored: [IDBValidKey, Entry][] = [];
    try {
      stored = await idb((s) => entries<IDBValidKey, Entry>(s));
    } catch {
      return; // no IndexedDB (blocked, or private mode in some browsers): nothing was kept
    }
    for (const [key, e] of stored) {
      if (e.expiresAt < Date.now()) await idb((s) => del(key, s)).catch(() => undefined);
      else if (!pending.has(e.envelope.id)) {
        e.stored = true;
        pending.set(e.envelope.id, e);
        schedule(e, Math.max(0, e.nextAt - Date.now()));
      }
    }
  })());
}

/** resumeOutbox once the page is idle: opening IndexedDB must not hold up an element's first render. */
export function resumeWhenIdle(): void {
  if (!resumed) whenIdle(() => void resumeOutbox());
}

/** The envelopes still waiting to be sent from this page. */
export function waiting(): Envelope[] {
  return [...pending.values()].map((e) => e.envelope);
}

function schedule(e: Entry, ms: number) {
  clearTimeout(timers.get(e.envelope.id));
  timers.set(e.envelope.id, setTimeout(() => void attempt(e), ms));
}

/** While an envelope kept nowhere but this page is unsent, leaving the page asks first. */
function guard() {
  const on = [...pending.values()].some((e) => !e.stored);
  if (on !== guarded) (on ? addEventListener : removeEventListener)('beforeunload', stay);
  guarded = on;
}

function stay(e: BeforeUnloadEvent) {
  e.preventDefault();
}

async function attempt(e: Entry): Promise<SubmitState> {
  const { envelope } = e;
  if (inFlight.has(envelope.id)) return { state: 'sending', envelope, stored: !!e.stored };
  inFlight.add(envelope.id);
  try {
    // One tab at a time sends a stored envelope (two open tabs both resume the outbox). One kept
    // only in this page needs no lock; nor can it have one where Web Locks are blocked.
    let ran = false;
    const run = () => ((ran = true), sendOnce(e));
    let result: SubmitState | null = null;
    if (e.stored && navigator.locks) {
      try {
        result = await navigator.locks.request(`esafety-outbox:${envelope.id}`, { ifAvailable: true }, (lock) => (lock ? run() : null));
      } catch {
        if (!ran) result = await run(); // Web Locks refused (no storage access): send anyway
      }
    } else result = await run();
    if (result) return result;
    schedule(e, 30_000); // another tab is sending it: look again later
    return { state: 'sending', envelope, stored: !!e.stored };
  } finally {
    inFlight.delete(envelope.id);
  }
}

async function sendOnce(e: Entry): Promise<SubmitState> {
  const { envelope } = e;
  // Holding the lock now: if the stored copy is gone, another tab has sent it since (this tab
  // may have waited for that tab's lock, or read the store before it finished).
  if (e.stored && !(await idb((s) => get(envelope.id, s)).catch(() => e))) {
    forget(e);
    const s: SubmitState = { state: 'sent', envelope, status: 0 };
    emit(s);
    return s;
  }
  emit({ state: 'sending', envelope, stored: !!e.stored });
  e.attempts++;
  const r = await send(envelope, e.dest);
  e.refusals = !r.ok && r.answered ? (e.refusals ?? 0) + 1 : 0;
  let s: SubmitState;
  if (r.ok || !r.retry || e.refusals >= MAX_REFUSALS) {
    forget(e);
    if (e.stored) await idb((s) => del(envelope.id, s)).catch(() => undefined);
    s = r.ok ? { state: 'sent', envelope, status: r.status } : { state: 'rejected', envelope, status: r.status ?? 0, error: r.error };
  } else {
    const wait = backoff(e.attempts, r.retryAfterMs);
    e.nextAt = Date.now() + wait;
    if (e.persist) await save(e);
    schedule(e, wait);
    s = { state: 'waiting', envelope, error: r.error, retryAt: e.nextAt, stored: !!e.stored };
  }
  emit(s);
  return s;
}

function forget(e: Entry) {
  pending.delete(e.envelope.id);
  clearTimeout(timers.get(e.envelope.id));
  timers.delete(e.envelope.id);
  guard();
}

/** Keep (or update) the envelope in IndexedDB. A failed write leaves `stored` as it was: an earlier copy is still there. */
async function save(e: Entry): Promise<void> {
  try {
    await idb((s) => set(e.envelope.id, e, s));
    e.stored = true;
  } catch {
    /* storage full, blocked or unavailable: still retried while the page is open */
  }
}
