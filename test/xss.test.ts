import { expect, fixture, html } from '@open-wc/testing';
import { validateBundle } from '../src/bundle/validate.js';
import type { EsafetyPolicy } from '../src/esafety-policy/index.js';
import '../src/esafety-policy/index.js';

/**
 * Every text field of a bundle is data, never HTML. Each payload below is put into every text
 * field <esafety-policy> renders; the bundle must either be refused by validation (an unsafe
 * link) or render inertly: no script runs, no event-handler attribute, no active element, only
 * safe link schemes, and the payload shows as the literal characters it is.
 */

declare global {
  interface Window {
    __xss: number;
  }
}

const RUN = 'window.__xss++';

/** Attack vectors. Each one, if it ever ran, would bump window.__xss (or call a stubbed alert). */
const VECTORS: string[] = [
  // classic markup
  `<script>${RUN}</script>`,
  `<SCRIPT SRC=data:text/javascript,${RUN}></SCRIPT>`,
  `<img src=x onerror="${RUN}">`,
  `<IMG SRC=/ onerror=alert(1)>`,
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text>x</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<iframe src="javascript:parent.${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="data:text/html,<script>parent.${RUN}</script>">`,
  `<body onload=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<video><source onerror=${RUN}></video>`,
  `<a href="javascript:${RUN}">click</a>`,
  `<form action="javascript:${RUN}"><button>go</button></form>`,
  `<template><img src=x onerror=${RUN}></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<base href="javascript:${RUN}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  // attribute breakouts
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `" onmouseover="${RUN}" x="`,
  `' autofocus onfocus='${RUN}`,
  `</p></li></ul><script>${RUN}</script>`,
  `</style><script>${RUN}</script>`,
  `--><script>${RUN}</script><!--`,
  // bare dangerous URLs as text
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MrKzwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  ` javascript:${RUN}`,
  `\uFEFFjavascript:${RUN}`,
  `\u00A0javascript:${RUN}`,
  `\u0001javascript:${RUN}`,
  `//evil.example/${RUN}`,
  `[x](\uFEFFjavascript:${RUN})`,
  `[x](\u00A0javascript:${RUN})`,
  // entities, encodings, unicode
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `&#60;script&#62;${RUN}&#60;/script&#62;`,
  `&#106;avascript:${RUN}`,
  `%3Cscript%3E${RUN}%3C/script%3E`,
  `\u003cscript\u003e${RUN}\u003c/script\u003e`,
  `＜script＞${RUN}＜/script＞`,
  `\u202Egnp.exe<script>${RUN}</script>`,
  `java\u200Bscript:${RUN}`,
  `\u0000<script>${RUN}</script>`,
  `<scr\u0000ipt>${RUN}</script>`,
  // template lookalikes
  `<?lit$123$>`,
  `<!--?lit$1234567$-->`,
  `lit$8888$`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
  `#{${RUN}}`,
  // CSS injection
  `<style>*{background:url("javascript:${RUN}")}</style>`,
  `<div style="background-image:url(javascript:${RUN})">x</div>`,
  `x:expression(${RUN})`,
  `<link rel=stylesheet href="data:text/css,*{color:red}">`,
  // markdown links in rich text
  `[x](javascript:${RUN})`,
  `[x](  javascript:${RUN})`,
  `[x](java\tscript:${RUN})`,
  `[x](java\nscript:${RUN})`,
  `[x](JAVASCRIPT:${RUN})`,
  `[x](\u0001javascript:${RUN})`,
  `[x](data:text/html,<script>${RUN}</script>)`,
  `[x](vbscript:msgbox)`,
  `[x](&#106;avascript:${RUN})`,
  `[x](https://example.org/" onclick="${RUN})`,
  `[<img src=x onerror=${RUN}>](https://example.org/)`,
  `**<script>${RUN}</script>**`,
  `*<img src=x onerror=${RUN}>*`,
];

/** Ways of placing a vector inside a field's text. */
const WRAPPERS: ((v: string) => string)[] = [
  (v) => v,
  (v) => `Before ${v} after`,
  (v) => `**${v}** and *${v}*`,
];

const PAYLOADS: string[] = [...new Set(VECTORS.flatMap((v) => WRAPPERS.map((w) => w(v))))];

