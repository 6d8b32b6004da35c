import type { School } from './types.js';

/** Every contact of a school: its own, then those of each school of a federation. */
export const allContacts = (s: School | undefined) => [...(s?.contacts ?? []), ...(s?.schools ?? []).flatMap((m) => m.contacts ?? [])];
