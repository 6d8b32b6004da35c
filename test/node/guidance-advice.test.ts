// <parent-guidance> from dist/, in a school's folder (build/embed-test-server.mjs: embed.html,
// the built script and its chunks): its index loads the built-in topics' cards alone; their
// advice (the whole list) follows when a parent opens a topic or searches. What a parent sees
// while it comes, and if it never does. Run in Chromium through Playwright, a fresh page each
// test, with the server holding the advice back until the test releases it (held-advice/) or
// lacking it (no-advice/). (In the browser test runner these pages hung now and then on a
// busy machine, in no step of their own; here each wait has its own timeout.)
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import Koa from 'koa';
import { chromium, type Browser, type Page } from 'playwright-core';
import { embedFolder } from '../../build/embed-test-server.mjs';
import { chromiumPath } from '../../build/find-chromium.mjs';
import { cardsOf, DEFAULT_TOPICS } from '../../src/bundle/defaults/guidance-topics.js';
import { matches, topicCards } from '../../src/parent-guidance/model.js';
import { axeViolations } from './axe-page.js';

const cards = topicCards(DEFAULT_TOPICS, undefined, 'en-GB');
const welsh = topicCards(DEFAULT_TOPICS, undefined, 'cy');
const count = (list: typeof cards, q: string) => list.filter((c) => matches(c, { q, age: '', theme: '' })).length;
/** A word of one topic's advice that is in no title or summary: only a search of the advice finds it. */
const adviceWord = (list: typeof cards, letters: RegExp) =>
  list.flatMap((c) => c.words.split(letters)).find((w) => w.length > 8 && !list.some((c) => `${c.title} ${c.summary}`.toLowerCase().includes(w)))!;
const ADVICE_WORD = adviceWord(cards, /[^a-z]+/);

let browser: Browser;
let server: ReturnType<Koa['listen']>;
let base = '';

