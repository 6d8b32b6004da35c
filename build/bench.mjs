// Benchmark (`npm run bench`): <esafety-policy> render time and bundle validation time in Chromium.
//
//   node build/bench.mjs [--strict] [--runs N] [--loads N] [--only PARTS] [--latency MS]
//
// --only runs some parts (comma-separated): render (warm render by size), cold (cold render of
// 500 sections and search keystrokes), validate (validateBundle cold and warm), form (<aup-form>,
// its pages built from the source as dist/ is: build/bench-form.mjs), requests (what each file a
// page fetches costs here: build/bench-requests.mjs); "policy" is render,cold,validate. Without
// it, everything runs. --latency MS answers each request of the form's and the requests' pages
// that much later (Chromium's network emulation), as a school's web host would rather than this
// machine: what each file costs there. The targets are for the default, no added latency.
//
// The library is bundled with esbuild in production mode into .bench/ (gitignored) and served
// from 127.0.0.1 on a random port. Measures:
//   render      set `el.bundle = obj` on a fresh element and append it → every section is in the
//               shadow DOM (no paint). The bundle object was validated before (the element caches
//               results per object), so this is model building + Lit rendering.
//   validation  validateBundle(obj) on a ~200 KiB bundle: "cold" = first call in a fresh page of
//               a fresh browser context; "warm" = later calls in one page.
// Prints medians/p90 and PASS/SLOW against the targets; exits 1 on a miss only with --strict.
// With the form part, each time target is also read at the speed of the machine the targets were
// set on (the plain Lit twin's time there against its time in this run), beside the verdict.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from './find-chromium.mjs';
import { FORM_TARGET, formPages, prepareFormBench, runFormBench } from './bench-form.mjs';
import { prepareRequestsBench, requestPages, requestsReport } from './bench-requests.mjs';
import { makeBundle, makeBundleOfSize } from './generate-bundle.mjs';
import { minifyTemplatesEsbuild } from './minify-html.mjs';

const started = performance.now();
const load = loadavg()[0]; // before we add our own load
const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.bench');
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : dflt);
const STRICT = argv.includes('--strict');
const RUNS = opt('--runs', 20);
const LOADS = opt('--loads', 12);
const LATENCY = opt('--latency', 0);
const WARM_CALLS = 20;
const ALL_PARTS = ['render', 'cold', 'validate', 'form', 'requests'];
const only = argv.includes('--only')
  ? argv[argv.indexOf('--only') + 1].split(',').flatMap((p) => (p === 'policy' ? ['render', 'cold', 'validate'] : [p]))
  : ALL_PARTS;
for (const p of only) if (!ALL_PARTS.includes(p)) throw new Error(`--only: unknown part "${p}" (use ${ALL_PARTS.join(', ')} or policy)`);
const runs = (part) => only.includes(part);
const SIZES = [10, 100, 500, 2000];
const TARGET = { renderMs: 150, renderAt: 500, linearity: 1.5, validateMs: 15, keystrokeMs: 50 };
/** The plain Lit twin's time to its form (median) on the machine where issue 14 set the time targets. */
const TWIN_WHEN_SET_MS = 15.6;
const WORD = 'safety online'; // typed into the search box of the 500-section policy, one key at a time

