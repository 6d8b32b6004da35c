import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseBundleText, validateBundle, type BundleResult } from '../src/bundle/validate.js';
import type { BundleIssue } from '../src/bundle/types.js';
import '../src/esafety-policy/index.js';

/**
 * A corpus of broken bundles. Each row says where the problem is (the exact JSON path a web
 * admin would look at) and words the message must contain. The validator must reject every
 * one, at that path, in plain English.
 */

type Json = Record<string, any>;

/** A small bundle that is valid; each row breaks one thing in a fresh copy. */
function base(): Json {
  return {
    school: {
      name: 'Test School',
      contacts: [
        { id: 'dsl', role: 'dsl', name: 'Ann Example', phone: '01632 960001', email: 'dsl@school.example' },
        { id: 'office', role: 'office', name: 'Bob Office' },
      ],
    },
    policy: {
      title: { en: 'Online safety policy', cy: 'Polisi diogelwch ar-lein' },
      approved: '2025-09-01',
      reviewed: '2025-09-01',
      nextReview: '2099-09-01',
      summary: 'How we keep everyone safe.',
      sections: [
        {
          title: 'Introduction',
          blocks: [
            { type: 'paragraph', text: 'We keep **everyone** safe online.[^law]' },
            { type: 'list', items: ['one', 'two'] },
            { type: 'footnote', id: 'law', text: 'See the law.' },
          ],
        },
        {
          title: 'Roles',
          blocks: [{ type: 'contacts', ids: ['dsl'] }],
          sections: [{ title: 'Staff', blocks: [{ type: 'clause', text: 'Staff report concerns.', items: ['a'] }] }],
        },
      ],
      related: [{ title: 'Safeguarding policy', url: 'https://school.example/safeguarding.pdf' }],
    },
  };
}

/** A copy of the base bundle changed by `fn`. */
function broken(fn: (b: Json) => void): Json {
  const b = base();
  fn(b);
  return b;
}

interface Row {
  name: string;
  /** An object, or raw JSON text (parsed with parseBundleText). */
  bundle: unknown;
  path: string;
  /** Words the message must contain (each, case-insensitive). */
  words: string | string[];
}

const sec0 = (b: Json) => b.policy.sections[0];
const para = (b: Json) => sec0(b).blocks[0];

