import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { main } from '../../cli/main.js';
import { openDb } from '../../cli/receiver/db.js';
import { countEnvelopes } from '../../cli/receiver/store.js';
import { readTls } from '../../cli/receiver/tls.js';
import { concernData, envelope } from './receiver-helpers.js';
import { capture } from './io.js';

/*
 * `receive --tls-cert --tls-key`: the receiver serving https itself (no reverse proxy), with
 * certificates made by OpenSSL for this test, and every mistake with the two files named.
 */

const dir = mkdtempSync(join(tmpdir(), 'esafety-tls-'));
const at = (name: string) => join(dir, name);
after(() => rmSync(dir, { recursive: true, force: true }));

before(() => {
  const make = (name: string, cn: string) =>
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', at(`${name}-key.pem`), '-out', at(`${name}-cert.pem`), '-days', '30', '-subj', `/CN=${cn}`, '-addext', `subjectAltName=DNS:${cn},IP:127.0.0.1`], { stdio: 'pipe' });
  try {
    make('good', 'localhost');
    make('other', 'other.example');
  } catch (e) {
    throw new Error(`These tests make certificates with the openssl command (apt-get install -y openssl): ${(e as Error).message}`);
  }
  writeFileSync(at('notes.txt'), 'not a certificate\n');
});

const serveArgs = (cert: string, key: string) => ['receive', '--data', at('records'), '--origin', 'https://school.example', '--port', '0', '--tls-cert', cert, '--tls-key', key];

test('each mistake with the certificate or key is named in words, exit 1, and nothing starts', async () => {
  const cases: [string, string, RegExp][] = [
    [at('missing.pem'), at('good-key.pem'), /--tls-cert: cannot find the file ".*missing\.pem"/],
    [at('good-cert.pem'), dir, /--tls-key: ".*" is a folder, not a file/],
    [at('notes.txt'), at('good-key.pem'), /is not a certificate in PEM form/],
    [at('good-key.pem'), at('good-cert.pem'), /it holds a private key — did you swap --tls-cert and --tls-key\?/],
    [at('good-cert.pem'), at('notes.txt'), /--tls-key ".*notes\.txt" is not a private key in PEM form/],
    [at('good-cert.pem'), at('other-key.pem'), /the key in ".*other-key\.pem" does not belong to the certificate in ".*good-cert\.pem"/],
  ];
  for (const [cert, key, message] of cases) {
    const io = capture();
    assert.equal(await main(serveArgs(cert, key), io), 1, `${cert} ${key}`);
    assert.match(io.stderr(), message);
    assert.doesNotMatch(io.stderr(), /error:[0-9A-F]{8}|ENOENT|routines/, 'no OpenSSL or Node codes');
  }
});

test('a certificate that has expired, or is not valid yet, is refused with its date', async () => {
  const good = await readTls(at('good-cert.pem'), at('good-key.pem'));
  assert.match(good.validTo, /^\d{4}-\d{2}-\d{2}$/);
  const later = new Date(Date.now() + 60 * 86_400_000);
  await assert.rejects(readTls(at('good-cert.pem'), at('good-key.pem'), later), new RegExp(`expired on ${good.validTo} — renew it`));
  const earlier = new Date(Date.now() - 86_400_000);
  await assert.rejects(readTls(at('good-cert.pem'), at('good-key.pem'), earlier), /is not valid until \d{4}-\d{2}-\d{2} — check the computer's clock/);
});

/** An https request trusting only the test's own certificate. */
function https(url: string, method: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  const ca = execFileSync('cat', [at('good-cert.pem')]);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, ca, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('the built command serves https with the certificate: a concern is stored once, plain http is not answered', async () => {
  const child = spawn(process.execPath, ['dist/cli/esafety-elements.js', ...serveArgs(at('good-cert.pem'), at('good-key.pem')), '--admin', 'dsl'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let out = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "Receiving at" line in 20 s:\n${out}`)), 20_000);
      child.stdout.on('data', (c: string) => {
        out += c;
        const m = /Receiving at (https:\/\/127\.0\.0\.1:\d+)\/api\/submissions .*The certificate is valid until \d{4}-\d{2}-\d{2}\./.exec(out);
        if (m) clearTimeout(timer), resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`the receiver stopped (${code}):\n${out}`)));
    });
    const env = envelope('concern', concernData());
    const headers = { 'Content-Type': 'text/plain;charset=UTF-8', Origin: 'https://school.example' };
    const first = await https(`${url}/api/submissions`, 'POST', JSON.stringify(env), headers);
    assert.equal(first.status, 201, first.text);
    assert.deepEqual(JSON.parse(first.text), { ok: true, id: env.id });
    assert.equal(first.headers['access-control-allow-origin'], 'https://school.example');
    const again = await https(`${url}/api/submissions`, 'POST', JSON.stringify(env), headers);
    assert.deepEqual(JSON.parse(again.text), { ok: true, id: env.id }, 'a duplicate is acknowledged');
    const inbox = await https(`${url}/inbox`, 'GET');
    assert.equal(inbox.status, 303, 'the inbox sends a stranger to sign in');
    const signIn = await https(new URL(String(inbox.headers.location), url).href, 'GET');
    assert.equal(signIn.status, 200);
    assert.match(signIn.text, /Sign in/);
    // The same port over plain http gets no answer a browser could use.
    const plain = await fetch(`${url.replace('https:', 'http:')}/api/submissions`, { method: 'POST', body: '{}' }).then((r) => r.status, () => 'refused');
    assert.notEqual(plain, 200);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  const db = await openDb({ data: at('records') });
  try {
    assert.equal(await countEnvelopes(db), 1, 'stored once, though sent twice');
  } finally {
    await db.close();
  }
});
