// For test/embed.test.ts (@web/test-runner): a school's folder with embed.html in it, and a way
// to act inside a frame the test page itself cannot reach (cross-origin or sandboxed).
//
//   /__embed/<file>       dist/<file> (embed.html, embed.js, esafety-elements.js, chunks/…)
//   /__embed/embed.json   { "bundle": "policy.json", "endpoint": "/api/submissions" }
//   /__embed/policy.json  test/fixtures/small.json
//   /__embed/bad-config/  the same page with an embed.json that is not JSON
//   /__embed/no-config/   the same page with neither embed.json nor policy.json
//   /__embed/no-submit/   the same folder uploaded without the chunk that sends forms
//                         (chunks/submit-*.js), for test/missing-chunks.test.ts
//   /__embed/no-sender/   a folder whose bundle's quiz sends its results, uploaded without the
//                         chunk that sends them (chunks/sender-*.js), for the same test
//   /__embed/no-questions/ the same folder uploaded without the built-in quiz questions
//                         (chunks/quiz-questions*.js), for the same test
//   /__embed/no-aids/     the same folder uploaded without the symbols and "Read aloud" of young
//                         pupils' agreements (chunks/statement-aids-*.js), for test/missing-chunks.test.ts
//   /__embed/no-signing/  the same folder uploaded without the agreement form's check of what was
//                         filled in and the data it sends (chunks/signing-*.js), for the same test
//   /__embed/no-depth/    a folder whose bundle nests too deep, uploaded without the code that
//                         says where (chunks/depth-issues-*.js), for the same test
//   /__embed/no-load-words/ a folder with no policy.json, uploaded without the words for a bundle
//                         that could not be loaded (chunks/load-words-*.js), for the same test
//   /__embed/no-suggest/  a folder whose bundle has a misspelt field ("titel"), uploaded without the
//                         code that suggests the right one (chunks/suggest-*.js), for the same test
//   /__embed/no-quiz-step/ a folder whose ks1 agreement asks for the quiz first, uploaded
//                         without the quiz step's code
//   /__embed/no-quiz/     the same, uploaded without the quiz's code (its step's is there)
//   /__embed/no-advice/   the same folder uploaded without the built-in guidance topics' advice
//                         (the whole lists, chunks/guidance-topics{,.en}-*.js; their cards are
//                         there), for test/node/guidance-advice.test.ts
//   /__embed/held-advice/ the same folder on a slow server: that advice is held back until the
//                         test asks for /__embed/release (or for 10 s at most), and from
//                         then on served at once, until a page of the folder is loaded again
//                         (test/node/guidance-advice.test.ts, which serves these folders itself)
//   /__embed/held-config/ the same folder whose embed.json is held back in the same way, for
//                         test/embed.test.ts (what the page fetches while it waits for its settings)
//
// Every answer carries Access-Control-Allow-Origin: *, as a school's server must for a
// sandboxed frame (its opaque origin makes even the module scripts cross-origin requests).
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
const CONFIG = {
  'embed.json': () => JSON.stringify({ bundle: 'policy.json', endpoint: '/api/submissions' }),
  'policy.json': () => readFileSync('test/fixtures/small.json'),
};
/** A folder whose ks1 agreement asks for the quiz first. */
const QUIZ_FIRST = {
  ...CONFIG,
  'policy.json': () => {
    const b = JSON.parse(readFileSync('test/fixtures/small.json', 'utf8'));
    const statements = [{ id: 's1', text: 'I ask before I go online.' }];
    return JSON.stringify({ ...b, agreements: [{ id: 'ks1-quiz', audience: 'ks1', title: 'Our promise', statements, quizRequired: true }] });
  },
};
const FOLDERS = {
  '': CONFIG,
  'bad-config/': { 'embed.json': () => '{ "bundle": "policy.json", ' },
  'no-config/': {},
  'no-submit/': CONFIG,
  'no-questions/': CONFIG,
  'no-aids/': CONFIG,
  'no-signing/': CONFIG,
  'no-load-words/': { 'embed.json': CONFIG['embed.json'] },
  'no-suggest/': {
    ...CONFIG,
    'policy.json': () => {
      const b = JSON.parse(readFileSync('test/fixtures/small.json', 'utf8'));
      return JSON.stringify({ ...b, policy: { ...b.policy, titel: 'A typo' } });
    },
  },
  'no-depth/': {
    ...CONFIG,
    'policy.json': () => {
      let deep = 'bottom';
      for (let i = 0; i < 100; i++) deep = [deep];
      return JSON.stringify({ ...JSON.parse(readFileSync('test/fixtures/small.json', 'utf8')), extra: deep });
    },
  },
  'no-advice/': CONFIG,
  'held-advice/': CONFIG,
  'held-config/': CONFIG,
  'no-quiz-step/': QUIZ_FIRST,
  'no-quiz/': QUIZ_FIRST,
  'no-sender/': {
    ...CONFIG,
    'policy.json': () => JSON.stringify({ ...JSON.parse(readFileSync('test/fixtures/small.json', 'utf8')), quiz: { submitResults: true }, submit: { endpoint: '/api/submissions' } }),
  },
};
const ADVICE = /^chunks\/guidance-topics(\.en)?-[\w-]+\.js$/;
/** Files a folder lacks, beyond its config. */
const MISSING = {
  'no-submit/': /^chunks\/submit-[\w-]+\.js$/,
  'no-sender/': /^chunks\/sender-[\w-]+\.js$/,
  'no-questions/': /^chunks\/quiz-questions[\w.-]*\.js$/,
  'no-aids/': /^chunks\/statement-aids-[\w-]+\.js$/,
  'no-signing/': /^chunks\/signing-[\w-]+\.js$/,
  'no-depth/': /^chunks\/depth-issues-[\w-]+\.js$/,
  'no-load-words/': /^chunks\/load-words-[\w-]+\.js$/,
  'no-suggest/': /^chunks\/suggest-[\w-]+\.js$/,
  'no-quiz-step/': /^chunks\/quiz-step-[\w-]+\.js$/,
  'no-quiz/': /^chunks\/esafety-quiz-[\w-]+\.js$/,
  'no-advice/': ADVICE,
};
/** Files a folder holds back until /__embed/release. */
const HELD = { 'held-advice/': ADVICE, 'held-config/': /^embed\.json$/ };
const HOLD_MS = 10000;
/** What releases each request held back. */
let held = [];
/**
 * Whether what is held back has been released: then it is served at once, even when the browser asks
 * for it only after the release (a busy machine). A new page in a held folder holds it again.
 */
