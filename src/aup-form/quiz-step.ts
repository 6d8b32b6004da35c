import { msg, str } from '@lit/localize';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { Agreement } from '../bundle/types.js';
import type { QuizResult } from '../esafety-quiz/model.js';
import { announce } from '../ui/announce.js';
import { headingTag } from '../ui/heading.js';
import { say } from '../ui/local-text.js';
// The quiz itself: this module loads only for an agreement that asks for it (AupForm's prepare),
// and with it the quiz's code, so the step shows a quiz that works or, should that file be
// missing from the server, the form says so (its requirements) instead of an empty step.
import '../esafety-quiz/index.js';

/** What the quiz step shows, and what it does when the quiz is done and on Continue. */
export interface QuizStep {
  agreement: Agreement;
  lang: string;
  /** The bundle's default language (for the title's `lang` mark). */
  base?: string;
  /** The form's heading level: the step's title has it, the quiz's title the level below. */
  headingLevel: number;
  /** The quiz's `age` (the form's audience when it is a pupils' one). */
  age?: string;
  /** The bundle as the form was given it (AupForm's handOn): the quiz checks it with its own defaults. */
  given: { bundle?: unknown; src?: string };
  /** The bundle's pass mark (none: any score continues). */
  mark?: number;
  result?: QuizResult;
  passed?: boolean;
  onDone: (e: CustomEvent<QuizResult>) => void;
  onContinue: () => void;
}

/**
 * Step 1 of an agreement that requires the quiz (`quizRequired`): the quiz, then Continue. It
 * teaches rather than gates: any score continues, unless the bundle sets a pass mark.
 */
export function quizStep(s: QuizStep): TemplateResult {
  const h = headingTag(s.headingLevel);
  return html`<section class="quiz-step" part="quiz-step" lang=${s.lang}>
    <${h} part="title">${say(s.agreement.title, { lang: s.lang, base: s.base })}</${h}>
    <p><b>${msg('Step 1 of 2: the online safety quiz.')}</b> ${msg('Then you read and sign the agreement.')}</p>
    <esafety-quiz .bundle=${s.given.bundle} src=${s.given.src ?? nothing} age=${s.age ?? nothing} heading-level=${s.headingLevel + 1} lang=${s.lang} @esafety-quiz-complete=${s.onDone}></esafety-quiz>
    ${!s.result
      ? nothing
      : s.passed
        ? html`<button class="primary" part="continue" @click=${s.onContinue}>${msg('Continue to the agreement')}</button>`
        : html`<p class="error-message" role="status" ${announce(msg(str`To sign, you need ${s.mark} or more stories right. Have another try!`))}></p>`}
  </section>`;
}
