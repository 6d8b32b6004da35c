import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeEach, test } from 'node:test';
import { createAppsScriptServer, createFakes, loadCodeGs, webAppEvent, type CodeGs, type Fakes } from '../../build/apps-script.mjs';
import { unflatten } from '../../build/receiver.mjs';
import { flatten } from '../../src/submit/transport.js';

// receivers/apps-script/Code.gs, run in Node (node:vm) against fakes of the Apps Script
// services it uses (build/apps-script.mjs, typed with @types/google-apps-script).

let fakes: Fakes;
let gs: CodeGs;
beforeEach(() => {
  fakes = createFakes();
  fakes.state.properties.set('DSL_EMAIL', 'dsl@larkspur-lane.example');
  gs = loadCodeGs(fakes);
});

const id = () => crypto.randomUUID();
const agreement = (over: Record<string, unknown> = {}) => ({
  id: id(),
  kind: 'agreement',
  audience: 'ks1',
  locale: 'en-GB',
  school: 'Larkspur Lane Primary School',
  policyVersion: '4.0',
  startedAt: '2026-03-02T09:00:00.000Z',
  submittedAt: '2026-03-02T09:04:00.000Z',
  data: {
    agreementId: 'ks1',
    statements: ['ask', 'tell'],
    signatures: { pupil: { 'first-name': 'Ava', class: 'Oak' }, parent: { name: 'Sam Example' } },
    consents: { 'photos-website': true, 'photos-press': false },
    date: '2026-03-02',
    textHash: 'sha256:abc',
  },
  ...over,
});
const concern = (data: Record<string, unknown> = {}) => ({
  id: id(),
  kind: 'concern',
  audience: 'parent',
  locale: 'en-GB',
  startedAt: '2026-03-02T19:00:00.000Z',
  submittedAt: '2026-03-02T19:06:00.000Z',
  data: { reporter: 'parent', category: 'contact', categoryLabel: 'Someone making contact', what: 'A stranger asked my son for photos in BlockWorld chat.', where: 'BlockWorld', anonymous: false, name: 'Sam Example', contact: '01632960142', ...data },
});

type Format = 'text' | 'json' | 'form';
const TYPES: Record<Format, string> = { text: 'text/plain;charset=UTF-8', json: 'application/json', form: 'application/x-www-form-urlencoded' };
const body = (env: object, format: Format) => (format === 'form' ? flatten(env).toString() : JSON.stringify(env));
function post(env: object, format: Format = 'text') {
  const out = gs.doPost(webAppEvent(body(env, format), TYPES[format]));
  assert.equal(out.getMimeType(), 'JSON');
  return JSON.parse(out.getContent());
}
/** A tab as objects keyed by its header row. */
function rows(tab: string) {
  const [head, ...rest] = fakes.tabs()[tab] ?? [[]];
  return rest.map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
}

test('text/plain: one row in "Agreements", readable columns plus the raw JSON; the answer echoes the id', () => {
  const env = agreement();
  assert.deepEqual(post(env), { ok: true, id: env.id });
  const [row, ...more] = rows('Agreements');
  assert.equal(more.length, 0);
  assert.match(String(row.Received), /^\d{4}-\d\d-\d\dT/);
  assert.deepEqual(
    { ...row, Received: undefined },
    {
      Received: undefined,
      Id: env.id,
      Audience: 'ks1',
      School: 'Larkspur Lane Primary School',
      Locale: 'en-GB',
      'Policy version': '4.0',
      Started: '2026-03-02T09:00:00.000Z',
      Submitted: '2026-03-02T09:04:00.000Z',
      'Likely spam': '',
      Agreement: 'ks1',
      Names: 'pupil first-name: Ava; pupil class: Oak; parent name: Sam Example',
      'Statements agreed': 'ask; tell',
      Consents: 'photos-website: yes; photos-press: no',
      Date: '2026-03-02',
      Quiz: '',
      'Text hash': 'sha256:abc',
      'Raw JSON': JSON.stringify(env),
    },
  );
  assert.deepEqual(fakes.state.mails, []); // agreements are not emailed
  assert.deepEqual(fakes.state.locks, { acquired: 1, released: 1, held: false });
});