const ROWS: Row[] = [
  // — not JSON at all —
  { name: 'truncated JSON', bundle: '{"policy": {"title": "Online safety", "sections": [', path: '(the bundle)', words: 'is not valid JSON' },
  { name: 'trailing comma', bundle: '{\n  "policy": {\n    "title": "x",\n  }\n}', path: '(the bundle)', words: ['is not valid JSON', 'line 4'] },
  {
    name: 'an HTML page (wrong address, 404 page)',
    bundle: '<!doctype html>\n<html><head><title>Not found</title></head><body>404</body></html>',
    path: '(the bundle)',
    words: ['not valid JSON', 'looks like an HTML page'],
  },
  { name: 'empty string', bundle: '', path: '(the bundle)', words: 'is empty' },
  { name: 'only whitespace', bundle: '  \n\t ', path: '(the bundle)', words: 'is empty' },
  { name: 'single quotes (JavaScript, not JSON)', bundle: "{'policy': {}}", path: '(the bundle)', words: 'not valid JSON' },

  // — top level the wrong shape —
  { name: 'top level is an array', bundle: '[{"policy": {}}]', path: '(the bundle)', words: ['should be an object', 'a list'] },
  { name: 'top level is a string', bundle: '"policy.json"', path: '(the bundle)', words: ['should be an object', 'policy.json'] },
  { name: 'top level is a number (object input)', bundle: 42, path: '(the bundle)', words: ['should be an object', '42'] },
  { name: 'top level is null', bundle: 'null', path: '(the bundle)', words: ['should be an object', 'null'] },

  // — wrong types at many depths —
  { name: 'policy.title is a number', bundle: broken((b) => (b.policy.title = 42)), path: 'policy.title', words: ['should be text', '42'] },
  { name: 'policy is a list', bundle: broken((b) => (b.policy = [])), path: 'policy', words: ['should be an object', 'a list'] },
  { name: 'sections is an object', bundle: broken((b) => (b.policy.sections = { title: 'Intro' })), path: 'policy.sections', words: ['should be a list', 'an object'] },
  {
    name: 'list items is a string',
    bundle: broken((b) => (sec0(b).blocks[1].items = 'one, two')),
    path: 'policy.sections[0].blocks[1].items',
    words: ['should be a list', 'one, two'],
  },
  {
    name: 'list ordered is "yes"',
    bundle: broken((b) => (sec0(b).blocks[1].ordered = 'yes')),
    path: 'policy.sections[0].blocks[1].ordered',
    words: ['true or false', '"yes"'],
  },
  {
    name: 'nested clause item is a number',
    bundle: broken((b) => (b.policy.sections[1].sections[0].blocks[0].items = [7])),
    path: 'policy.sections[1].sections[0].blocks[0].items[0]',
    words: ['should be text', '7'],
  },
  {
    name: 'table rows are strings, not lists of cells',
    bundle: broken((b) => sec0(b).blocks.push({ type: 'table', head: ['A'], rows: ['x'] })),
    path: 'policy.sections[0].blocks[3].rows[0]',
    words: ['should be a list', '"x"'],
  },
  { name: 'school.contacts is an object', bundle: broken((b) => (b.school.contacts = { dsl: 'Ann' })), path: 'school.contacts', words: 'should be a list' },
  { name: 'timeoutMs is text', bundle: broken((b) => (b.submit = { timeoutMs: '5000' })), path: 'submit.timeoutMs', words: ['a number', '"5000"'] },
  { name: 'timeoutMs is a fraction', bundle: broken((b) => (b.submit = { timeoutMs: 1500.5 })), path: 'submit.timeoutMs', words: 'whole number' },

  // — missing required fields —
  { name: 'policy.title missing', bundle: broken((b) => delete b.policy.title), path: 'policy.title', words: ['missing', 'required'] },
  { name: 'policy.sections missing', bundle: broken((b) => delete b.policy.sections), path: 'policy.sections', words: ['missing', 'required'] },
  { name: 'section title missing', bundle: broken((b) => delete b.policy.sections[1].title), path: 'policy.sections[1].title', words: 'missing' },
  {
    name: 'sub-section title missing',
    bundle: broken((b) => delete b.policy.sections[1].sections[0].title),
    path: 'policy.sections[1].sections[0].title',
    words: 'missing',
  },
  { name: 'paragraph text missing', bundle: broken((b) => delete para(b).text), path: 'policy.sections[0].blocks[0].text', words: 'missing' },
  { name: 'contact name missing', bundle: broken((b) => delete b.school.contacts[1].name), path: 'school.contacts[1].name', words: 'missing' },
  { name: 'contact role missing', bundle: broken((b) => delete b.school.contacts[0].role), path: 'school.contacts[0].role', words: ['missing', 'dsl'] },
  { name: 'related link title missing', bundle: broken((b) => delete b.policy.related[0].title), path: 'policy.related[0].title', words: 'missing' },
  { name: 'related link url missing', bundle: broken((b) => delete b.policy.related[0].url), path: 'policy.related[0].url', words: 'missing' },

  // — empty things —
  { name: 'empty policy title', bundle: broken((b) => (b.policy.title = '')), path: 'policy.title', words: 'must not be empty' },
  { name: 'empty section title', bundle: broken((b) => (sec0(b).title = '')), path: 'policy.sections[0].title', words: 'must not be empty' },
  { name: 'empty contact name', bundle: broken((b) => (b.school.contacts[0].name = '')), path: 'school.contacts[0].name', words: 'must not be empty' },
  {
    name: 'empty text in a language map',
    bundle: broken((b) => (b.policy.title = { en: '', cy: 'Polisi' })),
    path: 'policy.title.en',
    words: 'must not be empty',
  },
  // {} renders as a blank heading: no language has any text. Any message will do, at this path.
  { name: 'language map with no languages', bundle: broken((b) => (b.policy.title = {})), path: 'policy.title', words: [] },
  { name: 'no sections at all', bundle: broken((b) => (b.policy.sections = [])), path: 'policy.sections', words: 'at least one section' },
  { name: 'list with no items', bundle: broken((b) => (sec0(b).blocks[1].items = [])), path: 'policy.sections[0].blocks[1].items', words: 'at least one item' },

  // — blocks —
  {
    name: 'unknown block type lists the known types',
    bundle: broken((b) => (para(b).type = 'paragraf')),
    path: 'policy.sections[0].blocks[0].type',
    words: ['"paragraf"', 'paragraph', 'list', 'clause', 'note', 'footnote', 'table', 'contacts'],
  },
  {
    name: 'block without type',
    bundle: broken((b) => delete para(b).type),
    path: 'policy.sections[0].blocks[0].type',
    words: ['missing', 'type', 'paragraph'],
  },
  { name: 'block that is null', bundle: broken((b) => (sec0(b).blocks[0] = null)), path: 'policy.sections[0].blocks[0]', words: ['should be an object', 'null'] },
  {
    name: 'note variant "warning"',
    bundle: broken((b) => sec0(b).blocks.push({ type: 'note', variant: 'warning', text: 'Careful' })),
    path: 'policy.sections[0].blocks[3].variant',
    words: ['"warning"', '"important"'],
  },
  {
    name: 'block that is just a string',
    bundle: broken((b) => (sec0(b).blocks[1] = 'Some words')),
    path: 'policy.sections[0].blocks[1]',
    words: ['should be an object', 'Some words'],
  },

  // — dates —
  { name: 'month 13', bundle: broken((b) => (b.policy.approved = '2025-13-01')), path: 'policy.approved', words: ['real date', 'YYYY-MM-DD'] },
  { name: '30 February', bundle: broken((b) => (b.policy.reviewed = '2025-02-30')), path: 'policy.reviewed', words: ['real date', 'YYYY-MM-DD'] },
  { name: '"next September"', bundle: broken((b) => (b.policy.nextReview = 'next September')), path: 'policy.nextReview', words: 'YYYY-MM-DD' },
  { name: 'slashes 2025/09/01', bundle: broken((b) => (b.policy.approved = '2025/09/01')), path: 'policy.approved', words: 'YYYY-MM-DD' },
  { name: 'date as a number', bundle: broken((b) => (b.policy.approved = 20250901)), path: 'policy.approved', words: 'should be text' },

  // — links —
  {
    name: 'javascript: link in a paragraph',
    bundle: broken((b) => (para(b).text = 'Click [here](javascript:alert(1)) now')),
    path: 'policy.sections[0].blocks[0].text',
    words: ['"javascript:"', 'https:'],
  },
  {
    name: 'javascript: link in the welsh text of a list item',
    bundle: broken((b) => (sec0(b).blocks[1].items[1] = { en: 'ok', cy: '[x](javascript:void(0))' })),
    path: 'policy.sections[0].blocks[1].items[1].cy',
    words: '"javascript:"',
  },
  {
    name: 'data: URL in related policy',
    bundle: broken((b) => (b.policy.related[0].url = 'data:text/html,<script>alert(1)</script>')),
    path: 'policy.related[0].url',
    words: ['"data:"', 'not allowed', 'https:'],
  },
  {
    name: 'JaVaScRiPt: in related policy',
    bundle: broken((b) => (b.policy.related[0].url = 'JaVaScRiPt:alert(1)')),
    path: 'policy.related[0].url',
    words: '"javascript:"',
  },
  {
    name: 'java<tab>script: in markup',
    bundle: broken((b) => (b.policy.summary = 'See [this](java\tscript:alert(1))')),
    path: 'policy.summary',
    words: '"javascript:"',
  },
  {
    name: 'java<newline>script: in school website',
    bundle: broken((b) => (b.school.website = 'java\nscript:alert(1)')),
    path: 'school.website',
    words: '"javascript:"',
  },
  {
    name: 'leading spaces before javascript: in markup',
    bundle: broken((b) => (b.policy.sections[1].sections[0].blocks[0].items[0] = '[x](   javascript:alert(1))')),
    path: 'policy.sections[1].sections[0].blocks[0].items[0]',
    words: '"javascript:"',
  },

  // — contact details —
  { name: 'bad email', bundle: broken((b) => (b.school.contacts[0].email = 'dsl at school')), path: 'school.contacts[0].email', words: 'email address' },
  { name: 'bad phone', bundle: broken((b) => (b.school.contacts[0].phone = 'ring the office')), path: 'school.contacts[0].phone', words: 'phone number' },
  { name: 'bad school phase', bundle: broken((b) => (b.school.phase = 'primary school')), path: 'school.phase', words: ['"primary school"', '"primary"'] },
  { name: 'bad contact role "boss"', bundle: broken((b) => (b.school.contacts[1].role = 'boss')), path: 'school.contacts[1].role', words: ['"boss"', 'not allowed', '"dsl"'] },

  // — languages —
  {
    name: 'bad locale key in a text map',
    bundle: broken((b) => (b.policy.title = { english: 'Online safety policy' })),
    path: 'policy.title.english',
    words: ['"english"', 'language code'],
  },
  { name: 'bad locale in locales', bundle: broken((b) => (b.locales = ['en-GB', 'Welsh'])), path: 'locales[1]', words: 'language code' },

  // — cross-references and ids —
  {
    name: 'contacts block with an unknown contact id',
    bundle: broken((b) => (b.policy.sections[1].blocks[0].ids = ['dsl', 'deputy'])),
    path: 'policy.sections[1].blocks[0].ids[1]',
    words: ['"deputy"', 'school.contacts'],
  },
  {
    name: 'footnote reference with no footnote',
    bundle: broken((b) => (sec0(b).blocks[1].items[0] = 'See the guidance.[^kcsie]')),
    path: 'policy.sections[0].blocks[1].items[0]',
    words: ['[^kcsie]', 'no footnote'],
  },
  {
    name: 'duplicate footnote id',
    bundle: broken((b) => b.policy.sections[1].blocks.push({ type: 'footnote', id: 'law', text: 'Again.' })),
    path: 'policy.sections[1].blocks[1].id',
    words: ['"law"', 'twice', 'policy.sections[0].blocks[2]'],
  },
  {
    name: 'duplicate contact id',
    bundle: broken((b) => (b.school.contacts[1].id = 'dsl')),
    path: 'school.contacts[1].id',
    words: ['"dsl"', 'school.contacts[0]'],
  },
  {
    name: 'duplicate section id',
    bundle: broken((b) => {
      sec0(b).id = 'intro';
      b.policy.sections[1].sections[0].id = 'intro';
    }),
    path: 'policy.sections[1].sections[0].id',
    words: ['"intro"', 'twice'],
  },
  {
    name: 'quiz answer that is not an action',
    bundle: broken((b) => (b.quiz = { questions: [{ id: 'q1', scenario: 'A stranger asks where you live.', answer: 'run-away', explanation: 'Keep it private.' }] })),
    path: 'quiz.questions[0].answer',
    words: ['"run-away"', 'quiz actions'],
  },
  { name: 'id with spaces', bundle: broken((b) => (b.school.contacts[0].id = 'the dsl')), path: 'school.contacts[0].id', words: 'letters, digits' },

  // — submit —
  { name: 'endpoint http:// not localhost', bundle: broken((b) => (b.submit = { endpoint: 'http://school.example/submit' })), path: 'submit.endpoint', words: 'https://' },
  { name: 'timeoutMs 10', bundle: broken((b) => (b.submit = { timeoutMs: 10 })), path: 'submit.timeoutMs', words: 'at least 1000' },
  { name: 'bad format', bundle: broken((b) => (b.submit = { format: 'xml' })), path: 'submit.format', words: ['"xml"', '"json"'] },

  // — agreements —
  {
    name: 'agreement audience "ks9"',
    bundle: broken((b) => (b.agreements = [{ id: 'ks9', audience: 'ks9', title: 'Rules', statements: [{ id: 's1', text: 'I am kind.' }] }])),
    path: 'agreements[0].audience',
    words: ['"ks9"', '"ks2"'],
  },
  {
    name: 'agreement with no statements',
    bundle: broken((b) => (b.agreements = [{ id: 'ks2', audience: 'ks2', title: 'Rules', statements: [] }])),
    path: 'agreements[0].statements',
    words: 'at least one statement',
  },
];

