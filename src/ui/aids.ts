import { nothing } from 'lit';
import { loadedAids } from './aids-slot.js';
import type { readAloud } from './speech.js';
import type { symbol } from './symbols.js';

/*
 * Symbols and "Read aloud" (statement-aids.ts, in a chunk of their own) load only where they
 * show: for the quiz, and for a young pupils' agreement or one with a symbol (<aup-form>). Their
 * module puts them in aids-slot.ts as it runs and exports nothing: an import() of it then needs
 * no module object, nor the bundler's helper file to build one. Until they are there, or should
 * their file be missing from the server, the words show without them.
 *
 * In the CDN build <aup-form> has its own copy of this module and the quiz the original
 * (build/module-copies.mjs), so that neither fetches a file for it; both share aids-slot.ts.
 */
let loading: Promise<void> | undefined;

/** Loads them, unless they are here (then undefined); a failed load is forgotten, so the next element tries again. */
export const loadAids = (): Promise<void> | undefined =>
  loadedAids.symbol
    ? undefined
    : (loading ??= import('./statement-aids.js').then(
        () => {},
        (e) => ((loading = undefined), console.error('esafety-elements: symbols and "Read aloud" could not be loaded —', e)),
      ));

/** Whether they are here. */
export const hasAids = (): boolean => !!loadedAids.symbol;

/** A symbol (see symbols.ts), once they are here. */
export const aidSymbol: typeof symbol = (name, alt) => loadedAids.symbol?.(name, alt) ?? nothing;

/** A "Read aloud" button (see speech.ts), once they are here. */
export const aidReadAloud: typeof readAloud = (text, lang, by) => loadedAids.readAloud?.(text, lang, by) ?? nothing;