test('application/json and form-urlencoded give the same readable columns; the form body is rebuilt by the same rules as build/receiver.mjs', () => {
  const base = agreement();
  const envs = (['text', 'json', 'form'] as const).map((f) => {
    const env = { ...base, id: id() };
    assert.deepEqual(post(env, f), { ok: true, id: env.id });
    return env;
  });
  const got = rows('Agreements');
  assert.equal(got.length, 3);
  const readable = (r: Record<string, unknown>) => ({ ...r, Received: 0, Id: 0, 'Raw JSON': 0 });
  assert.deepEqual(readable(got[1]), readable(got[0]));
  assert.deepEqual(readable(got[2]), readable(got[0]));
  const formBody = body(envs[2], 'form');
  assert.deepEqual(JSON.parse(String(got[2]['Raw JSON'])), JSON.parse(JSON.stringify(unflatten(new URLSearchParams(formBody)))));
});

test('unflatten_ follows build/receiver.mjs exactly, hostile keys included', () => {
  const bodies = [
    'a=1&b.c=2&b.d.0=x&b.d.1=y',
    'list.0=a&list.2=c',
    'list.1=b&list.0=a',
    'a=1&a.b=2',
    'a.b=2&a=1',
    'r=1&r=2&r=3',
    '__proto__.polluted=1&constructor.x=1&data.prototype=1&ok=yes',
    'data.what=line+one%0Aline+two&data.name=Zo%C3%AB+%E2%80%9Cq%E2%80%9D',
    'x.00=a&x.01=b',
  ];
  for (const b of bodies) {
    const expected = unflatten(new URLSearchParams(b));
    assert.deepEqual(JSON.parse(JSON.stringify(gs.unflatten_(gs.formFields_(b)))), JSON.parse(JSON.stringify(expected)), b);
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  // One difference: broken percent-encoding (never sent by a browser) is kept as typed, where
  // URLSearchParams puts U+FFFD; Apps Script has no URLSearchParams.
  assert.deepEqual(JSON.parse(JSON.stringify(gs.unflatten_(gs.formFields_('bad=%E0%A4%A&good=1')))), { bad: '%E0%A4%A', good: '1' });
});

test('duplicates are dropped by id: a retry (any format, any case) keeps one row and is answered ok with the id', () => {
  const env = concern();
  assert.deepEqual(post(env), { ok: true, id: env.id });
  assert.deepEqual(post(env, 'form'), { ok: true, id: env.id, duplicate: true });
  assert.deepEqual(post({ ...env, id: env.id.toUpperCase() }, 'json'), { ok: true, id: env.id, duplicate: true });
  assert.equal(rows('Concerns').length, 1);
  assert.equal(fakes.state.mails.length, 1); // and the DSL is told once
  assert.deepEqual(fakes.state.locks, { acquired: 3, released: 3, held: false });
});

test('a concern is emailed to the DSL: the report in the body, no personal data in the subject; the row says so', () => {
  const env = concern({ involved: 'A player called Shadow99' });
  post(env);
  const [mail] = fakes.state.mails;
  assert.equal(mail.to, 'dsl@larkspur-lane.example');
  assert.equal(mail.subject, `New online-safety concern (reference ${env.id.slice(0, 8)})`);
  for (const personal of ['Sam', 'Example', '01632', 'BlockWorld', 'Shadow99', 'photos', 'parent']) assert.ok(!mail.subject.includes(personal), personal);
  for (const detail of ['A stranger asked my son for photos in BlockWorld chat.', 'Name: Sam Example', 'Contact: 01632960142', 'Who was involved: A player called Shadow99', env.id, 'row 2 of the "Concerns" tab'])
    assert.ok(mail.body.includes(detail), detail);
  const [row] = rows('Concerns');
  assert.match(String(row['Emailed to the DSL']), /^yes, \d{4}-/);
  assert.equal(row.Contact, '01632960142'); // kept as text: the leading 0 stays
  assert.equal(row.Anonymous, 'no');
});

test('an anonymous concern says "Anonymous"; with no DSL_EMAIL nothing is sent and the row says why', () => {
  fakes.state.properties.delete('DSL_EMAIL');
  const env = concern({ anonymous: true, name: undefined, contact: undefined });
  assert.deepEqual(post(env), { ok: true, id: env.id });
  assert.deepEqual(fakes.state.mails, []);
  assert.equal(rows('Concerns')[0]['Emailed to the DSL'], 'no: set the script property DSL_EMAIL');
  fakes.state.properties.set('DSL_EMAIL', 'dsl@larkspur-lane.example');
  post(concern({ anonymous: 'true', name: undefined }), 'form');
  const [mail] = fakes.state.mails as { body: string }[]; // (deepEqual above narrowed the type)
  assert.match(mail.body, /\nAnonymous\n/);
});

test('the email failing (quota) never loses the report: kept, answered ok, the row says FAILED', () => {
  fakes.fail('MailApp');
  const env = concern();
  assert.deepEqual(post(env), { ok: true, id: env.id });
  assert.match(String(rows('Concerns')[0]['Emailed to the DSL']), /^FAILED \(Service invoked too many times for one day: email\.\): read this row$/);
  assert.equal(fakes.state.errors.length, 1);
});

test('what people typed is kept as text, never run as a formula', () => {
  const nasty = ['=HYPERLINK("https://evil.example","click")', '+44 1632 960142', '-1+2', '@SUM(A1)', '\t=1', '007'];
  const env = concern({ what: nasty[0], where: nasty[1], when: nasty[2], involved: nasty[3], name: nasty[4], contact: nasty[5] });
  post(env);
  const cells = fakes.tabs().Concerns.flat();
  assert.ok(cells.every((c) => typeof c !== 'object'), 'a formula was created');
  const [row] = rows('Concerns');
  assert.deepEqual([row['What happened'], row.Where, row.When, row['Who was involved'], row.Name, row.Contact], nasty);
});

test('quiz results get their own tab; an unknown kind goes to "Other"', () => {
  post({ ...agreement(), kind: 'quiz', audience: 'ks2', data: { score: 7, total: 9, age: 'ks2', answers: [{ question: 'q1', chosen: 'zip', answer: 'zip', right: true }, { question: 'q2', chosen: 'zip', answer: 'flag', right: false }] } });
  post({ ...agreement(), kind: 'visitor-log', data: { note: 'x' } });
  const [quiz] = rows('Quiz results');
  assert.deepEqual([quiz.Age, quiz.Score, quiz.Total, quiz['Stories missed']], ['ks2', '7', '9', 'q2']);
  assert.equal(rows('Other')[0].Data, '{"note":"x"}');
});

test('bad input is answered {"ok":false,"error":…} and nothing is written', () => {
  const good = agreement();
  const cases: [string, string | null, RegExp][] = [
    ['', 'text/plain', /Send an envelope in the body/],
    ['not json', 'text/plain', /not valid JSON/],
    ['[1]', 'application/json', /must be an envelope object/],
    [JSON.stringify({ ...good, id: '12345' }), 'text/plain', /`id` that is a UUID/],
    [JSON.stringify({ ...good, kind: '<b>' }), 'text/plain', /`kind`/],
    [JSON.stringify({ ...good, data: [1] }), 'text/plain', /`data` must be an object/],
    [JSON.stringify(good), 'application/xml', /Unsupported Content-Type "application\/xml"/],
    [JSON.stringify({ ...good, data: { big: 'x'.repeat(65 * 1024) } }), 'text/plain', /larger than 64 KiB/],
    [JSON.stringify({ ...good, data: JSON.parse('{"a":'.repeat(40) + '1' + '}'.repeat(40)) }), 'text/plain', /nested more than 32/],
  ];
  for (const [b, type, error] of cases) {
    const out = JSON.parse(gs.doPost(webAppEvent(b, type)).getContent());
    assert.equal(out.ok, false, b.slice(0, 40));
    assert.match(out.error, error);
  }
  assert.deepEqual(fakes.tabs(), {});
  assert.equal(fakes.state.locks.acquired, 0);
});

test('the Sheet failing or the lock busy: {"ok":false,"id":…} (the element retries), the lock always released', () => {
  const env = agreement();
  fakes.fail('SpreadsheetApp');
  const a = post(env);
  assert.equal(a.ok, false);
  assert.equal(a.id, env.id);
  assert.match(a.error, /could not be kept: Service Spreadsheets failed/);
  fakes.fail('LockService');
  assert.deepEqual(post(env), { ok: false, id: env.id, error: 'The receiver is busy: try again.' });
  assert.deepEqual(post(env), { ok: true, id: env.id }); // the retry is kept, once
  assert.equal(rows('Agreements').length, 1);
  assert.deepEqual(fakes.state.locks, { acquired: 2, released: 2, held: false });
});

test('ContentService failing makes doPost throw (Apps Script then serves its HTML error page)', () => {
  fakes.fail('ContentService', 2);
  assert.throws(() => gs.doPost(webAppEvent(JSON.stringify(agreement()), 'text/plain')), /ContentService is not available/);
  assert.equal(fakes.state.locks.held, false);
});

test('setup() remembers the Sheet and adds the tabs; doGet answers that it runs', () => {
  gs.setup();
  assert.match(fakes.state.properties.get('SPREADSHEET_ID')!, /^fake-sheet-/);
  assert.deepEqual(Object.keys(fakes.tabs()), ['Agreements', 'Concerns', 'Quiz results']);
  assert.equal(fakes.tabs().Concerns[0].at(-1), 'Raw JSON');
  assert.deepEqual(JSON.parse(gs.doGet().getContent()), { ok: true, service: 'esafety-elements receiver', accepts: 'POST' });
  const env = agreement();
  assert.deepEqual(post(env), { ok: true, id: env.id }); // through openById now
  fakes.state.properties.set('SPREADSHEET_ID', 'gone');
  assert.match(post(agreement()).error, /openById/);
});

test('over HTTP, like a deployed web app: 302 to a second URL with the answer; no preflight; HTML with 200 when the script throws', async () => {
  const app = createAppsScriptServer();
  const server = createServer((req, res) => void app(req, res, () => (res.statusCode = 404, res.end())));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/apps-script`;
  try {
    const env = agreement();
    const first = await fetch(`${url}/exec`, { method: 'POST', body: JSON.stringify(env), redirect: 'manual', headers: { 'Content-Type': 'text/plain;charset=UTF-8' } });
    assert.equal(first.status, 302);
    const location = first.headers.get('location')!;
    assert.match(location, /^\/apps-script\/echo\?user_content_key=/);
    const second = await fetch(new URL(location, url));
    assert.equal(second.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(second.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(await second.json(), { ok: true, id: env.id });
    const followed = await fetch(`${url}/exec`, { method: 'POST', body: flatten(env).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.deepEqual(await followed.json(), { ok: true, id: env.id, duplicate: true });
    const preflight = await fetch(`${url}/exec`, { method: 'OPTIONS', headers: { Origin: 'https://school.example', 'Access-Control-Request-Method': 'POST' } });
    assert.equal(preflight.status, 405);
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    app.fakes.fail('ContentService', 2);
    const broken = await fetch(`${url}/exec`, { method: 'POST', body: JSON.stringify(agreement()) });
    assert.equal(broken.status, 200);
    assert.match(broken.headers.get('content-type')!, /^text\/html/);
    assert.match(await broken.text(), /ContentService is not available/);
    // It was written before the answer failed: the header and two agreements. The browser's
    // retry of that one is then a duplicate, answered ok (the Chromium test shows it end to end).
    assert.equal(app.fakes.tabs().Agreements.length, 3);
  } finally {
    server.close();
  }
});