/**
 * Validator and engine jargon a web admin should never see. "expected" is matched as zod uses
 * it ("expected string, received number"), not the English word.
 */
const JARGON: [RegExp, string][] = [
  [/invalid (input|key|option|type|union|value|element|format)/i, 'zod "Invalid …"'],
  [/\bexpected (a |an )?(string|number|boolean|object|array|record|int|nonoptional|never|unknown|bigint|date)\b/i, 'zod "expected <type>"'],
  [/\breceived\b/i, 'zod "received"'],
  [/zod/i, 'zod'],
  [/\bundefined\b/, '"undefined"'],
  [/\[object Object\]/, '[object Object]'],
  [/\bNaN\b/, 'NaN'],
  [/\bnonoptional\b|\bunion\b|\bdiscriminator\b/i, 'schema term'],
];

function run(bundle: unknown): BundleResult {
  return typeof bundle === 'string' ? parseBundleText(bundle) : validateBundle(bundle);
}

const show = (issues: readonly BundleIssue[]) => issues.map((i) => `${i.path}: ${i.message}`).join('\n    ');

describe('bundle errors: the corpus', () => {
  it('has at least 30 broken bundles and the base bundle is valid', () => {
    expect(ROWS.length).to.be.at.least(30);
    const r = validateBundle(base());
    expect(r.ok, r.ok ? '' : show(r.issues)).to.equal(true);
    expect(r.warnings).to.deep.equal([]);
  });

  for (const row of ROWS) {
    it(`${row.name} → ${row.path}`, () => {
      const r = run(row.bundle);
      expect(r.ok, `expected the bundle to be rejected`).to.equal(false);
      if (r.ok) return;
      const at = r.issues.filter((i) => i.path === row.path);
      expect(at, `no issue at ${row.path}; got:\n    ${show(r.issues)}`).to.not.be.empty;
      const words = Array.isArray(row.words) ? row.words : [row.words];
      const ok = at.find((i) => words.every((w) => i.message.toLowerCase().includes(w.toLowerCase())));
      expect(ok, `no message at ${row.path} contains ${JSON.stringify(words)}; got:\n    ${show(r.issues)}`).to.exist;
    });
  }
});

