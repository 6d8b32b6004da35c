import type * as z from 'zod/mini';
import type { ListItem } from './schema/blocks.js';

type Item = z.infer<typeof ListItem>;

/**
 * Whether a list item is { text, blocks } rather than rich text (a language map's keys are
 * language codes, never "text"). Apart from the block schema, so that the checks and the
 * views that need only this do not build the schema.
 */
export const isItemObject = (i: Item): i is Extract<Item, { text: unknown }> => typeof i === 'object' && 'text' in i;
