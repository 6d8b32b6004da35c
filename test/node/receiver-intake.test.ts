import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { flatten } from '../../src/submit/transport.js';
import { addUser } from '../../cli/receiver/auth.js';
import { countEnvelopes, getEnvelope } from '../../cli/receiver/store.js';
import { DIALECTS, SITE, closeAll, concernData, envelope, freshDb, receiver, submit } from './receiver-helpers.js';
import { load } from './receiver-load.js';

after(closeAll);

// A smaller run than `npm run bench:receiver` (10,000) keeps the suite quick on a shared machine.
const LOAD = Number(process.env.RECEIVER_LOAD ?? 2000);

for (const dialect of DIALECTS) {
  describe(`intake on ${dialect}`, () => {
    test('the three formats are stored and acknowledged with {"ok":true,"id"}; the raw body is kept', async () => {
      const db = await freshDb(dialect);
      const r = await receiver(db);
      const text = envelope('concern', concernData());
      assert.deepEqual((await submit(r.url, text)).body, { ok: true, id: text.id });

      const json = envelope('agreement', { agreementId: 'ks2', signatures: { pupil: { 'first-name': 'Robin', class: '5 Willow' } }, textHash: 'sha256:aa' });
      const pre = await fetch(`${r.url}/api/submissions`, {
        method: 'OPTIONS',
        headers: { Origin: SITE, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
      });
      assert.equal(pre.status, 204);
      assert.equal(pre.headers.get('access-control-allow-origin'), SITE);
      assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
      const j = await submit(r.url, json, { 'Content-Type': 'application/json', 'Idempotency-Key': json.id });
      assert.equal(j.status, 201);
      assert.deepEqual(j.body, { ok: true, id: json.id });

      const form = envelope('quiz', { score: 7, total: 9, age: 'ks2' }, { audience: 'ks2' });
      const res = await fetch(`${r.url}/api/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE },
        body: flatten(form).toString(),
      });
      assert.equal(res.status, 201);
      assert.equal(res.headers.get('access-control-allow-origin'), SITE);
      assert.deepEqual(await res.json(), { ok: true, id: form.id });

      assert.equal(await countEnvelopes(db), 3);
      const stored = await getEnvelope(db, json.id);
      assert.equal(stored?.class, '5 Willow');
      const row = await db.get<{ raw: string }>('SELECT raw FROM envelopes WHERE id = ?', [form.id]);
      assert.equal(row?.raw, flatten(form).toString());
      assert.equal((await getEnvelope(db, form.id))?.envelope.data.score, '7', 'form values stay strings');
    });

    test('the same id twice, concurrently: one row, both acknowledged', async () => {
      const db = await freshDb(dialect);
      const r = await receiver(db);
      const env = envelope('concern', concernData());
      const answers = await Promise.all(Array.from({ length: 8 }, () => submit(r.url, env)));
      assert.deepEqual(answers.map((a) => a.body), Array(8).fill({ ok: true, id: env.id }));
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 200, 200, 200, 200, 200, 200, 201]);
      // Upper case is the same id.
      assert.deepEqual((await submit(r.url, { ...env, id: env.id.toUpperCase() })).body, { ok: true, id: env.id });
      assert.equal(await countEnvelopes(db), 1);
    });

    test('malformed input gets a clear 4xx and nothing is stored', async () => {
      const db = await freshDb(dialect);
      const r = await receiver(db, { maxBodyBytes: 4096 });
      const good = envelope('concern', concernData());
      const cases: [unknown, number, RegExp, Record<string, string>?][] = [
        ['{"id": "x", ', 400, /not valid JSON/],
        ['[1,2]', 400, /envelope object/],
        [{ ...good, id: undefined }, 400, /`id` that is a UUID/],
        [{ ...good, id: 'not-a-uuid' }, 400, /UUID/],
        [{ ...good, kind: 'invoice' }, 422, /`kind` must be one of agreement, concern, quiz; it is "invoice"/],
        [{ ...good, submittedAt: 'yesterday' }, 422, /submittedAt/],
        [{ ...good, data: 'text' }, 422, /`data` must be an object/],
        [good, 400, /Idempotency-Key header does not match/, { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }],
        [good, 415, /Unsupported Content-Type/, { 'Content-Type': 'application/xml' }],
        [{ ...good, data: { what: 'x'.repeat(5000) } }, 413, /larger than 4 KiB/],
      ];
      for (const [body, status, error, headers] of cases) {
        const a = await submit(r.url, body, headers);
        assert.equal(a.status, status, `${String(error)}: ${JSON.stringify(a.body)}`);
        assert.equal(a.body.ok, false);
        assert.match(a.body.error ?? '', error);
        assert.equal(a.headers.get('access-control-allow-origin'), SITE, 'the page can read why');
      }
      assert.equal(await countEnvelopes(db), 0);
    });

    test('a site that is not configured: refused, no CORS headers, preflight too', async () => {
      const db = await freshDb(dialect);
      const r = await receiver(db);
      const a = await submit(r.url, envelope('concern', concernData()), { Origin: 'https://elsewhere.example' });
      assert.equal(a.status, 403);
      assert.match(a.body.error ?? '', /not accepted here/);
      assert.equal(a.headers.get('access-control-allow-origin'), null);
      const pre = await fetch(`${r.url}/api/submissions`, { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' } });
      assert.equal(pre.status, 403);
      assert.equal(pre.headers.get('access-control-allow-origin'), null);
      assert.equal(await countEnvelopes(db), 0);
    });

    test('per-address rate limit: 429 with Retry-After, readable by the page', async () => {
      const db = await freshDb(dialect);
      const r = await receiver(db, { ratePerMinute: 3 });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await submit(r.url, envelope('quiz', { score: 1, total: 2 }))).status);
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
      const last = await submit(r.url, envelope('quiz', { score: 1, total: 2 }));
      assert.ok(Number(last.headers.get('retry-after')) >= 1);
      assert.match(last.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
      assert.equal(await countEnvelopes(db), 3);
    });

    test(`load: ${LOAD} envelopes from 32 concurrent clients, a tenth sent twice: none lost, none doubled`, async (t) => {
      const db = await freshDb(dialect);
      const r = await receiver(db);
      const result = await load(r.url, db, LOAD);
      t.diagnostic(`${dialect}: ${result.requests} requests in ${result.seconds.toFixed(1)} s, ${Math.round(result.perSecond)} a second`);
    });
  });
}

describe('network settings', () => {
  test('plain http only on localhost; https origins only', async () => {
    const { networkProblem } = await import('../../cli/receiver/server.js');
    assert.match(networkProblem({ host: '0.0.0.0', origins: [] }) ?? '', /Refusing to listen on 0.0.0.0 over plain http/);
    assert.equal(networkProblem({ host: '0.0.0.0', origins: [], behindProxy: true }), null);
    assert.equal(networkProblem({ host: '127.0.0.1', origins: ['http://localhost:8000'] }), null);
    assert.match(networkProblem({ host: '127.0.0.1', origins: ['http://school.example'] }) ?? '', /must use https/);
    assert.match(networkProblem({ host: '127.0.0.1', origins: ['https://school.example/policy'] }) ?? '', /origin only/);
  });

  test('behind a proxy, a request that did not come over https is refused', async () => {
    const db = await freshDb('sqlite');
    const r = await receiver(db, { behindProxy: true });
    const plain = await submit(r.url, envelope('quiz', { score: 1, total: 1 }), { 'X-Forwarded-Proto': 'http' });
    assert.equal(plain.status, 403);
    const secure = await submit(r.url, envelope('quiz', { score: 1, total: 1 }), { 'X-Forwarded-Proto': 'https' });
    assert.equal(secure.status, 201);
    // Over https the session cookie is Secure and the pages ask for https from then on (HSTS);
    // the Origin the browser sends is the public https one.
    await addUser(db, 'dsl', 'a long enough password', 'test');
    const login = await fetch(`${r.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'X-Forwarded-Proto': 'https', Origin: `https://${new URL(r.url).host}` },
      body: new URLSearchParams({ name: 'dsl', password: 'a long enough password' }),
    });
    assert.equal(login.status, 303);
    assert.match(login.headers.get('set-cookie') ?? '', /HttpOnly; SameSite=Strict; Max-Age=28800; Secure$/);
    assert.match(login.headers.get('strict-transport-security') ?? '', /max-age=31536000/);
    const plainLogin = await fetch(`${r.url}/login`, { headers: { 'X-Forwarded-Proto': 'http' } });
    assert.equal(plainLogin.status, 403);
  });
});