describe('bundle errors: plain English', () => {
  it('no message (issue or warning) uses validator jargon', () => {
    const bad: string[] = [];
    for (const row of ROWS) {
      const r = run(row.bundle);
      const all = [...(r.ok ? [] : r.issues), ...r.warnings];
      for (const i of all) {
        for (const [re, what] of JARGON) if (re.test(i.message)) bad.push(`[${row.name}] ${i.path}: ${i.message}  (${what})`);
        if (!i.path) bad.push(`[${row.name}] empty path: ${i.message}`);
        if (!i.message.trim()) bad.push(`[${row.name}] empty message at ${i.path}`);
      }
    }
    expect(bad, `messages with jargon:\n  ${bad.join('\n  ')}`).to.deep.equal([]);
  });

  it('JSON syntax errors give a line and column, not the engine\'s character offset', () => {
    for (const row of ROWS.filter((r) => typeof r.bundle === 'string')) {
      const r = run(row.bundle);
      if (r.ok) continue;
      for (const i of r.issues) {
        // "at line 4, column 3" is what an admin can find in an editor; "at position 36" is
        // Chrome's own wording, repeated after it, and means nothing to them.
        expect(i.message, `${row.name}: ${i.message}`).to.not.match(/\bposition \d+/);
      }
    }
  });

  it('messages are short enough to read in a box', () => {
    for (const row of ROWS) {
      const r = run(row.bundle);
      if (!r.ok) for (const i of r.issues) expect(i.message.length, `${row.name}: ${i.message}`).to.be.below(400);
    }
  });
});

