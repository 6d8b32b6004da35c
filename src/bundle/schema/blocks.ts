import * as z from 'zod/mini';
import { Id, LocalText, RichText, Str } from './common.js';
import { CONTACT_ROLES } from './values.js';

/**
 * The building blocks of policy sections and guidance topics. `type` picks the block.
 * BLOCK_TYPES is exported so error messages and docs can list them.
 */
const paragraph = z.object({ type: z.literal('paragraph'), text: RichText });

/** More blocks inside a list item, clause or note (further paragraphs, lists in lists, any depth). */
const inner = () => z.optional(z.array(Block));

/** A list item: rich text, or { text, blocks } for an item with more paragraphs or a list inside. */
export const ListItem = z.union([
  RichText,
  z.object({
    text: RichText,
    get blocks(): z.ZodMiniOptional<z.ZodMiniArray<typeof Block>> {
      return inner();
    },
  }),
]);

const list = z.object({
  type: z.literal('list'),
  ordered: z.optional(z.boolean()),
  items: z.array(ListItem).check(z.minLength(1, 'needs at least one item')),
});

/** A numbered clause (4.2.1), optionally with a list of sub-points and blocks of its own. */
const clause = z.object({
  type: z.literal('clause'),
  id: z.optional(Id),
  /** The school's own number ("6.1"), shown when the policy's numbering is "given". */
  number: z.optional(Str),
  /** false: a clause shown without a number. */
  numbered: z.optional(z.boolean()),
  text: RichText,
  items: z.optional(z.array(RichText)),
  get blocks(): z.ZodMiniOptional<z.ZodMiniArray<typeof Block>> {
    return inner();
  },
});

const note = z.object({
  type: z.literal('note'),
  variant: z.optional(z.enum(['info', 'important'])),
  title: z.optional(LocalText),
  text: RichText,
  get blocks(): z.ZodMiniOptional<z.ZodMiniArray<typeof Block>> {
    return inner();
  },
});

/** A footnote; referenced from text as [^id] and listed, with links back, at the policy's end. */
const footnote = z.object({ type: z.literal('footnote'), id: Id, text: RichText });

const table = z.object({
  type: z.literal('table'),
  caption: z.optional(LocalText),
  head: z.array(LocalText).check(z.minLength(1, 'needs at least one column heading')),
  /** The first cell of each row heads that row (e.g. a glossary's terms). */
  rowHeaders: z.optional(z.boolean()),
  rows: z.array(z.array(RichText)),
});

/** Shows one of the school's contacts (by id), or all with the given roles. */
const contacts = z.object({
  type: z.literal('contacts'),
  ids: z.optional(z.array(Id)),
  roles: z.optional(z.array(z.enum(CONTACT_ROLES))),
});

export const Block: z.ZodMiniDiscriminatedUnion<
  [typeof paragraph, typeof list, typeof clause, typeof note, typeof footnote, typeof table, typeof contacts]
> = z.discriminatedUnion('type', [paragraph, list, clause, note, footnote, table, contacts]);
export const BLOCK_TYPES = ['paragraph', 'list', 'clause', 'note', 'footnote', 'table', 'contacts'] as const;

export { isItemObject } from '../list-item.js';
