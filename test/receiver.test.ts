import { expect } from '@open-wc/testing';
import { flatten } from '../src/submit/transport.js';
import type { Format } from '../src/submit/types.js';
import { log, plan as queue, records, type ReceivedRecord } from './receiver-client.js';

// The TEST receiver (build/receiver.mjs, mounted by web-test-runner.config.js): the endpoint the
// outbox tests send to, and its control API that makes it fail on demand. Exercised here through
// fetch from the page, as the outbox will use it.

const API = '/api/submissions';

function envelope(data: Record<string, unknown> = sampleData(), now = new Date().toISOString()) {
  return {
    id: crypto.randomUUID(),
    kind: 'agreement',
    audience: 'ks1',
    locale: 'en-GB',
    school: 'Larkspur Lane Primary School',
    policyVersion: '2025-09',
    startedAt: now,
    submittedAt: now,
    data,
  };
}

function sampleData() {
  return {
    pupil: { firstName: 'Ava', className: 'Oak' },
    statements: ['I ask an adult before I go online.', 'I tell an adult if something upsets me.'],
    parentName: 'Sam Jones & family <not markup>',
    note: 'Ffôn: 01234 567890 — “quotes”, emoji 🙂, a=b&c=d',
  };
}

/** Sends an envelope the way each format goes out. */
function send(env: { id: string }, format: Format = 'text', init: RequestInit = {}, url = API) {
  const headers: Record<string, string> = {};
  let body: string;
  if (format === 'form') {
    body = flatten(env).toString();
    headers['Content-Type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else {
    body = JSON.stringify(env);
    if (format === 'json') {
      headers['Content-Type'] = 'application/json';
      headers['Idempotency-Key'] = env.id;
    }
    // text: fetch labels a string body text/plain;charset=UTF-8 itself (a CORS simple request).
  }
  return fetch(url, { method: 'POST', body, headers, credentials: 'omit', referrerPolicy: 'no-referrer', ...init });
}

async function plan(...responses: Record<string, unknown>[]) {
  const res = await queue(...responses);
  expect(res.status, await res.clone().text()).to.equal(200);
}

async function waitFor<T>(fn: () => Promise<T | undefined | false>, ms = 3000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (performance.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('test receiver (/api/submissions)', () => {
  beforeEach(async () => {
    const res = await fetch('/__receiver/reset', { method: 'POST' });
    expect(res.status).to.equal(200);
  });

  describe('formats', () => {
    for (const format of ['text', 'json', 'form'] as const) {
      it(`stores a ${format} body and parses it back into the same envelope`, async () => {
        const env = envelope();
        const res = await send(env, format);
        expect(res.status).to.equal(201);
        expect(await res.json()).to.deep.equal({ ok: true, id: env.id, stored: true });
        const [rec, ...rest] = await records();
        expect(rest).to.have.length(0);
        expect(rec.envelope).to.deep.equal(env);
        expect(rec.attempts).to.equal(1);
        expect(rec.idempotencyKey).to.equal(format === 'json' ? env.id : null);
        expect(rec.contentType).to.match(
          { text: /^text\/plain;charset=UTF-8$/i, json: /^application\/json$/, form: /^application\/x-www-form-urlencoded/ }[format],
        );
        if (format === 'form') expect(rec.rawBody).to.contain('data.statements.1=I+tell+an+adult');
        else expect(JSON.parse(rec.rawBody)).to.deep.equal(env);
        expect(Date.parse(rec.receivedAt)).to.be.closeTo(Date.now(), 60_000);
      });
    }

    it('all three formats give identical envelopes', async () => {
      const data = sampleData();
      // One clock reading for all three: only the format may differ.
      const now = new Date().toISOString();
      const sent = (['text', 'json', 'form'] as const).map(() => envelope(data, now));
      await send(sent[0], 'text');
      await send(sent[1], 'json');
      await send(sent[2], 'form');
      const got = (await records()).map((r) => ({ ...r.envelope, id: undefined }));
      expect(got[1]).to.deep.equal(got[0]);
      expect(got[2]).to.deep.equal(got[0]);
    });

    it('refuses a missing or malformed id, a wrong Idempotency-Key, an unknown type and a body over 64 KiB', async () => {
      const { id: _drop, ...noId } = envelope();
      const cases: [RequestInit, number][] = [
        [{ body: JSON.stringify(noId) }, 400],
        [{ body: JSON.stringify({ ...noId, id: '12345' }) }, 400],
        [{ body: 'not json' }, 400],
        [{ body: JSON.stringify(envelope()), headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() } }, 400],
        [{ body: new Blob([JSON.stringify(envelope())], { type: 'application/xml' }) }, 415],
        [{ body: JSON.stringify(envelope({ big: 'x'.repeat(65 * 1024) })) }, 413],
      ];
      for (const [init, status] of cases) {
        const res = await fetch(API, { method: 'POST', ...init });
        expect(res.status).to.equal(status);
        expect((await res.json()).error).to.be.a('string');
      }
      expect(await records()).to.deep.equal([]);
    });

    it('answers a preflight with the CORS headers', async () => {
      const res = await fetch(API, { method: 'OPTIONS' });
      expect(res.status).to.equal(204);
      expect(res.headers.get('access-control-allow-origin')).to.equal('*');
      expect(res.headers.get('access-control-allow-methods')).to.equal('POST');
      expect(res.headers.get('access-control-allow-headers')).to.equal('Content-Type, Idempotency-Key');
      expect(res.headers.get('access-control-max-age')).to.equal('600');
    });

    it('works cross-origin: json preflights, and Retry-After is readable', async () => {
      // The page is on localhost; 127.0.0.1 on the same port is another origin.
      const other = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}${API}`;
      await plan({ status: 503, retryAfter: 7 });
      const env = envelope();
      const failed = await send(env, 'json', {}, other);
      expect(failed.status).to.equal(503);
      expect(failed.headers.get('retry-after')).to.equal('7');
      const ok = await send(env, 'json', {}, other);
      expect(ok.status).to.equal(201);
      const [rec] = await records();
      expect(rec.attempts).to.equal(2);
    });
  });

  describe('de-duplication', () => {
    it('stores an id once, however many times (and formats) it arrives', async () => {
      const env = envelope();
      expect((await send(env, 'text')).status).to.equal(201);
      const again = await send(env, 'json');
      expect(again.status).to.equal(200);
      expect(await again.json()).to.deep.equal({ ok: true, id: env.id, stored: false, duplicate: true });
      expect((await send(env, 'form')).status).to.equal(200);
      const recs = await records();
      expect(recs).to.have.length(1);
      expect(recs[0].attempts).to.equal(3);
      expect(recs[0].contentType).to.match(/^text\/plain/);
    });
  });

  describe('plans (failing on demand)', () => {
    it('503 with Retry-After: the page reads the header; nothing is stored until the retry', async () => {
      await plan({ status: 503, retryAfter: 1 });
      const env = envelope();
      const res = await send(env);
      expect(res.status).to.equal(503);
      expect(res.headers.get('retry-after')).to.equal('1');
      expect(await records()).to.deep.equal([]);
      expect((await send(env)).status).to.equal(201);
      const recs = await records();
      expect(recs).to.have.length(1);
      expect(recs[0].attempts).to.equal(2);
    });

    it('500 after storing: the retry is a duplicate, one record', async () => {
      await plan({ status: 500, store: true });
      const env = envelope();
      expect((await send(env, 'json')).status).to.equal(500);
      expect(await records()).to.have.length(1);
      const retry = await send(env, 'json');
      expect(retry.status).to.equal(200);
      expect((await retry.json()).duplicate).to.equal(true);
      const recs = await records();
      expect(recs).to.have.length(1);
      expect(recs[0].attempts).to.equal(2);
    });

    it('destroy: fetch rejects with a network error, nothing is stored', async () => {
      await plan({ destroy: true });
      const env = envelope();
      let error: unknown;
      await send(env).catch((e) => (error = e));
      expect(error).to.be.instanceOf(TypeError);
      expect(await records()).to.deep.equal([]);
      const entries = await log();
      expect(entries.map((e) => e.outcome)).to.deep.equal(['destroyed']);
      expect((await send(env)).status).to.equal(201);
      expect((await records())[0].attempts).to.equal(2);
    });

    it('delay past the client timeout: fetch rejects and nothing is stored', async () => {
      await plan({ delayMs: 3000 });
      const env = envelope();
      let error: unknown;
      await send(env, 'text', { signal: AbortSignal.timeout(200) }).catch((e) => (error = e));
      expect((error as DOMException)?.name).to.equal('TimeoutError');
      await waitFor(async () => (await log())[0]?.outcome === 'aborted');
      expect(await records()).to.deep.equal([]);
      // The next request (no plan left) behaves normally.
      expect((await send(env)).status).to.equal(201);
      expect((await records())[0].attempts).to.equal(2);
    });

    it('delay the client waits for: stored after the delay', async () => {
      await plan({ delayMs: 300 });
      const t0 = performance.now();
      const res = await send(envelope());
      expect(res.status).to.equal(201);
      expect(performance.now() - t0).to.be.greaterThan(250);
      expect(await records()).to.have.length(1);
    });

    it('client errors (400, 422) and 429 with Retry-After are answered and not stored', async () => {
      await plan({ status: 400 }, { status: 422 }, { status: 429, retryAfter: 2 });
      const env = envelope();
      const a = await send(env);
      const b = await send(env, 'json');
      const c = await send(env, 'form');
      expect([a.status, b.status, c.status]).to.deep.equal([400, 422, 429]);
      expect(c.headers.get('retry-after')).to.equal('2');
      expect(a.headers.get('retry-after')).to.equal(null);
      expect((await b.json()).planned).to.equal(true);
      expect(await records()).to.deep.equal([]);
      expect((await send(env)).status).to.equal(201);
      expect((await records())[0].attempts).to.equal(4);
    });

    it('behaviours apply one per POST, in order, then requests behave normally', async () => {
      await plan({ status: 503 });
      await plan({ status: 502 }, { status: 504 });
      expect(await (await fetch('/__receiver/plan')).json()).to.have.length(3);
      const env = envelope();
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await send(env)).status);
      expect(statuses).to.deep.equal([503, 502, 504, 201]);
      expect(await (await fetch('/__receiver/plan')).json()).to.deep.equal([]);
    });

    it('a preflight does not use up a behaviour', async () => {
      await plan({ status: 503 });
      expect((await fetch(API, { method: 'OPTIONS' })).status).to.equal(204);
      expect((await send(envelope(), 'json')).status).to.equal(503);
    });

    it('a planned body: 200 {"result":"error"} not stored, an HTML page with 200, a stored answer with a custom type', async () => {
      await plan({ body: { result: 'error', error: 'Sheet is full' } }, { body: '<!doctype html><title>Error</title>' }, { status: 202, body: 'queued', contentType: 'text/plain', store: true });
      const env = envelope();
      const a = await send(env);
      expect([a.status, a.headers.get('content-type'), await a.json()]).to.deep.equal([200, 'application/json; charset=utf-8', { result: 'error', error: 'Sheet is full' }]);
      const b = await send(env);
      expect([b.status, b.headers.get('content-type'), await b.text()]).to.deep.equal([200, 'text/html; charset=utf-8', '<!doctype html><title>Error</title>']);
      expect(await records()).to.deep.equal([]);
      const c = await send(env);
      expect([c.status, await c.text()]).to.deep.equal([202, 'queued']);
      expect((await records()).map((r) => r.envelope.id)).to.deep.equal([env.id]);
      expect((await log()).map((l) => l.outcome)).to.deep.equal(['answered, not stored', 'answered, not stored', 'stored, then answered']);
    });

    it('refuses a plan it cannot follow', async () => {
      for (const body of ['nope', '{"responses":{}}', '{"responses":[{"status":99}]}', '{"responses":[{"stauts":503}]}', '{"responses":[{"contentType":"text/html"}]}']) {
        const res = await fetch('/__receiver/plan', { method: 'POST', body });
        expect(res.status, body).to.equal(400);
      }
      expect(await (await fetch('/__receiver/plan')).json()).to.deep.equal([]);
    });
  });

  describe('log', () => {
    it('records every POST in order, with credentials and referrer', async () => {
      const env = envelope();
      await plan({ status: 503, retryAfter: 1 });
      await send(env, 'json');
      await send(env, 'json');
      document.cookie = 'receiver-test=1; path=/; SameSite=Strict';
      try {
        await fetch(API, { method: 'POST', body: JSON.stringify(env) });
      } finally {
        document.cookie = 'receiver-test=; path=/; max-age=0';
      }
      const entries = await log();
      expect(entries.map((e) => [e.id, e.status, e.outcome])).to.deep.equal([
        [env.id, 503, 'not stored'],
        [env.id, 201, 'stored'],
        [env.id, 200, 'duplicate'],
      ]);
      expect(entries[0].behaviour).to.deep.equal({ status: 503, retryAfter: 1 });
      expect(entries[1].behaviour).to.equal(null);
      expect(entries[0].idempotencyKey).to.equal(env.id);
      expect(entries[0].contentType).to.equal('application/json');
      // credentials: 'omit' and referrerPolicy: 'no-referrer', as the outbox sends …
      expect([entries[0].credentials, entries[0].referer]).to.deep.equal([false, null]);
      // … and fetch's defaults, which send both.
      expect(entries[2].credentials).to.equal(true);
      expect(entries[2].referer).to.equal(location.href);
      expect(Date.parse(entries[2].at)).to.be.at.least(Date.parse(entries[0].at));
    });
  });

  describe('reset', () => {
    it('empties records, attempts, the log and the plan', async () => {
      const env = envelope();
      await send(env);
      await plan({ status: 503 }, { destroy: true });
      expect(await records()).to.have.length(1);
      expect((await fetch('/__receiver/reset', { method: 'POST' })).status).to.equal(200);
      expect(await records()).to.deep.equal([]);
      expect(await log()).to.deep.equal([]);
      expect(await (await fetch('/__receiver/plan')).json()).to.deep.equal([]);
      expect((await send(env)).status).to.equal(201);
      expect((await records())[0].attempts).to.equal(1);
    });
  });

  describe('reading back', () => {
    it('GET /api/submissions lists the records; /inbox shows them escaped', async () => {
      const env = envelope({ name: '<script>window.hacked = 1</script>' });
      await send(env, 'form');
      const list = await (await fetch(API)).json();
      expect(list.map((r: ReceivedRecord) => r.envelope.id)).to.deep.equal([env.id]);
      const res = await fetch('/inbox');
      expect(res.headers.get('content-security-policy')).to.contain("default-src 'none'");
      const html = await res.text();
      expect(html).to.contain('&lt;script&gt;window.hacked = 1&lt;/script&gt;');
      expect(html).not.to.match(/<script/i);
    });
  });
});
