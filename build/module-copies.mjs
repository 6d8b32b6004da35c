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
// - Dates (text/dates.ts, 0.5 KiB gzip), which go with the blocks (<esafety-policy>,
//   <parent-guidance>): <aup-form> gets its own (its date line and receipt), and so does the
//   concern form's receipt (shown after a report is sent), with a list of contacts
//   (ui/contact-list.ts), so neither loads the blocks. Each copy keeps its own cache of formats.
// - The loading of symbols and "Read aloud" (ui/aids.ts, 0.2 KiB gzip), which <aup-form> and
//   <esafety-quiz> both use: the form has a copy of its own, so that neither loads a file for it.
//   The symbols themselves are one chunk (ui/statement-aids.ts), which both load with import(),
//   and the copies keep them in one place (ui/aids-slot.ts, in core).
// - The sending (submit/controller.ts, with where to and the envelope): a quiz that sends its
//   result gets its own, in its sender chunk, so that the forms' sending goes with the rest
//   they share (one file fewer before a form shows) and the quiz loads none of the forms. Each
//   controller keeps its own state; the outbox they both send through is one module.
// - The spoken announcements (ui/announce.ts), which go with both forms' receipts (loaded on the
//   first submit): the quiz step of an agreement has a copy of its own, so that it loads no
//   receipt's code.
// - The "There is a problem" box (ui/error-summary.ts): the agreement form's comes with its check
//   of what was filled in (aup-form/signing.ts, loaded on the form's first use); the concern form
//   has its own copy, in its chunk.
const COPIES = [
  { importer: /[\\/]src[\\/]bundle[\\/]defaults[\\/]index\.ts$/, source: /^\.\/(agreements|concern|guidance-themes|quiz)\.js$/, copy: 'whole-check' },
  { importer: /[\\/]src[\\/]parent-guidance[\\/]parent-guidance\.ts$/, source: /^\.\.\/bundle\/defaults\/built-in\.js$/, copy: 'guidance' },
  { importer: /[\\/]src[\\/]aup-form[\\/](aup-form|receipt)\.ts$/, source: /^\.\.\/text\/dates\.js$/, copy: 'aup-form' },
  { importer: /[\\/]src[\\/]aup-form[\\/]aup-form\.ts$/, source: /^\.\.\/ui\/aids\.js$/, copy: 'aup-form' },
  { importer: /[\\/]src[\\/]report-concern[\\/]receipt\.ts$/, source: /^\.\.\/(text\/dates|ui\/contact-list)\.js$/, copy: 'concern' },
  { importer: /[\\/]src[\\/]esafety-quiz[\\/]sender\.ts$/, source: /^\.\.\/submit\/(controller|destination)\.js$/, copy: 'quiz' },
  { importer: /[\\/]src[\\/]submit[\\/]controller\.ts\?quiz$/, source: /^\.\/envelope\.js$/, copy: 'quiz' },
  { importer: /[\\/]src[\\/]aup-form[\\/]quiz-step\.ts$/, source: /^\.\.\/ui\/announce\.js$/, copy: 'quiz-step' },
  { importer: /[\\/]src[\\/]report-concern[\\/]report-concern\.ts$/, source: /^\.\.\/ui\/error-summary\.js$/, copy: 'concern' },
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
