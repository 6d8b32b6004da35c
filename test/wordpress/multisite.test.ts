import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { asUser as loggedIn, installPlugin, partText, signKs1 } from './browser.js';
import { wordpressSite, type User } from './site.js';
import { wordpressSuite } from './suite.js';

/*
 * The plugin on a network of sites (WordPress multisite, sites in sub-folders), as a trust or
 * federation runs one site per school: the network admin uploads the zip once and activates it
 * for the network; each school's own administrator — who on a network is not trusted with raw
 * HTML (no unfiltered_html) — saves that school's bundle in its own settings; each site serves
 * and shows its own school's policy, and posts its forms with its own school's name; deleting
 * the plugin from the network removes what it stored for every site.
 */

const network = wordpressSite({
  base: process.env.ESAFETY_WP_NETWORK_DIR ?? '/tmp/esafety-elements-wp-network',
  port: Number(process.env.ESAFETY_WP_NETWORK_PORT ?? 8735),
  configName: 'esafety-elements-network',
  db: { name: 'esafety_wp_network', user: 'esafety_wp_network', password: 'esafety-wp-network-test' },
  network: { sites: [{ path: 'oak', title: 'Oak Tree Infant School' }] },
});
const MAIN = network.SITE;
const OAK = `${network.SITE}/oak`;

const larkspur = readFileSync(new URL('./bundle.json', import.meta.url), 'utf8');
/** The second school's own bundle: its name and its policy's title differ. */
const oakBundle = (() => {
  const b = JSON.parse(larkspur);
  b.school.name = 'Oak Tree Infant School';
  b.policy.title = { en: 'Oak Tree online safety policy' };
  return JSON.stringify(b);
})();

let head: User; // the network's super admin (and the main site's administrator)
let oakAdmin: User; // Oak Tree's administrator: not a super admin
const wp = wordpressSuite(network, 'WordPress network', (s) => {
  head = s.users.find((u) => u.login === 'head')!;
  oakAdmin = s.users.find((u) => u.role === 'admin:oak')!;
});

const asUser = (user: User, site: string) => loggedIn(wp.browser, user, site);

const served = async (site: string) => {
  const r = await fetch(`${site}/wp-json/esafety-elements/v1/bundle`);
  assert.equal(r.status, 200, `${site}: the bundle's address answers`);
  return r.json();
};

/** Saves a bundle (and the endpoint) on a site's settings page, as that site's administrator. */
async function saveBundle(user: User, site: string, bundle: string) {
  const { context, page } = await asUser(user, site);
  await page.goto(`${site}/wp-admin/options-general.php?page=esafety-elements`);
  await page.setInputFiles('#esafety-bundle-file', { name: 'policy.json', mimeType: 'application/json', buffer: Buffer.from(bundle) });
  await page.waitForSelector('#esafety-bundle-check.notice-success');
  await page.fill('#esafety-endpoint', wp.endpoint);
  await Promise.all([page.waitForURL(/page=esafety-elements/), page.click('#esafety-elements-save')]);
  assert.match((await page.textContent('#esafety-elements-notice')) ?? '', /Saved\. The elements on this site now use this bundle/);
  await context.close();
}

test('the network admin uploads the zip in Network Admin → Plugins → Add New and activates it for the network', async () => {
  const { context, page } = await asUser(head, MAIN);
  await installPlugin(page, `${MAIN}/wp-admin/network/plugin-install.php?tab=upload`, wp.zip, 'Network Activate');
  await context.close();
  // Oak Tree's administrator finds the settings page on Oak Tree's own dashboard.
  const oak = await asUser(oakAdmin, OAK);
  const r = await oak.page.goto(`${OAK}/wp-admin/options-general.php?page=esafety-elements`);
  assert.equal(r?.status(), 200);
  assert.equal(await oak.page.locator('#esafety-bundle').count(), 1);
  await oak.context.close();
});

