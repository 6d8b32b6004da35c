import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { asUser as loggedIn, installPlugin, logIn, partText, reportConcern, signKs1 } from './browser.js';
import { single, SITE, wpPhp, type Role, type User } from './site.js';
import { wordpressSuite } from './suite.js';
import { questionsOfSet } from '../../src/bundle/defaults/quiz-questions.js';

/*
 * The WordPress plugin in a real WordPress (Debian's 6.1, MariaDB, Apache + PHP 8.2, see
 * site.ts), the zip that `npm run wp:zip` builds uploaded through Plugins → Add New, in Chromium:
 * the settings page (a bad bundle is refused with the validator's messages, a good one is
 * served from the site), then for Administrator, Editor and Author: blocks and shortcodes saved
 * through the REST API as that user, the elements rendering on the public page, a form sent to
 * a local receiver, an Author's save keeping the elements, the block editor, and the language.
 */

const BUNDLE = readFileSync(new URL('./bundle.json', import.meta.url), 'utf8');
const TITLE = 'Larkspur Lane online safety policy';

let users: Record<Role, User>;
const wp = wordpressSuite(single, 'WordPress', (s) => (users = Object.fromEntries(s.users.map((u) => [u.role, u])) as Record<Role, User>));

/** The REST API as a user (application password), failing loudly on an error answer. */
async function rest<T = any>(user: User, path: string, body?: unknown): Promise<T> {
  const r = await fetch(`${SITE}/wp-json/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Basic ${btoa(`${user.login}:${user.appPassword}`)}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await r.json();
  if (!r.ok) throw new Error(`${path}: ${r.status} ${JSON.stringify(json)}`);
  return json as T;
}

/** Publishes a post as the user; returns its id, address and stored (raw) content. */
async function publish(user: User, title: string, content: string) {
  const post = await rest<{ id: number; link: string }>(user, 'wp/v2/posts', { title, content, status: 'publish' });
  const raw = await storedContent(user, post.id);
  return { id: post.id, link: post.link, raw };
}

const storedContent = async (user: User, id: number) => (await rest<{ content: { raw: string } }>(user, `wp/v2/posts/${id}?context=edit`)).content.raw;

const asUser = (user: User) => loggedIn(wp.browser, user);

async function visitor(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await wp.browser.newContext();
  return { context, page: await context.newPage() };
}

const received = (n: number) => wp.receiver.received(n);

const servedBundle = async () => {
  const r = await fetch(`${SITE}/wp-json/esafety-elements/v1/bundle`);
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
  return r.json();
};

test('an administrator installs the zip with Plugins → Add New → Upload Plugin, and activates it', async () => {
  const { context, page } = await asUser(users.administrator);
  await installPlugin(page, `${SITE}/wp-admin/plugin-install.php?tab=upload`, wp.zip, 'Activate Plugin');
  await context.close();
});

test('settings page: a bundle with a mistake is refused with the validator’s message, in the browser', async () => {
  const { context, page } = await asUser(users.administrator);
  await page.goto(`${SITE}/wp-admin/options-general.php?page=esafety-elements`);
  await page.fill('#esafety-bundle', JSON.stringify({ policy: { title: 'Draft', sections: [{ blocks: [] }] } }));
  await page.waitForSelector('#esafety-bundle-check.notice-error');
  assert.match(await page.textContent('#esafety-bundle-check') ?? '', /policy\.sections\[0\]\.title/);
  await page.click('#esafety-elements-save');
  await page.waitForTimeout(500);
  assert.match(page.url(), /page=esafety-elements$/, 'the form was not sent');
  assert.deepEqual(await servedBundle(), {}, 'nothing was stored');
  await context.close();
});

test('settings page: invalid JSON is refused by the server too (without JavaScript), and what was typed is kept', async () => {
  const context = await wp.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await logIn(page, users.administrator);
  await page.goto(`${SITE}/wp-admin/options-general.php?page=esafety-elements`);
  const typed = '{ "policy": { "title": "Draft" ';
  await page.fill('#esafety-bundle', typed);
  await Promise.all([page.waitForURL(/page=esafety-elements/), page.click('#esafety-elements-save')]);
  const notice = (await page.textContent('#esafety-elements-notice')) ?? '';
  assert.match(notice, /Nothing was saved/);
  assert.match(notice, /not valid JSON/);
  assert.equal(await page.inputValue('#esafety-bundle'), typed.trim());
  assert.deepEqual(await servedBundle(), {}, 'nothing was stored');
  await context.close();
});

test('settings page: an uploaded bundle is checked, previewed, saved and served from the site with the endpoint', async () => {
  const { context, page } = await asUser(users.administrator);
  // A slow connection: the file is chosen before the checker has loaded, and is still checked.
  let slowed = 0;
  await page.route(/\/chunks\//, async (route) => {
    slowed++;
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto(`${SITE}/wp-admin/options-general.php?page=esafety-elements`);
  assert.match((await page.textContent('#esafety-bundle-check')) ?? '', /Loading the bundle checker/);
  await page.setInputFiles('#esafety-bundle-file', { name: 'policy.json', mimeType: 'application/json', buffer: Buffer.from(BUNDLE) });
  await page.waitForSelector('#esafety-bundle-check.notice-success');
  assert.equal(await partText(page, '#esafety-preview'), TITLE, 'the preview shows the policy');
  assert.ok(slowed > 0, 'the checker came from the slowed chunks');
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () => (await (window as any).axe.run('#esafety-elements-settings')).violations.map((v: { id: string }) => v.id));
  assert.deepEqual(violations, [], 'the settings page passes axe');
  await page.fill('#esafety-endpoint', wp.endpoint);
  await Promise.all([page.waitForURL(/page=esafety-elements/), page.click('#esafety-elements-save')]);
  assert.match((await page.textContent('#esafety-elements-notice')) ?? '', /Saved\. The elements on this site now use this bundle/);
  const served = await servedBundle();
  assert.equal(served.policy.title.en, TITLE);
  assert.equal(served.submit.endpoint, wp.endpoint);
  await context.close();
});

const BLOCKS = '<!-- wp:esafety/policy {"headingLevel":2} /-->\n\n<!-- wp:esafety/aup-form {"age":"ks1"} /-->';
const SHORTCODES = '<!-- wp:shortcode -->\n[esafety-policy]\n[report-concern reporter="parent"]\n[esafety-quiz age="ks1" seed="3"]\n[parent-guidance topic="gaming"]\n<!-- /wp:shortcode -->';

for (const role of ['administrator', 'editor', 'author'] as const) {
  test(`${role}: a page of blocks renders, and its agreement reaches the receiver`, async () => {
    const user = users[role];
    const post = await publish(user, `Blocks by the ${role}`, BLOCKS);
    assert.equal(post.raw, BLOCKS, 'stored as written');
    const before = wp.receiver.count();
    const { context, page } = await visitor();
    await page.goto(post.link);
    assert.equal(await partText(page, 'esafety-policy'), TITLE);
    assert.equal(await page.getAttribute('aup-form', 'lang'), 'en-GB', 'an en-US site gets British English');
    assert.equal(await page.locator('script#esafety-elements-js').count(), 1);
    await signKs1(page);
    const envelope = await received(before + 1);
    assert.equal(envelope.kind, 'agreement');
    assert.equal(envelope.locale, 'en-GB');
    assert.equal(envelope.school, 'Larkspur Lane Primary School');
    assert.deepEqual(envelope.data.signatures.pupil, { 'first-name': 'Ava', class: 'Oak' });
    await page.waitForSelector('aup-form >> [part="receipt"]:not(.waiting)');
    await context.close();
  });

  test(`${role}: a page of shortcodes renders every element, and a concern report reaches the receiver`, async () => {
    const user = users[role];
    const post = await publish(user, `Shortcodes by the ${role}`, SHORTCODES);
    assert.equal(post.raw, SHORTCODES);
    const before = wp.receiver.count();
    const { context, page } = await visitor();
    await page.goto(post.link);
    assert.equal(await partText(page, 'esafety-policy'), TITLE);
    assert.equal(await partText(page, 'report-concern'), 'Report a concern');
    assert.equal(await partText(page, 'esafety-quiz'), 'Online safety quiz');
    assert.match(await partText(page, 'parent-guidance'), /gam/i);
    await reportConcern(page, `Someone in a game chat asked my child for their address (${role} test).`);
    const envelope = await received(before + 1);
    assert.equal(envelope.kind, 'concern');
    assert.equal(envelope.data.reporter, 'parent');
    assert.match(envelope.data.what, new RegExp(`${role} test`));
    await context.close();
  });
}

test('an Author’s page keeps its elements through kses on every save; src, endpoint and script attributes are dropped', async () => {
  const author = users.author;
  const typed =
    '<!-- wp:html -->\n<esafety-policy heading-level="3"></esafety-policy>\n' +
    '<aup-form age="ks2" endpoint="https://elsewhere.example/collect" src="https://elsewhere.example/b.json" onclick="alert(1)"></aup-form>\n' +
    '<parent-guidance topic="gaming" id="help"></parent-guidance>\n<!-- /wp:html -->\n\n' + BLOCKS;
  const post = await publish(author, 'Typed tags by the author', typed);
  const expectKept = (raw: string) => {
    assert.match(raw, /<esafety-policy heading-level="3"><\/esafety-policy>/);
    assert.match(raw, /<aup-form age="ks2"\s*><\/aup-form>/);
    assert.match(raw, /<parent-guidance topic="gaming" id="help"><\/parent-guidance>/);
    assert.ok(raw.includes(BLOCKS), 'the blocks are kept');
    assert.doesNotMatch(raw, /elsewhere|onclick/);
  };
  expectKept(post.raw);
  // A later save by the Author, of the content as stored:
  await rest(author, `wp/v2/posts/${post.id}`, { title: 'Typed tags, saved again', content: post.raw });
  expectKept(await storedContent(author, post.id));
  // The typed tags get the site's bundle and language.
  const { context, page } = await visitor();
  await page.goto(post.link);
  assert.equal(await partText(page, 'esafety-policy'), TITLE);
  assert.equal(await page.getAttribute('esafety-policy[heading-level="3"]', 'lang'), 'en-GB');
  await context.close();
});

test('a Contributor’s draft keeps its blocks, shortcodes and typed tags', async () => {
  const contributor = users.contributor;
  const typed = `${BLOCKS}\n\n${SHORTCODES}\n\n<!-- wp:html -->\n<report-concern reporter="pupil"></report-concern>\n<!-- /wp:html -->`;
  const post = await rest<{ id: number; status: string }>(contributor, 'wp/v2/posts', { title: 'For review', content: typed, status: 'pending' });
  assert.equal(post.status, 'pending');
  assert.equal(await storedContent(contributor, post.id), typed);
});

test('shortcode attributes are allow-listed: bad values and src, endpoint or script attributes never reach the page', async () => {
  const post = await publish(
    users.author,
    'Odd shortcodes',
    '[aup-form age="ks9" audience="parent" src="https://elsewhere.example/b.json" endpoint="https://elsewhere.example/x" onclick="alert(1)"]\n[parent-guidance topic="no such topic!" heading-level="9"]\n[esafety-quiz seed="12" heading-level="4"]',
  );
  const html = await (await fetch(post.link)).text();
  const tags = [...html.matchAll(/<(aup-form|parent-guidance|esafety-quiz)\b[^>]*>/g)].map((m) => m[0]);
  const bundle = `${SITE}/wp-json/esafety-elements/v1/bundle`;
  assert.deepEqual(tags, [
    `<aup-form audience="parent" src="${bundle}" lang="en-GB" endpoint="${wp.endpoint}">`,
    `<parent-guidance src="${bundle}" lang="en-GB">`,
    `<esafety-quiz seed="12" heading-level="4" src="${bundle}" lang="en-GB" endpoint="${wp.endpoint}">`,
  ]);
  assert.doesNotMatch(html, /elsewhere\.example|alert\(1\)/);
});

test('settings page: an endpoint that is not https is refused, and nothing changes', async () => {
  const { context, page } = await asUser(users.administrator);
  await page.goto(`${SITE}/wp-admin/options-general.php?page=esafety-elements`);
  await page.fill('#esafety-endpoint', 'http://forms.example.org/esafety');
  await Promise.all([page.waitForURL(/page=esafety-elements/), page.click('#esafety-elements-save')]);
  const notice = (await page.textContent('#esafety-elements-notice')) ?? '';
  assert.match(notice, /Nothing was saved/);
  assert.match(notice, /must be an https:\/\/ address/);
  assert.equal(await page.inputValue('#esafety-endpoint'), 'http://forms.example.org/esafety', 'what was typed is kept');
  assert.equal((await servedBundle()).submit.endpoint, wp.endpoint);
  await context.close();
});

test('the script loads only on pages that use an element', async () => {
  const post = await publish(users.author, 'No elements here', '<!-- wp:paragraph --><p>Sports day is on Friday.</p><!-- /wp:paragraph -->');
  const html = await (await fetch(post.link)).text();
  assert.match(html, /Sports day is on Friday/);
  assert.doesNotMatch(html, /esafety-elements\.js|esafety-bundle/);
});

test('a page fetches its elements’ files beside the script (modulepreload), each once, and only those it shows', async () => {
  const preload: Record<string, Record<'files' | 'en' | 'cy', string[]> & { enByAge?: Record<string, string[]> }> = JSON.parse(
    readFileSync(new URL('../../dist/preload.json', import.meta.url), 'utf8'),
  );
  // Blocks (the policy, an agreement and an EYFS quiz) and a tag typed into a Custom HTML block (a KS1 quiz).
  const post = await publish(
    users.administrator,
    'Fetched at once',
    `${BLOCKS}\n\n<!-- wp:esafety/quiz {"age":"eyfs"} /-->\n\n<!-- wp:html --><esafety-quiz age="ks1"></esafety-quiz><!-- /wp:html -->`,
  );
  const html = await (await fetch(post.link)).text();
  const linked = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => new URL(m[1]!).pathname.replace(/.*\/dist\//, ''));
  // The site's elements are in English: each element's files, and the questions in English of each quiz's age.
  const quizzes = [...preload['esafety-quiz']!.enByAge!.eyfs!, ...preload['esafety-quiz']!.enByAge!.ks1!];
  // The KS1 agreement's symbols and "Read aloud", which a staff agreement never loads.
  const aids = preload['aup-form']!.enByAge!.ks1!;
  assert.deepEqual(aids.map((f) => f.replace(/-[\w-]{8}\.js$/, '')), ['chunks/statement-aids']);
  assert.equal(preload['aup-form']!.enByAge!.staff, undefined);
  const wanted = [...new Set([...['esafety-policy', 'aup-form', 'esafety-quiz'].flatMap((t) => [...preload[t]!.files, ...preload[t]!.en]), ...quizzes, ...aids])];
  assert.deepEqual(
    quizzes.map((f) => /quiz-questions\.(\w+)\.en-/.exec(f)?.[1]),
    ['eyfs', 'ks1'],
    'the questions of the two quizzes’ ages are among them (and not KS2’s)',
  );
  assert.deepEqual([...linked].sort(), [...wanted].sort(), 'a link for each file of the three elements, once');
  assert.ok(!linked.some((f) => /\/cy-/.test(f)), 'not the Welsh interface');
  assert.ok(!linked.some((f) => /report-concern|parent-guidance/.test(f)), 'none for the elements the page does not show');
  assert.ok(html.indexOf('modulepreload') < html.indexOf('id="esafety-elements-js"'), 'the links come before the script');

  // In the browser: each file is fetched once, by its link (not again by the script's import), and every element shows.
  const { context, page } = await visitor();
  await page.goto(post.link);
  assert.equal(await partText(page, 'esafety-policy'), TITLE);
  await page.waitForSelector('aup-form >> [part="form"]');
  await page.waitForSelector('esafety-quiz[age="eyfs"] >> button');
  await page.waitForSelector('esafety-quiz[age="ks1"] >> button');
  const fetched = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ name: e.name, by: e.initiatorType, start: e.startTime, end: e.responseEnd })),
  );
  const script = fetched.find((e) => /\/dist\/esafety-elements\.js/.test(e.name))!;
  for (const file of wanted) {
    const hits = fetched.filter((e) => e.name.endsWith(`/dist/${file}`));
    assert.equal(hits.length, 1, `${file} fetched once`);
    // Chromium says "script" for a file the script imported, "other" for a modulepreload link's;
    // and a link's request is made before the script has even arrived, an import's only after it ran.
    assert.notEqual(hits[0]!.by, 'script', `${file} fetched by its link, not by the script's import`);
    assert.ok(hits[0]!.start < script.end, `${file} asked for (at ${hits[0]!.start.toFixed(1)} ms) before the script had arrived (${script.end.toFixed(1)} ms)`);
  }
  await context.close();
});

