// Takes the README screenshot of the demo school site: `node build/screenshot.mjs [page] [out.png]`.
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumPath } from './find-chromium.mjs';

const [page = '/demo/index.html', out = 'docs/screenshot.png', width = '1100', height = '1400'] = process.argv.slice(2);
const server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const tab = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`http://127.0.0.1:${port}${page}`);
  // Every element of ours has rendered something other than its loading line.
  await tab.waitForFunction(() =>
    [...document.querySelectorAll('esafety-policy, aup-form, esafety-quiz, report-concern, parent-guidance')].every(
      (e) => e.shadowRoot?.firstElementChild && !e.shadowRoot.querySelector('[part="loading"]'),
    ),
  );
  await tab.screenshot({ path: out });
  console.log(`Saved ${out}${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`);
} finally {
  await browser.close();
  await server.close();
}
