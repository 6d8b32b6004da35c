// Synthetic but realistic policy bundles, for the benchmark (build/bench.mjs) and for tests.
// Deterministic: the same arguments always give the same bundle. No Node-only APIs, so a
// browser test can import it too.
//
//   makeBundle(sectionCount)  a valid bundle whose policy renders exactly `sectionCount`
//                             <section class="section"> elements (top-level + sub-sections,
//                             no appendices), plus school contacts, an agreement, quiz
//                             questions and a guidance topic, as a real school bundle has.
//   makeBundleOfSize(kib)     a valid bundle whose JSON.stringify is within ±5% of `kib` KiB
//                             (UTF-8 bytes); `.sectionCount` on the result says how many.

/** A small seeded PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'All staff', 'Pupils', 'Parents and carers', 'The Designated Safeguarding Lead', 'The online safety lead',
  'Governors', 'Volunteers', 'Visitors', 'Teaching assistants', 'The headteacher', 'Supply staff', 'The IT technician',
];
const VERBS = [
  'must report', 'should discuss', 'will record', 'are expected to follow', 'must not share', 'will review',
  'should check', 'must agree to', 'are reminded about', 'will be taught about', 'should model', 'must log',
];
const OBJECTS = [
  'any concern about a pupil’s safety online', 'the school’s filtering and monitoring arrangements',
  'the acceptable use agreement for their role', 'personal devices used on the school site',
  'photographs and videos of pupils', 'passwords and login details', 'messages that are unkind or upsetting',
  'requests to meet someone they only know online', 'the use of AI tools and chatbots', 'social media accounts',
  'online gaming and in-game chat', 'screen time and sleep', 'scams, phishing and in-app purchases',
  'the sharing of nude or semi-nude images', 'remote learning platforms', 'email and messaging with families',
];
const WHEN = [
  'as soon as possible', 'on the same day', 'before the end of the lesson', 'at least once a term',
  'when they join the school', 'every September', 'without delay', 'in line with the safeguarding policy',
  'whenever the technology changes', 'during computing lessons', 'at parents’ evenings', 'each year',
];
const TOPICS = [
  'Introduction', 'Aims', 'Scope', 'Roles and responsibilities', 'Education and curriculum', 'Filtering and monitoring',
  'Mobile phones and devices', 'Use of images and video', 'Social media', 'Email and communication', 'Remote learning',
  'Artificial intelligence', 'Cyberbullying', 'Sharing nudes and semi-nudes', 'Data protection', 'Responding to incidents',
  'Training', 'Working with parents and carers', 'Monitoring and review', 'Visitors and contractors',
];
const SITES = ['https://example.org', 'https://www.saferinternet.org.uk', 'https://www.childnet.com', 'https://www.nspcc.org.uk', 'https://www.internetmatters.org'];

/** A policy bundle whose policy has exactly `sectionCount` sections, counting sub-sections. */
export function makeBundle(sectionCount, { seed = 1 } = {}) {
  if (!Number.isInteger(sectionCount) || sectionCount < 1) throw new RangeError('sectionCount must be a positive integer');
  const r = rng(seed);
  const pickOf = (xs) => xs[Math.floor(r() * xs.length)];
  const sentence = () => `${pickOf(SUBJECTS)} ${pickOf(VERBS)} ${pickOf(OBJECTS)} ${pickOf(WHEN)}.`;
  const pageLink = (n) => `${pickOf(SITES)}/online-safety/${n}`;
  let footnotes = 0;
  let made = 0;

  const blocks = (n, num) => {
    const out = [];
    let para = `${sentence()} **${pickOf(SUBJECTS)} ${pickOf(VERBS)} ${pickOf(OBJECTS)}** — see [the guidance for section ${num}](${pageLink(n)}). ${sentence()}`;
    if (n % 10 === 3) para += `[^fn-${++footnotes}]`;
    out.push({ type: 'paragraph', text: para });
    if (r() < 0.75) out.push({ type: 'list', ordered: r() < 0.3, items: [0, 1, 2, 3].map(() => sentence()) });
    out.push({ type: 'clause', text: sentence() });
    out.push(
      r() < 0.3
        ? { type: 'clause', id: `clause-${n}`, text: `${sentence()} In particular:`, items: [sentence(), sentence()] }
        : { type: 'clause', text: `${sentence()} *${sentence()}*` },
    );
    const extra = r();
    if (extra < 0.15) out.push({ type: 'note', variant: r() < 0.5 ? 'important' : 'info', text: `${sentence()} Call **999** if anyone is in immediate danger.` });
    else if (extra < 0.25)
      out.push({
        type: 'table',
        caption: `Who does what (${num})`,
        head: ['Who', 'What', 'When'],
        rows: [0, 1, 2].map(() => [pickOf(SUBJECTS), `${pickOf(VERBS)} ${pickOf(OBJECTS)}`, pickOf(WHEN)]),
      });
    if (n % 10 === 3) out.push({ type: 'footnote', id: `fn-${footnotes}`, text: `Keeping Children Safe in Education, part ${(n % 5) + 1}: [gov.uk](https://www.gov.uk/government/publications/keeping-children-safe-in-education--2).` });
    if (n === 2) out.push({ type: 'contacts', roles: ['dsl', 'deputy-dsl'] });
    return out;
  };

  const section = (num, depth) => {
    const n = ++made;
    const title = `${pickOf(TOPICS)}${depth ? ` — ${pickOf(OBJECTS)}` : ''}`;
    const s = { title: n % 7 === 1 ? { 'en-GB': title, cy: `${title} (cy)` } : title, blocks: blocks(n, num) };
    if (n % 5 === 0) s.id = `s-${n}`;
    // Sub-sections: about half the top-level sections have 1–3, and some of those have their own.
    const want = depth === 0 ? (r() < 0.5 ? 1 + Math.floor(r() * 3) : 0) : depth === 1 && r() < 0.2 ? 1 : 0;
    const kids = [];
    for (let i = 0; i < want && made < sectionCount; i++) kids.push(section(`${num}.${i + 1}`, depth + 1));
    if (kids.length) s.sections = kids;
    return s;
  };
  const sections = [];
  while (made < sectionCount) sections.push(section(String(sections.length + 1), 0));

  return {
    $schema: './policy-bundle.schema.json',
    version: `bench-${sectionCount}`,
    locales: ['en-GB', 'cy'],
    defaultLocale: 'en-GB',
    school: {
      name: { 'en-GB': 'Example Primary School', cy: 'Ysgol Gynradd Enghraifft' },
      phase: 'primary',
      website: 'https://school.example',
      contacts: [
        { id: 'dsl', role: 'dsl', name: 'Ann Example', phone: '01632 960001', email: 'dsl@school.example' },
        { id: 'ddsl', role: 'deputy-dsl', name: 'Bryn Sample', phone: '01632 960002', email: 'deputy@school.example' },
        { id: 'osl', role: 'online-safety-lead', roleLabel: 'Computing lead', name: 'Cerys Test', email: 'computing@school.example' },
        { id: 'office', role: 'office', name: 'School office', phone: '01632 960000', email: 'office@school.example' },
      ],
    },
    policy: {
      title: { 'en-GB': 'Online safety policy', cy: 'Polisi diogelwch ar-lein' },
      version: '2025.1',
      approved: '2025-09-01',
      approvedBy: 'Full governing body',
      reviewed: '2025-09-01',
      nextReview: '2099-09-01',
      summary: `How we keep **everyone** safe online. See also [UK Safer Internet Centre](https://saferinternet.org.uk).`,
      sections,
      related: [
        { title: 'Safeguarding and child protection policy', url: 'https://school.example/policies/safeguarding' },
        { title: 'Behaviour policy', url: 'https://school.example/policies/behaviour', description: 'Including cyberbullying' },
      ],
    },
    agreements: [
      {
        id: 'ks2',
        audience: 'ks2',
        title: 'Our online safety promise (KS2)',
        statements: [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ id: `ks2-${i}`, text: sentence(), symbol: 'ask-adult' })),
        signatures: [{ id: 'pupil', signer: 'pupil', fields: [{ id: 'name', kind: 'first-name', required: true }, { id: 'class', kind: 'class' }] }],
        consents: [{ id: 'photos', text: 'I agree to photos of my child on the school website.' }],
        quizRequired: true,
      },
    ],
    quiz: {
      questions: ['zip', 'block', 'flag', 'zip', 'flag', 'block'].map((answer, i) => ({
        id: `q${i + 1}`,
        ages: ['ks1', 'ks2'],
        scenario: `Someone in a game chat asks for your ${['address', 'password', 'school', 'photo', 'phone number', 'birthday'][i]}. What do you do?`,
        answer,
        explanation: 'Good thinking! Keep it private and tell a grown-up you trust.',
      })),
    },
    guidance: {
      topics: [
        { id: 'gaming', title: 'Gaming and in-game chat', summary: sentence(), tags: ['games'], blocks: [{ type: 'paragraph', text: sentence() }], links: [{ title: 'Internet Matters', url: 'https://www.internetmatters.org' }] },
      ],
    },
    submit: { endpoint: 'https://forms.school.example/esafety', format: 'text', timeoutMs: 15000 },
  };
}

const bytes = (obj) => new TextEncoder().encode(JSON.stringify(obj)).length;

/** A bundle whose JSON.stringify is `kib` KiB (UTF-8 bytes) within ±5%. Carries `sectionCount`. */
export function makeBundleOfSize(kib, { seed = 1 } = {}) {
  const target = kib * 1024;
  // Size grows with the section count; find the count whose size is closest to the target.
  let lo = 1;
  let hi = 2;
  while (bytes(makeBundle(hi, { seed })) < target) hi *= 2;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (bytes(makeBundle(mid, { seed })) < target) lo = mid;
    else hi = mid;
  }
  const [a, b] = [makeBundle(lo, { seed }), makeBundle(hi, { seed })];
  const [best, count] = Math.abs(bytes(a) - target) <= Math.abs(bytes(b) - target) ? [a, lo] : [b, hi];
  if (Math.abs(bytes(best) - target) > target * 0.05) throw new Error(`could not make a bundle of ${kib} KiB (got ${(bytes(best) / 1024).toFixed(1)} KiB)`);
  Object.defineProperty(best, 'sectionCount', { value: count, enumerable: false });
  return best;
}