// 1. The library, bundled as a school's page would get it (production Lit, minified).
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'entry.js'),
  `import '../src/esafety-policy/index.js';
import { validateBundle } from '../src/bundle/validate.js';
import { buildModel } from '../src/esafety-policy/model.js';
window.esafety = { validateBundle, buildModel };
`,
);
await build({
  entryPoints: [join(out, 'entry.js')],
  outfile: join(out, 'lib.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'error',
  plugins: [minifyTemplatesEsbuild()],
});
writeFileSync(join(out, 'index.html'), '<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>bench</title><main id="host"></main><script type="module" src="lib.js"></script></html>');
for (const n of SIZES) writeFileSync(join(out, `policy-${n}.json`), JSON.stringify(makeBundle(n)));
const big = makeBundleOfSize(200);
const bigJson = JSON.stringify(big);
writeFileSync(join(out, 'bundle-200k.json'), bigJson);
// A real school's bundle for comparison: the demo school's (policy, five agreements, quiz …).
const demoJson = readFileSync(join(root, 'demo/policy.json'));
writeFileSync(join(out, 'demo.json'), demoJson);
if (runs('form')) await prepareFormBench(out, join(root, 'tsconfig.json'), JSON.parse(demoJson));
if (runs('requests')) prepareRequestsBench(out);

// 2. A static server for .bench/ (cross-origin isolated, so performance.now() has fine resolution).
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const name = basename(path) || 'index.html';
  if (name === 'favicon.ico') return void res.writeHead(204).end();
  let body;
  try {
    // /dist/… is the built library as a school's server would hold it (the <aup-form> CDN page).
    body = readFileSync(path.startsWith('/dist/') ? join(root, path) : join(out, name));
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  });
  res.end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/`;

const executablePath = chromiumPath();
if (!executablePath) {
  server.close();
  console.error('No Chromium found — run `node build/find-chromium.mjs` for how to get one.');
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--js-flags=--expose-gc'],
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.9) - 1];

async function openPage(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(base);
  await page.waitForFunction(() => window.esafety && customElements.get('esafety-policy'));
  return { page, errors };
}

const version = browser.version();
let render;
let cold;
let form;
let requests;
let coldDemo;
const coldRender = [];
const keystrokes = [];
const focusTimes = [];
let warm;
try {
  // 3. Render: per size, one warm-up (which also validates and caches the bundle object),
  //    then RUNS timed renders, each in a fresh element.
  if (runs('render')) {
  const context = await browser.newContext();
  const { page, errors } = await openPage(context);
  render = [];
  for (const n of SIZES) {
    const r = await page.evaluate(
      async ({ n, runs }) => {
        const host = document.getElementById('host');
        const obj = await (await fetch(`policy-${n}.json`)).json();
        const count = (el) => el.shadowRoot?.querySelectorAll('section.section').length ?? 0;
        const once = async () => {
          const el = document.createElement('esafety-policy');
          window.gc?.();
          const t0 = performance.now();
          el.bundle = obj;
          host.append(el);
          // The element loads its bundle in a microtask after the first update, so wait
          // through updates until every section is there.
          for (let i = 0; count(el) !== n; i++) {
            await el.updateComplete;
            if (count(el) === n) break;
            if (i > 100) throw new Error(`rendered ${count(el)} of ${n} sections: ${el.shadowRoot?.textContent?.slice(0, 300)}`);
            await Promise.resolve();
          }
          const ms = performance.now() - t0;
          el.remove();
          return ms;
        };
        await once(); // warm-up
        const times = [];
        for (let i = 0; i < runs; i++) times.push(await once());
        // Where the time goes: validation (skipped above, cached) and model building.
        const part = (fn, k = 10) => {
          const ts = [];
          for (let i = 0; i < k; i++) {
            window.gc?.();
            const t = performance.now();
            fn();
            ts.push(performance.now() - t);
          }
          return ts.sort((a, b) => a - b)[k >> 1];
        };
        const validate = part(() => window.esafety.validateBundle(obj));
        const model = part(() => window.esafety.buildModel(obj.policy, 'en-GB'));
        return { n, times, validate, model };
      },
      { n, runs: RUNS },
    );
    render.push(r);
  }
  if (errors.length) throw new Error(`errors in the page:\n${errors.join('\n')}`);
  await context.close();
  }

  // 4. Validation: cold (first call in a fresh page of a fresh context), for the ~200 KiB
  //    bundle and for the demo school's real one …
  const coldRuns = async (file) => {
    const times = [];
    for (let i = 0; i < LOADS; i++) {
      const ctx = await browser.newContext();
      const { page: p, errors: errs } = await openPage(ctx);
      const r = await p.evaluate(async (file) => {
        const obj = JSON.parse(await (await fetch(file)).text());
        const t0 = performance.now();
        const res = window.esafety.validateBundle(obj);
        const ms = performance.now() - t0;
        if (!res.ok) throw new Error(JSON.stringify(res.issues.slice(0, 3)));
        return ms;
      }, file);
      if (errs.length) throw new Error(`errors in the page:\n${errs.join('\n')}`);
      times.push(r);
      await ctx.close();
    }
    return times;
  };
  // Cold render: a fresh page, the first <esafety-policy>, its bundle not checked yet (check,
  // model and Lit's first render of every template), then each search keystroke on it.
  for (let i = 0; i < (runs('cold') ? LOADS : 0); i++) {
    const ctx = await browser.newContext();
    const { page: p, errors: errs } = await openPage(ctx);
    const r = await p.evaluate(
      async ({ n, word }) => {
        const obj = await (await fetch(`policy-${n}.json`)).json();
        const el = document.createElement('esafety-policy');
        const count = () => el.shadowRoot?.querySelectorAll('section.section').length ?? 0;
        const t0 = performance.now();
        el.bundle = obj;
        document.getElementById('host').append(el);
        while (count() !== n) {
          await el.updateComplete;
          if (count() !== n) await Promise.resolve();
        }
        const render = performance.now() - t0;
        const input = el.shadowRoot.querySelector('input[type=search]');
        // A reader clicks or tabs into the box before typing: the element works out the
        // sections' search words then (if the page has not been idle long enough to do it
        // already). Timed on its own, so no cost is hidden — but after the frame that lays out
        // and paints the policy, since nobody can click before it is on the screen (focusing
        // straight after the render would time that first layout as well).
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        const f0 = performance.now();
        input.focus();
        const focus = performance.now() - f0;
        const keys = [];
        for (let k = 1; k <= word.length; k++) {
          const t = performance.now();
          input.value = word.slice(0, k);
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await el.updateComplete;
          keys.push(performance.now() - t);
        }
        return { render, focus, keys };
      },
      { n: TARGET.renderAt, word: WORD },
    );
    if (errs.length) throw new Error(`errors in the page:\n${errs.join('\n')}`);
    coldRender.push(r.render);
    keystrokes.push(...r.keys);
    focusTimes.push(r.focus);
    await ctx.close();
  }
  if (runs('validate')) {
  cold = await coldRuns('bundle-200k.json');
  coldDemo = await coldRuns('demo.json');
  // … and warm (after that first call, WARM_CALLS more in the same page).
  const ctx = await browser.newContext();
  const { page: wp } = await openPage(ctx);
  warm = await wp.evaluate(async (calls) => {
    const obj = JSON.parse(await (await fetch('bundle-200k.json')).text());
    window.esafety.validateBundle(obj);
    const ts = [];
    for (let i = 0; i < calls; i++) {
      const t0 = performance.now();
      window.esafety.validateBundle(obj);
      ts.push(performance.now() - t0);
    }
    return ts;
  }, WARM_CALLS);
  await ctx.close();
  }
  if (runs('form')) form = await runFormBench(browser, base, Math.min(RUNS, 15), formPages(), LATENCY);
  if (runs('requests')) requests = await runFormBench(browser, base, RUNS, requestPages(), LATENCY);
} finally {
  await browser.close();
  server.close();
}

// 5. Report.
const f = (x, d = 1) => x.toFixed(d);
const table = (head, rows) => {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('  ');
  return [line(head), w.map((x) => '-'.repeat(x)).join('  '), ...rows.map(line)].join('\n');
};
console.log(`Chromium ${version} · production Lit, minified · ${RUNS} runs per size after 1 warm-up · load average ${f(load, 2)} at start on ${cpus().length} CPUs`);
if (LATENCY) console.log(`(each request of the form's and the requests' pages answered ${LATENCY} ms later: compare with a run without --latency)`);
if (load > cpus().length * 0.75) console.log('(the machine is busy: timings are inflated and noisy; re-run when it is idle)');
console.log();
/** Each target's row: what it says, the figure as text, whether it is met; a time target also its ms, its target and whether it must be below it (not just at most). */
const checks = [];
const within = (ms, target, below) => (below ? ms < target : ms <= target);
const timed = (label, ms, target, below = false, digits = 1) => [label, `${f(ms, digits)} ms`, within(ms, target, below), ms, target, below];
if (render) {
  console.log('<esafety-policy> render: set `bundle` (already validated) → all sections in the shadow DOM');
  console.log(
    table(
      ['sections', 'JSON KiB', 'median ms', 'p90 ms', 'min ms', 'ms/section', 'of which model ms', 'validateBundle warm ms'],
      render.map((r) => [
        r.n,
        f(readFileSync(join(out, `policy-${r.n}.json`)).length / 1024),
        f(median(r.times)),
        f(p90(r.times)),
        f(Math.min(...r.times)),
        f(median(r.times) / r.n, 3),
        f(r.model, 2),
        f(r.validate, 2),
      ]),
    ),
  );
}
if (cold) {
  console.log(`\nvalidateBundle() of a ${f(new TextEncoder().encode(bigJson).length / 1024)} KiB bundle (${big.sectionCount} sections)`);
  console.log(
    table(
      ['', 'calls', 'median ms', 'p90 ms', 'min ms', 'max ms'],
      [
        ['cold (fresh page)', cold.length, f(median(cold), 2), f(p90(cold), 2), f(Math.min(...cold), 2), f(Math.max(...cold), 2)],
        ['warm (same page)', warm.length, f(median(warm), 2), f(p90(warm), 2), f(Math.min(...warm), 2), f(Math.max(...warm), 2)],
        [`cold, demo school (${f(demoJson.length / 1024)} KiB)`, coldDemo.length, f(median(coldDemo), 2), f(p90(coldDemo), 2), f(Math.min(...coldDemo), 2), f(Math.max(...coldDemo), 2)],
      ],
    ),
  );

}
if (coldRender.length) {
  console.log(`\n<esafety-policy> with ${TARGET.renderAt} sections in a fresh page (bundle not checked yet), and each key typed into its search box ("${WORD}")`);
  console.log(
    table(
      ['', 'count', 'median ms', 'p90 ms', 'max ms'],
      [
        ['cold render', coldRender.length, f(median(coldRender)), f(p90(coldRender)), f(Math.max(...coldRender))],
        ['focusing the search box', focusTimes.length, f(median(focusTimes)), f(p90(focusTimes)), f(Math.max(...focusTimes))],
        ['search keystroke', keystrokes.length, f(median(keystrokes)), f(p90(keystrokes)), f(Math.max(...keystrokes))],
      ],
    ),
  );

}
const MiB = 1024 * 1024;
/** The form part's figures, for its report and its targets: heaps in MiB over the empty page. */
const formFigures = (form) => {
  const over = (page) => (median(page.heaps) - median(form.empty.heaps)) / MiB;
  return {
    heapOver: over(form.aup),
    litOver: over(form.plain),
    scriptOver: form.oneline ? over(form.oneline) : undefined,
    codeOver: form.aupcode ? over(form.aupcode) : undefined,
    formRatio: median(form.aup.times) / median(form.plain.times),
    demoRatio: median(form.aupdemo.times) / median(form.aup.times),
  };
};
if (form) {
  const { heapOver, litOver, scriptOver, codeOver } = formFigures(form);
  /** A page's row: runs, median and p90 time to the form, and its heap. */
  const row = (label, page) => [label, page.times.length, f(median(page.times)), f(p90(page.times)), f(median(page.heaps) / MiB, 2)];
  console.log(`\n<aup-form>: 30-statement agreement, script start → form in the DOM (fresh page each run, the pages taking turns)`);
  console.log(
    table(
      ['page', 'runs', 'median ms', 'p90 ms', 'JS heap MiB (after GC)'],
      [
        row('<aup-form audience="staff">', form.aup),
        row(`the same, in the demo school's bundle (${f(demoJson.length / 1024)} KiB)`, form.aupdemo),
        ...(form.aupcdn ? [row('the same page from dist/esafety-elements.js and its chunks', form.aupcdn)] : []),
        ...(form.aupcdnpre ? [row('… with modulepreload links from dist/preload.json', form.aupcdnpre)] : []),
        ...(form.aupcode ? [row('… its files loaded and run, no element made', form.aupcode)] : []),
        row('plain Lit, 30 checkboxes', form.plain),
        ...(form.oneline ? [row('a page running one line of module script', form.oneline)] : []),
        ['empty page', form.empty.heaps.length, '–', '–', f(median(form.empty.heaps) / MiB, 2)],
      ],
    ),
  );
  if (form.aupcdn) console.log(`From dist/ (what a school's page loads: the script, then the element's chunk and the chunks it needs, side by side): ${f(median(form.aupcdn.times) / median(form.plain.times), 2)}× the plain Lit twin.`);
  if (form.aupcode)
    console.log(
      `The form's files alone, loaded and run with no element made, take ${f(median(form.aupcode.times) / median(form.plain.times), 2)}× the plain Lit twin's whole time and +${f(codeOver, 2)} MiB of heap: that much of the form's time and heap comes before its first render.`,
    );
  // For reading the heap target: Lit itself (the plain twin) already costs this much over the empty page.
  console.log(`Heap over the empty page: <aup-form> +${f(heapOver, 2)} MiB, the plain Lit twin +${f(litOver, 2)} MiB (so the form's own share is +${f(heapOver - litOver, 2)} MiB).`);
  if (scriptOver !== undefined)
    console.log(`One line of module script alone costs +${f(scriptOver, 2)} MiB over the empty page; over that page, <aup-form> is +${f(heapOver - scriptOver, 2)} MiB and the plain twin +${f(litOver - scriptOver, 2)} MiB.`);
}
if (requests) {
  const { perFile, rows } = requestsReport(requests, median);
  console.log(`\nWhat a file costs a page here: script start → the last of its modules run (fresh page each run, the pages taking turns)`);
  console.log(table(['page', 'runs', 'median ms'], rows.map(([name, n, ms]) => [name, n, f(ms)])));
  console.log(`Each more file: ${f(perFile, 2)} ms (the slope between the fewest and the most files).`);
}
if (render) {
  const at = (n) => render.find((r) => r.n === n);
  const big500 = median(at(TARGET.renderAt).times);
  const growth = median(at(500).times) / 500 / (median(at(100).times) / 100);
  const growth2k = median(at(2000).times) / 2000 / (median(at(500).times) / 500);
  checks.push(
    timed(`render ${TARGET.renderAt} sections (median) < ${TARGET.renderMs} ms`, big500, TARGET.renderMs, true),
    [`roughly linear: ms/section at 500 ≤ ${TARGET.linearity}× that at 100`, `${f(growth, 2)}×`, growth <= TARGET.linearity],
    [`roughly linear: ms/section at 2,000 ≤ ${TARGET.linearity}× that at 500`, `${f(growth2k, 2)}×`, growth2k <= TARGET.linearity],
  );
}
if (coldRender.length)
  checks.push(
    timed(`cold render of ${TARGET.renderAt} sections in a fresh page (median) ≤ ${TARGET.renderMs} ms`, median(coldRender), TARGET.renderMs),
    timed(`every search keystroke on ${TARGET.renderAt} sections (p90) ≤ ${TARGET.keystrokeMs} ms`, p90(keystrokes), TARGET.keystrokeMs),
    timed(`  … the slowest of them, and focusing the search box, ≤ ${TARGET.keystrokeMs} ms`, Math.max(...keystrokes, ...focusTimes), TARGET.keystrokeMs),
  );