test('a guidance showing one topic is linked to the topics with their advice; a guidance index to their cards alone', async () => {
  const preload: Record<string, Record<'files' | 'en' | 'enTopic', string[]>> = JSON.parse(readFileSync(new URL('../../dist/preload.json', import.meta.url), 'utf8'));
  const guidance = preload['parent-guidance']!;
  const links = async (link: string) =>
    [...(await (await fetch(link)).text()).matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => new URL(m[1]!).pathname.replace(/.*\/dist\//, '')).sort();
  assert.deepEqual(guidance.en.map((f) => f.replace(/-[\w-]{8}\.js$/, '')), ['chunks/guidance-topics.cards.en']);
  assert.deepEqual(guidance.enTopic.map((f) => f.replace(/-[\w-]{8}\.js$/, '')), ['chunks/guidance-topics.en']);
  // A block with a topic, and a tag typed with one: the topics with their advice, not the cards.
  const one = await publish(users.administrator, 'Gaming advice', '<!-- wp:esafety/parent-guidance {"topic":"gaming"} /-->');
  assert.deepEqual(await links(one.link), [...guidance.files, ...guidance.enTopic].sort());
  const typed = await publish(users.administrator, 'Gaming advice, typed', '<!-- wp:html --><parent-guidance topic="gaming"></parent-guidance><!-- /wp:html -->');
  assert.deepEqual(await links(typed.link), [...guidance.files, ...guidance.enTopic].sort());
  // An index: the cards alone (the advice follows when a parent opens a topic or searches).
  const index = await publish(users.administrator, 'Advice for families', '<!-- wp:esafety/parent-guidance /-->');
  assert.deepEqual(await links(index.link), [...guidance.files, ...guidance.en].sort());

  // In the browser: the topic shows with its advice, the list fetched once, and no cards. (Which
  // request fetched it, the link or the page script's import beside the element's code, is a race
  // the browser settles either way: it failed once in CI, so only the links above are asserted.)
  const { context, page } = await visitor();
  await page.goto(one.link);
  await page.waitForSelector('parent-guidance >> [part="talk"]');
  const fetched = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ name: e.name })));
  const advice = fetched.filter((e) => e.name.endsWith(`/dist/${guidance.enTopic[0]}`));
  assert.equal(advice.length, 1, 'the topics with their advice, fetched once');
  assert.ok(!fetched.some((e) => /guidance-topics\.cards/.test(e.name)), 'and not the cards');
  await context.close();
});

