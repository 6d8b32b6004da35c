import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ResolvedBundle } from '../bundle/merge.js';
import { contactLabel } from '../ui/contacts.js';

/** Who a pupil can tell at school: the named trusted adults first, then the DSL and deputies. */
const TELL_ROLES = ['trusted-adult', 'dsl', 'deputy-dsl'] as const;

/** Take the reader to the page's <report-concern>: by its id when it has one, else scroll to it and focus its first control. */
function reportLink() {
  const form = document.querySelector('report-concern');
  if (!form) return nothing;
  const text = msg('Or tell the school online with the report form');
  if (form.id) return html`<p><a part="report-link" href=${`#${form.id}`}>${text}</a></p>`;
  const go = () => {
    form.scrollIntoView({ block: 'start' });
    form.shadowRoot?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  };
  return html`<p><button type="button" class="link" part="report-link" @click=${go}>${text}</button></p>`;
}

/**
 * "How to tell someone": after FLAG IT feedback and in the summary. Names the school's trusted
 * adults and DSL from the bundle, and links to the page's report form when there is one.
 */
export function tellSomeone(b: ResolvedBundle, lang: string) {
  const people = (b.school?.contacts ?? [])
    .filter((c) => (TELL_ROLES as readonly string[]).includes(c.role))
    .sort((x, y) => TELL_ROLES.indexOf(x.role as never) - TELL_ROLES.indexOf(y.role as never));
  return html`<div class="tell" part="tell">
    <p><b>${msg('How to tell someone')}</b>: ${msg('talk to a grown-up you trust, like a parent, a carer or your teacher.')}</p>
    ${people.length
      ? html`<p>${msg('At school you can also tell:')}</p>
          <ul>
            ${people.map((c) => html`<li>${contactLabel(c, lang)}</li>`)}
          </ul>`
      : nothing}
    ${reportLink()}
  </div>`;
}
