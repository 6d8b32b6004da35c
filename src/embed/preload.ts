/**
 * Each element's code (its chunk and every chunk it needs), as dist/preload.json lists it:
 * build/embed.mjs writes the lists in for the `files` of each tag. From the source (the demo
 * site) there are none, and nothing is preloaded.
 */
declare const EMBED_ELEMENT_FILES: Record<string, string[]> | undefined;

/**
 * Asks for the element's code now, beside the settings (embed.json, policy.json), rather than
 * once they have arrived and the element is made: a `<link rel="modulepreload">` for each file
 * fetches it (and compiles it) but runs nothing, so the element is still defined only when it
 * is made, and what it loads for its language (which the settings may give) is fetched then,
 * beside its code, as the library does on any page.
 */
export function preloadElementCode(tag: string): void {
  const files = typeof EMBED_ELEMENT_FILES === 'object' ? EMBED_ELEMENT_FILES[tag] : undefined;
  for (const file of files ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}
