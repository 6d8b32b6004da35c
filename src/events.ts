import type { BundleErrorDetail } from './ui/bundle-element.js';
import type { QuizResult } from './esafety-quiz/model.js';
import type { Envelope } from './submit/types.js';

/**
 * Every event the elements fire, with its detail, for TypeScript users:
 * `el.addEventListener('esafety-submitted', (e) => e.detail.status)` needs no cast.
 * All bubble and cross shadow roots (composed).
 */

/** Detail of `esafety-submit` (cancelable: call preventDefault() to send the envelope yourself). */
export interface SubmitDetail {
  envelope: Envelope;
}

/** Detail of `esafety-submitted`: the endpoint accepted the envelope with this HTTP status. */
export interface SubmittedDetail {
  envelope: Envelope;
  status: number;
}

/** Detail of `esafety-submit-failed`: not sent; `willRetry` when it is kept and retried later. */
export interface SubmitFailedDetail {
  envelope: Envelope;
  error: string;
  willRetry: boolean;
}

export type { BundleErrorDetail, QuizResult };

/** The elements' events by name. */
export interface EsafetyEventMap {
  'esafety-submit': CustomEvent<SubmitDetail>;
  'esafety-submitted': CustomEvent<SubmittedDetail>;
  'esafety-submit-failed': CustomEvent<SubmitFailedDetail>;
  'esafety-bundle-error': CustomEvent<BundleErrorDetail>;
  'esafety-quiz-complete': CustomEvent<QuizResult>;
}

declare global {
  interface HTMLElementEventMap extends EsafetyEventMap {}
}
