import { msg, str } from '@lit/localize';
import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { ResolvedBundle } from '../bundle/merge.js';
import { ADULTS, AGES } from '../bundle/schema/values.js';
import type { Age, Audience } from '../bundle/public-types.js';
import type { Agreement, BundleIssue, RichText } from '../bundle/types.js';
import type { QuizResult } from '../esafety-quiz/model.js';
import { SubmitController } from '../submit/controller.js';
import { submitDestination } from '../submit/destination.js';
import type { Confirm, Format, SubmitState } from '../submit/types.js';
import { formatDate, today } from '../text/dates.js';
import { langMark, pick } from '../text/local.js';
import { plainText } from '../text/markup.js';
import { rich } from '../text/render.js';
import { BundleElement } from '../ui/bundle-element.js';
import { aidReadAloud, aidSymbol, hasAids, loadAids } from '../ui/aids.js';
import { localText, say, type LangContext } from '../ui/local-text.js';
import { checkbox, fieldset, honeypot, notSentBox, textField, type FieldError } from '../ui/form.js';
import { autocomplete, blockLabel, fieldLabel, isRequired } from './labels.js';
import { blank, chooseAgreement, consentId, fieldId, statementId, type AgreementInput } from './model.js';
import { aupStyles } from './styles.js';
import { DEFAULT_AGREEMENTS } from '../bundle/defaults/agreements.en.js';
import { partsCheck } from '../bundle/fast-parts.js';

/** Rich text marked with its own language where that differs from the form's. */
const rich2 = (t: RichText, lc: LangContext) => {
  const [s, tl] = localText(t, lc);
  return html`<span lang=${langMark(tl, lc.lang) ?? nothing}>${rich(s)}</span>`;
};

/** An empty bundle, the same each time (a new one would make the quiz step load again). */
const NO_BUNDLE = Object.freeze({});

const AUDIENCES: readonly string[] = [...AGES, 'send', ...ADULTS];
/** Audiences that get symbols, big text and read-aloud. */
const YOUNG = ['eyfs', 'ks1', 'send'];

/** The receipt's code (receipt.ts), once the first agreement is on its way. */
let receipts: typeof import('./receipt.js') | undefined;
/** Loads it, with the outbox, on the first submit (SubmitController's afterSubmit): the form does not download it. */
const loadReceipts = async () => (receipts ??= await import('./receipt.js'));

/**
 * The check of what was filled in and the data sent (signing.ts): loaded when the form is first
 * used (a focus or a change in it), and awaited on submit, so a page where nobody signs does not
 * download it. A failed load is tried again on the next use.
 */
let signing: Promise<typeof import('./signing.js')> | undefined;
/** It, once loaded: the form shows its error summary (errors come only from its check). */
let signed: typeof import('./signing.js') | undefined;
const loadSigning = () =>
  (signing ??= import('./signing.js').then(
    (m) => (signed = m),
    (e: unknown) => {
      signing = undefined;
      throw e;
    },
  ));

/** The quiz step's code (quiz-step.ts, with the quiz's), once loaded; why it could not be, else. */
let quizSteps: typeof import('./quiz-step.js') | undefined;
let quizStepMissing: string | undefined;
/** Loads it, unless it is here (then undefined); a failed load is said by requirements(), and tried again on the next check. */
const loadQuizStep = (): Promise<void> | undefined =>
  quizSteps
    ? undefined
    : import('./quiz-step.js').then(
        (m) => void (quizSteps = m),
        (e: unknown) =>
          void (quizStepMissing = `asks for the quiz first, but the quiz could not be loaded (${e instanceof Error ? e.message : String(e)}) — put the whole dist folder on the server, not only esafety-elements.js`),
      );

