import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { countProblems } from '../bundle/issues.js';
import { contactsForm } from './contacts-form.js';
import { detailsOf, problemsOf, snippet, withDetails, type ContactRow, type Details, type Problem, type SchoolRow } from './edit.js';
import { inputField } from './field.js';
import { readPolicyFile } from './read-file.js';
import { schoolsForm, type ListNote } from './schools-form.js';
import type { ImportReport } from '../importer/index.js';
import { builderStyles } from './styles.js';

type Json = Record<string, any>;

const sheet = new CSSStyleSheet();
sheet.replaceSync(builderStyles);

/**
 * The builder page: drop or choose the school's policy document; the importer runs here in the
 * page (nothing is uploaded); the real elements preview the result; a short form fills in what
 * documents rarely hold; problems are listed with links to their fields; then download
 * policy.json and copy the snippet for the CMS. Light DOM, so the problem links are plain
 * same-page links to the fields.
 *
 * @tagname policy-builder
 * @summary Turns a policy document into a policy bundle in the browser.
 * @attr script-url - The address of esafety-elements.js for the CMS snippet.
 */
export class PolicyBuilder extends LitElement {
  static override properties: PropertyDeclarations = {
    scriptUrl: { attribute: 'script-url' },
    imported: { state: true },
    report: { state: true },
    fileName: { state: true },
    failure: { state: true },
    busy: { state: true },
    details: { state: true },
    previewNote: { state: true },
    note: { state: true },
  };

  scriptUrl = 'https://cdn.jsdelivr.net/npm/esafety-elements/dist/esafety-elements.js';
  private imported?: Json;
  private report?: ImportReport;
  private fileName = '';
  private failure = '';
  private busy = false;
  private details?: Details;
  private downloadUrl?: string;
  private previewNote = '';
  /** What the contacts' or schools' lists last said (a row removed), in that list's status line. */
  private note?: ListNote;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override createRenderRoot() {
    // Light DOM: the page's own styles are added once, as a constructed sheet (no inline <style>).
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return this;
  }

  /** The bundle as it stands: the imported one with the form's details written in. */
  get bundle(): Json | undefined {
    return this.imported && this.details ? withDetails(this.imported, this.details) : this.imported;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
  }

  private async take(file: File | undefined) {
    if (!file) return;
    this.busy = true;
    this.failure = '';
    try {
      const r = await readPolicyFile(file);
      this.imported = r.bundle;
      this.report = r.report;
      this.fileName = file.name;
      this.details = detailsOf(r.bundle);
      await this.updateComplete;
      this.querySelector<HTMLElement>('#b-result')?.focus();
    } catch (e) {
      this.failure = e instanceof Error ? e.message : String(e);
      await this.updateComplete;
      this.querySelector<HTMLElement>('#b-failure')?.focus();
    } finally {
      this.busy = false;
    }
  }

  private onDrop(e: DragEvent) {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.remove('over');
    void this.take(e.dataTransfer?.files[0]);
  }

  private onDrag(e: DragEvent, over: boolean) {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.toggle('over', over);
  }

  private edit(key: Exclude<keyof Details, 'contacts' | 'schools'>, value: string) {
    this.details = { ...this.details!, [key]: value };
  }

  /**
   * The contacts or the federation's schools changed: the preview follows; focus moves where
   * the change asks (a new row, or Add after a removal), and a removal is said in its list.
   */
  private async editRows(patch: { contacts: ContactRow[] } | { schools: SchoolRow[] }, focus?: string, note?: ListNote) {
    this.details = { ...this.details!, ...patch };
    if (note || focus) this.note = note;
    if (!focus) return;
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#${focus}`)?.focus();
  }

  /** A form in the preview is only a preview: nothing it gathers is sent anywhere. */
  private onPreviewSubmit(e: Event) {
    e.preventDefault();
    this.previewNote = msg('Preview only: nothing was sent.');
  }

