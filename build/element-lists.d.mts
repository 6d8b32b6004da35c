/** A built-in list's chunks: the whole list, and its English only (for the quiz, each by `age` value). */
export interface BuiltInList {
  whole: string | Record<string, string>;
  english: string | Record<string, string>;
  /** The guidance's: its lists when it shows one topic (its `topic` attribute), in place of the others. */
  topic?: { whole: string; english: string };
}
export const BUILT_IN_LISTS: Record<string, BuiltInList[]>;
