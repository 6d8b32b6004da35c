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
      // What it needs only once someone signs (aup-form/signing.ts) loads on the form's first use.
      expect(requests.filter((r) => /\/signing-[\w-]+\.js$/.test(r.name)), 'no check of a signature before anyone signs').to.have.length(0);
      for (const name of ['core', 'forms']) {
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
    const preload: Record<
      string,
      { files: string[]; en: string[]; cy: string[]; enByAge?: Record<string, string[]>; cyByAge?: Record<string, string[]>; enTopic?: string[]; cyTopic?: string[] }
    > = await (await fetch('/dist/preload.json')).json();
    expect(Object.keys(preload)).to.have.members(tags);
    for (const [name, list] of lists) {
      expect(list.some((u) => /^\.\/chunks\/core-[\w-]+\.js$/.test(u)), `${name}: ${list}`).to.equal(true);
      for (const u of list) expect((await fetch(new URL(u, dist))).ok, u).to.equal(true);
      const own = entry.match(new RegExp(`\\./chunks/${name}-[\\w-]+\\.js`))![0];
      expect([...list].sort(), `${name}: every chunk its code imports, and no other`).to.deep.equal([...(await closure(own))].sort());
      expect(preload[name]!.files, `preload.json for ${name}`).to.deep.equal([own, ...list].map((u) => u.slice(2)));
      // … and what it loads for the page's language: in Welsh the interface's strings, and the
      // built-in lists (whole in Welsh, English only otherwise) of the quiz and the guidance, and the
      // built-in defaults' Welsh; the
      // quiz's questions by its age attribute, those of its age set alone.
      const unhashed = (files: string[]) => files.map((f) => f.replace(/-[\w-]{8}\.js$/, ''));
      const byAge = (suffix: string) =>
        name === 'esafety-quiz'
          ? Object.fromEntries(Object.entries({ '': 'ks2', eyfs: 'eyfs', ks1: 'ks1', ks2: 'ks2', send: 'ks1' }).map(([age, set]) => [age, [`chunks/quiz-questions.${set}${suffix}`]]))
          : // <aup-form>'s symbols and "Read aloud", by its audience: the young pupils' alone, in either language.
            name === 'aup-form'
            ? Object.fromEntries(['eyfs', 'ks1', 'send'].map((a) => [a, ['chunks/statement-aids']]))
            : {};
      const unhashedByAge = (map: Record<string, string[]> = {}) => Object.fromEntries(Object.entries(map).map(([age, files]) => [age, unhashed(files)]));
      const topics = name === 'parent-guidance';
      // The guidance's: its topics' cards (their advice follows when a parent wants it).
      // The quiz's: its symbols and "Read aloud", in either language (<aup-form>'s only for young pupils: by age, below).
      const aids = name === 'esafety-quiz' ? ['chunks/statement-aids'] : [];
      expect(unhashed(preload[name]!.en), `${name} in English`).to.deep.equal(topics ? ['chunks/guidance-topics.cards.en'] : aids);
      // In Welsh, each element but the policy: its built-in defaults with their Welsh (its chunk has their English).
      const welsh = name === 'esafety-policy' ? [] : [`chunks/${name}.welsh`];
      expect(unhashed(preload[name]!.cy), `${name} in Welsh`).to.deep.equal(['chunks/cy', ...welsh, ...(topics ? ['chunks/guidance-topics.cards'] : []), ...aids]);
      // … and in their place when it shows one topic, the topics with their advice.
      expect(preload[name]!.enTopic && unhashed(preload[name]!.enTopic!), `${name} showing one topic, in English`).to.deep.equal(topics ? ['chunks/guidance-topics.en'] : undefined);
      expect(preload[name]!.cyTopic && unhashed(preload[name]!.cyTopic!), `${name} showing one topic, in Welsh`).to.deep.equal(topics ? ['chunks/cy', ...welsh, 'chunks/guidance-topics'] : undefined);
      expect(unhashedByAge(preload[name]!.enByAge), `${name} in English, by age`).to.deep.equal(byAge('.en'));
      expect(unhashedByAge(preload[name]!.cyByAge), `${name} in Welsh, by age`).to.deep.equal(byAge(''));
      const all = [preload[name]!.en, preload[name]!.cy, preload[name]!.enTopic ?? [], preload[name]!.cyTopic ?? [], ...Object.values(preload[name]!.enByAge ?? {}), ...Object.values(preload[name]!.cyByAge ?? {})].flat();
      for (const f of all) expect((await fetch(new URL(f, dist))).ok, f).to.equal(true);
    }
    // The whole-bundle check (loadValidator()) has its own copy of the built-in defaults
    // (build/module-copies.mjs): loading it loads no element's code.
    const check = entry.match(/\.\/chunks\/validate-[\w-]+\.js/)![0];
    const checkLoads = [...(await closure(check))];
    expect(checkLoads.some((u) => /\/core-/.test(u)), checkLoads.join()).to.equal(true);
    for (const tag of tags) expect(checkLoads.some((u) => u.includes(`/${tag}-`)), `${tag}: ${checkLoads.join()}`).to.equal(false);
  });
});

