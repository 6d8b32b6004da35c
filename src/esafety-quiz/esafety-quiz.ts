import { msg, str } from '@lit/localize';
import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { ResolvedBundle } from '../bundle/merge.js';
import { AGES } from '../bundle/schema/values.js';
import type { Age } from '../bundle/public-types.js';
import type { BundleIssue, Question } from '../bundle/types.js';
import type { SubmitController } from '../submit/controller.js';
import type { Confirm, Format } from '../submit/types.js';
import { langMark, pick, pickWithLang, textLang } from '../text/local.js';
import { plainText } from '../text/markup.js';
import { rich } from '../text/render.js';
import { BundleElement } from '../ui/bundle-element.js';
import { aidReadAloud, aidSymbol, loadAids } from '../ui/aids.js';
import { actionButtons, storyToRead } from './actions.js';
import { attempt, mark, questionsFor, seeded, type QuizAnswer, type QuizResult } from './model.js';
import { quizStyles } from './styles.js';
import { summaryView, type SummaryInput } from './summary.js';
import { tellSomeone } from './tell.js';
import { DEFAULT_QUIZ } from '../bundle/defaults/quiz.en.js';
import { questionsBuiltIn } from '../bundle/defaults/built-in.js';
import { questionSet } from '../bundle/defaults/quiz-sets.js';
import { partsCheck } from '../bundle/fast-parts.js';

/** Ages the quiz takes; `send` is asked the KS1 questions. */
const QUIZ_AGES: readonly string[] = [...AGES, 'send'];
const YOUNG = ['eyfs', 'ks1', 'send'];

/**
 * The ZIP IT / BLOCK IT / FLAG IT quiz: short stories a pupil meets online, each answered with
 * one of the code's actions (the bundle's, so a school can teach SMART or T.H.I.N.K. instead).
 * One question at a time, kind feedback straight after each answer, a score and the questions
 * worth talking about at the end, and "Try again". No timer.
 *
 * @tagname esafety-quiz
 * @summary The ZIP IT / BLOCK IT / FLAG IT online-safety quiz for pupils.
 *
 * @attr age - The question set: `eyfs`, `ks1`, `ks2` (default), `ks3`, `ks4` or `send` (asked the KS1 set).
 * @attr endpoint - Send each result to this address (kind `quiz`, no name); else the bundle's `submit.endpoint` when `quiz.submitResults` is true.
 * @attr format - `text` (default), `json` or `form` (else the bundle's `submit.format`).
 * @attr confirm - What counts as accepted: `status` (default: a 2xx whose body does not say it failed) or `id` (only JSON echoing the submission's id); else the bundle's `submit.confirm`.
 * @attr seed - A number that fixes the order of the questions (for tests and demos); each "Try again" still reshuffles.
 * @attr heading-level - Level of the quiz's main heading (default 2).
 * @attr src - URL of the policy bundle (JSON). Elements with the same URL share one fetch.
 * @attr {string} lang - Language of the element (else the closest ancestor's, else the bundle default).
 *
 * @fires esafety-quiz-complete - The last question is answered: `detail.score`, `detail.total`, `detail.answers` (`{ question, chosen, answer, right }` each), `detail.age`.
 * @fires esafety-submit - Cancelable, before a result is sent: `detail.envelope`.
 * @fires esafety-submitted - The endpoint accepted the result: `detail.envelope`, `detail.status`.
 * @fires esafety-submit-failed - The result was not sent: `detail.envelope`, `detail.error`, `detail.willRetry`.
 * @fires esafety-bundle-error - The bundle (or the endpoint, or the age) could not be used: `detail.issues`, `detail.source`.
 *
 * @csspart quiz - The quiz.
 * @csspart title - The quiz's heading.
 * @csspart start - The "Start the quiz" button.
 * @csspart progress - "Question 2 of 12" and its bar.
 * @csspart scenario - The question's story.
 * @csspart symbol - A question's or action's picture.
 * @csspart action - Each action button (ZIP IT, BLOCK IT, FLAG IT).
 * @csspart read-aloud - The "Read aloud" buttons.
 * @csspart feedback - What follows an answer.
 * @csspart tell - "How to tell someone".
 * @csspart report-link - The link to the page's report form.
 * @csspart next - "Next question" / "See how you did".
 * @csspart summary - The end: score, questions worth talking about.
 * @csspart score - The score line.
 * @csspart status - The line that says whether the result was sent to the school.
 * @csspart link - Links in questions and feedback.
 * @csspart again - "Try again".
 * @csspart loading - The loading line.
 * @csspart error - The box shown in place of the quiz when the bundle is broken.
 *
 * @cssprop [--esafety-accent=#1d4f91] - Accent colour (buttons, symbols, the progress bar).
 * @cssprop [--esafety-border=#8a8f98] - Borders of the action buttons.
 * @cssprop [--esafety-link] - Link colour (defaults to the accent).
 * @cssprop [--esafety-muted=#4a5160] - The loading line.
 * @cssprop [--esafety-danger=#b3261e] - Border of the error box.
 * @cssprop [--esafety-surface=#f4f6f9] - Background of the feedback and the summary.
 * @cssprop [--esafety-focus=#ffbf47] - Focus ring colour.
 * @cssprop [--esafety-radius=4px] - Corner radius.
 * @cssprop [--esafety-max-width=48rem] - Widest the quiz grows.
 * @cssprop [--esafety-target=#fff7d6] - Background of the place a link or the address took the reader (a heading or a field).
 */
