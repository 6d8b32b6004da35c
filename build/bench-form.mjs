// The <aup-form> part of `npm run bench`: a 30-statement agreement, from script start to the
// form in the DOM, beside a plain Lit element rendering 30 labelled checkboxes in the same run;
// and the JS heap after render against an empty page. Used by build/bench.mjs.
//
// The form's pages load the library as a school's page does, from the current source built the
// way dist/ is: the entry (src/cdn.ts), then the form's chunk and every chunk it needs, side by
// side. Each of those files is a request and costs time (see the `requests` part of the bench),
// so the ratio to the plain twin (one file, Lit inside) counts them: fewer files is part of
// meeting the target, not something the bench leaves out.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { minifyForPage } from './minify-js.mjs';
import { preloadChunks } from './preload-chunks.mjs';

export const FORM_TARGET = { ratio: 1.5, heapMiB: 0.6, inDemo: 1.2 };
const STATEMENTS = 30;

const agreement = {
  submit: { endpoint: 'https://forms.school.example/esafety' },
  agreements: [
    {
      id: 'staff',
      audience: 'staff',
      title: 'Staff acceptable use agreement',
      statements: Array.from({ length: STATEMENTS }, (_, i) => ({
        id: `s${i + 1}`,
        text: `I will use school devices and accounts for school work, statement number ${i + 1}, and **report** anything that worries me.`,
      })),
      signatures: [{ id: 'me', signer: 'adult', fields: [{ id: 'name', kind: 'name', required: true }, { id: 'role', kind: 'role', required: true }] }],
    },
  ],
};

// Each page notes the time before any script runs; the module reports when the form is there.
const page = (script) =>
  `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>bench</title><script>window.t0 = performance.now()</script><main id="host"></main>${script ? `<script type="module" src="${script}"></script>` : ''}</html>`;

/** Script that waits for every statement of the form `el` and then notes the time. */
const formShown = `const count = () => el.shadowRoot?.querySelectorAll('input[type=checkbox]').length ?? 0;
while (count() < ${STATEMENTS}) { await el.updateComplete; if (count() < ${STATEMENTS}) await new Promise((r) => setTimeout(r)); }
window.done = performance.now() - window.t0;
`;

/**
 * The <aup-form> page's script, for a bundle (the agreement alone, or inside a whole school's
 * bundle): the library's entry (src/cdn.ts) as a school's page has it, which loads the form's
 * chunk, and the chunks it needs beside it, when the page makes the element.
 */
const aupEntry = (bundle) => `// What dist/esafety-elements.js exports, so that the same code is kept and split the same way.
export * from '../src/cdn.ts';
const bundle = JSON.parse(${JSON.stringify(JSON.stringify(bundle))}); // as from a fetched file
const el = document.createElement('aup-form');
el.setAttribute('audience', 'staff');
el.bundle = bundle;
document.getElementById('host').append(el);
// In a function, not at the module's top level: chunks import this entry (as they do dist/'s), and
// a top-level await in it would make the bundler split it differently from dist/.
void (async () => {
await customElements.whenDefined('aup-form');
${formShown}})();`;

/** `demo`: the demo school's whole bundle (policy, agreements, guidance …), to put the same agreement in. */
export async function prepareFormBench(out, tsconfig, demo) {
  writeFileSync(join(out, 'aup-entry.js'), aupEntry(agreement));
  // The same agreement as the only one in the demo school's bundle: the form checks only its parts.
  writeFileSync(join(out, 'aupdemo-entry.js'), aupEntry({ ...demo, ...agreement }));
  writeFileSync(
    join(out, 'plain-entry.js'),
    `import { LitElement, html } from 'lit';
class PlainForm extends LitElement {
  render() {
    return html\`<form><fieldset><legend>Staff acceptable use agreement</legend>
      \${Array.from({ length: ${STATEMENTS} }, (_, i) => html\`<div><input type="checkbox" id="s\${i}"><label for="s\${i}">I will use school devices and accounts for school work, statement number \${i + 1}.</label></div>\`)}
    </fieldset><button>Send</button></form>\`;
  }
}
customElements.define('plain-form', PlainForm);
const el = document.createElement('plain-form');
document.getElementById('host').append(el);
await el.updateComplete;
window.done = performance.now() - window.t0;
`,
  );
  // The form's pages are built from the source exactly as dist/ is (vite.config.ts, mode cdn: the
  // same chunks, the same plugins, the same minifying), so they fetch the files a school's page
  // does: the entry, then the form's chunk and the chunks it needs, side by side. (They were
  // built with esbuild's own splitting, which made fewer and other files than dist/ has: a page
  // that fetched less than a school's does, and a ratio that said nothing of the chunks.)
  for (const name of ['aup', 'aupdemo']) await buildLikeDist(out, name);
  // The plain twin: Lit in one file, as a developer would bundle a small element.
  await build({
    entryPoints: { plain: join(out, 'plain-entry.js') },
    outdir: out,
    splitting: true,
    chunkNames: 'plain-chunk-[hash]',
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    conditions: ['production'],
    tsconfig,
    logLevel: 'error',
  });
  // The same agreement on a page as a school would write it, with the built files from dist/.
  writeFileSync(
    join(out, 'aupcdn.html'),
    `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>bench</title><script>window.t0 = performance.now()</script><main id="host"><aup-form audience="staff"><script type="application/json">${JSON.stringify(agreement).replace(/</g, '\\u003c')}</script></aup-form></main>` +
      `<script type="module" src="/dist/esafety-elements.js"></script><script type="module">await customElements.whenDefined('aup-form');\n` +
      `const el = document.querySelector('aup-form');\n${formShown}</script></html>`,
  );
  // The same again with a <link rel="modulepreload"> for each of the form's files, from
  // dist/preload.json, as the WordPress plugin prints them: the browser fetches them beside the script.
  const preload = new URL('../dist/preload.json', import.meta.url);
  if (existsSync(preload)) {
    const { files, en } = JSON.parse(readFileSync(preload, 'utf8'))['aup-form'];
    const links = [...files, ...en].map((f) => `<link rel="modulepreload" href="/dist/${f}">`).join('');
    writeFileSync(join(out, 'aupcdnpre.html'), readFileSync(join(out, 'aupcdn.html'), 'utf8').replace('<script type="module" src="/dist/esafety-elements.js">', `${links}<script type="module" src="/dist/esafety-elements.js">`));
    // The same files fetched, parsed and run, with no element made: what the form's code costs a
    // page before it renders anything, which no change to its rendering can take off.
    const imports = ['esafety-elements.js', ...files, ...en].map((f) => `import '/dist/${f}';`).join('');
    writeFileSync(join(out, 'aupcode.html'), page('').replace('</html>', `${links}<script type="module">${imports}window.done = performance.now() - window.t0;</script></html>`));
  }
  writeFileSync(join(out, 'aup.html'), page('aup.js'));
  writeFileSync(join(out, 'aupdemo.html'), page('aupdemo.js'));
  writeFileSync(join(out, 'plain.html'), page('plain.js'));
  writeFileSync(join(out, 'empty.html'), page(''));
  // A page that runs one line of module script (a paragraph added), for reading the heap target:
  // V8 keeps more on a page once any module script has run, whatever the script.
  writeFileSync(join(out, 'oneline.js'), `document.getElementById('host').append('One line.');\nwindow.done = performance.now() - window.t0;\n`);
  writeFileSync(join(out, 'oneline.html'), page('oneline.js'));
}