describe('bundle errors: warnings', () => {
  it('an unknown field "titel" in a section is a warning with a suggestion, and the bundle still validates', () => {
    const b = broken((x) => {
      x.policy.sections[1].titel = x.policy.sections[1].title;
    });
    const r = validateBundle(b);
    expect(r.ok, r.ok ? '' : show(r.issues)).to.equal(true);
    const w = r.warnings.find((i) => i.path === 'policy.sections[1].titel');
    expect(w, show(r.warnings)).to.exist;
    expect(w!.message).to.contain('did you mean "title"');
  });

  it('a misspelt required field is an error at the right path that names the likely typo', () => {
    const b = broken((x) => {
      x.policy.sections[1].titel = x.policy.sections[1].title;
      delete x.policy.sections[1].title;
    });
    const r = validateBundle(b);
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    // The typo is the likely cause: the admin is told about it in the error itself.
    const e = r.issues.find((i) => i.path === 'policy.sections[1].title');
    expect(e, show(r.issues)).to.exist;
    expect(e!.message).to.contain('is missing').and.contain('there is a "titel" here: did you mean "title"?');
  });

  it('an unknown field far from any known name gets "check the spelling"', () => {
    const r = validateBundle(broken((x) => (x.policy.zzzzzzzz = 1)));
    expect(r.ok).to.equal(true);
    const w = r.warnings.find((i) => i.path === 'policy.zzzzzzzz');
    expect(w, show(r.warnings)).to.exist;
    expect(w!.message).to.contain('check the spelling');
  });

  it('unknown fields deep in blocks and contacts are warned about with their path', () => {
    const r = validateBundle(
      broken((x) => {
        x.policy.sections[0].blocks[0].txt = 'x';
        x.school.contacts[0].emial = 'a@b.example';
      }),
    );
    expect(r.ok).to.equal(true);
    const paths = r.warnings.map((i) => i.path);
    expect(paths).to.include('policy.sections[0].blocks[0].txt');
    expect(paths).to.include('school.contacts[0].emial');
    expect(r.warnings.find((i) => i.path === 'school.contacts[0].emial')!.message).to.contain('did you mean "email"');
  });
});

