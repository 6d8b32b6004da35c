import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { importFile } from '../../cli/import/read.js';
import { validateBundle } from '../../src/bundle/validate.js';
import { importDocument, type ImportedBundle } from '../../src/importer/index.js';
import type { OutSection } from '../../src/importer/structure.js';
import { APPENDIX, COVER, larkspurDocx, larkspurMarkdown, larkspurText, SCHOOL, SECTIONS, TITLE, type Sec } from './import/larkspur.js';
import { makePdf } from './import/pdf.js';

const run = promisify(execFile);
const BIN = 'dist/cli/esafety-elements.js';
const dir = mkdtempSync(join(tmpdir(), 'esafety-import-'));

/** What must come through every format: numbers, titles, clauses, appendix, agreement, contacts, dates. */
function shape(b: ImportedBundle) {
  const sec = (s: OutSection): unknown => ({
    number: s.number,
    title: s.title,
    clauses: s.blocks?.filter((x) => x.type === 'clause').map((x) => (x as { number: string }).number) ?? [],
    sections: s.sections?.map(sec) ?? [],
  });
  return {
    school: b.school?.name,
    title: b.policy.title,
    numbering: b.policy.numbering,
    approved: b.policy.approved,
    approvedBy: b.policy.approvedBy,
    nextReview: b.policy.nextReview,
    sections: b.policy.sections.map(sec),
    appendices: b.policy.appendices?.map((a) => [a.label, a.title]),
    agreements: b.agreements?.map((a) => [a.audience ?? a.audiences, a.title, a.statements.map((s) => s.text), a.signatures?.map((s) => s.fields.map((f) => f.kind))]),
    contacts: b.school?.contacts?.map((c) => [c.name, c.role, c.phone, c.email]),
  };
}

const expectedSection = (s: Sec): unknown => ({
  number: s.number,
  title: s.title,
  clauses: s.clauses?.map((c) => c.number) ?? [],
  sections: s.sections?.map(expectedSection) ?? [],
});
const EXPECTED = {
  school: SCHOOL,
  title: TITLE,
  numbering: 'given',
  approved: '2026-09-14',
  approvedBy: 'the Full Governing Board',
  nextReview: '2027-09-01',
  sections: SECTIONS.map(expectedSection),
  appendices: [[APPENDIX.label, APPENDIX.title]],
  agreements: [['ks2', APPENDIX.title, APPENDIX.statements, [['first-name', 'class', 'signature']]]],
  contacts: [
    ['Mrs Ada Hollis', 'dsl', '01632 960101', 'dsl@larkspur.example'],
    ['Mr Bram Okafor', 'deputy-dsl', undefined, undefined],
    ['Ms Cleo Reyes', 'deputy-dsl', undefined, undefined],
  ],
};

async function imported(name: string, data: Buffer | string) {
  const file = join(dir, name);
  writeFileSync(file, data);
  return importFile(file, readFileSync(file));
}

/** Clause 1.1's words, the list under 1.2, the table under 3.1, and the footnote, wherever they are. */
function details(b: ImportedBundle) {
  const [intro, , filtering] = b.policy.sections;
  const c11 = intro.blocks![0] as { text: string };
  const c12 = intro.blocks![1] as { blocks?: unknown[] };
  const c31 = filtering.blocks![0] as { blocks?: { type: string }[] };
  const all = JSON.stringify(b.policy);
  return { c11: c11.text, list: c12.blocks?.[0], table: c31.blocks?.find((x) => x.type === 'table'), footnote: /"type":"footnote","id":"([^"]+)","text":"([^"]+)"/.exec(all)?.[2], all };
}

const LIST = { type: 'list', items: [{ text: 'pupils', blocks: [{ type: 'list', items: ['in class', 'at home'] }] }, 'staff and volunteers', 'visitors who use our network'] };
const TABLE = { type: 'table', head: ['Check', 'Who', 'When'], rows: [['Filtering test', 'IT support', 'Each term'], ['Log review', 'DSL', 'Weekly']] };

