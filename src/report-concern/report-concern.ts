import { msg } from '@lit/localize';
import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { ResolvedBundle } from '../bundle/merge.js';
import type { BundleIssue } from '../bundle/types.js';
import { SubmitController } from '../submit/controller.js';
import { submitDestination } from '../submit/destination.js';
import type { Confirm, Format, SubmitState } from '../submit/types.js';
import { pick } from '../text/local.js';
import { BundleElement } from '../ui/bundle-element.js';
import type { TextCopy } from '../ui/copy.js';
import { apartLabel } from '../ui/landmarks.js';
import { say } from '../ui/local-text.js';
import { errorSummary } from '../ui/error-summary.js';
import { checkbox, honeypot, notSentBox, textField, type FieldError } from '../ui/form.js';
import { radios, textArea } from '../ui/radios-textarea.js';
import { detailLabel, roleLabel, whatLabel, type Detail } from './labels.js';
import { blank, canStayAnonymous, concernData, isAnonymous, maxLength, nameLabel, routesFor, SHORT_MAX, validate, type ConcernInput, type Role } from './model.js';
import { noPictures, readersView, routesView, urgentView } from './routes.js';
import { concernStyles } from './styles.js';
import { DEFAULT_CONCERN } from '../bundle/defaults/concern.en.js';
import { partsCheck } from '../bundle/fast-parts.js';

/** Pasting or dropping files (a screenshot, a photo) does nothing: the form takes words only. */
const noFiles = (e: Event) => {
  const t = (e as ClipboardEvent).clipboardData ?? (e as DragEvent).dataTransfer;
  if (t?.types.includes('Files')) e.preventDefault();
};

/** The confirmation's code (receipt.ts), once the first report is on its way. */
let receipts: typeof import('./receipt.js') | undefined;
/** Loads it, with the outbox, on the first submit (SubmitController's afterSubmit): the form does not download it. */
const loadReceipts = async () => (receipts ??= await import('./receipt.js'));

/**
 * A safe way for pupils, parents and staff to report an online-safety concern. First "If someone
 * is in immediate danger, call 999", then the outside routes that fit who is reporting and what
 * happened (Childline, CEOP, Report Remove, NSPCC …), then the form: who, what kind, what
 * happened (with a length limit), when, where, who was involved, anonymous or a name and
 * contact. There is no upload of any kind, and the form says never to send a picture. The
 * report is sent through the outbox but, unless the bundle opts in (`concern.storeUnsent`),
 * never written to browser storage: if it cannot be sent, it is retried while the page is open
 * and the reporter can print or save a copy and sees the school's phone and email.
 *
 * @tagname report-concern
 * @summary Lets pupils, parents and staff report an online-safety concern to the school.
 *
 * @attr reporter - Who is reporting, chosen in advance: `pupil`, `parent`, `staff` or `other` (they can still change it).
 * @attr endpoint - Where reports go (else the bundle's `submit.endpoint`): https, or http on localhost.
 * @attr format - `text` (default), `json` or `form` (else the bundle's `submit.format`).
 * @attr confirm - What counts as accepted: `status` (default: a 2xx whose body does not say it failed) or `id` (only JSON echoing the submission's id, e.g. `{"ok":true,"id":"…"}`); else the bundle's `submit.confirm`.
 * @attr src - URL of the policy bundle (JSON). Elements with the same URL share one fetch.
 * @attr {string} lang - Language of the element (else the closest ancestor's, else the bundle default).
 * @attr heading-level - Level of the element's headings (default 2): the 999 notice, other places to get help, the form and the confirmation.
 *
 * @fires esafety-submit - Cancelable, before sending: `detail.envelope` (kind `concern`). Call preventDefault() to send it yourself.
 * @fires esafety-submitted - The endpoint accepted it: `detail.envelope`, `detail.status`.
 * @fires esafety-submit-failed - Not sent: `detail.envelope`, `detail.error`, `detail.willRetry` (false once it is given up: the form is shown again with a copy to print or save).
 * @fires esafety-bundle-error - The bundle (or the endpoint) could not be used: `detail.issues`, `detail.source`.
 *
 * @csspart urgent - The "call 999" box, always first.
 * @csspart call - Its "Call 999" link.
 * @csspart routes - "Other places that can help".
 * @csspart route - Each outside route.
 * @csspart link - Links to routes, phone numbers and email addresses.
 * @csspart form - The report form.
 * @csspart title - The form's heading.
 * @csspart fieldset - The groups of choices.
 * @csspart radio - Radio buttons.
 * @csspart textarea - "What happened?".
 * @csspart input - Text fields.
 * @csspart checkbox - "I want to stay anonymous".
 * @csspart no-pictures - The notice never to send a picture.
 * @csspart submit - The "Send report" button.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart submit-error - The box shown when the report was not sent and is no longer retried (refused, or the server kept answering that it failed).
 * @csspart receipt - The confirmation (or "Not sent yet") with the copy of the report.
 * @csspart print - "Print a copy" (the receipt, and the box when not sent).
 * @csspart save - "Save a copy" (a text file, made in the browser).
 * @csspart restart - "Report something else".
 * @csspart contacts - The school's contacts when a report is not sent yet.
 * @csspart contact - Each contact.
 * @csspart loading - The loading line.
 * @csspart error - The box shown in place of the form when the bundle is broken.
 *
 * @cssprop [--esafety-accent=#1d4f91] - Accent colour (buttons, radios, the confirmation).
 * @cssprop [--esafety-border=#8a8f98] - Borders of fields and routes.
 * @cssprop [--esafety-link] - Link colour (defaults to the accent).
 * @cssprop [--esafety-muted=#4a5160] - Hints and the character count.
 * @cssprop [--esafety-surface=#f4f6f9] - Background of the picture notice and the confirmation.
 * @cssprop [--esafety-focus=#ffbf47] - Focus ring colour.
 * @cssprop [--esafety-danger=#b3261e] - The 999 box, the picture notice and errors.
 * @cssprop [--esafety-radius=4px] - Corner radius.
 * @cssprop [--esafety-max-width=48rem] - Widest it grows.
 * @cssprop [--esafety-target=#fff7d6] - Background of the place a link or the address took the reader (a heading or a field).
 */
