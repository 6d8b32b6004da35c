import type { readAloud } from './speech.js';
import type { symbol } from './symbols.js';

/**
 * Symbols and "Read aloud", once their module has run (statement-aids.ts puts them here): one
 * place for every element on the page, found through aids.ts.
 */
export const loadedAids: { symbol?: typeof symbol; readAloud?: typeof readAloud } = {};
