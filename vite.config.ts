import { defineConfig } from 'vite';

// Dev server for the demo site (`npm start`) and the base config Storybook extends.
// The library builds themselves are in build/build.mjs.
export default defineConfig({
  // A missing file is a 404 (not the index page), as on a school's real web server.
  appType: 'mpa',
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
});
