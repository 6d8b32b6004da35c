/**
 * The ages with built-in quiz questions. Each built-in question is for one of them, named in
 * its id's prefix ("ks1-…"), so a quiz can load its own age's questions alone (built-in.ts).
 */
export const BUILT_IN_SETS = ['eyfs', 'ks1', 'ks2'] as const;

/** The question set an <esafety-quiz> with this `age` asks: `ks2` when it has none, the KS1 set for `send`. */
export const questionSet = (age: string | null | undefined): string => (age === 'send' ? 'ks1' : age || 'ks2');