let released = false;
const CONFIG_FILES = ['embed.json', 'policy.json'];

/** Koa middleware serving /__embed/. */
export function embedFolder() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__embed/')) return next();
    const rest = normalize(ctx.path.slice('/__embed/'.length));
    if (rest.startsWith('..')) return next();
    const folder = Object.keys(FOLDERS).find((f) => f && rest.startsWith(f)) ?? '';
    const name = rest.slice(folder.length);
    const files = FOLDERS[folder];
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cache-Control', 'no-store');
    if (HELD[folder] && name === 'embed.html') released = false;
    if (rest === 'release') {
      released = true;
      held.splice(0).forEach((release) => release());
      ctx.status = 204;
      return;
    }
    if (HELD[folder]?.test(name) && !released) await new Promise((r) => (held.push(r), setTimeout(r, HOLD_MS)));
    try {
      if ((CONFIG_FILES.includes(name) && !files[name]) || MISSING[folder]?.test(name)) throw new Error('absent');
      ctx.body = files[name] ? files[name]() : readFileSync(join('dist', name));
      ctx.type = TYPES[extname(name)] ?? 'application/octet-stream';
    } catch {
      ctx.status = 404;
      ctx.body = 'not found';
    }
  };
}

/**
 * A test command: `executeServerCommand('frame-eval', { url, expression })` evaluates the
 * expression (awaited), answering { value }, in the first frame whose address contains `url`, through the browser's
 * DevTools connection (so it reaches cross-origin and sandboxed frames too).
 */
export function frameEvalPlugin() {
  return {
    name: 'esafety-frame-eval',
    async executeCommand({ command, payload, session }) {
      if (command !== 'frame-eval') return undefined;
      const page = session.browser.getPage(session.id);
      const deadline = Date.now() + 5000;
      let frame;
      while (!(frame = page.frames().find((f) => f.url().includes(payload.url))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      if (!frame) throw new Error(`no frame at ${payload.url} (frames: ${page.frames().map((f) => f.url()).join(', ')})`);
      // Wrapped: the runner takes undefined or null as "not my command".
      return { value: (await frame.evaluate(payload.expression)) ?? null };
    },
  };
}