export class EsafetyQuiz extends BundleElement {
  static override styles = quizStyles;
  protected static override check = partsCheck(['school', 'quiz', 'submit', 'policyVersion'], { quiz: DEFAULT_QUIZ }, () =>
    import('../bundle/defaults/esafety-quiz.welsh.js'),
  );
  protected static override builtIns = questionsBuiltIn;
  static override properties: PropertyDeclarations = {
    age: {},
    endpoint: {},
    format: {},
    confirm: {},
    seed: { type: Number },
    questions: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    at: { state: true, attribute: false },
    ended: { state: true, attribute: false },
  };

  /** The question set: `eyfs`, `ks1`, `ks2` (default), `ks3`, `ks4` or `send`. */
  age?: Age | 'send';
  /** Send each result here (else the bundle's `submit.endpoint` when `quiz.submitResults` is true). */
  endpoint?: string;
  /** `text`, `json` or `form`. */
  format?: Format;
  /** `status` or `id` (else the bundle's `submit.confirm`, else `status`). */
  confirm?: Confirm;
  /** Fixes the question order (each "Try again" adds one to it). */
  seed?: number;

  /** This attempt's questions, in order; empty before "Start". */
  private questions: Question[] = [];
  private answers: QuizAnswer[] = [];
  /** The question on screen. */
  private at = 0;
  /** The summary is showing. */
  private ended = false;
  private tries = 0;
  /** The code that sends the result (sender.ts), for a quiz that sends one: loaded before it shows (prepare). */
  private sending?: typeof import('./sender.js');
  /** Why that code could not be loaded (the error box says so, before anyone plays). */
  private sendingMissing?: string;
  private submitter?: SubmitController;
  /** When this attempt began: the result's `startedAt`. */
  private startedAt?: string;

  /** The answers so far in this attempt. */
  get currentAnswers(): readonly QuizAnswer[] {
    return this.answers;
  }

  private get set(): string {
    return questionSet(this.age);
  }

  protected override builtInSet(): string {
    return this.set;
  }

  private wantsResults(b: ResolvedBundle): boolean {
    return !!this.endpoint || !!b.quiz.submitResults;
  }

  protected override worksBare(): boolean {
    return true;
  }

  protected override recheck(changed: PropertyValues): boolean {
    return ['age', 'endpoint', 'format', 'confirm'].some((k) => changed.has(k));
  }

