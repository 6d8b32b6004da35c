import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { buildWordPressZip } from '../../build/wp-zip.mjs';
import { launch } from './browser.js';
import { startReceiver } from './receiver.js';
import { setupTimings, type User } from './site.js';

/** What a WordPress test file works with, ready once its `before` hook has run. */
export interface Suite {
  /** The plugin zip `npm run wp:zip` builds, for the upload. */
  zip: string;
  users: User[];
  browser: Browser;
  receiver: Awaited<ReturnType<typeof startReceiver>>;
  /** Where the forms are sent: the receiver's address. */
  endpoint: string;
}

/**
 * The hooks of a WordPress test file: before its tests, the zip built, `site` started (with its
 * users), a local receiver and Chromium; after them, all closed and the site stopped
 * (ESAFETY_WP_KEEP=1 leaves MariaDB and Apache running for a quicker next run).
 */
export function wordpressSuite(
  site: { startSite(): Promise<User[]>; stopSite(): Promise<void> },
  name: string,
  /** Called once all is ready (a second `before` hook of the file's could run before this one's has ended). */
  ready?: (s: Suite) => void,
): Suite {
  const t0 = performance.now();
  const s = {} as Suite;
  before(async () => {
    s.zip = buildWordPressZip().zip;
    s.users = await site.startSite();
    s.receiver = await startReceiver();
    s.endpoint = s.receiver.endpoint;
    s.browser = await launch();
    ready?.(s);
    console.log(`# ${name} ready in ${Math.round(performance.now() - t0)} ms (${setupTimings()})`);
  });
  after(async () => {
    await s.browser?.close();
    s.receiver?.close();
    if (!process.env.ESAFETY_WP_KEEP) await site.stopSite();
    console.log(`# ${name} tests took ${Math.round(performance.now() - t0)} ms in all`);
  });
  return s;
}