before(async () => {
  assert.ok(existsSync('dist/esafety-elements.js'), 'dist/ is built (npm run build)');
  const app = new Koa();
  app.use(embedFolder());
  server = app.listen(0, '127.0.0.1');
  await new Promise((ok) => server.once('listening', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/__embed/`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-dev-shm-usage'] });
});
after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

/** Let the server send the advice it holds back. */
const release = () => fetch(`${base}release`);

/** embed.html showing the guidance from `folder`, once it shows something. */
async function guidance(folder: string, query = '', hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  page.setDefaultTimeout(8000);
  await page.goto(`${base}${folder}embed.html?el=parent-guidance${query}${hash}`);
  await page.locator('parent-guidance').locator('[part="card"], [part="topic"], [part="error"]').first().waitFor();
  return page;
}

const part = (page: Page, selector: string) => page.locator('parent-guidance').locator(selector);
const text = async (page: Page, selector: string) => ((await part(page, selector).first().textContent()) ?? '').trim();
/** The chunks the page fetched, without their hashes. */
const chunks = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name.match(/\/chunks\/(.+)-[\w-]{8}\.js$/)?.[1]).filter((n): n is string => !!n));
const advice = async (page: Page) => (await chunks(page)).filter((c) => /^guidance-topics(\.en)?$/.test(c));
/** axe on the whole page: every rule but one about the page rather than the element (while a search runs, as when none matches, it shows no heading). */
const axe = (page: Page) => axeViolations(page, { rules: { 'page-has-heading-one': { enabled: false } } });
/** Type into the search box as a person would: focus it, then a key at a time. */
async function typeSearch(page: Page, q: string) {
  await part(page, '#q').focus();
  await part(page, '#q').pressSequentially(q);
}

describe('<parent-guidance> loads the built-in topics’ advice when a parent wants it', () => {
  test('the index fetches the topics’ cards alone; opening a topic says “Loading…” until its advice comes, then shows it', async () => {
    const page = await guidance('held-advice/');
    try {
      assert.ok((await chunks(page)).includes('guidance-topics.cards.en'));
      assert.deepEqual(await advice(page), [], 'no advice for the index');
      const name = await text(page, '[part="card-link"]');
      await part(page, '[part="card-link"]').first().click();
      await part(page, '[part="title"]').waitFor();
      assert.equal(await text(page, '[part="title"]'), name);
      assert.equal(await part(page, '[part="topic"] [part="loading"]').getAttribute('role'), 'status', 'a loading line for the advice');
      assert.equal(await part(page, '[part="talk"]').count(), 0, 'no advice yet');
      assert.equal(await page.evaluate(() => document.querySelector('parent-guidance')!.shadowRoot!.activeElement?.id), 'topic-title', 'focus on the title, as ever');
      assert.deepEqual(await axe(page), [], 'axe, while the advice loads');
      await release();
      await part(page, '[part="talk"]').waitFor();
      await part(page, '[part="links"]').waitFor();
      assert.equal(await part(page, '[part="topic"] [part="loading"]').count(), 0, 'the loading line has gone');
      assert.deepEqual(await advice(page), ['guidance-topics.en']);
    } finally {
      await page.close();
    }
  });

  test('a search waits for the advice, saying “Searching…” rather than a count it would take back, then finds words in it', async () => {
    const page = await guidance('held-advice/');
    try {
      await typeSearch(page, ADVICE_WORD);
      assert.equal(await text(page, '[part="count"]'), 'Searching…');
      assert.equal(await part(page, '[part="cards"]').count(), 0, 'no cards while it searches');
      assert.equal(await part(page, '[part="no-results"]').count(), 0, 'and no “No topics match”');
      assert.deepEqual(await axe(page), [], 'axe, while it searches');
      await release();
      const found = count(cards, ADVICE_WORD);
      assert.ok(found >= 1);
      await page.waitForFunction((want) => document.querySelector('parent-guidance')!.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim() === want, `Topics shown: ${found} of ${cards.length}`);
      assert.equal(await part(page, '[part="card"]').count(), found);
      assert.equal(await part(page, '#q').inputValue(), ADVICE_WORD, 'what was typed is kept');
      assert.equal(await page.evaluate(() => document.querySelector('parent-guidance')!.shadowRoot!.activeElement?.id), 'q', 'and the search box keeps focus');
    } finally {
      await page.close();
    }
  });

  test('a card about to be opened (its link focused, or pressed) fetches the advice, so the topic shows it at once', async () => {
    for (const how of ['focus', 'press'] as const) {
      const page = await guidance('held-advice/');
      try {
        const link = part(page, '[part="card-link"]').first();
        if (how === 'focus') await link.focus();
        else await link.dispatchEvent('pointerdown');
        await release();
        await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /\/guidance-topics\.en-[\w-]{8}\.js$/.test(r.name)), null);
        assert.equal(await part(page, '[part="title"]').count(), 0, `${how}: still the index`);
        await link.click();
        await part(page, '[part="title"]').waitFor();
        assert.equal(await part(page, '[part="talk"]').count(), 1, `${how}: the advice with the topic`);
        assert.equal(await part(page, '[part="topic"] [part="loading"]').count(), 0, `${how}: no loading line`);
      } finally {
        await page.close();
      }
    }
  });

  test('a topic named in the address on arrival shows with its advice, with no “Loading…” between', async () => {
    const page = await guidance('', '', `#guidance-${DEFAULT_TOPICS[2]!.id}`);
    try {
      // Shown once the whole list was in (guidance() waited for the topic): never the cards, then the advice.
      assert.equal(await part(page, '[part="talk"]').count(), 1, 'the advice with the topic');
      assert.equal(await part(page, '[part="topic"] [part="loading"]').count(), 0);
      assert.equal(await text(page, '[part="title"]'), cards[2]!.title);
      // The page script asked for the cards beside the element's code, as for any guidance (it
      // does not read the address); the advice was fetched once, in English only.
      assert.deepEqual(await advice(page), ['guidance-topics.en']);
    } finally {
      await page.close();
    }
  });

  test('without the advice on the server, the index still works: an open topic says it could not be loaded and why, and a search says what it covered', async () => {
    const page = await guidance('no-advice/');
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await part(page, '[part="card-link"]').first().click();
      await part(page, '[part="topic"] [part="error"]').waitFor();
      const box = part(page, '[part="topic"] [part="error"]');
      assert.equal(await box.getAttribute('role'), 'alert');
      const said = (await box.textContent()) ?? '';
      assert.match(said, /The advice on this topic could not be loaded\./);
      assert.match(said, /put the whole dist folder on the server/);
      assert.equal(await part(page, '[part="title"]').count(), 1, 'the title is still shown');
      assert.equal(await part(page, '[part="topic"] [part="loading"]').count(), 0);
      assert.match(errors.join('\n'), /the built-in guidance topics could not be loaded/);
      assert.deepEqual(await axe(page), [], 'axe, with the error');
      await page.evaluate(() => (location.hash = ''));
      await part(page, '#q').waitFor();
      const title = cards[0]!.title;
      await typeSearch(page, title.toLowerCase());
      const byTitle = count(topicCards(cardsOf(DEFAULT_TOPICS), undefined, 'en-GB'), title);
      await page.waitForFunction(() => document.querySelector('parent-guidance')!.shadowRoot!.querySelector('[part="count"]')!.textContent!.includes('Topics shown'));
      const said2 = await text(page, '[part="count"]');
      assert.match(said2, new RegExp(`Topics shown: ${byTitle} of ${cards.length}`));
      assert.match(said2, /Only titles and summaries were searched: the full advice could not be loaded\./);
      assert.equal(await text(page, '[part="card-link"]'), title);
      assert.deepEqual(await axe(page), [], 'axe, with the search’s note');
    } finally {
      await page.close();
    }
  });

  test('in Welsh: “Yn chwilio…” while the Welsh advice comes, which the search then finds; without it, an open topic says so in Welsh', async () => {
    const word = adviceWord(welsh, /[^a-zâêîôûŵŷ]+/);
    const page = await guidance('held-advice/', '&lang=cy');
    try {
      await typeSearch(page, word);
      assert.equal(await text(page, '[part="count"]'), 'Yn chwilio…');
      await release();
      const shown = count(welsh, word);
      await page.waitForFunction((n) => document.querySelector('parent-guidance')!.shadowRoot!.querySelectorAll('[part="card"]').length === n, shown);
      assert.notEqual(await text(page, '[part="count"]'), 'Yn chwilio…');
    } finally {
      await page.close();
    }
    const missing = await guidance('no-advice/', '&lang=cy');
    try {
      await part(missing, '[part="card-link"]').first().click();
      await part(missing, '[part="topic"] [part="error"]').waitFor();
      assert.match((await part(missing, '[part="topic"] [part="error"]').textContent()) ?? '', /Nid oedd modd llwytho’r cyngor ar y pwnc hwn\./);
      assert.ok(welsh.map((c) => c.title).includes(await text(missing, '[part="title"]')), 'the topic’s Welsh title, from its card');
    } finally {
      await missing.close();
    }
  });
});
