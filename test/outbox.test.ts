import { expect, waitUntil } from '@open-wc/testing';
import { clear, del, entries, set } from 'idb-keyval';
import { LitElement } from 'lit';
import { SubmitController } from '../src/submit/controller.js';
import { createEnvelope } from '../src/submit/envelope.js';
import { enqueue, KEEP_MS, MAX_REFUSALS, onOutbox } from '../src/submit/outbox.js';
import { refusal } from '../src/submit/transport.js';
import type { Confirm, Destination, Envelope, Format, SubmitState } from '../src/submit/types.js';
import { ENDPOINT, freshStart, log, outboxStore, plan, records } from './receiver-client.js';

// End to end against the test receiver (see receiver-client.ts), which fails on demand.
const store = outboxStore;
const stored = () => entries(store);
const dest = (format: Format = 'text', timeoutMs = 15000, confirm?: Confirm): Destination => ({ endpoint: ENDPOINT, format, timeoutMs, confirm });
const envelope = (data: Record<string, unknown> = { name: 'Ava Example', class: 'Oak' }) =>
  createEnvelope({ kind: 'agreement', audience: 'ks1', locale: 'en-GB', school: 'Larkspur Lane', policyVersion: '4.0', startedAt: new Date(Date.now() - 60_000).toISOString(), data });
const until = (fn: () => Promise<boolean>, ms = 8000) => {
  let ok = false;
  return waitUntil(async () => (ok = ok || (await fn())), 'condition not met', { timeout: ms, interval: 100 });
};
const exactlyOne = async (id: string) => {
  await until(async () => (await records()).some((r) => r.envelope.id === id));
  // Give any stray retry time to arrive before counting.
  await new Promise((r) => setTimeout(r, 300));
  const mine = (await records()).filter((r) => r.envelope.id === id);
  expect(mine).to.have.length(1);
  return mine[0];
};

beforeEach(async () => {
  await freshStart();
  await clear(store);
});

/** The state the outbox settles on for `id`: sent or rejected (every state it passed through, in order). */
function settles(id: string, ms = 20000): Promise<SubmitState[]> {
  const seen: SubmitState[] = [];
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`not settled: ${seen.map((s) => s.state).join(', ')}`)), ms);
    const stop = onOutbox((s) => {
      if (s.envelope.id !== id) return;
      seen.push(s);
      if (s.state === 'sent' || s.state === 'rejected') {
        clearTimeout(timer);
        stop();
        done(seen);
      }
    });
  });
}

/** A page of this origin in an iframe (it shares IndexedDB and Web Locks with this one: a second tab). */
async function page(src: string): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.src = src;
  const ready = new Promise((r) => f.addEventListener('load', r));
  document.body.append(f);
  await ready;
  return f;
}