export class ReportConcern extends BundleElement {
  static override styles = concernStyles;
  protected static override check = partsCheck(
    ['school', 'concern', 'submit', 'policyVersion'],
    { concern: DEFAULT_CONCERN },
    () => import('../bundle/defaults/report-concern.welsh.js'),
  );
  static override properties: PropertyDeclarations = {
    reporter: {},
    endpoint: {},
    format: {},
    confirm: {},
    input: { state: true, attribute: false },
    errors: { state: true, attribute: false },
  };

  /** Who is reporting, chosen in advance (`pupil`, `parent`, `staff`, `other`). */
  reporter?: string;
  /** Where reports go (else the bundle's `submit.endpoint`). */
  endpoint?: string;
  /** `text`, `json` or `form` (else the bundle's `submit.format`, else `text`). */
  format?: Format;
  /** `status` or `id` (else the bundle's `submit.confirm`, else `status`). */
  confirm?: Confirm;

  private input = blank();
  private errors: Record<string, FieldError> = {};

  private readonly submitter = new SubmitController(this, (s) => s.state === 'rejected' && void this.show('.submit-error'), loadReceipts);
  private submitting = false;
  /** The plain-text copy offered while a report is not sent (a blob: URL, in memory only). */
  private copy?: TextCopy;

  /** The state of the last submission (undefined before the first). */
  get submitState(): SubmitState | undefined {
    return this.submitter.state;
  }

  protected override requirements(b: ResolvedBundle): BundleIssue[] {
    const roles: readonly string[] = b.concern.reporterRoles;
    const issues: BundleIssue[] = [];
    if (this.reporter && !roles.includes(this.reporter))
      issues.push({ path: 'the reporter attribute', message: `"${this.reporter}" is not one of: ${roles.join(', ')}` });
    b.concern.readBy?.forEach((id, i) => {
      if (!b.school?.contacts?.some((c) => c.id === id)) issues.push({ path: `concern.readBy[${i}]`, message: `"${id}" is not the id of a contact in school.contacts` });
    });
    const d = submitDestination(b, this.endpoint, this.format, this.confirm);
    return d.ok ? issues : [...issues, ...d.issues];
  }

  protected override recheck(changed: PropertyValues): boolean {
    return ['reporter', 'endpoint', 'format', 'confirm'].some((k) => changed.has(k));
  }

  /** With an `endpoint` attribute, no bundle is needed: the built-in categories and routes serve. */
  protected override worksBare(): boolean {
    return !!this.endpoint;
  }