test('Word with heading styles: the same structure, numbers, list nesting, table, link, bold/italic and footnote', async () => {
  const { bundle, report } = await imported('styled.docx', await larkspurDocx(true));
  assert.deepEqual(shape(bundle), EXPECTED);
  const d = details(bundle);
  assert.match(d.c11, /^At Larkspur Lane we want \*every\* child to enjoy the internet \*\*safely\*\*\.\[\^fn-\d+\]$/);
  assert.deepEqual(d.list, LIST);
  assert.deepEqual(d.table, TABLE);
  assert.equal(d.footnote, 'We follow the statutory guidance on keeping children safe in education.');
  assert.match(d.all, /\[online safety guidance\]\(https:\/\/larkspur\.example\/online-safety\)/);
  assert.deepEqual(report.unplaced, []);
  assert.equal(report.found.clauses, 7);
  assert.equal(report.found.listItems, 9);
  // Given numbers, nested list items, "signature" fields: all shapes the real validator takes, with no unknown fields.
  const r = validateBundle(bundle);
  assert.equal(r.ok, true, JSON.stringify(!r.ok && r.issues));
  assert.deepEqual(r.warnings, []);
});

test('Word numbered by hand (plain paragraphs, bold headings): the same structure and numbers', async () => {
  const { bundle, report } = await imported('hand.docx', await larkspurDocx(false));
  assert.deepEqual(shape(bundle), EXPECTED);
  const d = details(bundle);
  assert.deepEqual(d.list, LIST);
  assert.deepEqual(d.table, TABLE);
  assert.deepEqual(report.unplaced, []);
});

test('Markdown: the same structure and numbers, footnotes and tables', async () => {
  const { bundle } = await imported('policy.md', larkspurMarkdown());
  assert.deepEqual(shape(bundle), EXPECTED);
  const d = details(bundle);
  assert.deepEqual(d.list, LIST);
  assert.deepEqual(d.table, TABLE);
  assert.equal(d.footnote, 'We follow the statutory guidance on keeping children safe in education.');
});

test('plain text: the same structure and numbers; bullets nested by indentation; addresses become links', async () => {
  const { bundle } = await imported('policy.txt', larkspurText());
  assert.deepEqual(shape(bundle), EXPECTED);
  const d = details(bundle);
  assert.deepEqual(d.list, LIST);
  assert.match(d.all, /\[dsl@larkspur\.example\]\(mailto:dsl@larkspur\.example\)/);
});

test('PDF (best effort): numbers, titles, contacts and the agreement come through, and the report says what was not read', async () => {
  const { bundle, notes } = await imported('policy.pdf', makePdf(larkspurText().split('\n')));
  const s = shape(bundle);
  assert.deepEqual(s.sections, EXPECTED.sections);
  assert.deepEqual([s.title, s.approved, s.nextReview, s.appendices, s.contacts], [EXPECTED.title, EXPECTED.approved, EXPECTED.nextReview, EXPECTED.appendices, EXPECTED.contacts]);
  assert.equal(bundle.agreements?.[0].statements.length, 4);
  assert.match(notes.join('\n'), /PDF: only the words and the numbering/);
});

test('every word of the text version reaches the bundle (nothing lost silently)', () => {
  const src = larkspurText();
  const { bundle, report } = importDocument(src, 'text');
  const out = JSON.stringify(bundle).replace(/\\\\/g, '');
  const words = new Set(src.split(/[^\p{L}\p{N}@.]+/u).map((w) => w.replace(/\.$/, '')).filter((w) => w.length > 2));
  const missing = [...words].filter((w) => !out.includes(w) && !report.details.join(' ').includes(w));
  assert.deepEqual(missing, []);
});

test('text before the first heading is kept in an "Introduction" and listed in the report', () => {
  const one = importDocument('A note from the head teacher about this policy, which everyone should read.\n\n1. Aims\n\n1.1 We keep pupils safe online.', 'text');
  assert.equal(one.bundle.policy.summary, 'A note from the head teacher about this policy, which everyone should read.', 'one paragraph under the title is the summary');
  const { bundle, report } = importDocument('A note from the head teacher about this policy, which everyone should read.\n\nIt was written with pupils.\n\n1. Aims\n\n1.1 We keep pupils safe online.', 'text');
  assert.equal(bundle.policy.sections[0].title, 'Introduction');
  assert.equal(bundle.policy.sections[0].numbered, false);
  assert.match(JSON.stringify(bundle.policy.sections[0].blocks), /A note from the head teacher/);
  assert.equal(report.unplaced.length, 2);
  assert.match(report.check.join('\n'), /before the first heading/);
});

