import { msg, str } from '@lit/localize';
import { nothing } from 'lit';
import { html, type StaticValue } from 'lit/static-html.js';
import type { ResolvedBundle } from '../bundle/merge.js';
import type { Question } from '../bundle/types.js';
import type { SubmitState } from '../submit/types.js';
import { langMark, pick, pickWithLang, textLang } from '../text/local.js';
import { rich } from '../text/render.js';
import type { QuizAnswer } from './model.js';
import { tellSomeone } from './tell.js';

export interface SummaryInput {
  bundle: ResolvedBundle;
  lang: string;
  heading: StaticValue;
  questions: readonly Question[];
  answers: readonly QuizAnswer[];
  /** An action's label by id. */
  label: (id: string) => string;
  /** The result's submission, when the quiz sends results. */
  state?: SubmitState;
  again: () => void;
}

/** Kind words for a score: praise for all right, encouragement otherwise; never "wrong". */
function praise(score: number, total: number): string {
  if (score === total) return msg('Brilliant! You know how to stay safe online.');
  if (score * 2 >= total) return msg('Well done! You know a lot about staying safe online.');
  return msg('Good try! Talking about these stories with a grown-up will help you next time.');
}

/** Where the result is, when the quiz sends it: honest, in a child's words. */
function status(s: SubmitState | undefined) {
  if (!s || s.state === 'cancelled') return nothing;
  const text =
    s.state === 'sent'
      ? msg('Your score has been sent to your school.')
      : s.state === 'sending'
        ? msg('Sending your score to your school…')
        : s.state === 'waiting'
          ? s.stored
            ? msg('Your score will be sent to your school when the connection is back.')
            : msg('Your score is not sent yet. Keep this page open and we will keep trying.')
          : msg('Your score could not be sent to your school.');
  return html`<p class="sent" part="status">${text}</p>`;
}

/** The end of an attempt: the score, kind words, the questions worth talking about, how to tell someone, and "Try again". */
export function summaryView(o: SummaryInput) {
  const { lang, heading: h } = o;
  const score = o.answers.filter((a) => a.right).length;
  const total = o.answers.length;
  const missed = o.questions.filter((_, i) => o.answers[i] && !o.answers[i].right);
  return html`<div class="summary" part="summary">
    <${h} id="summary" tabindex="-1">${msg('You finished the quiz!')}</${h}>
    <p class="score" part="score"><b>${msg(str`You chose the best thing to do for ${score} of ${total} stories.`)}</b></p>
    <p>${praise(score, total)}</p>
    ${missed.length
      ? html`<p><b>${msg('Worth talking about with a grown-up:')}</b></p>
          <ul class="missed">
            ${missed.map((q) => {
              const [text, found] = pickWithLang(q.scenario, lang);
              const mark = langMark(textLang(found, o.bundle.defaultLocale ?? 'en-GB'), lang);
              return html`<li>
                <span lang=${mark ?? nothing}>${rich(text)}</span>
                <br />${msg(str`Best thing to do: ${o.label(q.answer)}.`)} ${rich(pick(q.explanation, lang))}
              </li>`;
            })}
          </ul>`
      : nothing}
    ${tellSomeone(o.bundle, lang)} ${status(o.state)}
    <button type="button" class="primary" part="again" @click=${o.again}>${msg('Try again')}</button>
  </div>`;
}