test('Author in the block editor: the five blocks are there, and a block inserted and saved is kept', async () => {
  const { context, page } = await asUser(users.author);
  await page.goto(`${SITE}/wp-admin/post-new.php`);
  await page.waitForFunction(() => (window as any).wp?.blocks?.getBlockType('esafety/report-concern') && (window as any).wp.data.select('core/editor').getCurrentPostId());
  const names: string[] = await page.evaluate(() => (window as any).wp.blocks.getBlockTypes().map((b: { name: string }) => b.name).filter((n: string) => n.startsWith('esafety/')));
  assert.deepEqual(names.sort(), ['esafety/aup-form', 'esafety/parent-guidance', 'esafety/policy', 'esafety/quiz', 'esafety/report-concern']);
  const id: number = await page.evaluate(async () => {
    const wp = (window as any).wp;
    wp.data.dispatch('core/block-editor').insertBlocks([wp.blocks.createBlock('esafety/aup-form', { age: 'ks1' }), wp.blocks.createBlock('esafety/parent-guidance', { topic: 'gaming' })]);
    wp.data.dispatch('core/editor').editPost({ title: 'Made in the editor', status: 'publish' });
    await wp.data.dispatch('core/editor').savePost();
    return wp.data.select('core/editor').getCurrentPostId();
  });
  // The preview in the editor is the live element, rendered by the server.
  assert.match(await partText(page, '.editor-styles-wrapper aup-form'), /./);
  const raw = await storedContent(users.author, id);
  assert.match(raw, /<!-- wp:esafety\/aup-form \{"age":"ks1"\} \/-->/);
  assert.match(raw, /<!-- wp:esafety\/parent-guidance \{"topic":"gaming"\} \/-->/);
  await context.close();
});

