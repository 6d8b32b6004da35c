// The CDN build (vite.config.ts, mode cdn) gives a few small modules a second copy, so that each
// can go in the chunk of what uses it: one file fewer before an element first shows, and no
// chunk that loads more than its page needs. Each copy is plain data or holds no state that two
// copies could disagree on. A module can be in only one chunk; without a copy it would be a file
// of its own (fetched before the element shows), or in one user's chunk, which every other user
// would then load whole.
//
// - The whole-bundle check (bundle/validate.ts, loadValidator(), e.g. on the WordPress settings
//   page) fills in every built-in default (bundle/merge.ts → bundle/defaults/index.ts), while
//   each element imports the ones it uses (the built-in agreements, concern routes, guidance
//   themes, quiz settings). The check gets its own copy (about 4 KiB gzip in its chunk), so it
//   loads no element, and each element's built-in part goes in its own chunk. (<aup-form> knows
//   the built-in agreements from the merge, not by identity: bundle/resolve.ts.)
// - The built-in lists' loader (bundle/defaults/built-in.ts): <esafety-quiz> and
//   <parent-guidance> each get one (0.5 KiB gzip) in their own chunk. Each loads only its own
//   list (questions or topics), so each list is still fetched once, by one copy.
// - The styles of the rich blocks (ui/block-styles.ts, 0.6 KiB gzip): <report-concern> gets its
//   own, so that the policy's and the guidance's go with the blocks they style (ui/blocks.ts,
//   used by those two only) in one chunk. A style sheet: two copies style alike.
const COPIES = [
  { importer: /[\\/]src[\\/]bundle[\\/]defaults[\\/]index\.ts$/, source: /^\.\/(agreements|concern|guidance-themes|quiz)\.js$/, copy: 'whole-check' },
  { importer: /[\\/]src[\\/]parent-guidance[\\/]parent-guidance\.ts$/, source: /^\.\.\/bundle\/defaults\/built-in\.js$/, copy: 'guidance' },
  { importer: /[\\/]src[\\/]report-concern[\\/]styles\.ts$/, source: /^\.\.\/ui\/block-styles\.js$/, copy: 'concern' },
];

export const moduleCopies = () => ({
  name: 'esafety-module-copies',
  apply: 'build',
  enforce: 'pre',
  async resolveId(source, importer) {
    const c = importer && COPIES.find((c) => c.importer.test(importer) && c.source.test(source));
    if (!c) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved && { ...resolved, id: `${resolved.id}?${c.copy}` };
  },
});
