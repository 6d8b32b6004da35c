/**
 * What every element does on a page without a form: send the envelopes earlier pages left in
 * the outbox, once the page is idle. The outbox's code (and IndexedDB) loads only then, and
 * only where this site ever kept an outbox, so a page with only the policy or the guidance
 * does not download it. A page with a form loads the outbox with its form and resumes from there.
 */

const idle = (fn: () => void) => (window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200)))(fn, { timeout: 2000 });

/** Run `fn` once the page is idle, so opening IndexedDB never holds up an element's first render. */
export const whenIdle = (fn: () => void): void => void idle(fn);

/** The outbox's database exists (or the browser cannot say): there may be envelopes to send. */
async function mayHaveKept(): Promise<boolean> {
  try {
    const list = await indexedDB.databases?.();
    return !list || list.some((d) => d.name === 'esafety-outbox');
  } catch {
    return false; // IndexedDB blocked (sandboxed frame, some private windows): nothing was kept
  }
}

let asked = false;

/** resumeOutbox (submit/outbox.ts) once the page is idle, loading the outbox only if it may hold something. */
export function resumeWhenIdle(): void {
  if (asked) return;
  asked = true;
  whenIdle(() =>
    void mayHaveKept()
      .then((yes) => (yes ? import('./outbox.js').then((m) => m.resumeOutbox()) : undefined))
      .catch(() => undefined), // resumeOutbox reports nothing either: the next page tries again
  );
}
