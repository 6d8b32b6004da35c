// Self-test of the DURABLE demo receiver (build/receiver.mjs), in Node: `node build/receiver.selftest.mjs`.
// Starts it on a temporary file behind node:http, posts in all three formats and a duplicate,
// restarts it on the same file and checks the id index survived, checks that /inbox escapes what
// was submitted, then cleans up. Exits 1 on the first failure.

import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { createReceiver, unflatten } from './receiver.mjs';

const started = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'esafety-receiver-'));
const file = join(dir, 'nested', 'inbox.jsonl');
let server;
let receiver;
let checks = 0;

async function start() {
  receiver = createReceiver({ file });
  server = createServer((req, res) =>
    receiver(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not the receiver');
    }),
  );
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${server.address().port}`;
}

async function stop() {
  server.closeAllConnections?.();
  await new Promise((ok) => server.close(ok));
  receiver.close?.();
}

function envelope(data, extra = {}) {
  const now = new Date().toISOString();
  return { id: randomUUID(), kind: 'agreement', audience: 'ks2', locale: 'en-GB', school: 'Larkspur Lane Primary', policyVersion: '2025-09', startedAt: now, submittedAt: now, data, ...extra };
}

function flatten(value, prefix = '', out = new URLSearchParams()) {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (value !== undefined) out.append(prefix, String(value));
  return out;
}

function send(base, env, format, extraHeaders = {}) {
  const headers = { ...extraHeaders };
  let body;
  if (format === 'text') {
    headers['Content-Type'] = 'text/plain;charset=UTF-8';
    body = JSON.stringify(env);
  } else if (format === 'json') {
    headers['Content-Type'] = 'application/json';
    headers['Idempotency-Key'] = env.id;
    body = JSON.stringify(env);
  } else {
    headers['Content-Type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
    body = flatten(env).toString();
  }
  return fetch(`${base}/api/submissions`, { method: 'POST', headers, body });
}

async function check(name, fn) {
  try {
    await fn();
    checks++;
    console.log(`  ok  ${name}`);
  } catch (err) {
    console.error(`  FAIL  ${name}\n${err.stack ?? err}`);
    throw err;
  }
}

try {
  let base = await start();
  const data = { firstName: 'Ava', className: 'Oak', statements: ['I ask before I go online.', 'I tell an adult.'], consents: { photos: 'yes' } };
  const byFormat = { text: envelope(data), json: envelope(data, { kind: 'concern', audience: 'parent' }), form: envelope(data, { kind: 'quiz' }) };

  await check('stores each format once (201) and parses it into the same data', async () => {
    for (const [format, env] of Object.entries(byFormat)) {
      const res = await send(base, env, format);
      assert.equal(res.status, 201, `${format}: status`);
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      assert.deepEqual(await res.json(), { ok: true, id: env.id, stored: true });
    }
    const records = await (await fetch(`${base}/api/submissions`)).json();
    assert.equal(records.length, 3);
    for (const [i, format] of ['text', 'json', 'form'].entries()) {
      assert.deepEqual(records[i].envelope, byFormat[format], `${format}: envelope round-trips`);
    }
    assert.equal(records[1].idempotencyKey, byFormat.json.id);
    assert.equal(records[0].idempotencyKey, null);
    assert.match(records[2].contentType, /^application\/x-www-form-urlencoded/);
    assert.ok(!Number.isNaN(Date.parse(records[0].receivedAt)));
  });

  await check('a duplicate id answers 200 duplicate and is not stored again', async () => {
    const res = await send(base, byFormat.text, 'json');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { ok: true, id: byFormat.text.id, stored: false, duplicate: true });
    assert.equal(lines().length, 3);
  });

  await check('each record is one JSON line in the file, written before the answer', () => {
    const records = lines().map((l) => JSON.parse(l));
    assert.deepEqual(records.map((r) => r.envelope.id), [byFormat.text.id, byFormat.json.id, byFormat.form.id]);
    assert.deepEqual(Object.keys(records[0]).sort(), ['contentType', 'envelope', 'idempotencyKey', 'receivedAt']);
  });

  await check('refuses: no id (400), bad id (400), mismatched Idempotency-Key (400), bad JSON (400), unknown type (415), > 64 KiB (413)', async () => {
    const post = (body, headers) => fetch(`${base}/api/submissions`, { method: 'POST', headers, body });
    const noId = envelope({});
    delete noId.id;
    for (const [body, headers, status] of [
      [JSON.stringify(noId), { 'Content-Type': 'text/plain' }, 400],
      [JSON.stringify({ ...noId, id: 'not-a-uuid' }), { 'Content-Type': 'application/json' }, 400],
      [JSON.stringify(envelope({})), { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }, 400],
      ['{"id":', { 'Content-Type': 'text/plain' }, 400],
      ['[1,2]', { 'Content-Type': 'text/plain' }, 400],
      [JSON.stringify(envelope({})), { 'Content-Type': 'application/xml' }, 415],
      [JSON.stringify(envelope({ big: 'x'.repeat(70 * 1024) })), { 'Content-Type': 'text/plain' }, 413],
    ]) {
      const res = await post(body, headers);
      assert.equal(res.status, status, `${body.slice(0, 40)} → ${status}`);
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      assert.equal(typeof (await res.json()).error, 'string');
    }
    assert.equal(lines().length, 3);
  });

  await check('OPTIONS preflight: 204 with the CORS headers, no cookie ever', async () => {
    const res = await fetch(`${base}/api/submissions`, { method: 'OPTIONS' });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('access-control-allow-methods'), 'POST');
    assert.equal(res.headers.get('access-control-allow-headers'), 'Content-Type, Idempotency-Key');
    assert.equal(res.headers.get('access-control-max-age'), '600');
    assert.equal(res.headers.get('set-cookie'), null);
  });

  await check('other paths go to next()', async () => {
    const res = await fetch(`${base}/demo/`);
    assert.equal(res.status, 404);
    assert.equal(await res.text(), 'not the receiver');
  });

  await check('form fields un-flatten safely (arrays only when dense, no prototype keys)', () => {
    const env = unflatten(new URLSearchParams('id=x&data.a.0=p&data.a.1=q&data.sparse.0=p&data.sparse.5=q&data.__proto__.polluted=1&data.tick=on&data.tick=also'));
    assert.deepEqual(env, { id: 'x', data: { a: ['p', 'q'], sparse: { 0: 'p', 5: 'q' }, tick: ['on', 'also'] } });
    assert.equal({}.polluted, undefined);
  });

  await stop();
  // A torn last line (a crash mid-write) must not break the restart or the next record.
  appendFileSync(file, '{"receivedAt":"2025-');
  base = await start();

  await check('after a restart on the same file the index survives: a duplicate is still detected', async () => {
    for (const [format, env] of Object.entries(byFormat)) {
      const res = await send(base, env, format);
      assert.equal(res.status, 200, `${format}: duplicate after restart`);
      assert.equal((await res.json()).duplicate, true);
    }
    const fresh = envelope({ note: 'after restart' });
    assert.equal((await send(base, fresh, 'text')).status, 201);
    const records = await (await fetch(`${base}/api/submissions`)).json();
    assert.equal(records.length, 4);
    assert.equal(JSON.parse(lines().at(-1)).envelope.id, fresh.id);
  });

  await check('/inbox escapes submitted data and runs no script', async () => {
    const evil = envelope(
      { name: '<script>alert(1)</script>', 'x"><img src=x onerror=alert(2)>': "it's <b>bold</b> & more" },
      { kind: '<script>k()</script>', audience: '"><svg onload=alert(3)>', school: '<i>school</i>' },
    );
    assert.equal((await send(base, evil, 'text')).status, 201);
    const res = await fetch(`${base}/inbox`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    assert.match(res.headers.get('content-security-policy'), /default-src 'none'/);
    assert.equal(res.headers.get('set-cookie'), null);
    const html = await res.text();
    assert.ok(!/<script/i.test(html), 'no <script> in the page');
    assert.ok(!/<img|<svg|<b>|<i>/i.test(html), 'no submitted markup in the page');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the text is shown, escaped');
    assert.ok(html.includes('&quot;&gt;&lt;svg onload=alert(3)&gt;'));
    // Newest first.
    assert.ok(html.indexOf(evil.id) < html.indexOf(byFormat.text.id));
    assert.match(html, /<html lang="en-GB">/);
    assert.match(html, /<h1>Inbox<\/h1>/);
  });

  await stop();
  console.log(`receiver self-test: ${checks} checks passed in ${Math.round(performance.now() - started)} ms`);
} catch {
  try {
    await stop();
  } catch {
    /* already stopped */
  }
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function lines() {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && safeJson(l));
}

function safeJson(l) {
  try {
    JSON.parse(l);
    return true;
  } catch {
    return false;
  }
}