/**
 * An acceptable-use agreement for one audience, from the bundle (else a built-in one): its
 * statements (with symbols and read-aloud for young pupils), signature fields, consents, the
 * "I have read and agree" tick and the date. Checked in the GOV.UK way, then sent through the
 * outbox, with an honest status and a printable receipt.
 *
 * @tagname aup-form
 * @summary Lets pupils, parents, staff and visitors sign an acceptable-use agreement.
 *
 * @attr age - Pupils' agreement: `eyfs`, `ks1`, `ks2`, `ks3` or `ks4`.
 * @attr audience - Any other audience: `staff`, `volunteer`, `governor`, `parent`, `visitor` (or `send`, or an age). Wins over `age`.
 * @attr endpoint - Where submissions go (else the bundle's `submit.endpoint`): https, or http on localhost.
 * @attr format - `text` (default), `json` or `form` (else the bundle's `submit.format`).
 * @attr confirm - What counts as accepted: `status` (default: a 2xx whose body does not say it failed) or `id` (only JSON echoing the submission's id, e.g. `{"ok":true,"id":"…"}`); else the bundle's `submit.confirm`.
 * @attr src - URL of the policy bundle (JSON). Elements with the same URL share one fetch.
 * @attr {string} lang - Language of the element (else the closest ancestor's, else the bundle default).
 * @attr heading-level - Level of the agreement's title and the receipt's heading (default 2).
 *
 * @fires esafety-submit - Cancelable, before sending: `detail.envelope`. Call preventDefault() to send it yourself.
 * @fires esafety-submitted - The endpoint accepted it: `detail.envelope`, `detail.status`.
 * @fires esafety-submit-failed - Not sent: `detail.envelope`, `detail.error`, `detail.willRetry` (false once it is given up: the form is shown again with a copy to print or save).
 * @fires esafety-bundle-error - The bundle (or the endpoint) could not be used: `detail.issues`, `detail.source`.
 *
 * @csspart form - The agreement form.
 * @csspart title - The agreement's title.
 * @csspart fallback-note - The note that a built-in agreement stands in for the school's (`agreementFallback`).
 * @csspart quiz-step - Step 1 when the agreement requires the quiz first: the quiz and its Continue button.
 * @csspart continue - "Continue to the agreement" after the quiz.
 * @csspart link - Links in the statements and consents.
 * @csspart statement - Each statement.
 * @csspart symbol - A statement's symbol (built-in or the school's image).
 * @csspart read-aloud - The "Read aloud" buttons.
 * @csspart fieldset - Each group: statements, signatures, consents.
 * @csspart input - Text fields.
 * @csspart checkbox - Checkboxes.
 * @csspart date - Today's date.
 * @csspart submit - The "Sign and send" button.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart submit-error - The box shown when the agreement was not sent and is no longer retried (refused, or the server kept answering that it failed).
 * @csspart save - "Save a copy" (a text file made in the browser) while the agreement is not sent.
 * @csspart receipt - The confirmation and printable receipt.
 * @csspart print - The Print buttons (the receipt, and a copy when not sent).
 * @csspart restart - "Fill in a new form" (for the next person on a shared device).
 * @csspart loading - The loading line.
 * @csspart error - The box shown in place of the form when the bundle is broken.
 *
 * @cssprop [--esafety-accent=#1d4f91] - Accent colour (buttons, ticks, symbols).
 * @cssprop [--esafety-border=#8a8f98] - Borders of fields and statements.
 * @cssprop [--esafety-link] - Link colour (defaults to the accent).
 * @cssprop [--esafety-muted=#4a5160] - Hints and the date.
 * @cssprop [--esafety-surface=#f4f6f9] - Background of statements and the receipt.
 * @cssprop [--esafety-focus=#ffbf47] - Focus ring colour.
 * @cssprop [--esafety-danger=#b3261e] - Errors.
 * @cssprop [--esafety-radius=4px] - Corner radius.
 * @cssprop [--esafety-max-width=48rem] - Widest the form grows.
 * @cssprop [--esafety-target=#fff7d6] - Background of the place a link or the address took the reader (a heading or a field).
 */
export class AupForm extends BundleElement {
  static override styles = aupStyles;
  protected static override check = partsCheck(
    // The quiz for its pass mark: the quiz step checks the bundle with the quiz's own defaults (handOn).
    ['school', 'agreements', 'quiz', 'submit', 'policyVersion'],
    { agreements: DEFAULT_AGREEMENTS },
    () => import('../bundle/defaults/aup-form.welsh.js'),
  );
  static override properties: PropertyDeclarations = {
    age: {},
    audience: {},
    endpoint: {},
    format: {},
    confirm: {},
    input: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    quiz: { state: true, attribute: false },
  };

  /** Pupils' agreement: `eyfs`, `ks1`, `ks2`, `ks3` or `ks4`. */
  age?: Age;
  /** Any other audience (`staff`, `volunteer`, `governor`, `parent`, `visitor`); wins over `age`. */
  audience?: Audience;
  /** Where submissions go (else the bundle's `submit.endpoint`). */
  endpoint?: string;
  /** `text`, `json` or `form` (else the bundle's `submit.format`, else `text`). */
  format?: Format;
  /** `status` or `id` (else the bundle's `submit.confirm`, else `status`). */
  confirm?: Confirm;

