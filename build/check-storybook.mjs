// Opens every story (and docs page) of a static Storybook build in Chromium and checks that
// it renders: no page error, Storybook shows no error, and each custom element's shadow root
// shows what the story's tag promises:
//   state-ready    the element's content (<esafety-policy>: its <article>; <aup-form>: its form or receipt), no loading line, no error box
//   state-error    the bundle error box (.bundle-error / part="error")
//   state-loading  the loading line (part="loading"), still there a second later
//   (no tag)       something in the shadow root
// Every story must also fit a 320 px wide window (no page wider than the window), and no page
// (story or docs, where every story of an element is on one page) may give two landmarks the
// same name (axe-core's landmark-unique rule).
//
// Usage: node build/check-storybook.mjs [storybook-static | http://127.0.0.1:6006] [--screenshots DIR] [--only TEXT]
// A directory is served on 127.0.0.1 for the run; a URL (e.g. a running `npm run storybook`) is used as it is.
// Exit code 1 if any entry fails. Chromium: CHROME_PATH, else the usual places.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from './find-chromium.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const shotsDir = option('--screenshots');
const only = option('--only');
const target = args[0] ?? 'storybook-static';
const remote = /^https?:\/\//.test(target) ? target.replace(/\/+$/, '') : undefined;
const dir = resolve(remote ? '.' : target);
// Generous: four pages at once on a 2-core CI machine, the first of them cold, took 18 s to show a docs page.
const TIMEOUT = 30000;
/** The narrowest window a story must fit (WCAG 1.4.10 reflow). */
const NARROW = 320;
// axe-core comes with @open-wc/testing (the browser tests' accessibility checks).
const AXE = fileURLToPath(import.meta.resolve('axe-core/axe.min.js'));
const PARALLEL = 4;

/** What a ready element must contain, beyond "something", by tag name. */
const READY = { 'esafety-policy': 'article[part="policy"]', 'esafety-quiz': '[part="quiz"]', 'aup-form': 'form[part="form"], [part="receipt"], [part="quiz-step"]', 'report-concern': 'form[part="form"], [part="receipt"]', 'parent-guidance': '[part="guidance"]' };

if (!remote && (!existsSync(join(dir, 'index.json')) || !existsSync(join(dir, 'iframe.html')))) {
  console.error(`${dir} is not a Storybook build (no index.json / iframe.html). Run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const browserPath = chromiumPath();
if (!browserPath) {
  console.error('No Chromium found: run `node build/find-chromium.mjs` for how to get one.');
  process.exit(1);
}

// ---------------------------------------------------------------- a tiny static server

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  let file = join(dir, path);
  if (file !== dir && !file.startsWith(dir + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
});
if (!remote) await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = remote ?? `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- the checks, in the page

/** Storybook's verdict: 'error' (error display), 'done', or false while still working. */
function storybookDone() {
  const body = document.body;
  if (body.classList.contains('sb-show-errordisplay')) return 'error';
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  if (render && typeof render.phase === 'string') {
    if (render.phase === 'errored') return 'error';
    if (render.phase !== 'finished' && render.phase !== 'aborted') return false;
  }
  return body.classList.contains('sb-show-main') ? 'done' : false;
}

/** What each custom element in the story root shows. */
function elementStates(ready) {
  // #storybook-root holds a story, #storybook-docs a docs page.
  return [...document.querySelectorAll('#storybook-root *, #storybook-docs *')]
    .filter((e) => e.localName.includes('-') && e.shadowRoot)
    .map((e) => {
      const s = e.shadowRoot;
      const errorBox = s.querySelector('.bundle-error, [part~="error"]');
      const loading = !!s.querySelector('[part~="loading"]');
      const content = !!s.querySelector(':not(style)');
      const need = ready[e.localName];
      const state = errorBox ? 'error' : loading ? 'loading' : content && (!need || s.querySelector(need)) ? 'ready' : 'empty';
      const firstIssue = errorBox?.querySelector('li')?.textContent?.replace(/\s+/g, ' ').trim();
      return { tag: e.localName, state, firstIssue };
    });
}

async function checkStory(page, entry) {
  const want = ['ready', 'error', 'loading'].find((s) => entry.tags?.includes(`state-${s}`));
  await page.waitForFunction(storybookDone, undefined, { timeout: TIMEOUT, polling: 50 });
  if ((await page.evaluate(storybookDone)) === 'error') {
    const text = await page.locator('#error-message, #error-stack').allInnerTexts().catch(() => []);
    throw new Error(`Storybook shows an error: ${text.join(' ').trim().slice(0, 400) || '(no message)'}`);
  }
  // Wait for every element to reach the wanted state (or any non-empty state without a tag).
  const settled = await page
    .waitForFunction(
      ({ want, ready, fn }) => {
        const states = new Function(`return (${fn})`)()(ready);
        if (!states.length) return false;
        return states.every((s) => (want ? s.state === want : s.state !== 'empty')) ? states : false;
      },
      { want, ready: READY, fn: elementStates.toString() },
      { timeout: TIMEOUT, polling: 50 },
    )
    .then((h) => h.jsonValue())
    .catch(() => undefined);
  const states = settled ?? (await page.evaluate(elementStates, READY));
  if (!states.length) throw new Error('no custom element with a shadow root in the story');
  if (!settled) throw new Error(`expected ${want ?? 'content'}, got ${states.map((s) => `<${s.tag}> ${s.state}`).join(', ')}`);
  if (want === 'loading') {
    await page.waitForTimeout(1000);
    const later = await page.evaluate(elementStates, READY);
    if (!later.every((s) => s.state === 'loading')) throw new Error(`stopped loading: ${later.map((s) => s.state).join(', ')}`);
  }
  return states.map((s) => `<${s.tag}> ${s.state}${s.firstIssue ? ` — ${s.firstIssue.slice(0, 110)}` : ''}`).join('; ');
}

/** Landmarks of the elements that share a role and a name (axe landmark-unique), as "selector" strings. Storybook's own are not ours to check. */
async function duplicateLandmarks(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const include = [...document.querySelectorAll(tags.join(','))];
    if (!include.length) return [];
    const r = await window.axe.run({ include }, { runOnly: ['landmark-unique'], resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => String(n.target)));
  }, Object.keys(READY));
}

