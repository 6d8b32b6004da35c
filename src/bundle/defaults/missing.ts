/**
 * The message for a part of dist/ that could not be loaded (a chunk beside esafety-elements.js):
 * the usual cause is a copy of esafety-elements.js without the chunks folder.
 */
export function couldNotLoad(what: string, e: unknown): string {
  return `${what} could not be loaded (${e instanceof Error ? e.message : String(e)}) — put the whole dist folder on the server, not only esafety-elements.js`;
}
