import assert from 'node:assert/strict';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../../build/find-chromium.mjs';
import { SITE, type User } from './site.js';

/** Headless Chromium (Debian's, or CHROME_PATH) through playwright-core. */
export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

/**
 * Logs a user in through wp-login.php, as a person would. The page's own script moves the focus
 * to the name field 200 ms after it loads, and a password typed before then was sometimes gone
 * when the form was sent (4 logins in 60 came back "The password field is empty"): so the fields
 * are filled once the name field has the focus, as a person starts typing (0 in 120 then). A refused login fails
 * at once with WordPress's words, not after a 30-second wait for the dashboard.
 */
export async function logIn(page: Page, user: Pick<User, 'login' | 'password'>, site = SITE): Promise<void> {
  await page.goto(`${site}/wp-login.php`);
  // (A page without JavaScript runs none of this: nothing to wait for.)
  if (await page.evaluate(() => typeof (window as { wp_attempt_focus?: unknown }).wp_attempt_focus === 'function'))
    await page.waitForFunction(() => document.activeElement?.id === 'user_login');
  await page.fill('#user_login', user.login);
  await page.fill('#user_pass', user.password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  if (!/\/wp-admin\//.test(page.url()))
    assert.fail(`${user.login} could not log in at ${page.url()}: ${(await page.locator('#login_error').textContent().catch(() => null))?.trim() ?? 'no message'}`);
}

/** A fresh browser context with `user` logged in to `site`. */
export async function asUser(browser: Browser, user: Pick<User, 'login' | 'password'>, site = SITE): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, user, site);
  return { context, page };
}

/**
 * Uploads the plugin's zip on an admin's Plugins → Add New → Upload Plugin page (`uploadPage`:
 * the site's or the network's) and activates it with the link of that name ("Activate Plugin",
 * "Network Activate"), checking what WordPress says at each step.
 */
export async function installPlugin(page: Page, uploadPage: string, zip: string, activate: string): Promise<void> {
  await page.goto(uploadPage);
  await page.setInputFiles('#pluginzip', zip);
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
  assert.match((await page.textContent('.wrap')) ?? '', /Plugin installed successfully/);
  await Promise.all([page.waitForURL(/plugins\.php/), page.click(`a:has-text("${activate}")`)]);
  assert.match((await page.textContent('#message')) ?? '', /Plugin activated/);
  assert.equal(await page.locator('tr[data-plugin="esafety-elements/esafety-elements.php"].active').count(), 1);
}

/** Waits until an element (first of its tag) has rendered its part, and returns that part's text. */
export async function partText(page: Page, tag: string, part = 'title'): Promise<string> {
  const handle = await page.waitForFunction(
    ([t, p]) => document.querySelector(t)?.shadowRoot?.querySelector(`[part="${p}"]`)?.textContent?.trim() || undefined,
    [tag, part] as const,
    { timeout: 15000 },
  );
  return (await handle.jsonValue()) as string;
}

/** Fills the built-in KS1 agreement and sends it. */
export async function signKs1(page: Page): Promise<void> {
  await page.locator('aup-form [id="agree-all"]').check();
  await page.locator('aup-form [id="f-pupil.first-name"]').fill('Ava');
  await page.locator('aup-form [id="f-pupil.class"]').fill('Oak');
  await page.locator('aup-form [id="f-parent.name"]').fill('Sam Example');
  await page.locator('aup-form [id="read"]').check();
  await page.locator('aup-form [part="submit"]').click();
}

/** Fills a parent's concern report (reporter="parent" is set on the tag) and sends it. */
export async function reportConcern(page: Page, what: string): Promise<void> {
  await page.locator('report-concern input[name="category"]').nth(1).check();
  await page.locator('report-concern [id="what"]').fill(what);
  await page.locator('report-concern [id="name"]').fill('Sam Example');
  await page.locator('report-concern [id="contact"]').fill('sam@example.org');
  await page.locator('report-concern [part="submit"]').click();
}