  protected override requirements(b: ResolvedBundle): BundleIssue[] {
    if (this.age && !QUIZ_AGES.includes(this.age)) return [{ path: 'the age attribute', message: `"${this.age}" is not one of: ${QUIZ_AGES.join(', ')}` }];
    if (!questionsFor(b.quiz.questions, this.set).length)
      return [
        {
          path: 'quiz.questions',
          message: this.builtInsMissing ?? `has no questions for "${this.set}" — the built-in ones are for eyfs, ks1 and ks2; add your own with "ages": ["${this.set}"]`,
        },
      ];
    if (!this.wantsResults(b)) return [];
    if (!this.sending)
      return [{ path: this.endpoint ? 'the endpoint attribute' : 'quiz.submitResults', message: this.sendingMissing ?? 'asks for results to be sent, but the code that sends them is not loaded' }];
    const d = this.sending.submitDestination(b, this.endpoint, this.format, this.confirm);
    return d.ok ? [] : d.issues;
  }

  /** Its symbols and "Read aloud", and for a quiz that sends its result the sending: loaded side by side before it shows. */
  protected override async prepare(b: ResolvedBundle): Promise<void> {
    const aids = loadAids();
    if (this.wantsResults(b) && !this.sending)
      try {
        this.sending = await import('./sender.js');
      } catch (e) {
        // dist/ copied without its chunks: said before anyone plays, not after (the next check tries again).
        this.sendingMissing = `asks for results to be sent, but the code that sends them could not be loaded (${e instanceof Error ? e.message : String(e)}) — put the whole dist folder on the server, not only esafety-elements.js`;
      }
    await aids;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new bundle or age starts over at the beginning.
    if (['src', 'bundle', 'age'].some((k) => changed.has(k as keyof EsafetyQuiz))) this.restart(false);
  }

  private restart(start: boolean) {
    this.answers = [];
    this.questions = [];
    this.at = 0;
    this.ended = false;
    this.submitter?.reset();
    this.startedAt = undefined;
    const r = this.result;
    if (!start || !r?.ok) return;
    const random = this.seed === undefined ? Math.random : seeded(this.seed + this.tries);
    this.tries++;
    this.questions = attempt(r.bundle.quiz.questions, this.set, r.bundle.quiz.count, random);
    this.startedAt = new Date().toISOString();
    void this.show('#progress');
  }


  private choose(q: Question, id: string) {
    if (this.answers.length !== this.at || this.questions[this.at] !== q) return; // answered already
    this.answers = [...this.answers, mark(q, id)];
    void this.show('.feedback .said');
  }

  private next() {
    if (this.at < this.questions.length - 1) {
      this.at++;
      void this.show('#progress');
    } else void this.finish();
  }

  private async finish() {
    this.ended = true;
    void this.show('#summary');
    const answers = this.answers;
    const detail: QuizResult = { score: answers.filter((a) => a.right).length, total: answers.length, answers, age: this.set };
    this.dispatchEvent(new CustomEvent<QuizResult>('esafety-quiz-complete', { bubbles: true, composed: true, detail }));
    const r = this.result;
    if (!r?.ok || !this.wantsResults(r.bundle)) return;
    if (!this.sending) return; // (the check said so: the quiz did not show)
    const dest = this.sending.submitDestination(r.bundle, this.endpoint, this.format, this.confirm);
    if (!dest.ok) return;
    const b = r.bundle;
    const sender = (this.submitter ??= this.sending.quizSender(this));
    await sender.submit(
      {
        kind: 'quiz',
        audience: this.age,
        locale: this.locale,
        school: pick(b.school?.name, this.locale) || undefined,
        policyVersion: b.policy?.version ?? b.version,
        data: { ...detail },
        startedAt: this.startedAt,
      },
      dest.dest,
    );
  }

  protected renderBundle(b: ResolvedBundle): TemplateResult {
    const lang = this.locale;
    const young = YOUNG.includes(this.age ?? '');
    return html`<section part="quiz" class="quiz ${young ? 'young' : ''}" lang=${lang}>
      ${!this.questions.length ? this.intro(b, lang) : this.ended ? summaryView(this.summaryOf(b, lang)) : this.question(b, lang)}
    </section>`;
  }

