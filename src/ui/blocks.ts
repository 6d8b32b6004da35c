import { msg } from '@lit/localize';
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { isItemObject } from '../bundle/list-item.js';
import type { Block, Contact, LocalText, RichText } from '../bundle/types.js';
import { pick } from '../text/local.js';
import { link, type RichOptions } from '../text/render.js';
import { contactList } from './contact-list.js';
import { blockNodes, make } from './block-nodes.js';
import { apartName } from './landmarks.js';
import { localText, say, sayRich, type LangContext } from './local-text.js';

/** What block rendering needs to know beyond the block itself. */
export interface BlockContext extends RichOptions, LangContext {
  contacts: readonly Contact[];
  /** The number shown for the clause at this block index (e.g. "4.2", or '' for none), with its anchor. */
  clause?: (index: number) => { num: string; anchor: string } | undefined;
  /** Words that tell the element's table regions apart from another element's (see landmarks.ts). */
  apart?: string;
}

type ListItem = Extract<Block, { type: 'list' }>['items'][number];
/** A list item's own text (an item is rich text, or { text, blocks }). */
const itemText = (i: ListItem): RichText => (isItemObject(i) ? i.text : (i as RichText));

/** The blocks held inside a block: a clause's or note's own, and those of its list items. */
export function innerBlocks(b: Block): (readonly Block[])[] {
  if (b.type === 'list') {
    const out: (readonly Block[])[] = [];
    for (const i of b.items) if (typeof i === 'object' && isItemObject(i) && i.blocks) out.push(i.blocks);
    return out;
  }
  if ((b.type === 'clause' || b.type === 'note') && b.blocks) return [b.blocks];
  return [];
}

/** A block and every block inside it, depth first. */
export function* allBlocks(b: Block): Generator<Block> {
  yield b;
  for (const bs of innerBlocks(b)) for (const x of bs) yield* allBlocks(x);
}

/** A list of links with their titles and descriptions (related policies, a topic's trusted links); a title without a url is shown as text. */
export const linkList = (links: readonly { url?: string; title: LocalText; description?: LocalText }[], ctx: LangContext) =>
  html`<ul>
    ${links.map((l) => {
      const title = say(l.title, ctx);
      return html`<li>${l.url ? link(l.url, title) : title}${l.description ? html` — ${say(l.description, ctx)}` : nothing}</li>`;
    })}
  </ul>`;

/** Rich text in the context's language, marked with its own language where that differs (local-text.ts). */
export const text = (t: RichText | undefined, ctx: BlockContext) => sayRich(t, ctx);

/** The texts of a block itself (not of blocks inside it) in reading order, in one language (markup included), e.g. for search. */
export function blockStrings(b: Block, lang: string): string[] {
  const t = (r: RichText | undefined) => pick(r, lang);
  switch (b.type) {
    case 'list':
      return b.items.map((i) => t(itemText(i)));
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

/**
 * A section's or clause's shown number (<span class="num" part="number">): a node made here on
 * the page, where a template instance for each of a long policy's hundreds of numbers was a
 * good part of showing it; a template in the static render, which has no DOM.
 */
export function numberSpan(num: string): unknown {
  if (isServer) return html`<span class="num" part="number">${num}</span>`;
  const span = make('span', undefined, 'num', 'number');
  span.textContent = num;
  return span;
}

/** List items of rich text, a template each. */
const listItems = (items: readonly RichText[], ctx: BlockContext) => items.map((i) => html`<li>${text(i, ctx)}</li>`);

/** The contacts a contacts block shows: those it names by id or role, or all. */
export const chosenContacts = (b: Extract<Block, { type: 'contacts' }>, contacts: readonly Contact[]) =>
  contacts.filter((c) => (!b.ids && !b.roles) || b.ids?.includes(c.id) || b.roles?.some((r) => r === c.role || c.roles?.includes(r)));

/** Blocks inside a block: unnumbered (only a section's own clauses are numbered). */
const inner = (bs: readonly Block[] | undefined, ctx: BlockContext) => {
  if (!bs) return nothing;
  const c = { ...ctx, clause: undefined };
  return bs.map((b, i) => blockTemplate(b, i, c));
};

/**
 * Render one block of a policy section or guidance topic. Footnotes render at the end. On a page
 * it is built as nodes (block-nodes.ts); the static render, which has no DOM, uses templates.
 */
export const block = (b: Block, index: number, ctx: BlockContext): TemplateResult | Node | typeof nothing =>
  isServer ? blockTemplate(b, index, ctx) : blockNodes(b, index, ctx, numberSpan as (n: string) => Node);

/** One block as templates, for the static render (block-nodes.ts builds the same as nodes; test/block-nodes.test.ts compares them). */
export function blockTemplate(b: Block, index: number, ctx: BlockContext): TemplateResult | typeof nothing {
  switch (b.type) {
    case 'paragraph':
      return html`<p>${text(b.text, ctx)}</p>`;
    case 'list': {
      const items = b.items.some(isItemObject)
        ? b.items.map((i) =>
            isItemObject(i) ? html`<li>${i.blocks ? html`<p>${text(i.text, ctx)}</p>` : text(i.text, ctx)}${inner(i.blocks, ctx)}</li>` : html`<li>${text(i, ctx)}</li>`,
          )
        : listItems(b.items as readonly RichText[], ctx);
      return b.ordered ? html`<ol part="list">${items}</ol>` : html`<ul part="list">${items}</ul>`;
    }
    case 'clause': {
      const n = ctx.clause?.(index);
      return html`<div class="clause" part="clause" id=${n?.anchor ?? nothing} tabindex=${n ? '-1' : nothing}>
        ${n?.num ? numberSpan(n.num) : nothing}
        <div class="clause-body">
          <p>${text(b.text, ctx)}</p>${
            // One binding for what most clauses lack (sub-points, blocks): one marker, not two and a space between.
            b.items?.length || b.blocks?.length ? html`${b.items?.length ? html`<ul>${listItems(b.items, ctx)}</ul>` : nothing}${inner(b.blocks, ctx)}` : nothing
          }</div>
      </div>`;
    }
    case 'note':
      return html`<aside class="note ${b.variant ?? 'info'}" part="note">
        <strong class="note-title">${b.title ? say(b.title, ctx) : b.variant === 'important' ? msg('Important') : msg('Note')}</strong>
        <p>${text(b.text, ctx)}</p>
        ${inner(b.blocks, ctx)}
      </aside>`;
    case 'table':
      return html`<div class="table-wrap" part="table-wrap" tabindex="0" role="region" aria-label=${apartName(b.caption ? localText(b.caption, ctx)[0] : msg('Table'), ctx.apart ?? '')}>
        <table part="table">
          ${b.caption ? html`<caption>${say(b.caption, ctx)}</caption>` : nothing}
          <thead>
            <tr>${b.head.map((h) => html`<th scope="col">${say(h, ctx)}</th>`)}</tr>
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
    case 'contacts':
      return contactList(chosenContacts(b, ctx.contacts), ctx);
    case 'footnote':
      return nothing;
  }
}