  private download() {
    const b = this.bundle;
    if (!b) return;
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = URL.createObjectURL(new Blob([`${JSON.stringify(b, null, 2)}\n`], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = this.downloadUrl;
    a.download = 'policy.json';
    a.hidden = true;
    this.append(a);
    a.click();
    a.remove();
  }

  protected override render() {
    const b = this.bundle;
    const problems = b ? problemsOf(b) : [];
    return html`<section class="b-step" aria-labelledby="b-choose-title">
        <h2 id="b-choose-title">${msg('1. Choose your policy document')}</h2>
        <div class="b-drop" @drop=${this.onDrop} @dragover=${(e: DragEvent) => this.onDrag(e, true)} @dragleave=${(e: DragEvent) => this.onDrag(e, false)}>
          <label for="b-file">${msg('Word (.docx), Markdown, text, web page (.html) or a policy.json')}</label>
          <p class="b-hint" id="b-file-hint">${msg('Drop the file here or choose it. It is read in this browser: nothing is uploaded.')}</p>
          <input id="b-file" type="file" accept=".docx,.md,.markdown,.txt,.html,.htm,.json,.pdf" aria-describedby="b-file-hint"
            @change=${(e: Event) => this.take((e.target as HTMLInputElement).files?.[0])} />
          ${this.busy ? html`<p role="status">${msg('Reading the document…')}</p>` : nothing}
        </div>
        ${this.failure ? html`<p id="b-failure" class="b-failure" role="alert" tabindex="-1">${this.failure}</p>` : nothing}
      </section>
      ${b ? this.renderResult(b, problems) : nothing}`;
  }

  private renderResult(b: Json, problems: Problem[]) {
    const d = this.details!;
    const f = this.report?.found;
    const field = (id: string, key: Exclude<keyof Details, 'contacts' | 'schools'>, label: string, type = 'text', hint?: string) =>
      inputField(id, label, d[key], problems, (v) => this.edit(key, v), type, hint);
    return html`
      <section class="b-step" id="b-result" tabindex="-1" aria-labelledby="b-result-title">
        <h2 id="b-result-title">${msg(str`2. What was found in ${this.fileName}`)}</h2>
        ${f
          ? html`<ul class="b-found">
              <li>${msg(str`Sections: ${f.sections} (clauses: ${f.clauses}, appendices: ${f.appendices})`)}</li>
              <li>${msg(str`Lists: ${f.lists} (items: ${f.listItems}); tables: ${f.tables}; footnotes: ${f.footnotes}`)}</li>
              <li>${msg(str`Contacts: ${f.contacts}; agreements: ${f.agreements} (statements: ${f.statements})`)}</li>
            </ul>
            ${this.report!.check.length || this.report!.guessed.length
              ? html`<h3>${msg('Check these')}</h3>
                  <ul class="b-check">${[...this.report!.guessed, ...this.report!.check].map((c) => html`<li>${c}</li>`)}</ul>`
              : nothing}`
          : html`<p>${msg('A policy bundle: shown as it is.')}</p>`}
      </section>
      ${problems.length
        ? html`<div class="b-summary" role="region" aria-labelledby="b-problems-title">
            <h2 id="b-problems-title">${msg(str`There is a problem (${countProblems(problems)})`)}</h2>
            <ul>
              ${problems.map((p) => html`<li><a href="#${p.field}">${p.error ? msg('Error') : msg('Warning')}: ${p.path}: ${p.message}</a></li>`)}
            </ul>
          </div>`
        : html`<p class="b-ok" role="status">${msg('No problems found.')}</p>`}
      <section class="b-step" aria-labelledby="b-details-title">
        <h2 id="b-details-title">${msg('3. Details the document may not hold')}</h2>
        ${field('b-school', 'school', msg('School name'))}
        ${contactsForm(
          d.contacts,
          problems,
          (contacts, focus, text) => void this.editRows({ contacts }, focus, text === undefined ? undefined : { list: 'b-contact-add', text }),
          this.note?.list === 'b-contact-add' ? this.note.text : '',
        )}
        ${schoolsForm(d.schools, problems, (schools, focus, note) => void this.editRows({ schools }, focus, note), this.note)}
        ${field('b-approved', 'approved', msg('Date the governors approved the policy'), 'date')}
        <div class="b-field">
          <label for="b-cycle">${msg('Review cycle')}</label>
          <select id="b-cycle" .value=${d.reviewCycleMonths} @change=${(e: Event) => this.edit('reviewCycleMonths', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!d.reviewCycleMonths}>${msg('Not set')}</option>
            <option value="12" ?selected=${d.reviewCycleMonths === '12'}>${msg('Every year')}</option>
            <option value="24" ?selected=${d.reviewCycleMonths === '24'}>${msg('Every two years')}</option>
            <option value="36" ?selected=${d.reviewCycleMonths === '36'}>${msg('Every three years')}</option>
          </select>
        </div>
        ${field('b-next-review', 'nextReview', msg('Next review'), 'date')}
        ${field('b-endpoint', 'endpoint', msg('Where signed agreements and concern reports go'), 'url', msg('An https:// address from your IT provider, or a path on your site such as /forms/esafety.'))}
      </section>
      <section class="b-step" id="b-preview" tabindex="-1" aria-labelledby="b-preview-title">
        <h2 id="b-preview-title">${msg('4. Preview')}</h2>
        <esafety-policy .bundle=${b} heading-level="3"></esafety-policy>
        ${(b.agreements ?? []).map(
          // Without an endpoint yet, a stand-in one lets the form show; the preview never sends (onPreviewSubmit).
          (a: Json) => html`<aup-form .bundle=${b} audience=${a.audience ?? a.audiences?.[0] ?? 'staff'} heading-level="3"
            endpoint=${b.submit?.endpoint ? nothing : '/preview-only'} @esafety-submit=${this.onPreviewSubmit}></aup-form>`,
        )}
        <p class="b-hint" role="status">${this.previewNote}</p>
      </section>
      <section class="b-step" aria-labelledby="b-publish-title">
        <h2 id="b-publish-title">${msg('5. Publish')}</h2>
        <p>${msg('Save policy.json on your website, then paste this where the policy should appear:')}</p>
        <label for="b-snippet">${msg('Snippet for your website')}</label>
        <textarea id="b-snippet" readonly rows="3" .value=${snippet(this.scriptUrl)}></textarea>
        <p><button type="button" id="b-download" @click=${this.download}>${msg('Download policy.json')}</button></p>
        ${problems.some((p) => p.error) ? html`<p class="b-hint">${msg('The bundle still has errors: the policy will not show until they are fixed.')}</p>` : nothing}
      </section>`;
  }
}
