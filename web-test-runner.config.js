import { embedFolder, frameEvalPlugin } from './build/embed-test-server.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createAppsScriptServer } from './build/apps-script.mjs';
import { chromiumPath } from './build/find-chromium.mjs';
import { cspTestPage } from './build/csp.mjs';
import { minifyHtmlTemplates } from './build/minify-html.mjs';
import { createTestReceiver, koaMiddleware } from './build/receiver.mjs';
import { corsFor } from './build/test-cors.mjs';
import { forcedColorsPlugin } from './build/test-media-plugin.mjs';

/** Real-browser tests: every file in test/ runs in headless Chromium. */
const config = {
  // test/node/ holds the Node-side tests (npm run test:node); test/wordpress/ the plugin's (npm run test:wordpress).
  files: ['test/**/*.test.ts', '!test/node/**', '!test/wordpress/**'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames, and some helpers wait for one.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // /api/submissions in memory, failing on demand through /__receiver/* (build/receiver.mjs);
  // CORS on the built files, for the page tested inside a sandboxed iframe (not on the fixtures:
  // test/loading.test.ts checks a bundle another site does not share);
  // /apps-script/* behaves like a deployed Google Apps Script web app running
  // receivers/apps-script/Code.gs (build/apps-script.mjs);
  // test/fixtures/csp-page.html with a Content-Security-Policy header (build/csp.mjs).
  middleware: [corsFor(['/dist/']), koaMiddleware(createTestReceiver()), koaMiddleware(createAppsScriptServer()), cspTestPage()],
  plugins: [
    // The library's templates as the build ships them (build/minify-html.mjs), so tests see that.
    { name: 'minify-html', transform: (ctx) => (ctx.path.startsWith('/src/') && ctx.path.endsWith('.ts') ? { body: minifyHtmlTemplates(ctx.body) } : undefined) },
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    forcedColorsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
};

// /__embed/: embed.html in a school's folder, and acting inside cross-origin or sandboxed
// frames, for test/embed.test.ts (build/embed-test-server.mjs).
config.middleware.push(embedFolder());
config.plugins.push(frameEvalPlugin());

export default config;
