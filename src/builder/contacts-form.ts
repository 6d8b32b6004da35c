import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { CONTACT_ROLES } from '../bundle/schema/values.js';
import { roleName } from '../ui/contacts.js';
import type { ContactRow, Problem } from './edit.js';
import { field, inputField } from './field.js';

/** A new role brings its own name: the document's words for the old one (roleLabel) no longer fit. */
const withoutLabel = ({ roleLabel: _, ...rest }: ContactRow['rest']) => rest;

/** A change to the contacts: the new rows, the field to focus after it, and what to announce. */
export type ContactsChange = (rows: ContactRow[], focus?: string, note?: string) => void;

/**
 * Where a list of contacts sits: the school's own (ids b-c0-role …, "Add a contact" b-contact-add)
 * or a federation school's (b-s0-c0-role …, b-s0-contact-add), under its own legend.
 */
export interface ContactsPlace {
  /** Each row's ids start with it: `${prefix}${i}-role`. */
  prefix: string;
  /** The id of the list's "Add a contact" button. */
  addId: string;
  legend: string;
  hint?: string;
}

const SCHOOL_CONTACTS = (): ContactsPlace => ({
  prefix: 'b-c',
  addId: 'b-contact-add',
  legend: msg('Contacts'),
  hint: msg('Who staff, pupils and parents should contact, with their roles. A name is optional for a role with no one named.'),
});

/**
 * Contacts as the admin edits them: each with a role (the element's own role names), a name
 * (optional: a role may have no one named), phone and email; add and remove several.
 */
export function contactsForm(rows: ContactRow[], problems: Problem[], change: ContactsChange, note: string, place: ContactsPlace = SCHOOL_CONTACTS()) {
  const { prefix: p, addId } = place;
  const edit = (i: number, key: 'role' | 'name' | 'phone' | 'email', v: string) =>
    change(rows.map((r, j) => (j !== i ? r : key === 'role' ? { ...r, role: v as ContactRow['role'], rest: withoutLabel(r.rest) } : { ...r, [key]: v })));
  const add = () => change([...rows, { id: '', role: rows.length ? 'other' : 'dsl', name: '', phone: '', email: '', rest: {} }], `${p}${rows.length}-role`);
  const remove = (i: number) => {
    const who = rows[i]!.name || roleName(rows[i]!.role);
    change(rows.filter((_, j) => j !== i), addId, msg(str`Contact ${i + 1} (${who}) removed.`));
  };
  return html`<fieldset class="b-contacts">
    <legend>${place.legend}</legend>
    ${place.hint ? html`<p class="b-hint">${place.hint}</p>` : nothing}
    ${rows.map(
      (r, i) => html`<fieldset class="b-contact">
        <legend>${msg(str`Contact ${i + 1}`)}</legend>
        ${field(
          `${p}${i}-role`,
          msg('Role'),
          problems,
          (d) => html`<select id="${p}${i}-role" aria-describedby=${d.describedBy} aria-invalid=${d.invalid}
            @change=${(e: Event) => edit(i, 'role', (e.target as HTMLSelectElement).value)}>
            ${CONTACT_ROLES.map((role) => html`<option value=${role} ?selected=${r.role === role}>${roleName(role)}</option>`)}
          </select>`,
        )}
        ${inputField(`${p}${i}-name`, msg('Name (optional)'), r.name, problems, (v) => edit(i, 'name', v))}
        ${inputField(`${p}${i}-phone`, msg('Phone'), r.phone, problems, (v) => edit(i, 'phone', v), 'tel')}
        ${inputField(`${p}${i}-email`, msg('Email'), r.email, problems, (v) => edit(i, 'email', v), 'email')}
        <button type="button" class="b-secondary" id="${p}${i}-remove" @click=${() => remove(i)}>${msg(str`Remove contact ${i + 1}`)}</button>
      </fieldset>`,
    )}
    <p><button type="button" class="b-secondary" id=${addId} @click=${add}>${msg('Add a contact')}</button></p>
    <p class="b-hint" role="status">${note}</p>
  </fieldset>`;
}
