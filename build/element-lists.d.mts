/** A built-in list's chunks: the whole list, and its English only (one per `age` value for the quiz). */
export interface BuiltInList {
  whole: string;
  english: string | Record<string, string>;
}
export const BUILT_IN_LISTS: Record<string, BuiltInList[]>;