  private input = blank();
  private errors: Record<string, FieldError> = {};
  /** The quiz step: its last result, and whether the form has moved on to signing. */
  private quiz: { result?: QuizResult; passed?: boolean; done?: boolean } = {};

  private readonly submitter = new SubmitController(this, (s) => s.state === 'rejected' && void this.show('.submit-error'), loadReceipts);
  private agreement?: Agreement;
  private submitting = false;
  /** The code that checks and sends the agreement could not be loaded on the last submit: not sent. */
  private unsent = false;

  /** The state of the last submission (undefined before the first). */
  get submitState(): SubmitState | undefined {
    return this.submitter.state;
  }

  private get who(): string {
    return this.audience || this.age || '';
  }

  /** The agreement for this audience (see chooseAgreement). */
  private agreementIn(b: ResolvedBundle): Agreement | undefined {
    return chooseAgreement(b, this.who).agreement;
  }

  protected override requirements(b: ResolvedBundle): BundleIssue[] {
    const who = this.who;
    if (!AUDIENCES.includes(who))
      return [{ path: `the ${this.audience ? 'audience' : 'age'} attribute`, message: who ? `"${who}" is not one of: ${AUDIENCES.join(', ')}` : `is missing: use age (${AGES.join(', ')}) or audience (${ADULTS.join(', ')})` }];
    const c = chooseAgreement(b, who);
    const none = `has no agreement for "${who}"`;
    if (!c.agreement)
      return [{ path: 'agreements', message: c.own.length ? `${none} — add "${who}" to an agreement's "audiences", or set "agreementFallback": true for the built-in one` : none }];
    if (c.agreement.quizRequired && !quizSteps) return [{ path: `the agreement "${c.agreement.id}"`, message: quizStepMissing ?? 'asks for the quiz first, but the quiz is not loaded' }];
    if (c.fallback) console.warn(`<aup-form>: the policy bundle ${none}; showing the built-in one ("agreementFallback": true).`);
    const d = submitDestination(b, this.endpoint, this.format, this.confirm);
    return d.ok ? [] : d.issues;
  }

  protected override recheck(changed: PropertyValues): boolean {
    return ['age', 'audience', 'endpoint', 'format', 'confirm'].some((k) => changed.has(k));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    receipts?.forgetCopy(this);
  }

  /**
   * The symbols and "Read aloud" (ui/aids.ts), for an agreement that shows them: young pupils',
   * or one with a symbol; the quiz step and the quiz, for one that requires the quiz. A promise
   * only while something loads.
   */
  protected override prepare(b: ResolvedBundle): Promise<void> | undefined {
    const a = AUDIENCES.includes(this.who) ? this.agreementIn(b) : undefined;
    const aids = a && (YOUNG.includes(this.who) || a.statements.some((x) => x.symbol)) ? loadAids() : undefined;
    const quiz = a?.quizRequired ? loadQuizStep() : undefined;
    return aids && quiz ? Promise.all([aids, quiz]).then(() => {}) : (aids ?? quiz);
  }

  /** With an `endpoint` attribute, no bundle is needed: the built-in agreements serve. */
  protected override worksBare(): boolean {
    return !!this.endpoint;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const a = this.result?.ok ? this.agreementIn(this.result.bundle) : undefined;
    if (a && a !== this.agreement) {
      this.agreement = a;
      this.again();
    }
  }

  /** A fresh form (also for the next person on a shared device). */
  private again = () => {
    this.input = blank();
    this.errors = {};
    this.quiz = {};
    this.unsent = false;
    receipts?.forgetCopy(this);
    this.submitter.reset();
  };

  private set(patch: Partial<AgreementInput>) {
    this.input = { ...this.input, ...patch };
  }


  /** The form's first use (and each after): the clock of the spam check starts, and signing.ts loads. */
  private used = () => {
    this.submitter.started();
    loadSigning().catch(() => {}); // said on submit
  };

