import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Contact } from '../bundle/types.js';
import { link } from '../text/render.js';
import { roleName, telHref } from './contacts.js';
import { say, type LangContext } from './local-text.js';

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
