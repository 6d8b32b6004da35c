import { resolve } from 'node:path';
import { defineConfig, type BuildEnvironmentOptions, type Connect, type Plugin } from 'vite';
import { minifyCss } from './build/minify-css.mjs';
import { withoutBuilderStrings } from './build/builder-strings.mjs';
import { englishOnlyLists } from './build/english-only.mjs';
import { minifyHtml } from './build/minify-html.mjs';
import { moduleCopies } from './build/module-copies.mjs';
import { preloadChunks } from './build/preload-chunks.mjs';
import { createReceiver } from './build/receiver.mjs';

/**
 * `vite build --mode cdn`: dist/esafety-elements.js, the one small ES module a school's page
 * includes (src/cdn.ts), and beside it dist/chunks/: each element's code (lit and zod inlined,
 * in chunks shared between elements), the Welsh strings and the long built-in lists, each
 * loaded only on pages that use it. An element's chunk is named after its folder.
 */
const cdn: BuildEnvironmentOptions = {
  outDir: 'dist',
  emptyOutDir: false,
  target: 'es2022',
  minify: true,
  lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'esafety-elements.js' },
  rolldownOptions: {
    output: {
      // What every element uses (lit, the bundle checks generated from the schema, text, the base
      // UI) in one chunk rather than a dozen small ones: fewer requests, and gzip works across it.
      // Not in core: zod and the schema (below), lit's directives (only the quiz uses one),
      // idb-keyval (the outbox's), zod-issues.ts, json-error.ts, depth-issues.ts, load-words.ts, suggest.ts and
      // ui/bundle-error.ts (the words and the box for a mistake in a bundle: loaded when there is one).
      // ui/contacts.ts (the names of contacts' roles) is in core (issue 14, fewer files): the quiz,
      // the concern form and the blocks use them; lists of contacts and dates go with the blocks.
      codeSplitting: {
        groups: [
          {
            name: 'core',
            test: /node_modules(?![\\/](zod|idb-keyval|lit(-html)?[\\/](directives?[\\/.]|directive-helpers)))|[\\/]src[\\/](bundle[\\/](?!defaults[\\/]|zod-issues|json-error|depth-issues|load-words|suggest|validate|merge|parts|zod-parts|field-names|schema[\\/](?!rules|values))|text[\\/](?!dates)|i18n[\\/](?!generated)|ui[\\/](bundle-element|styles|heading|define|local-text|contacts|aids-slot)\.ts)/,
          },
          // zod and the zod schema of the bundle (issue 14): the elements check a bundle with the
          // checks generated from it (src/bundle/generated/fast-checks.ts, in core) and load this
          // chunk only when those refuse one, to say what is wrong (src/bundle/zod-parts.ts); the
          // whole-bundle check (validate, the builder) loads it too. Its rules and lists of values
          // (schema/rules.ts, schema/values.ts) stay in core: the generated checks use them.
          { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]bundle[\\/](parts|zod-parts|field-names|schema[\\/](?!rules|values)[\w-]+)\.ts/ },
          // Where a bundle nests too deep (src/bundle/depth-issues.ts): the elements' checks load it
          // only for one that does (src/bundle/depth.ts), the whole-bundle check imports it.
          { name: 'depth-issues', test: /[\\/]src[\\/]bundle[\\/]depth-issues\.ts$/ },
          // Sending (the outbox, its transport and IndexedDB): a form loads it on its first
          // submit (submit/controller.ts); any element once idle, and only where an outbox was ever kept.
          { name: 'submit', test: /idb-keyval|[\\/]src[\\/]submit[\\/](outbox|transport)\.ts/ },
          // Fewer files before an element's first render (issue 14: each file is a request, and on
          // a school's HTTP/1.1 shared hosting each costs more than its bytes). Left alone, rolldown
          // gives each set of small modules that the same elements share a chunk of its own. These
          // put together modules that the same elements need for their first render, so no page
          // loads more in all than before; `npm run size` counts each page kind's files to first
          // render against a budget (build/size-budgets.json).
          // - What the two forms (<aup-form>, <report-concern>) share: the form's styles and
          //   fields (not the concern form's text area and radios, ui/radios-textarea.ts, nor the
          //   receipt's frame, "Save a copy" and spoken announcements, ui/receipt.ts, ui/copy.ts and
          //   ui/announce.ts: they load with their receipts, on the first submit), and
          //   what they send with: where to, the envelope and the sending (the outbox itself loads
          //   on the first submit). A quiz that sends its result has its own copy of the last
          //   (build/module-copies.mjs), so it loads none of the forms.
          { name: 'forms', test: /[\\/]src[\\/](ui[\\/](form|form-styles)|submit[\\/](controller|envelope|destination))\.ts$/ },
          // - What <esafety-policy> and <parent-guidance> share: the rich blocks and their styles,
          //   lists of contacts and dates (<aup-form> and the concern form's receipt have copies of
          //   their own: build/module-copies.mjs).
          { name: 'blocks', test: /[\\/]src[\\/](ui[\\/](blocks|block-styles|contact-list)|text[\\/]dates)\.ts$/ },
          // What a single element needs goes in its own chunk by itself: its built-in part (the
          // agreements, the concern routes, the guidance themes) and the built-in lists' loader,
          // of which the whole-bundle check and <parent-guidance> have copies of their own
          // (build/module-copies.mjs). Not there: the built-in quiz questions and guidance topics
          // in English (a Welsh page loads the full lists instead, and would fetch both). The
          // element's chunk is imported for its side effect only (src/cdn.ts), so rolldown needs
          // no helper chunk for its exports.
        ],
      },
      chunkFileNames: (chunk) => `chunks/${/[\\/]src[\\/]([\w-]+)[\\/]index\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
    },
  },
};

/**
 * `vite build --mode npm`: one entry per element (and the bundle tools) for npm users, with lit
 * and zod left as dependencies so an app shares them with its own code. @lit/localize is built
 * in: a copy of it can be configured only once, and an app that localizes its own components
 * configures its own (test/npm-build.test.ts).
 */
const npm: BuildEnvironmentOptions = {
  outDir: 'dist/npm',
  emptyOutDir: false,
  target: 'es2022',
  minify: true,
  lib: {
    entry: {
      index: 'src/index.ts',
      'esafety-policy': 'src/esafety-policy/index.ts',
      'aup-form': 'src/aup-form/index.ts',
      'esafety-quiz': 'src/esafety-quiz/index.ts',
      'report-concern': 'src/report-concern/index.ts',
      'parent-guidance': 'src/parent-guidance/index.ts',
      bundle: 'src/bundle/index.ts',
    },
    formats: ['es'],
  },
  rolldownOptions: {
    external: (id) => /^(lit|zod)(\/|$)/.test(id),
    output: { chunkFileNames: 'chunks/[name]-[hash].js' },
  },
};

/**
 * `npm start` only (`configureServer` runs for the dev server, never for a build): the demo
 * receiver at /api/submissions (envelopes appended to .data/inbox.jsonl, fsynced, de-duplicated
 * by id) and its inbox page at /inbox, so the demo site shows the whole loop. Then it says where
 * things are once the server listens.
 */
const demoReceiver = (): Plugin => ({
  name: 'esafety-demo-receiver',
  apply: 'serve',
  configureServer(server) {
    const receiver = createReceiver({ file: resolve(server.config.root, '.data/inbox.jsonl') });
    // Here, after Vite's Host check (which keeps DNS-rebinding pages away from /inbox) …
    server.middlewares.use(receiver);
    // … but Vite's own CORS middleware, earlier still, would answer the preflight with its own
    // headers, so the receiver answers OPTIONS /api/submissions before it.
    const preflight: Connect.NextHandleFunction = (req, res, next) =>
      req.method === 'OPTIONS' ? void receiver(req, res, next) : next();
    const cors = server.middlewares.stack.findIndex((layer) => (layer.handle as { name?: string }).name === 'corsMiddleware');
    server.middlewares.stack.splice(Math.max(cors, 0), 0, { route: '', handle: preflight });
    server.httpServer?.once('listening', () => {
      const address = server.httpServer?.address();
      const host = server.config.server.host;
      const origin =
        address && typeof address === 'object'
          ? `http://${typeof host === 'string' ? host : 'localhost'}:${address.port}`
          : 'http://127.0.0.1:5173';
      server.config.logger.info(`\n  Demo site: ${origin}/demo/  ·  Inbox: ${origin}/inbox\n`);
    });
  },
});

