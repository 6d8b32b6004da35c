import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { FieldError } from './form.js';

// Not in ui/form.ts, which goes in the chunk both forms load before they show: the agreement form
// shows this only after its check (aup-form/signing.ts, loaded on the form's first use), so it
// comes with that check; the concern form has a copy in its own chunk (build/module-copies.mjs).

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