describe('bundle errors: shown by <esafety-policy>', () => {
  const RENDERED = [
    'policy.title missing',
    'unknown block type lists the known types',
    'javascript: link in a paragraph',
    'bad contact role "boss"',
    'footnote reference with no footnote',
    'month 13',
    'an HTML page (wrong address, 404 page)',
    'top level is an array',
  ];

  let origError: typeof console.error;
  let errorCalls: unknown[][];
  let uncaught: (ErrorEvent | PromiseRejectionEvent)[];
  const onError = (e: ErrorEvent) => uncaught.push(e);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e);

  beforeEach(() => {
    origError = console.error;
    errorCalls = [];
    console.error = (...args: unknown[]) => void errorCalls.push(args);
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    console.error = origError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const name of RENDERED) {
    it(`shows "${name}" in the error box, fires esafety-bundle-error and logs it`, async () => {
      const row = ROWS.find((r) => r.name === name)!;
      expect(row, name).to.exist;
      const events: CustomEvent[] = [];
      const wrap = await fixture<HTMLDivElement>(html`<div @esafety-bundle-error=${(e: CustomEvent) => events.push(e)}></div>`);
      const el = document.createElement('esafety-policy');
      (el as { bundle: unknown }).bundle = row.bundle; // deliberately wrong: not a BundleInput
      wrap.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('.bundle-error'), 'error box not shown', { timeout: 3000 });
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('article')).to.equal(null);

      const items = [...root.querySelectorAll('.bundle-error li')];
      const words = Array.isArray(row.words) ? row.words : [row.words];
      const li = items.find(
        (li) => li.querySelector('code')?.textContent === row.path && words.every((w) => li.textContent!.toLowerCase().includes(w.toLowerCase())),
      );
      expect(li, `error box: ${root.querySelector('.bundle-error')?.textContent}`).to.exist;
      const box = root.querySelector('.bundle-error')!;
      expect(box.textContent).to.contain('the bundle property');

      // The event: bubbles out of the shadow root to the page, with every issue.
      expect(events.length).to.equal(1);
      const ev = events[0];
      expect(ev.bubbles).to.equal(true);
      expect(ev.composed).to.equal(true);
      expect(ev.target).to.equal(el);
      const issues = ev.detail.issues as BundleIssue[];
      expect(issues.some((i) => i.path === row.path)).to.equal(true);
      expect(issues.length).to.equal(items.length > 20 ? issues.length : items.length);

      // The console says the same.
      expect(errorCalls.length).to.be.at.least(1);
      const logged = errorCalls.map((a) => a.map(String).join(' ')).join('\n');
      expect(logged).to.contain('esafety-policy');
      expect(logged).to.contain(row.path);

      await new Promise((r) => setTimeout(r, 20));
      expect(uncaught.map((e) => ('message' in e ? e.message : String(e.reason)))).to.deep.equal([]);
    });
  }

  it('a bundle without a policy says so in place of the element', async () => {
    const el = await fixture<HTMLElement & { bundle: unknown }>(html`<esafety-policy .bundle=${{ school: { name: 'Test School' } }}></esafety-policy>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.bundle-error'));
    const li = el.shadowRoot!.querySelector('.bundle-error li')!;
    expect(li.querySelector('code')!.textContent).to.equal('policy');
    expect(li.textContent).to.contain('is missing');
    expect(errorCalls.length).to.be.at.least(1);
    expect(uncaught).to.deep.equal([]);
  });

  it('fixing the bundle replaces the error box with the policy', async () => {
    const el = await fixture<HTMLElement & { bundle: unknown; updateComplete: Promise<boolean> }>(
      html`<esafety-policy .bundle=${broken((b) => delete b.policy.title)}></esafety-policy>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('.bundle-error'));
    el.bundle = base();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot?.querySelector('article'));
    expect(el.shadowRoot!.querySelector('.bundle-error')).to.equal(null);
    expect(uncaught).to.deep.equal([]);
  });
});
