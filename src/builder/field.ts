import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from './edit.js';

/** How a control is described: its hint and its problems, and whether it holds an error. */
export interface Described {
  describedBy: string | typeof nothing;
  invalid: 'true' | 'false';
}

/** A labelled form field, GOV.UK-style: label, hint, its own problems, then the control. */
export function field(id: string, label: string, problems: Problem[], control: (d: Described) => TemplateResult, hint?: string) {
  const own = problems.filter((p) => p.field === id);
  const error = own.some((p) => p.error);
  const describedBy = [hint ? `${id}-hint` : '', own.length ? `${id}-problem` : ''].join(' ').trim() || nothing;
  return html`<div class="b-field ${error ? 'has-error' : ''}">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="b-hint" id="${id}-hint">${hint}</p>` : nothing}
    ${own.length ? html`<p class="b-field-problem" id="${id}-problem">${own.map((p) => p.message).join(' ')}</p>` : nothing}
    ${control({ describedBy, invalid: error ? 'true' : 'false' })}
  </div>`;
}

/** A text-like input in a field. */
export function inputField(id: string, label: string, value: string, problems: Problem[], onInput: (v: string) => void, type = 'text', hint?: string) {
  return field(
    id,
    label,
    problems,
    (d) => html`<input id=${id} type=${type} .value=${value} @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
      aria-describedby=${d.describedBy} aria-invalid=${d.invalid} autocomplete="off" />`,
    hint,
  );
}
