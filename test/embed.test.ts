import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { axeIn } from './helpers-dom.js';
import { control, plan, records } from './receiver-client.js';

/*
 * dist/embed.html, one element by address, in a school's folder (/__embed/, served with CORS
 * by build/embed-test-server.mjs, with embed.json and policy.json beside it) and framed three
 * ways: same origin, another origin (127.0.0.1 vs localhost), and sandboxed without
 * allow-same-origin. Inside the last two the test acts through DevTools ('frame-eval').
 */

const SAME = `${location.origin}/__embed/embed.html`;
const OTHER = `${location.protocol}//127.0.0.1:${location.port}/__embed/embed.html`;

/** Runs an expression (awaited) inside the frame whose address contains `url`. */
const inFrame = async <T = unknown>(url: string, expression: string) =>
  (await executeServerCommand<{ value: T }, { url: string; expression: string }>('frame-eval', { url, expression })).value;

const frames: HTMLIFrameElement[] = [];
const heights: { source: MessageEventSource | null; height: number }[] = [];
addEventListener('message', (e) => e.data?.type === 'esafety-embed-height' && heights.push({ source: e.source, height: e.data.height }));

/** Adds an iframe and waits for it to load. */
async function frame(src: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  if (sandbox !== undefined) f.setAttribute('sandbox', sandbox);
  f.style.width = '600px';
  f.title = 'embedded';
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  f.src = src;
  document.body.append(f);
  frames.push(f);
  await loaded;
  return f;
}

afterEach(() => frames.splice(0).forEach((f) => f.remove()));