describe('outbox: formats on the wire', () => {
  for (const format of ['text', 'json', 'form'] as const) {
    it(`${format}: arrives whole, with no cookies, credentials or referrer`, async () => {
      document.cookie = 'session=secret; path=/';
      const e = envelope({ name: 'Zoë “quoted” <b>', statements: ['s1', 's2'], consents: { photos: false } });
      const s = await enqueue(e, dest(format), true);
      expect(s.state).to.equal('sent');
      const rec = await exactlyOne(e.id);
      expect(rec.envelope).to.deep.equal(format === 'form' ? JSON.parse(JSON.stringify(e, (_, v) => (typeof v === 'boolean' ? String(v) : v))) : e);
      expect(rec.contentType).to.contain({ text: 'text/plain', json: 'application/json', form: 'application/x-www-form-urlencoded' }[format]);
      expect(rec.idempotencyKey).to.equal(format === 'json' ? e.id : null);
      const [line] = await log();
      expect(line.credentials).to.equal(false);
      expect(line.referer).to.equal(null);
      expect(await stored()).to.deep.equal([]);
      document.cookie = 'session=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    });
  }
});

describe('outbox: retries end with exactly one record', () => {
  it('after the connection is cut', async () => {
    await plan({ destroy: true });
    const e = envelope();
    const first = await enqueue(e, dest(), true);
    expect(first.state).to.equal('waiting');
    expect((await stored()).map(([k]) => k)).to.deep.equal([e.id]);
    await exactlyOne(e.id);
    await until(async () => (await stored()).length === 0);
  });

  it('after a timeout', async () => {
    await plan({ delayMs: 2500 });
    const e = envelope();
    const first = await enqueue(e, dest('text', 1000), true);
    expect(first.state).to.equal('waiting');
    expect(first.state === 'waiting' && first.error).to.contain('no answer within 1 s');
    await exactlyOne(e.id);
  });

  it('after 503 with Retry-After, waiting as long as the server asks', async () => {
    await plan({ status: 503, retryAfter: 2 });
    const e = envelope();
    const t0 = Date.now();
    const first = await enqueue(e, dest(), true);
    expect(first.state === 'waiting' && first.retryAt - t0).to.be.at.least(1900);
    await exactlyOne(e.id);
    expect(Date.now() - t0).to.be.at.least(1900);
  });

  it('after a 500 from a server that had already stored it (same id, de-duplicated)', async () => {
    await plan({ status: 500, store: true });
    const e = envelope();
    expect((await enqueue(e, dest('json'), true)).state).to.equal('waiting');
    await until(async () => (await log()).length >= 2);
    const rec = await exactlyOne(e.id);
    expect(rec.attempts).to.equal(2);
    expect((await log()).map((l) => l.id)).to.deep.equal([e.id, e.id]);
  });

  it('after 429 and 408 too', async () => {
    await plan({ status: 429, retryAfter: 1 }, { status: 408 });
    const e = envelope();
    await enqueue(e, dest(), true);
    await exactlyOne(e.id);
    expect((await log()).length).to.equal(3);
  });

  it('across a reload: a later page with an element sends what an earlier one left', async () => {
    await plan({ status: 503, retryAfter: 60 });
    const frame = async () => {
      const f = document.createElement('iframe');
      f.src = '/test/fixtures/outbox-page.html';
      const ready = new Promise((r) => f.addEventListener('load', r));
      document.body.append(f);
      await ready;
      await waitUntil(() => (f.contentWindow as any).outbox);
      return f;
    };
    const first = await frame();
    const e = envelope();
    const s: SubmitState = await (first.contentWindow as any).outbox.enqueue(e, dest(), true);
    expect(s.state).to.equal('waiting');
    first.remove(); // the tab is closed before the retry is due
    expect((await stored()).length).to.equal(1);
    const second = await frame();
    await (second.contentWindow as any).outbox.resumeOutbox();
    // Due in 60 s: make it due now, as the next visit a minute later would find it.
    window.dispatchEvent(new Event('online'));
    (second.contentWindow as any).dispatchEvent(new Event('online'));
    await exactlyOne(e.id);
    await until(async () => (await stored()).length === 0);
    second.remove();
  });
});

describe('outbox: what is not retried', () => {
  it('a 4xx is reported, not retried, and not kept', async () => {
    await plan({ status: 422 });
    const e = envelope();
    const s = await enqueue(e, dest(), true);
    expect(s.state).to.equal('rejected');
    expect(s.state === 'rejected' && [s.status, s.error]).to.deep.equal([422, 'the server answered 422 Unprocessable Entity']);
    await new Promise((r) => setTimeout(r, 2500));
    expect((await log()).length).to.equal(1);
    expect(await records()).to.deep.equal([]);
    expect(await stored()).to.deep.equal([]);
  });

  it('an envelope not to be stored (a concern report) stays out of browser storage while it waits', async () => {
    await plan({ status: 503, retryAfter: 1 });
    const e = envelope();
    expect((await enqueue(e, dest(), false)).state).to.equal('waiting');
    expect(await stored()).to.deep.equal([]);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    await exactlyOne(e.id);
    expect(await stored()).to.deep.equal([]);
  });

  it('a stored envelope older than 7 days is dropped, not sent', async () => {
    const e = envelope();
    await set(e.id, { envelope: e, dest: dest(), persist: true, attempts: 3, nextAt: 0, expiresAt: Date.now() - 1 }, store);
    const f = document.createElement('iframe');
    f.src = '/test/fixtures/outbox-page.html';
    document.body.append(f);
    await waitUntil(() => (f.contentWindow as any)?.outbox);
    await (f.contentWindow as any).outbox.resumeOutbox();
    expect(await stored()).to.deep.equal([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(await log()).to.deep.equal([]);
    expect(KEEP_MS).to.equal(7 * 24 * 3600_000);
    f.remove();
  });
});

class TestForm extends LitElement {
  submitter = new SubmitController(this);
}
customElements.define('test-submit-form', TestForm);

describe('SubmitController', () => {
  let el: TestForm;
  let events: { type: string; detail: any }[];
  const record = (e: Event) => events.push({ type: e.type, detail: (e as CustomEvent).detail });
  const req = (extra: object = {}) => ({
    kind: 'agreement' as const,
    audience: 'staff',
    locale: 'en-GB',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    data: { name: 'Sam Teacher' },
    ...extra,
  });
  beforeEach(() => {
    events = [];
    el = document.createElement('test-submit-form') as TestForm;
    for (const t of ['esafety-submit', 'esafety-submitted', 'esafety-submit-failed']) document.addEventListener(t, record);
    document.body.append(el);
  });
  afterEach(() => {
    for (const t of ['esafety-submit', 'esafety-submitted', 'esafety-submit-failed']) document.removeEventListener(t, record);
    el.remove();
  });

  it('fires esafety-submit then esafety-submitted, bubbling out of shadow roots', async () => {
    const s = await el.submitter.submit(req(), dest());
    expect(s.state).to.equal('sent');
    expect(events.map((e) => e.type)).to.deep.equal(['esafety-submit', 'esafety-submitted']);
    expect(events[1].detail.status).to.equal(201);
    expect(events[0].detail.envelope.id).to.equal(events[1].detail.envelope.id);
    await exactlyOne(s.envelope.id);
  });

  it('a host page that cancels esafety-submit sends it itself: nothing goes out', async () => {
    const take = (e: Event) => e.preventDefault();
    document.addEventListener('esafety-submit', take, { once: true });
    const s = await el.submitter.submit(req(), dest());
    expect(s.state).to.equal('cancelled');
    await new Promise((r) => setTimeout(r, 300));
    expect(await log()).to.deep.equal([]);
  });

  it('a double click sends once', async () => {
    const [a, b] = await Promise.all([el.submitter.submit(req(), dest()), el.submitter.submit(req(), dest())]);
    expect(b.envelope.id).to.equal(a.envelope.id);
    await exactlyOne(a.envelope.id);
    expect(await log()).to.have.length(1);
  });

  it('reports a failure that will be retried, then the later success', async () => {
    await plan({ status: 503, retryAfter: 1 });
    const s = await el.submitter.submit(req(), dest());
    expect(s.state).to.equal('waiting');
    expect(events.at(-1)).to.deep.include({ type: 'esafety-submit-failed' });
    expect(events.at(-1)!.detail.willRetry).to.equal(true);
    await waitUntil(() => el.submitter.state?.state === 'sent', 'retry did not succeed', { timeout: 6000 });
    expect(events.at(-1)!.type).to.equal('esafety-submitted');
  });

  it('marks likely spam (honeypot filled, or sent within 3 seconds) but still sends it', async () => {
    const s = await el.submitter.submit(req({ honeypot: 'http://spam.example', startedAt: new Date().toISOString() }), dest());
    expect(s.envelope.spam).to.deep.equal({ honeypot: true, tooFast: true });
    const rec = await exactlyOne(s.envelope.id);
    expect(rec.envelope.spam).to.deep.equal({ honeypot: true, tooFast: true });
    const clean = await el.submitter.submit(req(), dest());
    expect(clean.envelope.spam).to.equal(undefined);
  });
});

describe('outbox: what counts as accepted', () => {
  const id = '0b9f3c1e-6a8d-4f2a-9c3b-1d2e3f405162';
  it('refusal(): a 2xx body that says it failed, or (confirm "id") does not echo the id', () => {
    const cases: [string, Confirm, boolean][] = [
      ['{"ok":true}', 'status', true],
      ['', 'status', true],
      ['<!doctype html><title>Error</title>', 'status', true],
      ['[1,2]', 'status', true],
      ['{"ok":false}', 'status', false],
      ['{"result":"error","error":"Exception: Sheet not found"}', 'status', false],
      ['{"result":"Error"}', 'status', false],
      ['{"status":"error"}', 'status', false],
      ['{"error":"quota"}', 'status', false],
      ['{"error":{"code":5}}', 'status', false],
      ['{"ok":true,"error":null}', 'status', true],
      ['{"result":"success"}', 'status', true],
      [`{"ok":true,"id":"${id}"}`, 'id', true],
      [`{"ok":true,"id":"${id.toUpperCase()}"}`, 'id', true],
      [`{"ok":false,"id":"${id}"}`, 'id', false],
      ['{"ok":true}', 'id', false],
      ['{"ok":true,"id":"another"}', 'id', false],
      ['<!doctype html><title>Error</title>', 'id', false],
      ['', 'id', false],
    ];
    for (const [body, confirm, accepted] of cases) expect(refusal(body, id, confirm) === undefined, `${confirm}: ${body}`).to.equal(accepted);
    expect(refusal('{"result":"error","error":"Exception: Sheet not found"}', id)).to.equal('said it failed: Exception: Sheet not found');
  });

  it('200 {"result":"error"} every time: not sent, retried with backoff, then given up (rejected); nothing stored anywhere', async function () {
    this.timeout(30000);
    await plan(...Array.from({ length: MAX_REFUSALS }, () => ({ body: { result: 'error', error: 'Sheet is full' } })));
    const e = envelope();
    const done = settles(e.id);
    const first = await enqueue(e, dest(), true);
    expect(first.state).to.equal('waiting');
    expect(first.state === 'waiting' && first.error).to.equal('the server answered 200 but said it failed: Sheet is full');
    expect((await stored()).map(([k]) => k)).to.deep.equal([e.id]);
    const seen = await done;
    const last = seen.at(-1)!;
    expect(last.state).to.equal('rejected');
    expect(last.state === 'rejected' && [last.status, last.error]).to.deep.equal([200, 'the server answered 200 but said it failed: Sheet is full']);
    expect(seen.filter((s) => s.state === 'sent')).to.deep.equal([]);
    const lines = await log();
    expect(lines.map((l) => [l.id, l.status, l.outcome])).to.deep.equal(Array.from({ length: MAX_REFUSALS }, () => [e.id, 200, 'answered, not stored']));
    // With backoff: the gaps grow (1 s, 2 s, 4 s, each with up to half off for jitter).
    const at = lines.map((l) => Date.parse(l.at));
    expect(at[1] - at[0]).to.be.at.least(450);
    expect(at[3] - at[2]).to.be.at.least(1900);
    expect(await records()).to.deep.equal([]);
    expect(await stored()).to.deep.equal([]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await log()).to.have.length(MAX_REFUSALS); // not retried after giving up
  });

  it('a body-level failure, then an answer that works: sent, exactly one record', async () => {
    await plan({ body: { ok: false, error: 'busy' } }, { body: { status: 'error' } });
    const e = envelope();
    const done = settles(e.id);
    expect((await enqueue(e, dest(), true)).state).to.equal('waiting');
    expect((await done).at(-1)!.state).to.equal('sent');
    expect((await exactlyOne(e.id)).attempts).to.equal(3);
    expect(await stored()).to.deep.equal([]);
  });

  it('confirm "id": an HTML page with 200 (a script that threw) is not a success; the next answer echoing the id is', async () => {
    await plan({ body: '<!doctype html><html><body>TypeError: Cannot read properties of null</body></html>' }, { body: { ok: true } });
    const e = envelope();
    const done = settles(e.id);
    const first = await enqueue(e, dest('text', 15000, 'id'), true);
    expect(first.state === 'waiting' && first.error).to.equal('the server answered 200 but its answer is not the JSON confirmation expected (for example an error page)');
    const seen = await done;
    expect(seen.filter((s) => s.state === 'waiting').map((s) => s.state === 'waiting' && s.error)).to.deep.equal([
      'the server answered 200 but its answer is not the JSON confirmation expected (for example an error page)',
      'the server answered 200 but its answer does not confirm this submission’s id',
    ]);
    expect(seen.at(-1)!.state).to.equal('sent'); // the test receiver's own answer is {"id": …, "stored": true}
    await exactlyOne(e.id);
  });

  it('confirm "status" (the default) takes the same HTML page as sent: that is why Apps Script needs "id"', async () => {
    await plan({ body: '<!doctype html><title>Error</title>' });
    const e = envelope();
    expect((await enqueue(e, dest(), true)).state).to.equal('sent');
    expect(await records()).to.deep.equal([]);
  });
});

describe('outbox: two tabs', () => {
  it('a tab that waited for the lock finds the envelope gone (the other tab sent it) and does not post it again', async function () {
    this.timeout(20000);
    const e = envelope();
    const entry = { envelope: e, dest: dest(), persist: true, attempts: 0, nextAt: 0, expiresAt: Date.now() + KEEP_MS };
    await set(e.id, entry, store);
    // "The other tab" holds the envelope's lock while it sends it …
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const gotLock = new Promise<void>((r) => (locked = r));
    const other = navigator.locks.request(`esafety-outbox:${e.id}`, async () => {
      locked();
      await held;
    });
    await gotLock;
    // … while this tab resumes the outbox and finds the lock taken.
    const tab = await page('/test/fixtures/outbox-page.html');
    const outbox = (tab.contentWindow as any).outbox;
    const states: string[] = [];
    outbox.onOutbox((s: SubmitState) => states.push(s.state));
    await outbox.resumeOutbox();
    expect(outbox.waiting().map((x: Envelope) => x.id)).to.deep.equal([e.id]);
    await new Promise((r) => setTimeout(r, 300)); // its attempt (due now) finds the lock taken
    expect(await log()).to.deep.equal([]);
    // The other tab's POST is accepted and it deletes the stored copy, then lets go.
    const res = await fetch(ENDPOINT, { method: 'POST', body: JSON.stringify(e) });
    expect(res.status).to.equal(201);
    await del(e.id, store);
    release();
    await other;
    // This tab looks again (an "online" event makes it look now rather than in 30 s).
    (tab.contentWindow as any).dispatchEvent(new Event('online'));
    await until(async () => outbox.waiting().length === 0);
    await new Promise((r) => setTimeout(r, 500));
    expect((await log()).map((l) => l.id)).to.deep.equal([e.id]); // only the other tab's POST
    expect((await exactlyOne(e.id)).attempts).to.equal(1);
    expect(states).to.not.include('waiting');
    tab.remove();
  });

  it('a stored envelope both tabs resume at once is posted once', async () => {
    const e = envelope();
    await set(e.id, { envelope: e, dest: dest(), persist: true, attempts: 0, nextAt: 0, expiresAt: Date.now() + KEEP_MS }, store);
    await plan({ delayMs: 600 });
    const [a, b] = await Promise.all([page('/test/fixtures/outbox-page.html'), page('/test/fixtures/outbox-page.html')]);
    await Promise.all([a, b].map((f) => (f.contentWindow as any).outbox.resumeOutbox()));
    await exactlyOne(e.id);
    await until(async () => (await stored()).length === 0);
    for (const f of [a, b]) (f.contentWindow as any).dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 1000));
    expect(await log()).to.have.length(1);
    a.remove();
    b.remove();
  });
});