// What an element loads for its language once its code has run (the Welsh interface, its
// built-in lists), the entry asks for beside the element's chunk when the page says its language.
describe('dist/esafety-elements.js fetches an element’s language files beside its chunk', () => {
  /** A page from dist/ with one element; resolves with what it fetched once the element shows. */
  const fetchedBy = async (html: string, tag: string, shown: string) => {
    const f = document.createElement('iframe');
    f.srcdoc = `<!doctype html>${html}<script type="module" src="/dist/esafety-elements.js"></script>
<script type="module">
const el = document.querySelector('${tag}');
await customElements.whenDefined('${tag}');
const definedAt = performance.now();
while (!el.shadowRoot?.querySelector('${shown}')) await new Promise((ok) => setTimeout(ok, 10));
window.fetched = { definedAt, text: el.shadowRoot.querySelector('${shown}').textContent, files: performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname.startsWith('/dist/chunks/')) };
</script>`;
    document.body.append(f);
    try {
      const win = () => f.contentWindow as (Window & { fetched?: { definedAt: number; text: string; files: PerformanceResourceTiming[] } }) | null;
      await waitUntil(() => win()?.fetched, `<${tag}> did not show`, { timeout: 10000 });
      const { definedAt, text, files: all } = win()!.fetched!;
      const one = (name: string) => all.find((r) => new RegExp(`/chunks/${name.replaceAll('.', '\\.')}-[\\w-]+\\.js$`).test(r.name));
      return { all, one, definedAt, text };
    } finally {
      f.remove();
    }
  };

  it('an English page with the quiz asks for its age’s questions in English before the quiz’s code has arrived', async () => {
    const { one, all, definedAt } = await fetchedBy('<html lang="en-GB"><esafety-quiz age="ks1"></esafety-quiz></html>', 'esafety-quiz', '[part="start"]');
    const list = one('quiz-questions.ks1.en');
    expect(list, 'the English KS1 questions are fetched').to.exist;
    expect(all.filter((r) => /quiz-questions/.test(r.name)).length, 'and no other questions').to.equal(1);
    expect(one('cy'), 'nor the Welsh interface').to.equal(undefined);
    expect(one('sender'), 'nor the sending: this quiz sends no result').to.equal(undefined);
    // Asked for by the quiz's code, they would be asked for only once it had run (and defined the element).
    expect(list!.startTime, `asked for at ${list!.startTime} ms; the quiz was defined at ${definedAt} ms`).to.be.below(definedAt);
  });

  it('a quiz asks for the questions of the set its age attribute names, and a KS3 quiz for none', async () => {
    const questions = (all: PerformanceResourceTiming[]) => all.map((r) => /\/(quiz-questions[\w.]*)-[\w-]+\.js$/.exec(r.name)?.[1]).filter(Boolean);
    for (const [attrs, set] of [['', 'ks2'], [' age="send"', 'ks1'], [' age="eyfs"', 'eyfs']] as const) {
      const { all } = await fetchedBy(`<html lang="en-GB"><esafety-quiz${attrs}></esafety-quiz></html>`, 'esafety-quiz', '[part="start"]');
      expect(questions(all), attrs || 'no age').to.deep.equal([`quiz-questions.${set}.en`]);
    }
    // No questions built in for KS3: the school gives its own, or is told it has none.
    const { all, text } = await fetchedBy('<html lang="en-GB"><esafety-quiz age="ks3"></esafety-quiz></html>', 'esafety-quiz', '[part="error"]');
    expect(questions(all)).to.deep.equal([]);
    expect(text).to.contain('has no questions for "ks3"');
  });

  it('a Welsh page with the quiz asks for the Welsh interface and its age’s questions in both languages before the quiz’s code has arrived', async () => {
    const { all, one, definedAt } = await fetchedBy('<html lang="cy"><esafety-quiz age="eyfs"></esafety-quiz></html>', 'esafety-quiz', '[part="start"]');
    for (const name of ['cy', 'quiz-questions.eyfs']) {
      const file = one(name);
      expect(file, `${name} is fetched`).to.exist;
      expect(file!.startTime, `${name} asked for at ${file!.startTime} ms; the quiz was defined at ${definedAt} ms`).to.be.below(definedAt);
    }
    expect(all.filter((r) => /quiz-questions/.test(r.name)).length, 'and no other questions').to.equal(1);
  });

  it('a school question that takes over a built-in one of another age set gets the whole list, and is asked', async () => {
    const bundle = { quiz: { questions: [{ id: 'ks2-mystery-boxes', ages: ['ks1'], scenario: 'A game at Larkspur keeps selling you boxes.', answer: 'flag', explanation: 'Tell a grown-up.' }] } };
    const { all, text } = await fetchedBy(
      `<html lang="en-GB"><esafety-quiz age="ks1" seed="1"><script type="application/json">${JSON.stringify(bundle)}</script></esafety-quiz>
<script type="module">
const el = document.querySelector('esafety-quiz');
await customElements.whenDefined('esafety-quiz');
while (!el.shadowRoot?.querySelector('[part="start"]')) await new Promise((ok) => setTimeout(ok, 10));
el.shadowRoot.querySelector('[part="start"]').click();
</script></html>`,
      'esafety-quiz',
      '[part="progress"]',
    );
    expect(all.some((r) => /\/quiz-questions-[\w-]+\.js$/.test(r.name)), 'the whole list').to.equal(true);
    const ks1 = (await import('../src/bundle/defaults/quiz-questions.js')).questionsOfSet('ks1').length;
    expect(text).to.contain(`of ${ks1 + 1}`);
  });

  it('a quiz that sends its results has the code that sends them before it shows', async () => {
    const { one } = await fetchedBy('<html lang="en-GB"><esafety-quiz age="ks1" endpoint="/api/submissions"></esafety-quiz></html>', 'esafety-quiz', '[part="start"]');
    expect(one('sender'), 'the quiz’s sending').to.exist;
    // Its own copy of the sending (build/module-copies.mjs): none of the forms' code.
    expect(one('forms'), 'nor the forms’ code').to.equal(undefined);
  });

  it('a Welsh page with the guidance asks for the Welsh interface and the topics’ cards before the guidance’s code has arrived', async () => {
    const { one, definedAt } = await fetchedBy('<html lang="cy"><parent-guidance></parent-guidance></html>', 'parent-guidance', '[part="card"]');
    for (const name of ['cy', 'guidance-topics.cards']) {
      const file = one(name);
      expect(file, `${name} is fetched`).to.exist;
      expect(file!.startTime, `${name} asked for at ${file!.startTime} ms; the guidance was defined at ${definedAt} ms`).to.be.below(definedAt);
    }
    expect(one('guidance-topics.cards.en'), 'not the English-only cards as well').to.equal(undefined);
    for (const name of ['guidance-topics', 'guidance-topics.en']) expect(one(name), `no advice (${name}) for the index`).to.equal(undefined);
  });

  it('a Welsh page with a form asks for the Welsh interface and the form’s built-in defaults in Welsh before its code has arrived; an English page for neither', async () => {
    const form = '<aup-form age="ks1" endpoint="/api/submissions"></aup-form>';
    const cy = await fetchedBy(`<html lang="cy">${form}</html>`, 'aup-form', '[part="statement"]');
    for (const name of ['cy', 'aup-form.welsh']) {
      const file = cy.one(name);
      expect(file, `${name} is fetched`).to.exist;
      expect(file!.startTime, `${name} asked for at ${file!.startTime} ms; the form was defined at ${cy.definedAt} ms`).to.be.below(cy.definedAt);
    }
    expect(cy.text, 'its built-in statements in Welsh').to.contain('oedolyn');
    const en = await fetchedBy(`<html lang="en-GB">${form}</html>`, 'aup-form', '[part="statement"]');
    expect(en.all.map((r) => r.name).filter((n) => /\/(cy|[\w-]+\.welsh)-[\w-]+\.js$/.test(n)), 'nothing Welsh').to.deep.equal([]);
    expect(en.text).to.contain('grown-up');
  });

  it('a young pupils’ agreement asks for its symbols and “Read aloud” before its code has arrived; a staff agreement never fetches them, unless a statement has a symbol', async () => {
    const aids = 'statement-aids';
    for (const attrs of [' age="ks1"', ' audience="send"', ' audience="eyfs" age="ks3"']) {
      const young = await fetchedBy(`<html lang="en-GB"><aup-form${attrs} endpoint="/api/submissions"></aup-form></html>`, 'aup-form', '[part="read-aloud"]');
      const file = young.one(aids);
      expect(file, `${attrs}: ${aids} is fetched`).to.exist;
      expect(file!.startTime, `${attrs}: asked for at ${file!.startTime} ms; the form was defined at ${young.definedAt} ms`).to.be.below(young.definedAt);
    }
    const staff = await fetchedBy('<html lang="en-GB"><aup-form audience="staff" age="ks1" endpoint="/api/submissions"></aup-form></html>', 'aup-form', '[part="statement"]');
    expect(staff.one(aids), 'a staff agreement: no symbols, no read-aloud').to.equal(undefined);
    // A school's staff agreement with a symbol: they load once the form has read its bundle, and it shows.
    const bundle = { agreements: [{ id: 'staff', audience: 'staff', title: 'Staff agreement', statements: [{ id: 'lock', text: 'I lock my screen.', symbol: 'password' }] }] };
    const symbol = await fetchedBy(
      `<html lang="en-GB"><aup-form audience="staff" endpoint="/api/submissions"><script type="application/json">${JSON.stringify(bundle)}</script></aup-form></html>`,
      'aup-form',
      '[part="statement"] svg',
    );
    expect(symbol.one(aids), 'fetched for the symbol').to.exist;
  });

  it('a guidance showing one topic asks for the topics with their advice (not the cards) before its code has arrived, in English or Welsh', async () => {
    for (const [lang, list, not] of [
      ['en-GB', 'guidance-topics.en', 'guidance-topics.cards.en'],
      ['cy', 'guidance-topics', 'guidance-topics.cards'],
    ] as const) {
      const { one, definedAt } = await fetchedBy(`<html lang="${lang}"><parent-guidance topic="gaming"></parent-guidance></html>`, 'parent-guidance', '[part="talk"]');
      const file = one(list);
      expect(file, `${lang}: ${list} is fetched`).to.exist;
      expect(file!.startTime, `${lang}: asked for at ${file!.startTime} ms; the guidance was defined at ${definedAt} ms`).to.be.below(definedAt);
      expect(one(not), `${lang}: not the cards`).to.equal(undefined);
    }
  });

  it('a page that does not say its language is not guessed at: the element asks for its list once it knows', async () => {
    const { all, one, definedAt } = await fetchedBy('<html><parent-guidance></parent-guidance></html>', 'parent-guidance', '[part="card"]');
    const list = one('guidance-topics.cards.en') ?? one('guidance-topics.cards');
    expect(list, `one list is fetched: ${all.map((r) => r.name).join(', ')}`).to.exist;
    expect([one('guidance-topics.cards.en'), one('guidance-topics.cards')].filter(Boolean), 'only one of them').to.have.length(1);
    expect(list!.startTime, 'asked for by the element, once its code had run').to.be.at.least(definedAt);
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
