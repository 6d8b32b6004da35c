import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createEnvelope, type EnvelopeFields } from './envelope.js';
import { resumeWhenIdle } from './resume.js';
import type { Destination, SubmitState } from './types.js';

export interface SubmitRequest extends Omit<EnvelopeFields, 'startedAt'> {
  /** When the person began (default: when `started` was first called, else now). */
  startedAt?: string;
  /** The hidden honeypot field's value: '' from a person. */
  honeypot?: string;
  /** Keep in IndexedDB until accepted (default true; concern reports only when the bundle opts in). */
  persist?: boolean;
}

/** Submissions faster than this after the form was started are marked as likely spam. */
export const MIN_FILL_MS = 3000;

/**
 * Sends a form's submission for its element and keeps the element told: builds the envelope,
 * fires `esafety-submit` (cancelable: a host page that calls preventDefault() sends it itself),
 * hands it to the outbox, and fires `esafety-submitted` or `esafety-submit-failed` — also
 * for retries that succeed or fail later, while the element is on the page.
 */
export class SubmitController implements ReactiveController {
  /** The current submission's state (undefined before the first submit). */
  state?: SubmitState;
  /** When the person began filling in the form: the envelope's `startedAt`, and the spam check's clock. */
  startedAt?: string;
  private sending = false;
  private stop?: () => void;
  private connected = false;
  /** The outbox (and IndexedDB, and the transport): loaded on the first submit, not with the form. */
  private static outbox?: Promise<typeof import('./outbox.js')>;

  /**
   * `later`: told when a retry changes the state after submit() has returned (e.g. to move focus).
   * `afterSubmit`: loads what the element shows once a submission is on its way (its receipt),
   * with the outbox on the first submit, so the form does not download it.
   */
  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private later?: (s: SubmitState) => void,
    private afterSubmit?: () => Promise<unknown>,
  ) {
    host.addController(this);
  }

  /** True while a submission is on its way: the submit button is disabled, so a double click sends once. */
  get busy(): boolean {
    return this.sending;
  }

  hostConnected(): void {
    this.connected = true;
    // Earlier pages' envelopes are sent once the page is idle (every element does this too).
    resumeWhenIdle();
    // Retries concern only this form's own submission: heard once the outbox is there.
    if (this.state) void this.listen();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop?.();
    this.stop = undefined;
  }

  /** The outbox, loaded once per page; from then on it also resumes what earlier pages left. */
  private async outbox(): Promise<typeof import('./outbox.js')> {
    const m = await (SubmitController.outbox ??= import('./outbox.js').catch((e) => ((SubmitController.outbox = undefined), Promise.reject(e))));
    m.resumeWhenIdle();
    return m;
  }

  /** Hear the outbox's retries of this form's submission (while the element is on the page). */
  private async listen(): Promise<typeof import('./outbox.js')> {
    const m = await this.outbox();
    if (this.connected && !this.stop)
      this.stop = m.onOutbox((s) => {
        if (s.envelope.id !== this.state?.envelope.id || this.sending) return;
        this.update(s);
        this.later?.(s);
      });
    return m;
  }

  /** Note that the person has begun (the first focus or change in the form; a quiz's Start). Bind it to events. */
  started = (): void => {
    this.startedAt ??= new Date().toISOString();
  };

  /** Build, announce and send one submission; resolves with sent, waiting, rejected or cancelled. */
  async submit(req: SubmitRequest, dest: Destination): Promise<SubmitState> {
    if (this.sending && this.state) return this.state;
    this.sending = true;
    this.host.requestUpdate();
    try {
      const startedAt = req.startedAt ?? this.startedAt ?? new Date().toISOString();
      const envelope = createEnvelope({ ...req, startedAt });
      const filledMs = Date.parse(envelope.submittedAt) - Date.parse(startedAt);
      if (req.honeypot || filledMs < MIN_FILL_MS) envelope.spam = { honeypot: !!req.honeypot, tooFast: filledMs < MIN_FILL_MS };
      const go = this.host.dispatchEvent(
        new CustomEvent('esafety-submit', { bubbles: true, composed: true, cancelable: true, detail: { envelope } }),
      );
      if (!go) return this.update({ state: 'cancelled', envelope });
      this.update({ state: 'sending', envelope, stored: false });
      let outbox: typeof import('./outbox.js');
      try {
        [outbox] = await Promise.all([this.listen(), this.afterSubmit?.()]);
      } catch (e) {
        // The outbox's chunk (or the receipt's) is missing from the server (dist/ copied without dist/chunks/): not sent, and said so.
        const why = e instanceof Error ? e.message : String(e);
        return this.update({ state: 'rejected', envelope, status: 0, error: `the code that sends it could not be loaded (${why}) — put the whole dist folder on the server` });
      }
      return this.update(await outbox.enqueue(envelope, dest, req.persist ?? true));
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  /** Forget the last submission and when it was started (to fill in the form again). */
  reset(): void {
    this.state = undefined;
    this.startedAt = undefined;
    this.host.requestUpdate();
  }

  private update(s: SubmitState): SubmitState {
    this.state = s;
    this.host.requestUpdate();
    const fire = (type: string, detail: object) =>
      this.host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
    if (s.state === 'sent') fire('esafety-submitted', { envelope: s.envelope, status: s.status });
    // A 2xx that said it failed: willRetry true while it is retried, then false when given up.
    if (s.state === 'waiting' || s.state === 'rejected')
      fire('esafety-submit-failed', { envelope: s.envelope, error: s.error, willRetry: s.state === 'waiting' });
    return s;
  }
}