  // While a report kept nowhere else is unsent, the outbox makes leaving the page ask first.
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.copy?.forget();
  }

  private get store(): boolean {
    return this.result?.ok === true && this.result.bundle.concern.storeUnsent === true;
  }

  /** Who is reporting: as chosen, else the `reporter` attribute, else the only role the bundle allows. */
  private who(b: ResolvedBundle): string {
    const roles = b.concern.reporterRoles;
    return this.input.role || this.reporter || (roles.length === 1 ? roles[0] : '');
  }

  /** A fresh form, for something else or the next person on a shared device: nothing typed is kept. */
  private again = async () => {
    this.input = blank();
    this.errors = {};
    this.copy?.forget();
    this.submitter.reset();
    await this.show('#form-title');
  };

  private set(patch: Partial<ConcernInput>) {
    this.input = { ...this.input, ...patch };
  }


  private async onSubmit(e: Event) {
    e.preventDefault();
    const r = this.result;
    if (this.submitting || this.submitter.busy || !r?.ok) return;
    const b = r.bundle;
    const lang = this.locale;
    const input = this.input;
    const role = this.who(b);
    this.errors = validate(b.concern, input, role);
    if (Object.keys(this.errors).length) return this.show('.error-summary');
    const dest = submitDestination(b, this.endpoint, this.format, this.confirm);
    if (!dest.ok) return; // refused when the bundle loaded
    this.submitting = true;
    try {
      const s = await this.submitter.submit(
        {
          kind: 'concern',
          audience: role,
          locale: lang,
          school: pick(b.school?.name, lang) || undefined,
          policyVersion: b.policy?.version ?? b.version,
          honeypot: input.trap,
          persist: this.store,
          data: { ...concernData(b.concern, input, role as Role, lang) },
        },
        dest.dest,
      );
      await this.show(s.state === 'rejected' ? '.submit-error' : '#done');
    } finally {
      this.submitting = false;
    }
  }

  /** "Save a copy" of a report that is not sent (the plain-text file is made once per report). */
  private save(b: ResolvedBundle, s: SubmitState) {
    const rc = receipts;
    if (!rc) return nothing; // its code could not be loaded: Print a copy still serves
    const { plainSummary } = rc;
    return rc.saveLink((this.copy ??= new rc.TextCopy()).url(s.envelope.id, () => plainSummary(s.envelope, this.locale, pick(b.school?.name, this.locale))), 'report', s.envelope.submittedAt);
  }

  protected renderBundle(b: ResolvedBundle): TemplateResult {
    const lang = this.locale;
    const c = b.concern;
    const s = this.submitter.state;
    const busy = this.submitter.busy;
    const sent = s?.state === 'sent';
    // Sent, waiting, or a later retry of it: the confirmation. Sending for the first time: the form, busy.
    const rc = receipts; // loaded with the first submit, before any of these states
    const done = rc && s && (sent || s.state === 'waiting' || (s.state === 'sending' && !busy));
    const i = this.input;
    const role = this.who(b);
    const pupil = role === 'pupil';
    const err = (id: string) => this.errors[id]?.message;
    const short = (id: Detail | 'name' | 'contact', label: string, hint?: string, required = false, autocomplete?: string) =>
      textField({ id, label, hint, required, autocomplete, error: err(id), max: SHORT_MAX, value: i[id], onInput: (v) => this.set({ [id]: v }) });
    const h = this.heading();
    const apart = this.apart();
    const lc = { lang, base: b.defaultLocale };
    return html`<div class="concern" lang=${lang} @paste=${noFiles} @dragover=${noFiles} @drop=${noFiles}>
      ${done
        ? rc.concernReceipt(b, s, lang, this.again, this.headingLevel, sent ? undefined : this.save(b, s), apart)
        : html`${apartLabel(apart)}${urgentView(b, lang, h, apart)} ${routesView(routesFor(c.routes, role, i.category), lc, !role, h, apart)}
            <form part="form" novalidate @submit=${this.onSubmit} @focusin=${this.submitter.started} @change=${this.submitter.started}>
              ${s?.state === 'rejected' ? notSentBox(s.status, this.save(b, s)) : nothing}
              ${errorSummary(Object.values(this.errors))}
              <${h} id="form-title" part="title" tabindex="-1">${msg('Report a concern')}</${h}>
              ${readersView(b, lang)}
              ${radios({
                id: 'role',
                label: msg('Who are you?'),
                error: err('role'),
                value: role,
                options: c.reporterRoles.map((value) => ({ value, label: roleLabel(value) })),
                onChange: (role) => this.set({ role }),
              })}
              ${pupil ? html`<p class="kind">${msg('Telling us is the right thing to do.')}</p>` : nothing}
              ${radios({
                id: 'category',
                label: msg('What kind of thing happened?'),
                hint: msg('Choose the one that fits best.'),
                error: err('category'),
                value: i.category,
                options: c.categories.map((x) => ({ value: x.id, label: say(x.label, lc), hint: x.hint && say(x.hint, lc) })),
                onChange: (category) => this.set({ category }),
              })}
              ${noPictures(b, lang)}
              ${textArea({
                id: 'what',
                label: whatLabel(),
                hint: pupil ? msg('Tell us in your own words.') : msg('Say what happened, and what was seen, sent or said.'),
                required: true,
                error: err('what'),
                max: maxLength(c),
                value: i.what,
                onInput: (what) => this.set({ what }),
              })}
              ${short('when', detailLabel('when'), msg('For example, last night or on 3 March'))}
              ${short('where', detailLabel('where'), msg('The app, website or game'))}
              ${short('involved', detailLabel('involved'), msg('Names or usernames, if you know them'))}
              ${canStayAnonymous(c)
                ? checkbox({
                    id: 'anonymous',
                    label: msg('I want to stay anonymous'),
                    hint: msg('The school will not know who you are, so it cannot tell you what happens next.'),
                    checked: i.anonymous,
                    onChange: (anonymous) => this.set({ anonymous }),
                  })
                : nothing}
              ${isAnonymous(c, i)
                ? nothing
                : html`${short('name', nameLabel(), undefined, true, pupil ? 'off' : 'name')}
                  ${pupil ? short('contact', msg('Your class')) : short('contact', msg('Phone number or email'), msg('So the school can get back to you'), false, 'email')}`}
              ${honeypot(i.trap, (trap) => this.set({ trap }))}
              <button class="primary" part="submit" ?disabled=${busy}>${msg('Send report')}</button>
              <p role="status">${busy ? msg('Sending…') : ''}</p>
            </form>`}
    </div>`;
  }
}
