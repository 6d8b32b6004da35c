import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath } from './build/find-chromium.mjs';
import { minifyHtmlTemplates } from './build/minify-html.mjs';
import { createTestReceiver, koaMiddleware } from './build/receiver.mjs';

/** Real-browser tests: every file in test/ runs in headless Chromium. */
export default {
  // test/node/ holds the Node-side tests (npm run test:node).
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames, and some helpers wait for one.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // /api/submissions in memory, failing on demand through /__receiver/* (build/receiver.mjs).
  middleware: [koaMiddleware(createTestReceiver())],
  plugins: [
    // The library's templates as the build ships them (build/minify-html.mjs), so tests see that.
    { name: 'minify-html', transform: (ctx) => (ctx.path.startsWith('/src/') && ctx.path.endsWith('.ts') ? { body: minifyHtmlTemplates(ctx.body) } : undefined) },
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
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
