import { msg } from '@lit/localize';
import { html } from 'lit';
import type { Contact } from '../bundle/types.js';
import { pick } from '../text/local.js';

/** The built-in name of a contact's role, in the UI language. */
export function roleName(role: Contact['role']): string {
  switch (role) {
    case 'dsl':
      return msg('Designated Safeguarding Lead');
    case 'deputy-dsl':
      return msg('Deputy Designated Safeguarding Lead');
    case 'online-safety-lead':
      return msg('Online safety lead');
    case 'headteacher':
      return msg('Headteacher');
    case 'safeguarding-governor':
      return msg('Safeguarding governor');
    case 'office':
      return msg('School office');
    case 'it-support':
      return msg('IT support');
    case 'trusted-adult':
      return msg('Trusted adult');
    default:
      return msg('Contact');
  }
}

/** What a contact does: the bundle's own words for the role, else the built-in name. */
export const contactRole = (c: Contact, lang: string): string => (c.roleLabel ? pick(c.roleLabel, lang) : roleName(c.role));

/** A tel: link for a phone number as people write it ("01632 960123" → "tel:01632960123"). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** A list of contacts with their roles and phone / email links. */
export function contactList(contacts: readonly Contact[], lang: string) {
  return html`<ul class="contacts" part="contacts">
    ${contacts.map(
      (c) => html`<li part="contact">
        <span class="role">${contactRole(c, lang)}</span>
        <span class="name">${c.name}</span>
        ${c.phone
          ? html`<span class="phone">${msg('Phone')}: <a part="link" href=${telHref(c.phone)}>${c.phone}</a></span>`
          : ''}
        ${c.email ? html`<span class="email">${msg('Email')}: <a part="link" href=${`mailto:${c.email}`}>${c.email}</a></span>` : ''}
        ${c.note ? html`<span class="note">${pick(c.note, lang)}</span>` : ''}
      </li>`,
    )}
  </ul>`;
}