test('a Welsh site gets Welsh elements', async () => {
  const post = await publish(users.editor, 'Polisi', `${BLOCKS}\n\n<!-- wp:esafety/quiz {"age":"ks1"} /-->`);
  wpPhp("update_option( 'WPLANG', 'cy' );");
  try {
    const { context, page } = await visitor();
    await page.goto(post.link);
    assert.equal(await page.getAttribute('esafety-policy', 'lang'), 'cy');
    assert.equal(await partText(page, 'esafety-policy'), 'Polisi diogelwch ar-lein Lôn Larkspur');
    assert.match(await partText(page, 'aup-form', 'submit'), /Llofnodi|anfon/i);
    // The Welsh interface's strings are fetched beside the script (a modulepreload link), once.
    const links = await page.locator('link[rel="modulepreload"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
    const cy = links.filter((href) => /\/chunks\/cy-[\w-]+\.js$/.test(href));
    assert.equal(cy.length, 1, links.join(', '));
    const fetched = await page.evaluate((url) => performance.getEntriesByName(url).length, cy[0]!);
    assert.equal(fetched, 1, 'fetched once');
    // The form's built-in agreement and the quiz's actions with their Welsh (each element's chunk
    // has them in English only): linked too, and fetched once each.
    for (const name of ['aup-form.welsh', 'esafety-quiz.welsh']) {
      const own = links.filter((href) => new RegExp(`/chunks/${name.replace('.', '\\.')}-[\\w-]+\\.js$`).test(href));
      assert.equal(own.length, 1, `${name}: ${links.join(', ')}`);
      assert.equal(await page.evaluate((url) => performance.getEntriesByName(url).length, own[0]!), 1, `${name}: fetched once`);
    }
    assert.equal(await partText(page, 'aup-form', 'title'), 'Fy addewid ar-lein');
    // The quiz's KS1 questions in both languages, not the English-only ones, nor the whole list.
    const questions = links.filter((href) => /\/chunks\/quiz-questions/.test(href)).map((href) => /quiz-questions[\w.]*(?=-)/.exec(href)?.[0]);
    assert.deepEqual(questions, ['quiz-questions.ks1'], links.join(', '));
    assert.match(await partText(page, 'esafety-quiz', 'title'), /cwis/i);
    await page.click('esafety-quiz >> [part="start"]');
    const scenario = await partText(page, 'esafety-quiz', 'scenario');
    const ks1 = questionsOfSet('ks1').map((q) => (q.scenario as Record<string, string>).cy);
    assert.ok(ks1.includes(scenario), `a KS1 question, in Welsh: ${scenario}`);
    await context.close();
  } finally {
    wpPhp("update_option( 'WPLANG', '' );");
  }
});

test('the element language for each site language and setting', () => {
  const cases: [site: string, setting: string, bundleLocale: string, expected: string][] = [
    ['', 'auto', '', 'en-GB'],
    ['', 'auto', 'en-US', 'en-US'],
    ['', 'auto', 'cy', 'en-GB'],
    ['en_GB', 'auto', '', 'en-GB'],
    ['cy', 'auto', 'en-GB', 'cy'],
    ['de_DE', 'auto', '', 'de-DE'],
    ['', 'cy', '', 'cy'],
    ['cy', 'en-GB', '', 'en-GB'],
    ['', 'bundle', 'cy', 'cy'],
    ['', 'bundle', '', 'en-GB'],
  ];
  const out = wpPhp(`
$saved = get_option( 'esafety_elements_settings' );
foreach ( json_decode( '${JSON.stringify(cases)}' ) as list( $site, $setting, $bundle ) ) {
  update_option( 'WPLANG', $site );
  update_option( 'esafety_elements_settings', array( 'endpoint' => '', 'language' => $setting, 'bundle_locale' => $bundle ) );
  unset( $GLOBALS['locale'] );
  echo esafety_elements_lang(), "\\n";
}
update_option( 'WPLANG', '' );
update_option( 'esafety_elements_settings', $saved );`);
  assert.deepEqual(out.trim().split('\n'), cases.map((c) => c[3]));
});

test('only administrators reach the settings page or its save action', async () => {
  const { context, page } = await asUser(users.editor);
  const settings = await page.goto(`${SITE}/wp-admin/options-general.php?page=esafety-elements`);
  assert.equal(settings?.status(), 403);
  const save = await page.request.post(`${SITE}/wp-admin/admin-post.php`, { form: { action: 'esafety_elements_save', bundle: '{}', endpoint: 'https://elsewhere.example/x' } });
  assert.equal(save.status(), 403);
  assert.match(await save.text(), /not allowed to change these settings/);
  assert.equal((await servedBundle()).submit.endpoint, wp.endpoint, 'unchanged');
  await context.close();
});

test('uninstalling removes what the plugin stored', () => {
  const out = wpPhp(`
require_once ABSPATH . 'wp-admin/includes/plugin.php';
echo get_option( 'esafety_elements_bundle' ) ? 'stored ' : 'missing ';
deactivate_plugins( 'esafety-elements/esafety-elements.php' );
uninstall_plugin( 'esafety-elements/esafety-elements.php' );
echo var_export( get_option( 'esafety_elements_bundle' ), true ), ' ', var_export( get_option( 'esafety_elements_settings' ), true );`);
  assert.equal(out.trim(), 'stored false false');
});