  private async onSubmit(e: Event) {
    e.preventDefault();
    const r = this.result;
    const a = this.agreement;
    if (this.submitting || this.submitter.busy || !r?.ok || !a) return;
    const dest = submitDestination(r.bundle, this.endpoint, this.format, this.confirm);
    if (!dest.ok) return; // refused when the bundle loaded
    this.submitting = true;
    try {
      let sign: typeof import('./signing.js');
      try {
        sign = await loadSigning();
      } catch (err) {
        // Nothing was checked or sent: "Not sent", over the form as it was filled in.
        console.error(`<aup-form>: not sent: the code that checks and sends it could not be loaded (${err instanceof Error ? err.message : String(err)}) — put the whole dist folder on the server`);
        this.unsent = true;
        this.requestUpdate();
        return await this.show('.submit-error');
      }
      this.unsent = false;
      // What is there now: the person may have gone on typing while it loaded.
      const lang = this.locale;
      const input = this.input;
      this.errors = sign.validate(a, input, lang);
      if (Object.keys(this.errors).length) return await this.show('.error-summary');
      const s = await this.submitter.submit(await sign.submission(a, r.bundle, input, lang, this.who, today(), this.quiz.result), dest.dest);
      await this.show(s.state === 'rejected' ? '.submit-error' : '#done');
    } finally {
      this.submitting = false;
    }
  }

  /** The quiz step (quiz-step.ts), loaded by prepare() for an agreement that requires the quiz. */
  private quizStep(a: Agreement, b: ResolvedBundle, lang: string): TemplateResult {
    const mark = b.quiz.passMark;
    return quizSteps!.quizStep({
      agreement: a,
      lang,
      base: b.defaultLocale,
      headingLevel: this.headingLevel,
      age: this.who === 'send' || (AGES as readonly string[]).includes(this.who) ? this.who : undefined,
      given: this.handOn(),
      mark,
      result: this.quiz.result,
      passed: this.quiz.passed,
      onDone: (e) => {
        this.quiz = { result: e.detail, passed: !mark || e.detail.score >= mark };
      },
      onContinue: this.toForm,
    });
  }

  /**
   * The bundle as it was given, for the quiz step, which checks it with the quiz's own defaults
   * and in its own language: the object or JSON text given, or the URL (one fetch, shared); none
   * given, an empty bundle (the built-in questions serve).
   */
  private handOn(): { bundle?: unknown; src?: string } {
    const s = this.source;
    return s.kind === 'property' ? { bundle: s.value } : s.kind === 'url' ? { src: s.url } : { bundle: s.kind === 'inline' ? s.text : NO_BUNDLE };
  }

  private toForm = () => {
    this.quiz = { ...this.quiz, done: true };
    void this.show('[part="title"]');
  };

