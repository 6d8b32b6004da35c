import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';

/*
 * Form pieces in the GOV.UK pattern, shared by the elements that collect input: an error
 * summary linking to each field (error-summary.ts), fields with label, hint and error message beside them,
 * checkbox items, a honeypot for spam bots, the "Not sent" box over a form that could not be
 * sent, and label and value pairs. Text areas and radios, which only the concern form has, are
 * in radios-textarea.ts. Styles: form-styles.ts.
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

/** The field an input event came from. */
export const value = (e: Event) => e.target as HTMLInputElement;

/** What `aria-describedby` of a field lists: its hint, its error message (and any more ids). */
export const described = (o: FieldOptions, ...more: string[]) => [o.hint && `${o.id}-hint`, o.error && `${o.id}-error`, ...more].filter(Boolean).join(' ') || nothing;

/** The hint and the error message of a field (ids `<id>-hint`, `<id>-error`); nothing, not an empty template, when it has neither. */
export const notes = (o: FieldOptions) =>
  !o.hint && !o.error
    ? nothing
    : html`${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}${o.error
    ? html`<p class="error-message" id="${o.id}-error"><span class="vh">${msg('Error:')}</span> ${o.error}</p>`
    : nothing}`;

/** A field's label; an optional one says "(optional)". */
export const label = (o: FieldOptions) => html`<label for=${o.id}>${o.label}${o.required ? '' : ` ${msg('(optional)')}`}</label>`;

/** A labelled text field; an optional one says "(optional)". `max`: the most characters it takes. */
export const textField = (o: FieldOptions & { value: string; autocomplete?: string; max?: number; onInput: (value: string) => void }) =>
  html`<div class="field ${o.error ? 'has-error' : ''}">${label(o)}${notes(o)}<input
    id=${o.id} type="text" part="input" autocomplete=${o.autocomplete ?? 'off'} ?required=${o.required} maxlength=${o.max ?? nothing}
    aria-invalid=${o.error ? 'true' : nothing} aria-describedby=${described(o)} .value=${o.value}
    @input=${(e: Event) => o.onInput(value(e).value)} /></div>`;

/**
 * A checkbox with its label beside it; the whole row is the target. `labelId` and `labelLang`
 * go on the label itself (for a label other parts refer to, in a language of its own).
 */
export const checkbox = (o: FieldOptions & { checked: boolean; indeterminate?: boolean; labelId?: string; labelLang?: string; onChange: (checked: boolean) => void }) =>
  html`<div class="checkbox ${o.error ? 'has-error' : ''}">${notes(o)}<div class="checkbox-row"><input
    id=${o.id} type="checkbox" part="checkbox" ?required=${o.required} aria-invalid=${o.error ? 'true' : nothing}
    aria-describedby=${described(o)} .checked=${o.checked} .indeterminate=${!!o.indeterminate}
    @change=${(e: Event) => o.onChange(value(e).checked)} /><label for=${o.id} id=${o.labelId ?? nothing} lang=${o.labelLang ?? nothing}>${o.label}</label></div></div>`;

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

/** Label and value pairs as a definition list (it copies cleanly into a record system): a receipt's, a route's contacts. */
export const definitions = (rows: readonly (readonly [unknown, unknown])[]) => html`<dl>${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;

/**
 * Over a form whose submission was not sent and is no longer retried: why, that the answers
 * are kept, and a copy to print or save. `status` 2xx: the server kept answering that it failed.
 */
export const notSentBox = (status: number, save: unknown) =>
  html`<div class="error-summary submit-error" part="submit-error" role="alert" tabindex="-1">
    <p>${status === 0
      ? // No answer from the school's system at all (this page could not load the code that sends).
        msg('Not sent: this page could not send it. Your answers are kept: please try again later, or print or save a copy.')
      : status >= 200 && status < 300
        ? msg('Not sent: the school’s system answered that it could not take it. Your answers are kept: please try again later, or print or save a copy.')
        : msg(str`Not sent: the school’s system said no (error ${status}). Your answers are kept: please try again.`)}</p>
    <p><button type="button" part="print" @click=${() => print()}>${msg('Print a copy')}</button>${save}</p>
  </div>`;