/** How wide the story's page is in a 320 px window (after the elements have re-laid out). */
async function widthAtNarrow(page) {
  await page.setViewportSize({ width: NARROW, height: 700 });
  return page.evaluate(
    () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(document.documentElement.scrollWidth)))),
  );
}

async function checkDocs(page) {
  await page.waitForSelector('.sbdocs-content, .sb-show-errordisplay', { timeout: TIMEOUT });
  if ((await page.evaluate(storybookDone)) === 'error') throw new Error('Storybook shows an error on the docs page');
  await page.waitForTimeout(1000); // let the embedded stories load their bundles
  const states = await page.evaluate(elementStates, READY);
  const byState = {};
  for (const s of states) byState[s.state] = (byState[s.state] ?? 0) + 1;
  if (!states.length) throw new Error('no element rendered on the docs page');
  return `${states.length} elements: ${Object.entries(byState).map(([k, v]) => `${v} ${k}`).join(', ')}`;
}

// ---------------------------------------------------------------- run

const index = remote
  ? await fetch(`${remote}/index.json`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${remote}/index.json: ${r.status}`))))
  : JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries ?? index.stories ?? {}).filter((e) => !only || e.id.includes(only));
if (!entries.length) {
  console.error('No stories in index.json.');
  process.exit(1);
}
if (shotsDir) mkdirSync(shotsDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: browserPath,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
const started = Date.now();
const results = [];
const queue = [...entries];

async function worker() {
  for (let entry; (entry = queue.shift()); ) {
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const t0 = Date.now();
    let ok = true;
    let note;
    try {
      const mode = entry.type === 'docs' ? 'docs' : 'story';
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${mode}`, { timeout: TIMEOUT });
      note = mode === 'docs' ? await checkDocs(page) : await checkStory(page, entry);
      if (shotsDir) await page.screenshot({ path: join(shotsDir, `${entry.id}.png`), fullPage: mode === 'story' });
      const twice = await duplicateLandmarks(page);
      if (twice.length) throw new Error(`landmarks with the same name (landmark-unique): ${twice.length} — ${twice.slice(0, 3).join(' | ')}`);
      if (mode === 'story') {
        const wide = await widthAtNarrow(page);
        if (wide > NARROW) throw new Error(`the page is ${wide} px wide in a ${NARROW} px window`);
        note += `; fits ${NARROW} px`;
      } else note += '; landmark names unique';
      if (pageErrors.length) throw new Error(`page error: ${pageErrors.join(' | ')}`);
    } catch (e) {
      ok = false;
      note = String(e?.message ?? e).split('\n')[0];
      if (pageErrors.length && !note.includes('page error')) note += ` (page errors: ${pageErrors.join(' | ')})`;
    }
    results.push({ entry, ok, note, ms: Date.now() - t0 });
    await page.close();
  }
}

try {
  await Promise.all(Array.from({ length: Math.min(PARALLEL, entries.length) }, worker));
} finally {
  await browser.close();
  if (!remote) server.close();
}

// In index order, whatever order the pages finished in.
results.sort((a, b) => entries.indexOf(a.entry) - entries.indexOf(b.entry));
for (const { entry, ok, note, ms } of results)
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${entry.type === 'docs' ? 'docs ' : 'story'} ${entry.id} (${ms} ms): ${note}`);
const failed = results.filter((r) => !r.ok);
console.log(
  `\n${results.length - failed.length}/${results.length} Storybook entries render (${((Date.now() - started) / 1000).toFixed(1)} s).`,
);
if (failed.length) {
  console.log(`Failed: ${failed.map((r) => r.entry.id).join(', ')}`);
  process.exit(1);
}
