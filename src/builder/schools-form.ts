import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { contactsForm } from './contacts-form.js';
import type { ContactRow, Problem, SchoolRow } from './edit.js';
import { inputField } from './field.js';

/** What was last said, and in which list's status line (by the id of the list's Add button). */
export interface ListNote {
  list: string;
  text: string;
}

/** A change to the federation's schools: the new rows, the field to focus after it, and what to announce. */
export type SchoolsChange = (rows: SchoolRow[], focus?: string, note?: ListNote) => void;

/**
 * A federation's schools (school.schools) as the admin edits them: each with its name, address
 * and its own contacts; add and remove schools. A school on its own leaves this empty. `note`:
 * what was last announced, shown in its own list's status line.
 */
export function schoolsForm(rows: SchoolRow[], problems: Problem[], change: SchoolsChange, note: ListNote | undefined) {
  const said = (list: string) => (note?.list === list ? note.text : '');
  const edit = (i: number, patch: Partial<SchoolRow>, focus?: string, note?: ListNote) =>
    change(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)), focus, note);
  const add = () => change([...rows, { id: '', name: '', address: '', contacts: [], rest: {} }], `b-s${rows.length}-name`);
  const remove = (i: number) => {
    const which = rows[i]!.name.trim() || msg(str`School ${i + 1}`);
    change(rows.filter((_, j) => j !== i), 'b-school-add', { list: 'b-school-add', text: msg(str`${which} removed from the federation.`) });
  };
  const contacts = (i: number) => (list: ContactRow[], focus?: string, note?: string) =>
    edit(i, { contacts: list }, focus, note === undefined ? undefined : { list: `b-s${i}-contact-add`, text: note });
  return html`<fieldset class="b-schools">
    <legend>${msg('Schools in the federation')}</legend>
    <p class="b-hint">${msg('Only for a federation: the schools it runs, each with its own contacts. The school name above is then the federation’s.')}</p>
    ${rows.map((r, i) => {
      const called = r.name.trim() || msg(str`school ${i + 1}`);
      return html`<fieldset class="b-school">
        <legend>${msg(str`School ${i + 1}`)}</legend>
        ${inputField(`b-s${i}-name`, msg('Name of the school'), r.name, problems, (v) => edit(i, { name: v }))}
        ${inputField(`b-s${i}-address`, msg('Address (optional)'), r.address, problems, (v) => edit(i, { address: v }))}
        ${contactsForm(r.contacts, problems, contacts(i), said(`b-s${i}-contact-add`), {
          prefix: `b-s${i}-c`,
          addId: `b-s${i}-contact-add`,
          legend: msg(str`Contacts at ${called}`),
        })}
        <button type="button" class="b-secondary" id="b-s${i}-remove" @click=${() => remove(i)}>${msg(str`Remove school ${i + 1}`)}</button>
      </fieldset>`;
    })}
    <p><button type="button" class="b-secondary" id="b-school-add" @click=${add}>${msg('Add a school')}</button></p>
    <p class="b-hint" role="status">${said('b-school-add')}</p>
  </fieldset>`;
}
