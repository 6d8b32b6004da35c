/**
 * What @lit/localize's `str` tag returns, for the generated locale modules in the all-in-one
 * build only (vite.config.ts points their `@lit/localize` import here). A locale is a chunk
 * loaded on demand; importing `str` from the library would make the bundler move lit and
 * @lit/localize out of esafety-elements.js into a shared chunk that every page then fetches.
 * The shape is the library's (`{ strTag: true, strings, values }`, @lit/localize/internal/str-tag.js).
 */
export const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });
