import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { described, fieldset, label, notes, value, type FieldOptions } from './form.js';

// The fields only the concern form has, kept out of ui/form.ts so that the agreement form's page
// does not download them (issue 14): ui/form.ts goes in the chunk both forms share.

/**
 * A labelled text area of at most `max` characters, with "x of N characters" under it (read with
 * the field, not announced as one types) and, near the limit only, a polite "N characters left".
 */
export const textArea = (o: FieldOptions & { value: string; max: number; onInput: (value: string) => void }) => {
  const left = o.max - o.value.length;
  return html`<div class="field ${o.error ? 'has-error' : ''}">${label(o)}${notes(o)}<textarea
    id=${o.id} part="textarea" rows="6" maxlength=${o.max} ?required=${o.required} aria-invalid=${o.error ? 'true' : nothing}
    aria-describedby=${described(o, `${o.id}-count`)} .value=${o.value}
    @input=${(e: Event) => o.onInput(value(e).value)}></textarea><p class="hint" id="${o.id}-count">${msg(str`${o.value.length} of ${o.max} characters`)}</p><p
    class="vh" aria-live="polite">${left <= o.max / 10 ? msg(str`You have ${Math.max(0, left)} characters left`) : ''}</p></div>`;
};

export interface RadioOption {
  value: string;
  label: unknown;
  hint?: unknown;
}

/**
 * A group of radio buttons under a legend (the first radio has the group's id, so an error links
 * to it; the others `<id>.<value>`), each with an optional hint under its label.
 */
export const radios = (o: FieldOptions & { options: readonly RadioOption[]; value?: string; onChange: (value: string) => void }) =>
  fieldset(
    o,
    o.options.map((x, i) => {
      const id = i ? `${o.id}.${x.value}` : o.id;
      const hint = `${o.id}.${x.value}.hint`;
      return html`<div class="checkbox-row"><input id=${id} type="radio" part="radio" name=${o.id} .value=${x.value} .checked=${o.value === x.value}
        aria-describedby=${x.hint ? hint : nothing} @change=${() => o.onChange(x.value)} /><div><label for=${id}>${x.label}</label>${x.hint
          ? html`<p class="hint" id=${hint}>${x.hint}</p>`
          : nothing}</div></div>`;
    }),
  );
