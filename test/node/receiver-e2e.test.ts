// End to end: the BUILT elements (dist/esafety-elements.js) on a school page submit to the
// receiver; the DSL signs in to the inbox in Chromium, keyboard only, and finds the records.
// axe-core checks each inbox page, also at 320 px wide.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { addUser } from '../../cli/receiver/auth.js';
import { countEnvelopes, listEnvelopes } from '../../cli/receiver/store.js';
import { axeViolations } from './axe-page.js';
import { DIALECTS, closeAll, freePort, freshDb, receiver } from './receiver-helpers.js';

const BUILT = 'dist/esafety-elements.js';
const PASSWORD = 'a long inbox password';

let browser: Browser;
let site: string;
let sitePort: number;
let endpoint = '';
let stopSite: (() => Promise<void>) | undefined;

before(async () => {
  assert.ok(existsSync(BUILT), `${BUILT} is missing: run "node build/build.mjs" first (npm test does).`);
  sitePort = await freePort();
  site = `http://localhost:${sitePort}`;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', site).pathname;
    if (path === '/esafety-elements.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(BUILT));
    // Each element's code and the built-in lists load from chunks/ beside the script.
    if (/^\/chunks\/[\w.-]+\.js$/.test(path)) return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(`dist${path}`));
    if (path === '/policy.json') return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync('demo/policy.json'));
    if (path === '/') {
      return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><html lang="en-GB"><head><title>Larkspur Lane</title></head><body><main>
<report-concern src="/policy.json" endpoint="${endpoint}"></report-concern>
<aup-form age="ks1" src="/policy.json" endpoint="${endpoint}" format="json"></aup-form>
</main><script type="module" src="/esafety-elements.js"></script></body></html>`);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(sitePort, '127.0.0.1', resolve));
  stopSite = () => new Promise<void>((resolve) => server.close(() => resolve()));
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
});
after(async () => {
  await browser?.close();
  await stopSite?.();
  await closeAll();
});

async function axe(page: Page, what: string) {
  const violations = await axeViolations(page, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  assert.deepEqual(violations, [], `axe on ${what}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what}: the page scrolls sideways by ${overflow}px`);
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, test: (el: { tag: string; text: string }) => boolean, what: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', text: document.activeElement?.textContent?.trim() ?? '' }));
    if (test(el)) return;
  }
  assert.fail(`could not reach ${what} with Tab`);
}

for (const dialect of DIALECTS) {
  describe(`built elements → receiver → inbox, on ${dialect}`, () => {
    test('a concern and an agreement arrive once each; the DSL finds and marks the concern, keyboard only; axe-clean at 320 px', async () => {
      const db = await freshDb(dialect);
      await addUser(db, 'dsl', PASSWORD, 'test');
      const r = await receiver(db, { origins: [site] });
      endpoint = `${r.url}/api/submissions`;

      const context = await browser.newContext({ bypassCSP: true });
      after(() => context.close());
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(site);

      const concern = page.locator('report-concern');
      await concern.locator('input[name="role"][value="parent"]').check();
      await concern.locator('input[name="category"][value="contact"]').check();
      await concern.locator('#what').fill('An adult I do not know messaged my daughter in a game.');
      await concern.locator('#name').fill('Dana Example');
      await concern.locator('[part="submit"]').click();
      await concern.getByText('The school has your report.').waitFor({ timeout: 20_000 });

      const form = page.locator('aup-form');
      await form.locator('[part="submit"]').waitFor();
      for (const box of await form.locator('input[type="checkbox"]').all()) await box.check();
      await form.locator('[id="f-pupil.first-name"]').fill('Robin');
      await form.locator('[id="f-pupil.class"]').fill('5 Willow');
      await form.locator('[id="f-parent.name"]').fill('Dana Example');
      await form.locator('[part="submit"]').click();
      await form.getByText('Thank you: your agreement has been sent').waitFor({ timeout: 20_000 });
      assert.deepEqual(errors, []);

      const deadline = Date.now() + 10_000;
      while ((await countEnvelopes(db)) < 2 && Date.now() < deadline) await new Promise((s) => setTimeout(s, 100));
      const stored = await listEnvelopes(db, {});
      assert.deepEqual(stored.map((e) => e.kind).sort(), ['agreement', 'concern']);
      const agreement = stored.find((e) => e.kind === 'agreement')!;
      assert.equal(agreement.contentType, 'application/json');
      assert.equal(agreement.class, '5 Willow');
      const concernId = stored.find((e) => e.kind === 'concern')!.id;

      // The inbox, keyboard only, at 320 px.
      const inbox = await context.newPage();
      await inbox.setViewportSize({ width: 320, height: 800 });
      await inbox.goto(`${r.url}/inbox`);
      assert.match(inbox.url(), /\/login$/);
      await axe(inbox, 'the sign-in page');
      await tabTo(inbox, () => true, 'the first control');
      await inbox.keyboard.press('Tab'); // past the skip link, into the form
      await inbox.locator('#name').focus();
      await inbox.keyboard.type('dsl');
      await inbox.keyboard.press('Tab');
      await inbox.keyboard.type(PASSWORD);
      await inbox.keyboard.press('Enter');
      await inbox.waitForURL(/\/inbox$/).catch(async (e) => assert.fail(`${e.message}: ${await inbox.locator('main').innerText()}`));
      assert.match(await inbox.locator('main').innerText(), /1 concern, newest first; 1 unread/);
      await axe(inbox, 'the concerns list');

      await tabTo(inbox, (el) => el.tag === 'A' && /Someone making contact/.test(el.text), 'the concern');
      await inbox.keyboard.press('Enter');
      await inbox.waitForURL(new RegExp(`/inbox/concerns/${concernId}$`));
      const copy = await inbox.locator('dl.copy').innerText();
      assert.match(copy, /What happened\?\s+An adult I do not know messaged my daughter in a game\./);
      assert.match(copy, /Name\s+Dana Example/);
      await axe(inbox, 'a concern');
      await inbox.emulateMedia({ forcedColors: 'active' });
      await axe(inbox, 'a concern in forced colours');
      await inbox.emulateMedia({ forcedColors: 'none' });
      await tabTo(inbox, (el) => el.tag === 'BUTTON' && el.text === 'Mark as seen', 'Mark as seen');
      await inbox.keyboard.press('Enter');
      await inbox.waitForLoadState();
      await inbox.getByText(/^Marked as seen by dsl/).waitFor();

      // A roster, uploaded as a file through the page, and the report with its tables.
      await inbox.goto(`${r.url}/inbox/signed`);
      await inbox.locator('#roster').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from('group,name,class\npupil,Robin Ash,5 Willow\npupil,Noor Khan,5 Willow\nparent,Dana Example,\n') });
      await inbox.getByRole('button', { name: 'Upload' }).press('Enter');
      await inbox.waitForURL(/\/inbox\/signed$/);
      const report = await inbox.locator('main').innerText();
      assert.match(report, /Signed 2, must sign again 0, not signed 1/);
      await axe(inbox, 'who has signed, with a roster');

      for (const [path, what] of [
        ['/inbox/records?kind=agreement', 'agreements'],
        ['/inbox/records?kind=quiz', 'quiz results'],
        ['/inbox/signed', 'who has signed'],
        ['/inbox/audit', 'the audit trail'],
      ]) {
        await inbox.goto(r.url + path);
        await axe(inbox, what);
      }
      await inbox.goto(`${r.url}/inbox/records?kind=agreement`);
      assert.match(await inbox.locator('main').innerText(), /pupil: Robin, 5 Willow/);
      assert.equal(await countEnvelopes(db), 2, 'nothing stored twice');
    });
  });
}
