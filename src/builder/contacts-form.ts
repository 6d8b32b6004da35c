import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { CONTACT_ROLES } from '../bundle/schema/values.js';
import { roleName } from '../ui/contacts.js';
import type { ContactRow, Problem } from './edit.js';
import { field, inputField } from './field.js';

/** A new role brings its own name: the document's words for the old one (roleLabel) no longer fit. */
const withoutLabel = ({ roleLabel: _, ...rest }: ContactRow['rest']) => rest;

/** A change to the contacts: the new rows, the field to focus after it, and what to announce. */
export type ContactsChange = (rows: ContactRow[], focus?: string, note?: string) => void;

/**
 * The school's contacts as the admin edits them: each with a role (the element's own role names),
 * a name (optional: a role may have no one named), phone and email; add and remove several.
 */
export function contactsForm(rows: ContactRow[], problems: Problem[], change: ContactsChange, note: string) {
  const edit = (i: number, key: 'role' | 'name' | 'phone' | 'email', v: string) =>
    change(rows.map((r, j) => (j !== i ? r : key === 'role' ? { ...r, role: v as ContactRow['role'], rest: withoutLabel(r.rest) } : { ...r, [key]: v })));
  const add = () => change([...rows, { id: '', role: rows.length ? 'other' : 'dsl', name: '', phone: '', email: '', rest: {} }], `b-c${rows.length}-role`);
  const remove = (i: number) => {
    const who = rows[i]!.name || roleName(rows[i]!.role);
    change(rows.filter((_, j) => j !== i), 'b-contact-add', msg(str`Contact ${i + 1} (${who}) removed.`));
  };
  return html`<fieldset class="b-contacts">
    <legend>${msg('Contacts')}</legend>
    <p class="b-hint">${msg('Who staff, pupils and parents should contact, with their roles. A name is optional for a role with no one named.')}</p>
    ${rows.map(
      (r, i) => html`<fieldset class="b-contact">
        <legend>${msg(str`Contact ${i + 1}`)}</legend>
        ${field(
          `b-c${i}-role`,
          msg('Role'),
          problems,
          (d) => html`<select id="b-c${i}-role" aria-describedby=${d.describedBy} aria-invalid=${d.invalid}
            @change=${(e: Event) => edit(i, 'role', (e.target as HTMLSelectElement).value)}>
            ${CONTACT_ROLES.map((role) => html`<option value=${role} ?selected=${r.role === role}>${roleName(role)}</option>`)}
          </select>`,
        )}
        ${inputField(`b-c${i}-name`, msg('Name (optional)'), r.name, problems, (v) => edit(i, 'name', v))}
        ${inputField(`b-c${i}-phone`, msg('Phone'), r.phone, problems, (v) => edit(i, 'phone', v), 'tel')}
        ${inputField(`b-c${i}-email`, msg('Email'), r.email, problems, (v) => edit(i, 'email', v), 'email')}
        <button type="button" class="b-secondary" id="b-c${i}-remove" @click=${() => remove(i)}>${msg(str`Remove contact ${i + 1}`)}</button>
      </fieldset>`,
    )}
    <p><button type="button" class="b-secondary" id="b-contact-add" @click=${add}>${msg('Add a contact')}</button></p>
    <p class="b-hint" role="status">${note}</p>
  </fieldset>`;
}
