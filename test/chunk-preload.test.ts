import { expect, waitUntil } from '@open-wc/testing';

// The BUILT files (run `npm run build` first; `npm test` does): dist/esafety-elements.js asks
// for the chunks an element's chunk imports (core, styles …) at the same time as that chunk, not
// once it has arrived and been read (build/preload-chunks.mjs). The forms' sending code (the submit
// chunk) is not among them: it loads on the first submit, or once idle where this browser kept
// an outbox before (submit/resume.ts).
describe('dist/esafety-elements.js fetches an element’s big chunks beside it', () => {
  it('a page with <aup-form> asks for the chunks its code needs before that code has arrived', async () => {
    const f = document.createElement('iframe');
    f.src = '/test/fixtures/form-only.html';
    document.body.append(f);
    try {
      await waitUntil(() => f.contentDocument?.querySelector('aup-form')?.shadowRoot?.querySelector('[part="form"]'), 'the form did not show', { timeout: 10000 });
      const requests = f.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const chunk = (name: string) => {
        const found = requests.filter((r) => new RegExp(`/dist/chunks/${name}-[\\w-]+\\.js$`).test(new URL(r.name).pathname));
        expect(found.length, `${name}: ${requests.map((r) => r.name).join(', ')}`).to.equal(1);
        return found[0];
      };
      const form = chunk('aup-form');
      for (const name of ['core', 'forms', 'controller']) {
        const dep = chunk(name);
        // Read from the form's chunk, they would be asked for only after that had all arrived.
        // (When earlier tests left the form's chunk in the browser's cache it arrives at once,
        // and the order says nothing: the next test checks the lists themselves.)
        if (form.transferSize > 0)
          expect(dep.startTime, `${name} asked for at ${dep.startTime} ms, the form's chunk arrived at ${form.responseEnd} ms`).to.be.below(form.responseEnd);
      }
    } finally {
      f.remove();
    }
  });

  it('the built entry lists them for each element, and only chunks that exist', async () => {
    // (The test server may re-space the file.)
    const entry = await (await fetch('/dist/esafety-elements.js')).text();
    const tags = ['esafety-policy', 'aup-form', 'esafety-quiz', 'report-concern', 'parent-guidance'];
    // (Rolldown may add `.then((m) => m.x)` to an import; an element's has `.then(() => {})`,
    // which the server may spread over lines.)
    const lists = [...entry.matchAll(new RegExp(`import\\(\\s*"\\./chunks/(${tags.join('|')})-[\\w-]+\\.js"\\s*\\)(?:\\.then\\([^=]*=>[^)]*\\))?\\s*,\\s*(\\[[^\\]]*\\])`, 'g'))].map(([, name, list]) => [name, JSON.parse(list) as string[]] as const);
    expect(lists.map(([name]) => name)).to.have.members(tags);
    const dist = new URL('/dist/', location.href);
    /** The chunks a chunk imports statically, at every level (what the browser would find by reading it). */
    const closure = async (file: string, seen = new Set<string>()) => {
      const code = await (await fetch(new URL(file, dist))).text();
      for (const [, dep] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([\w.-]+\.js)["']/g)) {
        const path = `./chunks/${dep}`;
        if (!seen.has(path)) seen.add(path), await closure(path, seen);
      }
      return seen;
    };
    // dist/preload.json (for servers that print <link rel="modulepreload">, as the WordPress
    // plugin does) has the same: each element's own chunk, then the list.
    const preload: Record<string, string[]> = await (await fetch('/dist/preload.json')).json();
    expect(Object.keys(preload)).to.have.members(tags);
    for (const [name, list] of lists) {
      expect(list.some((u) => /^\.\/chunks\/core-[\w-]+\.js$/.test(u)), `${name}: ${list}`).to.equal(true);
      for (const u of list) expect((await fetch(new URL(u, dist))).ok, u).to.equal(true);
      const own = entry.match(new RegExp(`\\./chunks/${name}-[\\w-]+\\.js`))![0];
      expect([...list].sort(), `${name}: every chunk its code imports, and no other`).to.deep.equal([...(await closure(own))].sort());
      expect(preload[name], `preload.json for ${name}`).to.deep.equal([own, ...list].map((u) => u.slice(2)));
    }
    // The whole-bundle check (loadValidator()) has its own copy of the built-in defaults
    // (build/module-copies.mjs): loading it loads no element's code.
    const check = entry.match(/\.\/chunks\/validate-[\w-]+\.js/)![0];
    const checkLoads = [...(await closure(check))];
    expect(checkLoads.some((u) => /\/core-/.test(u)), checkLoads.join()).to.equal(true);
    for (const tag of tags) expect(checkLoads.some((u) => u.includes(`/${tag}-`)), `${tag}: ${checkLoads.join()}`).to.equal(false);
  });
});

// Each file a page fetches is a request, and on a school's HTTP/1.1 shared hosting each costs
// more than its bytes: the chunks are grouped so that a page fetches few before its element
// first shows (vite.config.ts). `npm run size` counts them from the built files' imports against
// `firstRenderFiles` in build/size-budgets.json; this counts what a real page fetched.
describe('a page with one element fetches no more files before it first shows than its budget', () => {
  const pages = {
    'esafety-policy': ['', '[part="title"]', '<script type="application/json">{"policy": {"title": "Online safety", "sections": [{"title": "Scope"}]}}</script>'],
    'aup-form': [' audience="staff" endpoint="/api/submissions"', '[part="form"]', ''],
    'esafety-quiz': [' age="ks1"', '[part="start"]', ''],
    'report-concern': [' endpoint="/api/submissions"', '[part="urgent"]', ''],
    'parent-guidance': ['', '[part="card"]', ''],
  } as const;
  for (const [tag, [attrs, shown, inside]] of Object.entries(pages))
    it(`<${tag}>`, async () => {
      const budgets = (await (await fetch('/build/size-budgets.json')).json()) as { firstRenderFiles: Record<string, number> };
      const f = document.createElement('iframe');
      // The page notes the files it has fetched the moment the element shows (a mutation observer
      // runs before any task, so before anything the page loads once idle).
      f.srcdoc = `<!doctype html><html lang="en-GB"><script type="module" src="/dist/esafety-elements.js"></script>
<${tag}${attrs}>${inside}</${tag}>
<script type="module">
const el = document.querySelector('${tag}');
await customElements.whenDefined('${tag}');
await new Promise((ok) => {
  const shows = () => !!el.shadowRoot.querySelector('${shown}') && (ok(), true);
  if (!shows()) new MutationObserver((_, o) => shows() && o.disconnect()).observe(el.shadowRoot, { childList: true, subtree: true });
});
window.fetched = performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.startsWith('/dist/'));
</script></html>`;
      document.body.append(f);
      try {
        const win = () => f.contentWindow as (Window & { fetched?: string[] }) | null;
        await waitUntil(() => win()?.fetched, `<${tag}> did not show`, { timeout: 10000 });
        // Not counted: the sending code, which a page loads once idle only where this browser kept
        // an outbox before (submit/resume.ts; earlier tests may have), with rolldown's helper.
        const files = win()!.fetched!.filter((p) => !/\/(submit|rolldown-runtime)-[\w-]+\.js$/.test(p));
        expect(files, `the entry and the element's chunk at least: ${files.join(', ')}`).to.have.length.of.at.least(2);
        expect(files.length, files.join(', ')).to.be.at.most(budgets.firstRenderFiles[tag]);
      } finally {
        f.remove();
      }
    });
});