/** A bundle with `p` in every text field the element renders. */
function bundleWith(p: string) {
  return {
    school: {
      name: p,
      contacts: [{ id: 'c1', role: 'dsl', name: p, roleLabel: p, note: p, phone: '01632 960001', email: 'dsl@school.example' }],
    },
    policy: {
      title: { en: p, cy: p },
      version: p,
      approved: '2025-09-01',
      approvedBy: p,
      nextReview: '2099-09-01',
      summary: p,
      sections: [
        {
          title: p,
          blocks: [
            { type: 'paragraph', text: p },
            { type: 'paragraph', text: 'See the footnote.[^fn1]' },
            { type: 'list', items: [p, 'plain'] },
            { type: 'list', ordered: true, items: [{ en: p }] },
            { type: 'clause', text: p, items: [p] },
            { type: 'note', title: p, text: p },
            { type: 'footnote', id: 'fn1', text: p },
            { type: 'table', caption: p, head: [p, 'Plain'], rows: [[p, 'x']] },
            { type: 'contacts', ids: ['c1'] },
          ],
          sections: [{ title: p, blocks: [{ type: 'paragraph', text: p }] }],
        },
      ],
      appendices: [{ title: p, blocks: [{ type: 'paragraph', text: p }] }],
      related: [{ title: p, url: 'https://example.org/related', description: p }],
    },
  };
}

/** Where each field shows up, and whether it takes inline markup. */
const FIELDS: { field: string; rich: boolean; sel: string }[] = [
  { field: 'school.name', rich: false, sel: '.school' },
  { field: 'policy.title', rich: false, sel: '.title' },
  { field: 'policy.version', rich: false, sel: '.dates > div:nth-child(1) dd' },
  { field: 'policy.approvedBy', rich: false, sel: '.dates > div:nth-child(2) dd' },
  { field: 'policy.summary', rich: true, sel: '.summary' },
  { field: 'section title', rich: false, sel: '.sections > section > [part=heading]' },
  { field: 'section title in contents', rich: false, sel: '.toc > li > a' },
  { field: 'sub-section title', rich: false, sel: '.sections > section > section > [part=heading]' },
  { field: 'appendix title', rich: false, sel: '.appendices > section > [part=heading]' },
  { field: 'paragraph', rich: true, sel: '.sections > section > p' },
  { field: 'list item', rich: true, sel: '.sections ul[part=list] > li' },
  { field: 'ordered list item (language map)', rich: true, sel: '.sections ol[part=list] > li' },
  { field: 'clause text', rich: true, sel: '.clause-body > p' },
  { field: 'clause item', rich: true, sel: '.clause-body li' },
  { field: 'note title', rich: false, sel: '.note-title' },
  { field: 'note text', rich: true, sel: '.note > p' },
  { field: 'footnote text', rich: true, sel: '.footnotes li' },
  { field: 'table caption', rich: false, sel: 'caption' },
  { field: 'table head', rich: false, sel: 'th' },
  { field: 'table cell', rich: true, sel: 'td' },
  { field: 'contact name', rich: false, sel: '.contacts .name' },
  { field: 'contact roleLabel', rich: false, sel: '.contacts .role' },
  { field: 'contact note', rich: false, sel: '.contacts .note' },
  { field: 'sub-section paragraph', rich: true, sel: '.sections > section > section > p' },
  { field: 'appendix paragraph', rich: true, sel: '.appendices > section > p' },
  { field: 'related title', rich: false, sel: '.related li > a' },
  { field: 'related description', rich: false, sel: '.related li' },
];

const ws = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The words a reader sees for a piece of markup, worked out independently of src/text: link
 * targets and footnote refs vanish, `*` and `_` may be consumed as bold / italic delimiters.
 */
function visible(s: string, rich: boolean): string {
  if (!rich) return ws(s);
  return ws(
    s
      .replace(/\[\^[^\]]*\]/g, '')
      .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1')
      .replace(/[*_]/g, ''),
  );
}
const seen = (el: Element, rich: boolean) => ws(rich ? el.textContent!.replace(/[*_]/g, '') : el.textContent!);

const FORBIDDEN = 'script,img,iframe,svg,object,embed,style,link,frame,frameset,base,meta,form,math,template,video,audio,source,applet,noscript,textarea,button,select';
const SAFE_PROTOCOLS = ['https:', 'http:', 'mailto:', 'tel:'];
/** Attributes the element itself uses; anything else in the shadow DOM came from somewhere else. */
const ATTRS = new Set(['part', 'class', 'id', 'href', 'rel', 'lang', 'tabindex', 'role', 'scope', 'for', 'type', 'autocomplete']);

