import { msg } from '@lit/localize';
import { html, nothing } from 'lit';

/*
 * Form pieces in the GOV.UK pattern, shared by the elements that collect input: an error
 * summary linking to each field, fields with label, hint and error message beside them,
 * checkbox items, and a honeypot for spam bots. Styles: form-styles.ts.
 */

/** A problem with one field: its element id and what to do about it. */
export interface FieldError {
  id: string;
  message: string;
}

export interface FieldOptions {
  id: string;
  label: unknown;
  hint?: unknown;
  error?: string;
  required?: boolean;
}

const value = (e: Event) => e.target as HTMLInputElement;

/** Focus a field of the same shadow root (a #fragment would change the page address and find nothing). */
function jump(e: Event, id: string) {
  e.preventDefault();
  const el = ((e.currentTarget as Node).getRootNode() as ShadowRoot).getElementById(id);
  el?.scrollIntoView({ block: 'center' });
  el?.focus({ preventScroll: true });
}

/** "There is a problem" and a link to each field in error. The element focuses it (`.error-summary`) when it appears. */
export const errorSummary = (errors: readonly FieldError[]) =>
  errors.length
    ? html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="problem"><h2 id="problem">${msg('There is a problem')}</h2><ul>${errors.map(
        (e) => html`<li><a href="#${e.id}" @click=${(ev: Event) => jump(ev, e.id)}>${e.message}</a></li>`,
      )}</ul></div>`
    : nothing;

/** What `aria-describedby` of a field lists: its hint and its error message. */
const described = (o: FieldOptions) => [o.hint && `${o.id}-hint`, o.error && `${o.id}-error`].filter(Boolean).join(' ') || nothing;

/** The hint and the error message of a field (ids `<id>-hint`, `<id>-error`). */
const notes = (o: FieldOptions) =>
  html`${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}${o.error
    ? html`<p class="error-message" id="${o.id}-error"><span class="vh">${msg('Error:')}</span> ${o.error}</p>`
    : nothing}`;

/** A labelled text field; an optional one says "(optional)". */
export const textField = (o: FieldOptions & { value: string; autocomplete?: string; onInput: (value: string) => void }) =>
  html`<div class="field ${o.error ? 'has-error' : ''}"><label for=${o.id}>${o.label}${o.required ? '' : ` ${msg('(optional)')}`}</label>${notes(o)}<input
    id=${o.id} type="text" part="input" autocomplete=${o.autocomplete ?? 'off'} ?required=${o.required}
    aria-invalid=${o.error ? 'true' : nothing} aria-describedby=${described(o)} .value=${o.value}
    @input=${(e: Event) => o.onInput(value(e).value)} /></div>`;

/** A checkbox with its label beside it; the whole row is the target. */
export const checkbox = (o: FieldOptions & { checked: boolean; indeterminate?: boolean; onChange: (checked: boolean) => void }) =>
  html`<div class="checkbox ${o.error ? 'has-error' : ''}">${notes(o)}<div class="checkbox-row"><input
    id=${o.id} type="checkbox" part="checkbox" ?required=${o.required} aria-invalid=${o.error ? 'true' : nothing}
    aria-describedby=${described(o)} .checked=${o.checked} .indeterminate=${!!o.indeterminate}
    @change=${(e: Event) => o.onChange(value(e).checked)} /><label for=${o.id}>${o.label}</label></div></div>`;

/** A group of fields under a legend, with the group's hint and error. */
export const fieldset = (o: FieldOptions, content: unknown) =>
  html`<fieldset class=${o.error ? 'has-error' : ''} part="fieldset" aria-describedby=${described(o)}><legend>${o.label}</legend>${notes(o)}${content}</fieldset>`;

/**
 * A field only a spam bot fills in: out of sight, of the accessibility tree and of the tab
 * order, never autofilled. Its value goes in the submission (`honeypot`).
 */
export const honeypot = (v: string, onInput: (value: string) => void) =>
  html`<div class="hp" aria-hidden="true"><label for="hp">Website</label><input id="hp" name="website" tabindex="-1" autocomplete="off"
    .value=${v} @input=${(e: Event) => onInput(value(e).value)} /></div>`;
