import { loadedAids } from './aids-slot.js';
import { readAloud } from './speech.js';
import { symbol } from './symbols.js';

// What aids.ts loads: symbols and "Read aloud", put where the elements find them. No exports (see there).
Object.assign(loadedAids, { symbol, readAloud });
