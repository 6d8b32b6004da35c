/** A built-in list's chunks: the whole list, and its English only (for the quiz, each by `age` value). */
export interface BuiltInList {
  whole: string | Record<string, string>;
  english: string | Record<string, string>;
}
export const BUILT_IN_LISTS: Record<string, BuiltInList[]>;