  protected renderBundle(b: ResolvedBundle): TemplateResult {
    const a = this.agreement!;
    const lang = this.locale;
    const s = this.submitter.state;
    if (a.quizRequired && !this.quiz.done && !s) return this.quizStep(a, b, lang);
    const busy = this.submitter.busy;
    // Sent, waiting, or a later retry of it: the receipt. Sending for the first time: the form, busy.
    // Not sent: a copy to save, in the receipt while it is retried, over the kept form once given up.
    // (The receipts' code is loaded with the first submit, before any of these states.)
    const after = s && receipts?.afterSubmit(this, { a, b, s, lang, busy, again: this.again, level: this.headingLevel, apart: () => this.apart() });
    if (after?.view) return after.view;
    const day = today();
    const lc = { lang, base: b.defaultLocale };
    const young = YOUNG.includes(this.who);
    const fallback = chooseAgreement(b, this.who).fallback;
    const hasSignature = a.signatures?.some((x) => x.fields.some((f) => f.kind === 'signature'));
    const date = html`<p class="date" part="date">${msg('Date')}: <time datetime=${day}>${formatDate(day, lang)}</time></p>`;
    const h = this.heading();
    const ids = a.statements.map((x) => x.id);
    const { agreed, values, consents } = this.input;
    const all = ids.every((id) => agreed.has(id));
    const err = (id: string) => this.errors[id]?.message;
    return html`<form part="form" class=${young ? 'young' : ''} lang=${lang} novalidate @submit=${this.onSubmit} @focusin=${this.used} @change=${this.used}>
      ${s?.state === 'rejected' ? notSentBox(s.status, after?.save) : this.unsent ? notSentBox(0, nothing) : nothing}
      ${signed ? signed.errorSummary(Object.values(this.errors)) : nothing}
      ${fallback
        ? html`<p class="fallback-note" part="fallback-note">${msg(str`Note for the school: the policy bundle has no agreement for “${this.who}”, so this is the built-in one.`)}</p>`
        : nothing}
      <${h} part="title" tabindex="-1">${say(a.title, lc)}</${h}>
      ${a.quizRequired ? html`<p><b>${msg('Step 2 of 2: read and sign the agreement.')}</b></p>` : nothing}
      ${a.intro ? html`<p>${rich2(a.intro, lc)}</p>` : nothing}
      ${fieldset(
        { id: 'statements', label: msg('What I agree to'), error: err('statements') },
        html`<ul class="statements" role="list" @change=${this.onStatement}>
            ${a.statements.map((x) => {
              // The statement's own language: marked when it differs from the form's, and read aloud in it.
              const [text, tl] = localText(x.text, lc);
              const id = statementId(x.id);
              // A statement is its own checkbox row, not the shared checkbox() (whose wrappers, notes
              // and error states a statement never has); with neither symbol nor read-aloud, the row
              // is one template (fewer parts to render), and no white space between its parts. Its
              // tick is heard by the list (onStatement), not by a listener of its own.
              const checked = agreed.has(x.id);
              const label = rich(text);
              const labelLang = langMark(tl, lang) ?? nothing;
              return hasAids() && (x.symbol || young)
                ? html`<li class="statement" part="statement">${aidSymbol(x.symbol, pick(x.symbolAlt, lang))}<input id=${id} type="checkbox" part="checkbox" .checked=${checked} /><label
                    for=${id} id="${id}-text" lang=${labelLang}>${label}</label>${young ? aidReadAloud(plainText(text), tl, `${id}-text`) : nothing}</li>`
                : html`<li class="statement" part="statement"><input id=${id} type="checkbox" part="checkbox" .checked=${checked} /><label
                    for=${id} lang=${labelLang}>${label}</label></li>`;
            })}
          </ul>
          ${ids.length > 1
            ? checkbox({
                id: 'agree-all',
                label: html`<b>${msg('I agree to all of these')}</b>`,
                checked: all,
                indeterminate: !all && agreed.size > 0,
                onChange: (on) => this.tick(on ? ids : []),
              })
            : nothing}`,
      )}
      ${a.signatures?.map((b) =>
        fieldset(
          { id: b.id, label: b.label ? say(b.label, lc) : blockLabel(b, lang) },
          b.fields.map((f) => {
            const id = fieldId(b, f);
            return html`${textField({
              id,
              label: f.label ? say(f.label, lc) : fieldLabel(f, lang),
              required: isRequired(f),
              error: err(id),
              autocomplete: autocomplete(b, f),
              value: values[id] ?? '',
              onInput: (v) => this.set({ values: { ...this.input.values, [id]: v } }),
            })}${f.kind === 'signature' ? date : nothing}`;
          }),
        ),
      )}
      ${a.consents?.length
        ? fieldset(
            { id: 'consents', label: msg('Your choices') },
            a.consents.map((c) =>
              checkbox({
                id: consentId(c.id),
                label: html`${rich2(c.text, lc)}${c.required ? ` ${msg('(required)')}` : ''}`,
                required: c.required,
                error: err(consentId(c.id)),
                checked: !!consents[c.id],
                onChange: (on) => this.set({ consents: { ...this.input.consents, [c.id]: on } }),
              }),
            ),
          )
        : nothing}
      ${checkbox({
        id: 'read',
        label: msg('I have read this and I agree'),
        required: true,
        error: err('read'),
        checked: this.input.read,
        onChange: (read) => this.set({ read }),
      })}
      ${hasSignature ? nothing : date}
      ${honeypot(this.input.trap, (trap) => this.set({ trap }))}
      <button class="primary" part="submit" ?disabled=${busy}>${msg('Sign and send')}</button>
      <p role="status">${busy ? msg('Sending…') : ''}</p>
    </form>`;
  }

  /** A statement ticked or unticked (the list hears its checkboxes' changes). */
  private onStatement = (e: Event) => {
    const box = e.target as HTMLInputElement;
    const id = this.agreement?.statements.find((x) => statementId(x.id) === box.id)?.id;
    if (id === undefined) return;
    const agreed = new Set(this.input.agreed);
    if (box.checked) agreed.add(id);
    else agreed.delete(id);
    this.tick([...agreed]);
  };

  private tick(ids: string[]) {
    this.set({ agreed: new Set(ids) });
  }
}