test('HTML page: headings, a contents list left out, one person with two roles, a staff/volunteer/governor agreement', () => {
  const html = `<html><head><title>Larkspur Lane Primary School – Online Safety Policy</title><script>alert(1)</script></head><body>
    <h1>Larkspur Lane Primary School – Online Safety Policy</h1>
    <h2>Contents</h2><ol><li>Aims</li><li>People</li></ol>
    <h2>Aims</h2><p>We want pupils to be <em>safe</em> and <strong>confident</strong>.</p>
    <h2>People</h2><p>Mrs Ada Hollis is our Headteacher and Designated Safeguarding Lead (01632 960101).</p>
    <p>The online safety lead is Mr Dev Patel, dev@larkspur.example.</p>
    <h2>Staff, Volunteer and Governor Acceptable Use Agreement</h2>
    <ul><li>I will keep my passwords private.</li><li>I will report any worry to the DSL.</li></ul>
    <p>Job title: ________</p><p>Signed: ________</p></body></html>`;
  const { bundle, report } = importDocument(html, 'html');
  assert.equal(bundle.policy.title, 'Online Safety Policy');
  assert.deepEqual(bundle.policy.sections.map((s) => s.title), ['Aims', 'People', 'Staff, Volunteer and Governor Acceptable Use Agreement']);
  assert.equal(bundle.policy.numbering, undefined, 'no numbers in the document: the element numbers by position');
  assert.deepEqual(bundle.policy.sections[0].blocks, [{ type: 'paragraph', text: 'We want pupils to be *safe* and **confident**.' }]);
  assert.deepEqual(bundle.school?.contacts?.map((c) => [c.name, c.role, c.roles]), [['Mrs Ada Hollis', 'dsl', ['headteacher']], ['Mr Dev Patel', 'online-safety-lead', undefined]]);
  assert.deepEqual(bundle.agreements?.[0].audiences, ['staff', 'volunteer', 'governor']);
  assert.deepEqual(bundle.agreements?.[0].signatures?.[0].fields.map((f) => f.kind), ['name', 'role', 'signature']);
  assert.match(report.check.join('\n'), /left out the contents list/);
  assert.doesNotMatch(JSON.stringify(bundle), /alert/);
});

test('a document using only today\'s bundle shapes passes the real validator (no errors)', () => {
  const { bundle } = importDocument(
    'Larkspur Lane Primary School Online Safety Policy\n\nApproved by: the Full Governing Board\nDate approved: 1 September 2026\n\n1. Aims\n\n1.1 We keep every pupil safe online.\n\n1.2 We teach pupils to tell an adult, as 1.1 says.\n\n2. Reporting\n\n2.1 Report any worry to the DSL, Mrs Ada Hollis.',
    'text',
  );
  const r = validateBundle(bundle);
  assert.equal(r.ok, true, JSON.stringify(!r.ok && r.issues));
});