test('each school’s administrator saves its own bundle, and each site serves its own', async () => {
  assert.deepEqual(await served(OAK), {}, 'nothing stored yet');
  await saveBundle(head, MAIN, larkspur);
  await saveBundle(oakAdmin, OAK, oakBundle);
  const main = await served(MAIN);
  const oak = await served(OAK);
  assert.equal(main.school.name, 'Larkspur Lane Primary School');
  assert.equal(oak.school.name, 'Oak Tree Infant School');
  assert.equal(oak.policy.title.en, 'Oak Tree online safety policy');
  assert.equal(oak.submit.endpoint, wp.endpoint);
});

test('a page saved by Oak Tree’s administrator keeps its elements, shows Oak Tree’s policy, and its agreement goes with Oak Tree’s name', async () => {
  const content =
    '<!-- wp:esafety/policy {"headingLevel":2} /-->\n\n<!-- wp:esafety/aup-form {"age":"ks1"} /-->\n\n' +
    '<!-- wp:html -->\n<parent-guidance topic="gaming" src="https://elsewhere.example/b.json"></parent-guidance>\n<!-- /wp:html -->';
  const auth = `Basic ${btoa(`${oakAdmin.login}:${oakAdmin.appPassword}`)}`;
  const res = await fetch(`${OAK}/wp-json/wp/v2/posts`, {
    method: 'POST',
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Online safety at Oak Tree', content, status: 'publish' }),
  });
  const post = (await res.json()) as { id: number; link: string };
  assert.equal(res.status, 201, JSON.stringify(post));
  const raw = ((await (await fetch(`${OAK}/wp-json/wp/v2/posts/${post.id}?context=edit`, { headers: { Authorization: auth } })).json()) as { content: { raw: string } }).content.raw;
  // Without unfiltered_html the save went through kses: the elements are kept, the src is not.
  assert.match(raw, /<!-- wp:esafety\/policy \{"headingLevel":2\} \/-->/);
  assert.match(raw, /<parent-guidance topic="gaming"\s*><\/parent-guidance>/);
  assert.doesNotMatch(raw, /elsewhere/);

  assert.ok(post.link.startsWith(`${OAK}/`), post.link);
  const context = await wp.browser.newContext();
  const page = await context.newPage();
  await page.goto(post.link);
  assert.equal(await partText(page, 'esafety-policy'), 'Oak Tree online safety policy');
  assert.equal(await page.getAttribute('esafety-policy', 'src'), `${OAK}/wp-json/esafety-elements/v1/bundle`);
  assert.match(await partText(page, 'parent-guidance'), /gam/i);
  const before = wp.receiver.count();
  await signKs1(page);
  const envelope = await wp.receiver.received(before + 1);
  assert.equal(envelope.kind, 'agreement');
  assert.equal(envelope.school, 'Oak Tree Infant School');
  await page.waitForSelector('aup-form >> [part="receipt"]:not(.waiting)');
  await context.close();
});

test('deleting the plugin from the network removes every school’s bundle and settings', async () => {
  const stored = () =>
    network
      .wpPhp(
        `foreach ( get_sites( array( 'fields' => 'ids' ) ) as $id ) echo $id, ':', get_blog_option( $id, 'esafety_elements_bundle' ) ? 'bundle' : '-', ',', get_blog_option( $id, 'esafety_elements_settings' ) ? 'settings' : '-', ' ';`,
      )
      .trim();
  assert.equal(stored(), '1:bundle,settings 2:bundle,settings');
  const { context, page } = await asUser(head, MAIN);
  await page.goto(`${MAIN}/wp-admin/network/plugins.php`);
  const row = page.locator('tr[data-plugin="esafety-elements/esafety-elements.php"]');
  await row.locator('a:has-text("Network Deactivate")').click();
  await page.waitForSelector('tr.inactive[data-plugin="esafety-elements/esafety-elements.php"]');
  page.on('dialog', (d) => void d.accept()); // "Are you sure you want to delete …?"
  await row.locator('a:has-text("Delete")').click();
  await page.waitForSelector('.plugin-deleted-tr', { timeout: 15000 });
  const end = Date.now() + 15000;
  while (stored() !== '1:-,- 2:-,-' && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
  assert.equal(stored(), '1:-,- 2:-,-');
  await context.close();
});