/** Everything that would make the rendered shadow DOM unsafe, as readable lines. */
function unsafeThings(root: ShadowRoot): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(FORBIDDEN)) if (!(el.localName === 'input')) out.push(`<${el.localName}> element`);
  for (const el of root.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.toLowerCase().startsWith('on')) out.push(`<${el.localName} ${a.name}="${a.value}">`);
      else if (!ATTRS.has(a.name) && !a.name.startsWith('aria-')) out.push(`<${el.localName}> has unexpected attribute ${a.name}="${a.value}"`);
    }
    if (el.hasAttribute('href')) {
      if (el.localName !== 'a') out.push(`href on <${el.localName}>`);
      else {
        const proto = (el as HTMLAnchorElement).protocol;
        if (!SAFE_PROTOCOLS.includes(proto)) out.push(`<a href="${el.getAttribute('href')}"> uses ${proto}`);
      }
    }
  }
  const inputs = root.querySelectorAll('input');
  if (inputs.length > 1 || (inputs.length === 1 && inputs[0].id !== 'q')) out.push('an <input> other than the search box');
  return out;
}

describe('xss: the checks themselves', () => {
  it('catch active elements, handlers, odd attributes and unsafe hrefs', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const cases: [string, RegExp][] = [
      ['<p>fine <a href="https://example.org/">x</a> <a href="#top">y</a> <a href="mailto:a@b.example">z</a></p>', /^$/],
      ['<img alt="">', /<img> element/],
      ['<p onclick="x">', /onclick/],
      ['<svg></svg>', /<svg> element/],
      ['<a href="javascript:void(0)">x</a>', /uses javascript:/],
      ['<a href="data:text/html,x">x</a>', /uses data:/],
      ['<div style="color:red">', /unexpected attribute style/],
      ['<iframe srcdoc="x"></iframe>', /<iframe> element/],
      ['<input id="other">', /<input> other/],
    ];
    for (const [markup, want] of cases) {
      root.innerHTML = markup;
      expect(unsafeThings(root).join('; '), markup).to.match(want);
    }
  });

  it('expected visible text follows the markup rules', () => {
    expect(visible('**a** and *b* [c](https://x.example) d[^e]', true)).to.equal('a and b c d');
    expect(visible('**a**', false)).to.equal('**a**');
    expect(visible('x\t \n y', false)).to.equal('x y');
  });
});

