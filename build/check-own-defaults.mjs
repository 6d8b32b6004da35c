// The CDN build (vite.config.ts, mode cdn): the whole-bundle check (bundle/validate.ts, loaded by
// loadValidator() on pages such as the WordPress settings page) fills in every built-in default
// (bundle/merge.ts → bundle/defaults/index.ts), and the elements import the ones they use (the
// built-in agreements, concern routes, guidance themes, quiz settings). One module can be in only one
// chunk, so either the element's built-in part is a file of its own, fetched before the element
// first shows, or the check imports the element's chunk and with it the element (its code, and
// defining it on a page that only checks a bundle). This plugin gives the check its own copy of
// those modules instead (about 4 KiB gzip in the check's chunk): plain data, so two copies read
// the same, and an element's built-in part goes in its own chunk (one file fewer before its
// first render), or with what the elements that use it share (the quiz's settings).
const DEFAULTS_INDEX = /[\\/]src[\\/]bundle[\\/]defaults[\\/]index\.ts$/;
const COPIED = /^\.\/(agreements|concern|guidance-themes|quiz)\.js$/;
export const COPY = '?whole-check';

export const checkOwnDefaults = () => ({
  name: 'esafety-check-own-defaults',
  apply: 'build',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!importer || !DEFAULTS_INDEX.test(importer) || !COPIED.test(source)) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved && { ...resolved, id: `${resolved.id}${COPY}` };
  },
});
