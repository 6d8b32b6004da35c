import assert from 'node:assert/strict';
import { test } from 'node:test';
import { autolink } from '../../src/text/autolink.js';
import { addMonths } from '../../src/text/dates.js';

const refs: Record<string, string> = { '4.2': 'section-4-2', '12': 'section-12', 'appendix 4': 'appendix-4', 'appendix a': 'appendix-a' };
const xref = (r: string) => refs[r];

test('bare web addresses become links, without the punctuation after them', () => {
  assert.deepEqual(autolink('See https://larkspur.example/a_(b)/c. Then (www.larkspur.example/x), or http://x.example!', xref), [
    'See ',
    { href: 'https://larkspur.example/a_(b)/c', text: 'https://larkspur.example/a_(b)/c' },
    '. Then (',
    { href: 'https://www.larkspur.example/x', text: 'www.larkspur.example/x' },
    '), or ',
    { href: 'http://x.example', text: 'http://x.example' },
    '!',
  ]);
});

test('email addresses become mailto: links', () => {
  assert.deepEqual(autolink('Write to office@larkspur-lane.example.', xref), [
    'Write to ',
    { href: 'mailto:office@larkspur-lane.example', text: 'office@larkspur-lane.example' },
    '.',
  ]);
});

test('only safe schemes: other schemes, bare "http://" and half addresses stay text', () => {
  for (const s of ['javascript:alert(1)', 'ftp://files.example/x', 'data:text/html,hi', 'http://', 'user@@x.example', 'a@b', 'vbscript:x'])
    assert.deepEqual(autolink(s, xref), [s], s);
  // "javascript:" hidden before an address does not make it a javascript: link.
  const out = autolink('javascript://www.evil.example/%0aalert(1)', xref);
  assert.ok(out.every((p) => typeof p === 'string' || /^(https?|mailto):/.test(p.href)), JSON.stringify(out));
});

test('references to shown numbers link to their anchors; unknown numbers stay text', () => {
  assert.deepEqual(autolink('see 4.2, section 12 and Appendix 4; see 9.9 and clause 3', xref), [
    'see ',
    { href: '#section-4-2', text: '4.2', xref: true },
    ', section ',
    { href: '#section-12', text: '12', xref: true },
    ' and ',
    { href: '#appendix-4', text: 'Appendix 4', xref: true },
    '; see 9.9 and clause 3',
  ]);
  assert.deepEqual(autolink('appendix a', xref), [{ href: '#appendix-a', text: 'appendix a', xref: true }]);
  // Without a resolver (guidance, agreements), no reference links.
  assert.deepEqual(autolink('see 4.2'), ['see 4.2']);
});

test('plain text is returned as it is, and long runs take linear time', () => {
  assert.deepEqual(autolink('Nothing to link here', xref), ['Nothing to link here']);
  const t = Date.now();
  for (const s of ['a.'.repeat(200000), 'see '.repeat(100000), '1@'.repeat(100000), `${'x'.repeat(200000)}@`, 'www.'.repeat(50000)]) autolink(s, xref);
  assert.ok(Date.now() - t < 2000, `took ${Date.now() - t} ms`);
});

test('addMonths: the next review from a review cycle', () => {
  assert.equal(addMonths('2025-09-01', 12), '2026-09-01');
  assert.equal(addMonths('2025-09-01', 24), '2027-09-01');
  assert.equal(addMonths('2025-08-31', 6), '2026-02-28');
  assert.equal(addMonths('2023-08-31', 6), '2024-02-29');
  assert.equal(addMonths('2025-11-15', 3), '2026-02-15');
});