const until = async <T>(what: string, fn: () => Promise<T | undefined | false> | T | undefined | false, ms = 8000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

// Expressions run inside the embedded page (its element is the first of its tag).
const X = {
  attrs: (tag: string) => `(() => { const el = document.querySelector('${tag}'); return el && Object.fromEntries([...el.attributes].map(a => [a.name, a.value])); })()`,
  rendered: (tag: string) => `!!document.querySelector('${tag}')?.shadowRoot?.querySelector('[part="title"]')`,
  text: (sel: string) => `document.querySelector('${sel}')?.textContent ?? null`,
  shadowText: (tag: string, sel: string) => `document.querySelector('${tag}')?.shadowRoot?.querySelector('${sel}')?.textContent?.trim() ?? null`,
};

const SIGN_KS1 = `(async () => {
  const el = document.querySelector('aup-form');
  const $ = (id) => el.shadowRoot.querySelector('[id="' + id + '"]');
  const type = async (id, v) => { const i = $(id); i.value = v; i.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true })); await el.updateComplete; };
  $('agree-all').click(); await el.updateComplete;
  await type('f-pupil.first-name', 'Ava'); await type('f-pupil.class', 'Oak'); await type('f-parent.name', 'Sam Example');
  $('read').click(); await el.updateComplete;
  el.shadowRoot.querySelector('[part="submit"]').click();
  return true;
})()`;

const REPORT = (what: string) => `(async () => {
  const el = document.querySelector('report-concern');
  const $ = (sel) => el.shadowRoot.querySelector(sel);
  const type = async (id, v) => { const i = $('[id="' + id + '"]'); i.value = v; i.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true })); await el.updateComplete; };
  el.shadowRoot.querySelectorAll('input[name="category"]')[1].click(); await el.updateComplete;
  await type('what', ${JSON.stringify(what)}); await type('name', 'Sam Example'); await type('contact', 'sam@example.org');
  $('[part="submit"]').click();
  return true;
})()`;

/** The last height the frame told the parent, and the frame document's real height (same origin only). */
const lastHeight = (f: HTMLIFrameElement) => heights.filter((h) => h.source === f.contentWindow).at(-1)?.height;

/** The envelope that reached the receiver (waits for one). */
const arrived = async (kind: string) => (await until(`a ${kind} at the receiver`, async () => (await records()).find((r) => r.envelope.kind === kind))).envelope;

describe('embed.html', () => {
  beforeEach(() => control('reset'));

  it('takes only the element and its public attributes from the address; bundle and endpoint come from embed.json beside it', async () => {
    const u = `${SAME}?el=aup-form&age=ks1&heading-level=3&audience=nobody&src=https://elsewhere.example/b.json&endpoint=https://elsewhere.example/x&format=json&onclick=alert(1)`;
    await frame(u);
    await until('the agreement', () => inFrame(u, X.rendered('aup-form')));
    expect(await inFrame(u, X.attrs('aup-form'))).to.deep.equal({
      age: 'ks1',
      'heading-level': '3',
      src: `${location.origin}/__embed/policy.json`,
      endpoint: `${location.origin}/api/submissions`,
      lang: 'en-GB',
    });
    expect(await inFrame(u, 'document.title')).to.equal('Acceptable-use agreement');
  });

  it('an address without a known element says which ones it shows, and creates nothing', async () => {
    const u = `${SAME}?el=script&src=x`;
    await frame(u);
    const text = await until('the message', () => inFrame<string | null>(u, X.text('main')));
    expect(text).to.contain('"script" is not an element this page shows');
    expect(text).to.contain('esafety-policy, aup-form, esafety-quiz, report-concern, parent-guidance');
    expect(await inFrame(u, `document.querySelectorAll('main > :not(section.problem), script:not([src])').length`)).to.equal(0);
  });

  it('a broken embed.json is named on the page; the element still shows, with its built-in text', async () => {
    const u = `${location.origin}/__embed/bad-config/embed.html?el=parent-guidance`;
    await frame(u);
    await until('the guidance', () => inFrame(u, `!!document.querySelector('parent-guidance')?.shadowRoot?.querySelector('a[href*="#guidance-"]')`));
    expect(await inFrame(u, X.text('.problem'))).to.equal(`${location.origin}/__embed/bad-config/embed.json is not valid JSON.`);
    expect(await inFrame(u, X.attrs('parent-guidance'))).to.deep.equal({ 'heading-level': '1', lang: 'en-GB' });
  });

  it('with neither embed.json nor policy.json the element uses its built-in text', async () => {
    const u = `${location.origin}/__embed/no-config/embed.html?el=esafety-quiz&age=ks1`;
    await frame(u);
    await until('the quiz', () => inFrame(u, X.rendered('esafety-quiz')));
    expect(await inFrame(u, `document.querySelector('.problem')`)).to.equal(null);
    expect(await inFrame(u, X.attrs('esafety-quiz'))).to.deep.equal({ 'heading-level': '1', age: 'ks1', lang: 'en-GB' });
  });

  it('Welsh by address (lang=cy); the element’s title is the page’s main heading', async () => {
    const u = `${SAME}?el=report-concern&lang=cy`;
    await frame(u);
    await until('Welsh', async () => (await inFrame<string | null>(u, X.shadowText('report-concern', '[part="title"]'))) === 'Rhoi gwybod am bryder');
    expect(await inFrame(u, 'document.documentElement.lang')).to.equal('cy');
    expect(await inFrame(u, `document.querySelector('report-concern').getAttribute('heading-level')`)).to.equal('1', 'the page’s main heading');
  });

  it('a quiz asks for the questions of the age in its address, and no others, beside its code', async () => {
    // embed.ts makes the element, then gives it its attributes: the library waits for them.
    for (const [query, file] of [['&age=ks1', 'quiz-questions.ks1.en'], ['&age=eyfs&lang=cy', 'quiz-questions.eyfs']]) {
      const u = `${SAME}?el=esafety-quiz${query}`;
      await frame(u);
      await until('the quiz', () => inFrame(u, X.rendered('esafety-quiz')));
      const fetched = await inFrame<string[]>(u, `performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/quiz-questions'))`);
      expect(fetched.map((p) => /quiz-questions[\w.]*(?=-)/.exec(p)?.[0]), query).to.deep.equal([file]);
    }
  });

  it('asks for the library while it reads its settings, not after: one round trip fewer before the element shows', async () => {
    // Without embed.json it reads policy.json too: two files before it knows the bundle.
    const u = `${location.origin}/__embed/no-config/embed.html?el=esafety-quiz&age=ks1&lang=cy`;
    await frame(u);
    await until('the quiz', () => inFrame(u, X.rendered('esafety-quiz')));
    // A file's timing entry is added once its body has arrived: the page does not read the body
    // of embed.json's 404, so on a busy machine its entry can come after the quiz has shown.
    const [library, settings, welsh] = await until('the timing entries of the library, embed.json and the Welsh strings', () =>
      inFrame<[number, number, number] | false>(
        u,
        `(() => { const r = performance.getEntriesByType('resource'); const at = (test) => r.find((e) => test(new URL(e.name).pathname));
        const all = [at((p) => p.endsWith('/esafety-elements.js'))?.startTime, at((p) => p.endsWith('/embed.json'))?.responseEnd, at((p) => p.includes('/chunks/cy-'))?.startTime];
        return all.every((t) => typeof t === 'number') && all; })()`,
      ),
    );
    expect(library, `the library asked for at ${library} ms, the settings file arrived at ${settings} ms`).to.be.below(settings);
    // The element is made once its language is known, and the library fetches its Welsh strings beside its code.
    expect(welsh, 'the Welsh strings are fetched').to.be.a('number');
    expect(welsh).to.be.above(library);
  });

  it('asks for the element’s code while it waits for its settings too, and runs it only once they are there', async () => {
    // held-config/: the server holds embed.json back until the test releases it.
    const u = `${location.origin}/__embed/held-config/embed.html?el=aup-form&age=ks2`;
    await frame(u);
    try {
      const chunk = `performance.getEntriesByType('resource').some((e) => /\\/chunks\\/aup-form-[\\w-]+\\.js$/.test(new URL(e.name).pathname))`;
      await until('the form’s code, fetched before the settings', () => inFrame<boolean>(u, chunk));
      // Fetched, not run: the element is neither made nor defined before the page has its settings.
      expect(await inFrame(u, `[!!document.querySelector('aup-form'), !!customElements.get('aup-form')]`)).to.deep.equal([false, false]);
    } finally {
      await fetch('/__embed/release');
    }
    await until('the agreement', () => inFrame(u, X.rendered('aup-form')));
    // From the bundle embed.json names, once it came.
    expect(await inFrame(u, `document.querySelector('aup-form').getAttribute('src')`)).to.match(/\/held-config\/policy\.json$/);
  });

  it('same-origin iframe: the agreement is sent, and the height follows the content', async () => {
    const u = `${SAME}?el=aup-form&age=ks1`;
    const f = await frame(u);
    await until('the agreement', () => inFrame(u, X.rendered('aup-form')));
    const real = () => Math.ceil(f.contentDocument!.documentElement.getBoundingClientRect().height);
    await until('the height of the form', () => lastHeight(f) === real() && real() > 300);
    await inFrame(u, SIGN_KS1);
    const envelope = await arrived('agreement');
    expect(envelope.locale).to.equal('en-GB');
    expect(envelope.school).to.equal('Test School');
    await until('the receipt', () => inFrame(u, `!!document.querySelector('aup-form').shadowRoot.querySelector('[part="receipt"]:not(.waiting)')`));
    await until('the height of the receipt', () => lastHeight(f) === real());
  });

  it('cross-origin iframe: a concern report is sent, and the height reaches the parent', async () => {
    const u = `${OTHER}?el=report-concern&reporter=parent`;
    const f = await frame(u);
    await until('the form', () => inFrame(u, X.rendered('report-concern')));
    expect(await inFrame(u, 'location.origin')).to.not.equal(location.origin);
    await until('a height', () => (lastHeight(f) ?? 0) > 300);
    await inFrame(u, REPORT('A stranger asked for photos (cross-origin).'));
    const envelope = await arrived('concern');
    expect((envelope.data as { what: string }).what).to.equal('A stranger asked for photos (cross-origin).');
    await until('the receipt', () => inFrame(u, `!!document.querySelector('report-concern').shadowRoot.querySelector('[part="receipt"]:not(.waiting)')`));
  });

  describe('sandboxed iframe (allow-scripts allow-forms, no same origin)', () => {
    const SANDBOX = 'allow-scripts allow-forms';

    it('a concern report is sent', async () => {
      const u = `${SAME}?el=report-concern&reporter=parent&case=send`;
      const f = await frame(u, SANDBOX);
      await until('the form', () => inFrame(u, X.rendered('report-concern')));
      expect(await inFrame(u, 'origin')).to.equal('null');
      await until('a height', () => (lastHeight(f) ?? 0) > 300);
      await inFrame(u, REPORT('Unkind messages in a group chat (sandboxed).'));
      expect(((await arrived('concern')).data as { what: string }).what).to.equal('Unkind messages in a group chat (sandboxed).');
      await until('the receipt', () => inFrame(u, `!!document.querySelector('report-concern').shadowRoot.querySelector('[part="receipt"]:not(.waiting)')`));
    });

    it('an agreement is sent, and nothing claims to be saved on the device (needs the outbox without storage)', async () => {
      const u = `${SAME}?el=aup-form&age=ks1&case=sandbox`;
      await frame(u, SANDBOX);
      await until('the agreement', () => inFrame(u, X.rendered('aup-form')));
      await inFrame(u, SIGN_KS1);
      const receipt = await until('a receipt', () => inFrame<string | null>(u, X.shadowText('aup-form', '[part="receipt"]')));
      expect(receipt).to.not.contain('Saved on this device');
      expect((await arrived('agreement')).kind).to.equal('agreement');
    });

    it('an outside link that cannot open a new tab is shown as an address to copy', async () => {
      const u = `${SAME}?el=report-concern&reporter=parent&case=link`;
      await frame(u, SANDBOX);
      await until('the routes', () => inFrame(u, `!!document.querySelector('report-concern')?.shadowRoot?.querySelector('a[href^="https://"]')`));
      const href = await inFrame<string>(u, `(() => { const a = document.querySelector('report-concern').shadowRoot.querySelector('a[href^="https://"]'); a.click(); return a.href; })()`);
      expect(await inFrame(u, `location.href`)).to.equal(u, 'the frame did not navigate away');
      expect(await inFrame(u, `document.querySelector('.notice textarea')?.value`)).to.equal(href);
      expect(await inFrame(u, `document.activeElement === document.querySelector('.notice textarea')`)).to.equal(true, 'focus on the address');
    });

    it('print and "Save a copy" fall back to the copy on screen', async () => {
      // The school's system is down: the report waits, with Print and Save a copy.
      await plan(...Array.from({ length: 20 }, () => ({ status: 503 })));
      const u = `${SAME}?el=report-concern&reporter=parent&case=print`;
      await frame(u, SANDBOX);
      await until('the form', () => inFrame(u, X.rendered('report-concern')));
      await inFrame(u, REPORT('Someone shared a photo of my child (sandboxed print).'));
      await until('waiting', () => inFrame(u, `!!document.querySelector('report-concern').shadowRoot.querySelector('[part="save"]')`));
      await inFrame(u, `document.querySelector('report-concern').shadowRoot.querySelector('[part="print"]').click()`);
      expect(await inFrame(u, X.text('.notice .title'))).to.equal('Printing is not allowed inside this page');
      await inFrame(u, `document.querySelector('report-concern').shadowRoot.querySelector('[part="save"]').click()`);
      const copy = await until('the copy', () => inFrame<string | undefined>(u, `document.querySelector('.notice textarea')?.value`));
      expect(copy).to.contain('Someone shared a photo of my child (sandboxed print).');
    });

    it('a topic’s deep link is shown as an address to copy', async () => {
      const u = `${SAME}?el=parent-guidance&case=deep`;
      await frame(u, SANDBOX);
      await until('the topics', () => inFrame(u, `!!document.querySelector('parent-guidance')?.shadowRoot?.querySelector('a[href*="#guidance-"]')`));
      expect(await inFrame(u, `document.querySelector('.link').hidden`)).to.equal(true);
      await inFrame(u, `document.querySelector('parent-guidance').shadowRoot.querySelector('a[href*="#guidance-"]').click()`);
      const address = await until('the address', () => inFrame<string>(u, `!document.querySelector('.link').hidden && document.querySelector('.link textarea').value`));
      expect(address).to.match(/^http:\/\/localhost:\d+\/__embed\/embed\.html\?el=parent-guidance&case=deep#guidance-[a-z-]+$/);
    });
  });

  it('same-origin iframe: outside links open in a new tab', async () => {
    const u = `${SAME}?el=report-concern&reporter=parent&case=tab`;
    const f = await frame(u);
    await until('the routes', () => inFrame(u, `!!document.querySelector('report-concern')?.shadowRoot?.querySelector('a[href^="https://"]')`));
    const opened: unknown[][] = [];
    (f.contentWindow as Window).open = (...args: unknown[]) => (opened.push(args), null);
    const a = f.contentDocument!.querySelector('report-concern')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="https://"]')!;
    a.click();
    expect(opened).to.deep.equal([[a.href, '_blank']]);
  });

  it('framed, with the deep-link bar and a notice showing, the page passes axe', async () => {
    const u = `${SAME}?el=parent-guidance&case=axe`;
    const f = await frame(u);
    await until('the topics', () => inFrame(u, `!!document.querySelector('parent-guidance')?.shadowRoot?.querySelector('a[href*="#guidance-"]')`));
    const doc = f.contentDocument!;
    doc.querySelector('parent-guidance')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href*="#guidance-"]')!.click();
    await until('the link bar', () => !doc.querySelector<HTMLElement>('.link')!.hidden);
    (f.contentWindow as Window).open = () => null;
    await until('an outside link', () => doc.querySelector('parent-guidance')!.shadowRoot!.querySelector('a[href^="https://"]'));
    doc.querySelector('parent-guidance')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="https://"]')!.click();
    await until('the notice', () => doc.querySelector('.notice textarea'));
    const axe = await axeIn(doc);
    expect(await axe()).to.deep.equal([]);
  });

  it('not framed: no height messages, no link bar, links as they are', async () => {
    const w = window.open(`${SAME}?el=esafety-policy`);
    // (Opened as a top-level page in a new tab of the test browser.)
    try {
      await until('the policy', () => w?.document.querySelector('esafety-policy')?.shadowRoot?.querySelector('[part="title"]'));
      expect(w!.document.querySelector('.link')).to.equal(null);
    } finally {
      w?.close();
    }
  });
});