describe('xss: payload corpus', () => {
  let el: EsafetyPolicy;
  let saved: Pick<Window, 'alert' | 'confirm' | 'prompt' | 'open' | 'print'>;
  let uncaught: string[];
  let docScripts: number;
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  const origWarn = console.warn;
  const origError = console.error;

  before(async () => {
    window.__xss = 0;
    saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, open: window.open, print: window.print };
    const bump = () => {
      window.__xss++;
      return null;
    };
    Object.assign(window, { alert: bump, confirm: bump, prompt: bump, open: bump, print: bump });
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // Rejected bundles are logged; keep the output readable.
    console.warn = () => {};
    console.error = () => {};
    docScripts = document.querySelectorAll('script,img,iframe,svg,object,embed').length;
    el = await fixture<EsafetyPolicy>(html`<esafety-policy></esafety-policy>`);
  });

  after(() => {
    Object.assign(window, saved);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = origWarn;
    console.error = origError;
  });

  /** Give the element a bundle and wait until it shows either the policy or the error box. */
  async function show(bundle: unknown): Promise<ShadowRoot> {
    (el as { bundle: unknown }).bundle = bundle; // hostile content, typed as anything
    await el.updateComplete;
    const root = el.shadowRoot!;
    for (let i = 0; i < 50; i++) {
      if (root.querySelector('article, .bundle-error')) return root;
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
    }
    throw new Error('the element showed neither the policy nor an error');
  }

  /** Check one payload in every field; returns problems found. */
  async function check(p: string): Promise<string[]> {
    const problems: string[] = [];
    const bundle = bundleWith(p);
    const v = validateBundle(bundle);
    const root = await show(bundle);
    if (!v.ok) {
      // Refused: only for an unsafe link (or a footnote-looking reference), and said clearly.
      for (const i of v.issues) if (!/link|footnote/.test(i.message)) problems.push(`refused for an unexpected reason: ${i.path}: ${i.message}`);
      if (!root.querySelector('.bundle-error')) problems.push('validation failed but no error box');
    } else {
      if (!root.querySelector('article')) problems.push('valid bundle but no article');
      for (const f of FIELDS) {
        const want = visible(p, f.rich);
        const els = [...root.querySelectorAll(f.sel)];
        if (!els.length) problems.push(`${f.field}: nothing rendered at ${f.sel}`);
        else if (!els.some((e) => seen(e, f.rich).includes(want)))
          problems.push(`${f.field}: text not shown literally; want ${JSON.stringify(want)}, got ${JSON.stringify(seen(els[0], f.rich))}`);
      }
    }
    problems.push(...unsafeThings(root));
    if (window.__xss !== 0) problems.push(`script ran (window.__xss = ${window.__xss})`);
    return problems;
  }

  it(`has at least 100 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(100);
  });

  it('renders the clean bundle in every field (the selectors are right)', async () => {
    const problems = await check('Plain words');
    expect(problems).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('article')).to.exist;
  });

  it('every payload in every field: refused or inert and shown literally', async function () {
    this.timeout(20000);
    const failures: string[] = [];
    let refused = 0;
    for (const p of PAYLOADS) {
      const problems = await check(p);
      if (el.shadowRoot!.querySelector('.bundle-error')) refused++;
      for (const x of problems) failures.push(`${JSON.stringify(p)} → ${x}`);
    }
    await new Promise((r) => setTimeout(r, 150));
    expect(window.__xss, 'a payload ran after a delay').to.equal(0);
    expect(failures, failures.slice(0, 40).join('\n')).to.deep.equal([]);
    expect(refused, 'some payloads (unsafe links) must be refused').to.be.greaterThan(0);
    expect(refused, 'most payloads are plain text and must render').to.be.below(PAYLOADS.length / 2);
  });

  it('every payload as a link target (related policy url and [text](url)): refused or a safe href', async function () {
    this.timeout(20000);
    const failures: string[] = [];
    for (const vector of VECTORS) {
      for (const bundle of [
        (() => {
          const b = bundleWith('Plain words');
          b.policy.related[0].url = vector;
          return b;
        })(),
        (() => {
          const b = bundleWith('Plain words');
          b.policy.sections[0].blocks[0] = { type: 'paragraph', text: `Read [the guide](${vector}) today` };
          return b;
        })(),
      ]) {
        const root = await show(bundle);
        for (const x of unsafeThings(root)) failures.push(`${JSON.stringify(vector)} → ${x}`);
        if (window.__xss !== 0) failures.push(`${JSON.stringify(vector)} → script ran`);
      }
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__xss).to.equal(0);
    expect(failures, failures.slice(0, 40).join('\n')).to.deep.equal([]);
  });

  it('unsafe link schemes in markup are refused by validation, at the field', () => {
    const bad = [
      'javascript:alert(1)',
      '  javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ];
    for (const url of bad) {
      const b = bundleWith('Plain words');
      b.policy.summary = `See [this](${url})`;
      const r = validateBundle(b);
      expect(r.ok, url).to.equal(false);
      if (!r.ok) expect(r.issues.map((i) => i.path), url).to.include('policy.summary');
    }
  });

  it("Lit's own marker text, taken from the live DOM, is just text", async () => {
    await show(bundleWith('Plain words'));
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_COMMENT);
    let marker = '';
    while (walker.nextNode()) {
      const m = /lit\$\d+\$/.exec((walker.currentNode as Comment).data);
      if (m) {
        marker = m[0];
        break;
      }
    }
    expect(marker, 'no Lit marker found in the rendered DOM').to.not.equal('');
    const failures: string[] = [];
    for (const p of [marker, `<?${marker}>`, `<!--?${marker}-->`, `<${marker}>`, `${marker}<script>${RUN}</script>`, `x="${marker}" onclick="${RUN}"`]) {
      for (const x of await check(p)) failures.push(`${JSON.stringify(p)} → ${x}`);
    }
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });

  it('search highlighting of a payload stays inert', async () => {
    const p = `Before <img src=x onerror=${RUN}> and <script>${RUN}</script> after`;
    const root = await show(bundleWith(p));
    const input = root.querySelector<HTMLInputElement>('#q')!;
    for (const q of ['<img', 'script', 'onerror', '<', '>']) {
      input.value = q;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(root.querySelectorAll('mark').length, q).to.be.greaterThan(0);
      expect(unsafeThings(root), q).to.deep.equal([]);
    }
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(window.__xss).to.equal(0);
  });

  it('nothing leaked into the page outside the shadow root, and nothing threw', async () => {
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelectorAll('script,img,iframe,svg,object,embed').length).to.equal(docScripts);
    expect(uncaught).to.deep.equal([]);
    expect(window.__xss).to.equal(0);
  });

  it('links leaving the site get rel="noopener noreferrer", however the address is written', async () => {
    const targets = ['https://evil.example/a', 'http://evil.example/b', 'HTTPS://evil.example/c', 'https:evil.example/d', '/same-site', 'page.html', '#top'];
    const b = bundleWith('Plain words');
    b.policy.sections[0].blocks[0] = { type: 'paragraph', text: targets.map((t, i) => `[link ${i}](${t})`).join(' ') };
    b.policy.related = targets.map((t, i) => ({ title: `related ${i}`, url: t, description: 'd' }));
    const root = await show(b);
    expect(root.querySelector('article'), root.textContent!).to.exist;
    const wrong: string[] = [];
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.sections p a[part=link], .related a[part=link]')];
    expect(links.length).to.equal(targets.length * 2);
    for (const a of links) {
      const leaves = new URL(a.href).origin !== location.origin;
      const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
      if (leaves && !(rel.includes('noopener') && rel.includes('noreferrer')))
        wrong.push(`${a.textContent}: href="${a.getAttribute('href')}" goes to ${a.href} without rel="noopener noreferrer" (rel="${a.getAttribute('rel') ?? ''}")`);
    }
    expect(wrong, wrong.join('\n')).to.deep.equal([]);
  });

  it("another site's address without its scheme (//host, \\\\host, /\\host) is refused, with the path and what to write", async () => {
    for (const t of ['//evil.example/e', '\\\\evil.example/f', '/\\evil.example/g', ' /\t/evil.example/h']) {
      const b = bundleWith('Plain words');
      b.policy.sections[0].blocks[0] = { type: 'paragraph', text: `[link](${t})` };
      const r = validateBundle(b);
      expect(r.ok, t).to.equal(false);
      expect(!r.ok && r.issues.map((i) => i.path), t).to.deep.equal(['policy.sections[0].blocks[0].text']);
      expect(!r.ok && r.issues[0].message, t).to.contain('write it in full (https://…)');
      const root = await show(b);
      expect(root.querySelector('.bundle-error'), t).to.exist;
      expect(root.querySelector('a[href*="evil"]'), t).to.equal(null);
    }
  });
});

describe('xss: hostile page address (#hash)', () => {
  const HASHES = [
    '#%',
    '#%E0%A4%A',
    '#section-1%',
    `#"><img src=x onerror=${RUN}>`,
    `#${encodeURIComponent(`<svg onload=${RUN}>`)}`,
    '#section-1"],img[src=x',
    '#javascript:alert(1)',
  ];
  let errors: string[];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  const start = location.pathname + location.search;

  beforeEach(() => {
    errors = [];
    window.__xss = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    history.replaceState(null, '', start);
  });

  for (const hash of HASHES) {
    it(`opening the page at ${JSON.stringify(hash)} neither throws nor runs anything`, async () => {
      history.replaceState(null, '', start + hash);
      const el = await fixture<EsafetyPolicy>(html`<esafety-policy .bundle=${bundleWith('Plain words')}></esafety-policy>`).catch((e) => {
        errors.push(`fixture: ${e}`);
        return undefined;
      });
      await new Promise((r) => setTimeout(r, 30));
      expect(el?.shadowRoot?.querySelector('article'), 'policy shown').to.exist;
      expect(errors, `the element threw on the page address ${hash}`).to.deep.equal([]);
      expect(window.__xss).to.equal(0);
    });
  }

  it('following hostile #links after load neither throws nor runs anything', async () => {
    const el = await fixture<EsafetyPolicy>(html`<esafety-policy .bundle=${bundleWith('Plain words')}></esafety-policy>`);
    await new Promise((r) => setTimeout(r, 10));
    for (const hash of HASHES) {
      location.hash = hash;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(el.shadowRoot!.querySelector('article')).to.exist;
    expect(errors, 'errors thrown by hashchange').to.deep.equal([]);
    expect(window.__xss).to.equal(0);
  });
});