/**
 * The all-in-one build: a locale module (src/i18n/generated/locales/*.ts) takes `str` from
 * src/i18n/locale-str.ts, so its chunk needs nothing from the main file (see there).
 */
const selfContainedLocales = (): Plugin => ({
  name: 'esafety-self-contained-locales',
  apply: 'build',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === '@lit/localize' && importer && /[\\/]i18n[\\/]generated[\\/]locales[\\/]/.test(importer)) return resolve('src/i18n/locale-str.ts');
  },
});

/**
 * `vite build --mode builder`: dist/builder.js, the builder page's script: every element, the
 * importer core and (loaded only when a Word file is chosen) mammoth.
 */
const builder: BuildEnvironmentOptions = {
  outDir: 'dist',
  emptyOutDir: false,
  target: 'es2022',
  minify: true,
  lib: { entry: 'src/builder/index.ts', formats: ['es'], fileName: () => 'builder.js' },
  rolldownOptions: { output: { chunkFileNames: 'builder-chunks/[name]-[hash].js' } },
};

// Without a library mode this is the dev server for the demo site (`npm start`), and the base
// config Storybook extends. build/build.mjs runs both library builds and the rest of dist/.
export default defineConfig(({ mode }) => ({
  // A missing file is a 404 (not the index page), as on a school's real web server.
  appType: 'mpa',
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: mode === 'cdn' ? cdn : mode === 'npm' ? npm : mode === 'builder' ? builder : {},
  plugins: [demoReceiver(), minifyCss(), minifyHtml(), englishOnlyLists(), ...(mode === 'cdn' || mode === 'builder' ? [selfContainedLocales()] : []), ...(mode === 'cdn' ? [preloadChunks(), moduleCopies()] : []), ...(mode === 'cdn' || mode === 'npm' ? [withoutBuilderStrings()] : [])],
}));