if (cold) checks.push(timed(`cold validation of ~200 KiB (median) < ${TARGET.validateMs} ms`, median(cold), TARGET.validateMs, true, 2));
if (form) {
  const { heapOver, formRatio, demoRatio } = formFigures(form);
  checks.push(
    [`<aup-form> within ${FORM_TARGET.ratio}× of plain Lit`, `${f(formRatio, 2)}×`, formRatio <= FORM_TARGET.ratio],
    [`<aup-form> in the demo school's bundle within ${FORM_TARGET.inDemo}× of the agreement alone`, `${f(demoRatio, 2)}×`, demoRatio <= FORM_TARGET.inDemo],
    [`<aup-form> heap within +${FORM_TARGET.heapMiB} MiB of an empty page`, `+${f(heapOver, 2)} MiB`, heapOver <= FORM_TARGET.heapMiB],
  );
}
// The time targets in ms were set on a machine where the plain Lit twin took TWIN_WHEN_SET_MS: with
// the twin timed in this run, each time is also shown at that machine's speed, for reading. The
// verdicts (and --strict) stay on the times as measured here; the ratios need no such reading.
const speed = form ? median(form.plain.times) / TWIN_WHEN_SET_MS : undefined;
const head = ['target', 'measured', 'result', ...(speed ? [`at the targets' speed (÷ ${f(speed, 2)})`, 'result there'] : [])];
const rows = checks.map(([t, m, ok, ms, target, below]) => {
  const there = speed && ms !== undefined ? ms / speed : undefined;
  return [t, m, ok ? 'PASS' : 'SLOW', ...(speed ? (there === undefined ? ['', ''] : [`${f(there, 1)} ms`, within(there, target, below) ? 'PASS' : 'SLOW']) : [])];
});
console.log(`\nTargets\n${table(head, rows)}`);
if (speed)
  console.log(
    `The plain Lit twin took ${f(median(form.plain.times))} ms here and ${TWIN_WHEN_SET_MS} ms where these targets were set (issue 14): this machine runs it ${f(speed, 2)}× slower. The last two columns divide each time by that, for reading only: the result column is the verdict.`,
  );
console.log(`\nbench took ${f((performance.now() - started) / 1000)} s`);
if (STRICT && checks.some(([, , ok]) => !ok)) process.exit(1);