/** `out`/<name>-entry.js built as dist/ is (one entry, as there), into `out`/<name>.js and `out`/<name>-chunk-*.js. */
async function buildLikeDist(out, name) {
  const root = join(dirname(new URL(import.meta.url).pathname), '..');
  for (const f of readdirSync(out)) if (f.startsWith(`${name}-chunk-`)) rmSync(join(out, f)); // an earlier run's
  await viteBuild({
    configFile: join(root, 'vite.config.ts'),
    root,
    mode: 'cdn',
    logLevel: 'error',
    build: {
      outDir: out,
      emptyOutDir: false,
      lib: { entry: join(out, `${name}-entry.js`), fileName: () => `${name}.js` },
      // Flat, as the bench's server serves .bench/ by file name.
      rolldownOptions: { output: { chunkFileNames: `${name}-chunk-[name]-[hash].js` } },
    },
    // The lists of chunks to fetch beside each element's chunk, in this entry as in dist/'s.
    plugins: [preloadChunks(`${name}.js`)],
  });
  // As build/build.mjs does for dist/: vite's library mode keeps white space.
  for (const file of readdirSync(out).filter((f) => f === `${name}.js` || f.startsWith(`${name}-chunk-`)))
    writeFileSync(join(out, file), await minifyForPage(readFileSync(join(out, file), 'utf8')));
}

/** The pages to time: with the built dist/ page too when the library has been built. */
export const formPages = () => [
  'aup',
  'aupdemo',
  ...(existsSync(new URL('../dist/esafety-elements.js', import.meta.url)) ? ['aupcdn'] : []),
  ...(existsSync(new URL('../dist/preload.json', import.meta.url)) ? ['aupcdnpre', 'aupcode'] : []),
  'plain',
  'oneline',
  'empty',
];

/** Resolves with the page's `window.done` once it is set (looked at each frame, as Playwright's waitForFunction does). */
const WAIT_FOR_DONE = `new Promise((resolve) => { const look = () => (window.done !== undefined ? resolve(window.done) : requestAnimationFrame(look)); look(); })`;

/**
 * Fresh page per run: time to the form, and JS heap after a full GC. The pages take turns
 * (one of each per round), so a busy machine slows them alike and the ratios hold.
 */
export async function runFormBench(browser, base, runs, names = ['aup', 'aupdemo', 'plain', 'empty'], latency = 0) {
  const res = Object.fromEntries(names.map((n) => [n, { times: [], heaps: [] }]));
  const once = async (name) => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(e.message));
    const cdp = await ctx.newCDPSession(p);
    // `--latency MS`: each request answered that much later, as from a school's web host rather
    // than from this machine (Chromium's own network emulation; HTTP/1.1, six connections).
    if (latency) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await p.goto(`${base}${name}.html`);
    // Waited for through the DevTools protocol, not Playwright's waitForFunction: that puts
    // Playwright's own script (about 0.55 MiB of heap) into the page, which the empty page never
    // had, and every "heap over the empty page" then counted it. The empty page gets the same
    // call, so each page has had exactly one evaluation from outside.
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: name === 'empty' ? '0' : WAIT_FOR_DONE, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`${name}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    if (name !== 'empty') res[name].times.push(result.value);
    await cdp.send('HeapProfiler.collectGarbage');
    res[name].heaps.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
    if (errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
    await ctx.close();
  };
  for (const name of names) await once(name); // warm-up round (disk cache, compiled code), not counted
  for (const r of Object.values(res)) (r.times.length = 0), (r.heaps.length = 0);
  for (let i = 0; i < runs; i++) for (const name of names) await once(name);
  return res;
}
