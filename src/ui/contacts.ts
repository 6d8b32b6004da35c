import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Contact } from '../bundle/types.js';
import { pick } from '../text/local.js';
import { link } from '../text/render.js';
import { say, type LangContext } from './local-text.js';

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
    case 'organisation':
      return msg('Organisation');
    default:
      return msg('Contact');
  }
}

/** What a contact does: the bundle's own words for the role, else the built-in name. */
export const contactRole = (c: Contact, lang: string): string => (c.roleLabel ? pick(c.roleLabel, lang) : roleName(c.role));

/** "Name (role)", or the role alone when no one is named. */
export const contactLabel = (c: Contact, lang: string): string => (c.name ? `${c.name} (${contactRole(c, lang)})` : contactRole(c, lang));

/** A tel: link for a phone number as people write it ("01632 960123" → "tel:01632960123"). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** "https://www.helpline.example/" → "www.helpline.example" (the address as people read it). */
const shortUrl = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');

/**
 * A list of contacts: each one's roles (the bundle's words for the first, else built-in names),
 * name, organisation, and phone, email and website links.
 */
export function contactList(contacts: readonly Contact[], ctx: LangContext) {
  return html`<ul class="contacts" part="contacts">
    ${contacts.map(
      (c) => html`<li part="contact">
        <span class="role">${c.roleLabel ? say(c.roleLabel, ctx) : roleName(c.role)}${(c.roles ?? [])
          .filter((r) => r !== c.role)
          .map((r) => html`<span class="sep">, </span>${roleName(r)}`)}</span>
        ${c.name ? html`<span class="name">${c.name}</span>` : nothing}
        ${c.organisation ? html`<span class="org">${say(c.organisation, ctx)}</span>` : nothing}
        ${c.phone
          ? html`<span class="phone">${msg('Phone')}: <a part="link" href=${telHref(c.phone)}>${c.phone}</a></span>`
          : ''}
        ${c.email ? html`<span class="email">${msg('Email')}: <a part="link" href=${`mailto:${c.email}`}>${c.email}</a></span>` : ''}
        ${c.website
          ? html`<span class="website">${msg('Website')}: ${link(c.website, shortUrl(c.website))}</span>`
          : ''}
        ${c.note ? html`<span class="note">${say(c.note, ctx)}</span>` : ''}
      </li>`,
    )}
  </ul>`;
}