  private intro(b: ResolvedBundle, lang: string) {
    const h = this.heading();
    return html`<${h} part="title">${msg('Online safety quiz')}</${h}>
      <p>${msg('Read each story and choose the best thing to do. There is no timer: take your time.')}</p>
      <ul class="key" role="list">
        ${b.quiz.actions.map((a) => html`<li>${aidSymbol(a.symbol, '')}<span><b>${pick(a.label, lang)}</b> ${pick(a.meaning, lang)}</span></li>`)}
      </ul>
      ${b.quiz.credit ? html`<p class="credit">${rich(pick(b.quiz.credit, lang))}</p>` : nothing}
      <button type="button" class="primary" part="start" @click=${() => this.restart(true)}>${msg('Start the quiz')}</button>`;
  }

  private label(b: ResolvedBundle, id: string, lang: string): string {
    return pick(b.quiz.actions.find((a) => a.id === id)?.label ?? id, lang);
  }

  private question(b: ResolvedBundle, lang: string) {
    const at = this.at;
    const q = this.questions[at];
    const n = this.questions.length;
    const answer = this.answers[at];
    const [scenario, sl] = pickWithLang(q.scenario, lang);
    // Marked, and read aloud, in the language it is written in (a plain string: the bundle's default).
    const scenarioLang = textLang(sl, b.defaultLocale ?? 'en-GB');
    const spoken = storyToRead(scenario, b.quiz.actions, lang);
    const h = this.heading();
    return html`<${h} class="progress" part="progress" id="progress" tabindex="-1">${msg(str`Question ${at + 1} of ${n}`)}</${h}>
      <progress max=${n} value=${at + (answer ? 1 : 0)} aria-labelledby="progress"></progress>
      <div class="story">
        ${aidSymbol(q.symbol, pick(q.symbolAlt, lang))}
        <p class="scenario" part="scenario" id="scenario" lang=${langMark(scenarioLang, lang) ?? nothing}>${rich(scenario)}</p>
      </div>
      ${aidReadAloud(spoken, scenarioLang, 'scenario')}
      ${actionButtons(
        b.quiz.actions,
        lang,
        msg('What would you do?'),
        (id) => this.choose(q, id),
        answer && { chosen: answer.chosen, best: answer.answer, bestText: msg('Best choice'), chosenText: msg('Your choice') },
      )}
      ${answer ? this.feedback(b, q, answer, lang, at === n - 1) : nothing}`;
  }

  private feedback(b: ResolvedBundle, q: Question, a: QuizAnswer, lang: string, last: boolean) {
    const [why, wl] = pickWithLang(q.explanation, lang);
    const whyLang = textLang(wl, b.defaultLocale ?? 'en-GB');
    const best = this.label(b, a.answer, lang);
    // Focus moves to the words of the feedback (not a live region as well, so they are read once, and without the buttons).
    return html`<div class="feedback" part="feedback">
      <div class="said" tabindex="-1">
        <p class="verdict"><b>${a.right ? msg(str`Yes! ${best} is the best thing to do.`) : msg(str`Good thinking. The best thing to do here is ${best}.`)}</b></p>
        <p id="why" lang=${langMark(whyLang, lang) ?? nothing}>${rich(why)}</p>
      </div>
      ${aidReadAloud(plainText(why), whyLang, 'why')}
      ${a.answer === 'flag' ? tellSomeone(b, lang) : nothing}
      <button type="button" class="primary" part="next" @click=${() => this.next()}>${last ? msg('See how you did') : msg('Next question')}</button>
    </div>`;
  }

  private summaryOf(b: ResolvedBundle, lang: string): SummaryInput {
    return {
      bundle: b,
      lang,
      heading: this.heading(),
      questions: this.questions,
      answers: this.answers,
      label: (id) => this.label(b, id, lang),
      state: this.submitter?.state,
      again: () => this.restart(true),
    };
  }
}
