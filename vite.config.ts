import { defineConfig, type BuildEnvironmentOptions } from 'vite';

/**
 * `vite build --mode cdn`: dist/esafety-elements.js, one self-contained ES module (lit, zod and
 * the Welsh strings inlined, no chunks) for a <script type="module"> from a CDN or the school's
 * own server.
 */
const cdn: BuildEnvironmentOptions = {
  outDir: 'dist',
  emptyOutDir: false,
  target: 'es2022',
  minify: true,
  lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'esafety-elements.js' },
  rolldownOptions: { output: { codeSplitting: false } },
};

/**
 * `vite build --mode npm`: one entry per element (and the bundle tools) for npm users, with lit,
 * @lit/localize and zod left as dependencies so an app shares them with its own code.
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
      bundle: 'src/bundle/index.ts',
    },
    formats: ['es'],
  },
  rolldownOptions: {
    external: (id) => /^(lit|@lit\/|zod)(\/|$)/.test(id),
    output: { chunkFileNames: 'chunks/[name]-[hash].js' },
  },
};

// Without a library mode this is the dev server for the demo site (`npm start`), and the base
// config Storybook extends. build/build.mjs runs both library builds and the rest of dist/.
export default defineConfig(({ mode }) => ({
  // A missing file is a 404 (not the index page), as on a school's real web server.
  appType: 'mpa',
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: mode === 'cdn' ? cdn : mode === 'npm' ? npm : {},
}));