test('built CLI: import writes the bundle with -o and prints the report; refuses to overwrite without --force', async () => {
  const src = join(dir, 'cli.md');
  writeFileSync(src, larkspurMarkdown());
  const out = join(dir, 'cli.json');
  const r = await run(process.execPath, [BIN, 'import', src, '-o', out]);
  assert.match(r.stderr, /Found: 5 sections \(12 with the school's own numbers\), 7 numbered clauses, 1 appendix/);
  assert.deepEqual(shape(JSON.parse(readFileSync(out, 'utf8'))), EXPECTED);
  const again = await run(process.execPath, [BIN, 'import', src, '-o', out]).catch((e) => e);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /already exists.*--force/);
  const forced = await run(process.execPath, [BIN, 'import', src, '-o', out, '--force']);
  assert.match(forced.stderr, /Imported/);
  const toStdout = await run(process.execPath, [BIN, 'import', src]);
  assert.equal(JSON.parse(toStdout.stdout).policy.title, TITLE);
});

test('built CLI: clear messages for a missing file, a folder, an unsupported type, a .doc, a corrupt or protected .docx', async () => {
  const fail = async (name: string, data?: Buffer | string) => {
    const file = join(dir, name);
    if (data !== undefined) writeFileSync(file, data);
    const e = await run(process.execPath, [BIN, 'import', file]).then(() => assert.fail(`${name} should fail`), (x) => x);
    assert.equal(e.code, 1, name);
    return e.stderr as string;
  };
  assert.match(await fail('missing.docx'), /cannot find the file/);
  assert.match(await fail('notes.rtf', '{\\rtf1 hello}'), /"\.rtf" files are not supported — use \.docx, \.md, \.txt, \.html, \.pdf/);
  assert.match(await fail('old.doc', 'x'), /old Word 97–2003 file/);
  assert.match(await fail('broken.docx', 'this is not a Word file'), /is not a Word \.docx file/);
  // A zip that is not a Word document (the start of a zip with nothing else in it).
  assert.match(await fail('zip.docx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(60)])), /could not be read as a Word document.*save it again/);
  // Word saves a password-protected .docx as an encrypted OLE compound file.
  assert.match(await fail('locked.docx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)])), /password-protected/);
  assert.match(await fail('broken.pdf', '%PDF-1.4 nothing'), /could not be read as a PDF|no text to read/);
  const e = await run(process.execPath, [BIN, 'import', dir]).catch((x) => x);
  assert.match(e.stderr, /is a folder/);
  const help = await run(process.execPath, [BIN, 'import', '--help']);
  assert.match(help.stdout, /Usage: esafety-elements import FILE \[-o policy\.json\]/);
});

test('cover details: dates in several spellings, who approved, the review cycle', () => {
  const { bundle, report } = importDocument(
    'Online Safety Policy\n\nRatified by the Full Governing Board on 3rd October 2026\nLast reviewed: 01/10/2026\nThis policy is reviewed annually.\nVersion: 4.1\n\n1. Aims\n\n1.1 We keep every pupil safe online.',
    'text',
  );
  assert.deepEqual([bundle.policy.approved, bundle.policy.approvedBy, bundle.policy.reviewed, bundle.policy.reviewCycleMonths, bundle.policy.version], ['2026-10-03', 'the Full Governing Board', '2026-10-01', 12, '4.1']);
  assert.match(report.guessed.join('\n'), /next review worked out as 2027-10-01/);
  assert.equal(COVER.length, 3);
});

test('an unnumbered heading just before "4.1" is section 4 itself; "Governors:" headings sit side by side', () => {
  const { bundle } = importDocument(
    '## 3. Devices\n\n3.1 Pupils use school tablets.\n\n#### Reporting\n\nHow we report.\n\n#### 4.1 Who to tell\n\n4.1.1 Tell the DSL.\n\n## 5. Review\n\n5.1 We review it yearly.',
    'markdown',
  );
  assert.deepEqual(bundle.policy.sections.map((s) => [s.number ?? null, s.title, (s.sections ?? []).map((c) => c.number)]), [
    ['3.', 'Devices', []],
    [null, 'Reporting', ['4.1']],
    ['5.', 'Review', []],
  ]);
  const text = importDocument('Roles and responsibilities\n\nEveryone has a part to play in keeping pupils safe.\n\nGovernors:\nGovernors approve this policy every year.\n\nStaff:\nStaff report any worry.', 'text');
  const roles = text.bundle.policy.sections.find((s) => s.title === 'Roles and responsibilities')!;
  assert.deepEqual(roles.sections?.map((s) => s.title), ['Governors', 'Staff']);
});

test('a progress line appears on a terminal when reading takes over a second, and never otherwise', async () => {
  const { withProgress } = await import('../../cli/commands/import.js');
  const lines: string[] = [];
  const io = { out: () => {}, err: (t: string) => void lines.push(t), tty: true };
  const slow = new Promise((r) => setTimeout(() => r('done'), 1300));
  assert.equal(await withProgress(io, 'Reading policy.docx', slow), 'done');
  assert.deepEqual(lines, ['Reading policy.docx…']);
  lines.length = 0;
  await withProgress(io, 'Reading quick.md', Promise.resolve(1));
  await withProgress({ ...io, tty: false }, 'Reading piped.docx', new Promise((r) => setTimeout(r, 1100)));
  assert.deepEqual(lines, []);
});

test('a contents list is left out and counted, but the text after it is never taken for it', () => {
  const { bundle, report } = importDocument(
    '# Online Safety Policy\n\n## Contents\n\n- Aims\n- Roles\n\nEveryone at Larkspur Lane keeps pupils safe online, and this policy says how we do it.\n\n## Aims\n\nWe teach pupils to be kind.',
    'markdown',
  );
  assert.match(report.check.join('\n'), /left out the contents list after "Contents" \(2 entries\)/);
  assert.match(JSON.stringify(bundle.policy), /Everyone at Larkspur Lane keeps pupils safe online/);
});

test('a review cycle stated in a long sentence of the text is read, and said to be guessed', () => {
  const { bundle, report } = importDocument(
    'Online Safety Policy\n\nApproved: 12 September 2026\n\n1. Review\n\n1.1 This online safety policy will be reviewed every two years, or sooner when new technology, new guidance or an incident in school shows that it needs to change.',
    'text',
  );
  assert.equal(bundle.policy.reviewCycleMonths, 24);
  assert.match(report.guessed.join('\n'), /review cycle: every 24 months, from "1\.1 This online safety policy will be reviewed every two/);
  assert.doesNotMatch(report.check.join('\n'), /no review date or review cycle/);
  // A long sentence about reviewing something else with no cycle in it sets nothing.
  const other = importDocument('Online Safety Policy\n\n1. Filtering\n\n1.1 The technician checks the filtering logs, and the logs are reviewed by the DSL whenever a pupil reports that something upsetting got through.', 'text');
  assert.equal(other.bundle.policy.reviewCycleMonths, undefined);
  assert.match(other.report.check.join('\n'), /no review date or review cycle was found/);
});

test('a .txt file written in Markdown is read as Markdown: no "#" or "**" left in the title, school or headings', async () => {
  const md = '# **Larkspur Lane Primary School**\n\n## **Online Safety Policy**\n\nApproved by the Governors: **12 September 2026**\n\n## 1. Aims\n\n1.1 We keep every pupil **safe** online.\n\n## 2. Reporting\n\n2.1 Tell the DSL, see [our page](https://larkspur.example/safe).\n';
  const file = join(dir, 'exported.txt');
  writeFileSync(file, md);
  const { bundle, report } = await importFile(file, readFileSync(file));
  assert.equal(bundle.school?.name, 'Larkspur Lane Primary School');
  assert.equal(bundle.policy.title, 'Online Safety Policy');
  assert.deepEqual(bundle.policy.sections.map((s) => `${s.number} ${s.title}`), ['1. Aims', '2. Reporting']);
  assert.doesNotMatch(JSON.stringify(bundle), /"#|\\\\\*/);
  assert.match(report.guessed[0], /written in Markdown/);
  // Plain text with a stray "#" or some **stars** stays plain text.
  for (const plain of ['Online Safety Policy\n\n# of devices: 30\n\n1. Aims\n\n1.1 We keep pupils safe.', 'Policy\n\n**Note** this.\n\n1. Aims\n\n1.1 Safe.'])
    assert.doesNotMatch(importDocument(plain, 'text').report.guessed.join('\n'), /Markdown/);
});

test('"Appendix H:" as a heading with its title on the next plain line is one appendix with that title', () => {
  const { bundle } = importDocument('## 1. Aims\n\n1.1 Safe.\n\n## **Appendix H:**\n\nCounty Council: Use of Social Media by Staff\n\nStaff keep their accounts private.\n', 'markdown');
  assert.deepEqual(bundle.policy.appendices?.map((a) => [a.label, a.title]), [['Appendix H', 'County Council: Use of Social Media by Staff']]);
  assert.match(JSON.stringify(bundle.policy.appendices?.[0].blocks), /Staff keep their accounts private/);
  // A sentence after it stays text, and the appendix keeps its label as its title.
  const { bundle: b2 } = importDocument('## 1. Aims\n\n1.1 Safe.\n\n## Appendix B\n\nStaff keep their accounts private at all times.\n', 'markdown');
  assert.deepEqual(b2.policy.appendices?.map((a) => [a.label, a.title]), [['Appendix B', 'Appendix B']]);
});
