export const BUILT_IN_LISTS: Record<string, string[]>;
