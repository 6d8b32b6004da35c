import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Contact, LocalText, RichText } from '../bundle/types.js';
import { pick } from '../text/local.js';
import { link, rich, type RichOptions } from '../text/render.js';
import { contactList } from './contacts.js';
import { apartName } from './landmarks.js';

/** What block rendering needs to know beyond the block itself. */
export interface BlockContext extends RichOptions {
  lang: string;
  contacts: readonly Contact[];
  /** The number shown for the clause at this block index (e.g. "4.2"), with its anchor. */
  clause?: (index: number) => { num: string; anchor: string } | undefined;
  /** Words that tell the element's table regions apart from another element's (see landmarks.ts). */
  apart?: string;
}

/** A list of links with their titles and descriptions (a policy's related policies, a topic's trusted links). */
export const linkList = (links: readonly { url: string; title: LocalText; description?: LocalText }[], lang: string) =>
  html`<ul>
    ${links.map((l) => html`<li>${link(l.url, pick(l.title, lang))}${l.description ? html` — ${pick(l.description, lang)}` : nothing}</li>`)}
  </ul>`;

/** Rich text in the context's language. */
export function text(t: RichText | undefined, ctx: BlockContext) {
  return rich(pick(t, ctx.lang), ctx);
}

/** The texts of a block in reading order, in one language (markup included), e.g. for search. */
export function blockStrings(b: Block, lang: string): string[] {
  const t = (r: RichText | undefined) => pick(r, lang);
  switch (b.type) {
    case 'list':
      return b.items.map(t);
    case 'clause':
      return [t(b.text), ...(b.items ?? []).map(t)];
    case 'table':
      return [t(b.caption), ...b.head.map(t), ...b.rows.flat().map(t)];
    case 'contacts':
      return [];
    case 'note':
      return [t(b.title), t(b.text)];
    default:
      return [t(b.text)];
  }
}

/** Render one block of a policy section or guidance topic. Footnotes render at the end. */
export function block(b: Block, index: number, ctx: BlockContext): TemplateResult | typeof nothing {
  switch (b.type) {
    case 'paragraph':
      return html`<p>${text(b.text, ctx)}</p>`;
    case 'list': {
      const items = b.items.map((i) => html`<li>${text(i, ctx)}</li>`);
      return b.ordered ? html`<ol part="list">${items}</ol>` : html`<ul part="list">${items}</ul>`;
    }
    case 'clause': {
      const n = ctx.clause?.(index);
      return html`<div class="clause" part="clause" id=${n?.anchor ?? nothing} tabindex=${n ? '-1' : nothing}>
        ${n ? html`<span class="num" part="number">${n.num}</span>` : nothing}
        <div class="clause-body">
          <p>${text(b.text, ctx)}</p>
          ${b.items?.length ? html`<ul>${b.items.map((i) => html`<li>${text(i, ctx)}</li>`)}</ul>` : nothing}
        </div>
      </div>`;
    }
    case 'note':
      return html`<aside class="note ${b.variant ?? 'info'}" part="note">
        <strong class="note-title">${b.title ? pick(b.title, ctx.lang) : b.variant === 'important' ? msg('Important') : msg('Note')}</strong>
        <p>${text(b.text, ctx)}</p>
      </aside>`;
    case 'table':
      return html`<div class="table-wrap" part="table-wrap" tabindex="0" role="region" aria-label=${apartName(b.caption ? pick(b.caption, ctx.lang) : msg('Table'), ctx.apart ?? '')}>
        <table part="table">
          ${b.caption ? html`<caption>${pick(b.caption, ctx.lang)}</caption>` : nothing}
          <thead>
            <tr>${b.head.map((h) => html`<th scope="col">${pick(h, ctx.lang)}</th>`)}</tr>
          </thead>
          <tbody>
            ${b.rows.map(
              (r) =>
                html`<tr>
                  ${r.map((c, i) => (i === 0 && b.rowHeaders ? html`<th scope="row">${text(c, ctx)}</th>` : html`<td>${text(c, ctx)}</td>`))}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
    case 'contacts': {
      const chosen = ctx.contacts.filter(
        (c) => (!b.ids && !b.roles) || b.ids?.includes(c.id) || b.roles?.includes(c.role),
      );
      return contactList(chosen, ctx.lang);
    }
    case 'footnote':
      return nothing;
  }
}
