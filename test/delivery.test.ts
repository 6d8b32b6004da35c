import { expect, waitUntil } from '@open-wc/testing';
import { clear, entries, set } from 'idb-keyval';
import { createEnvelope } from '../src/submit/envelope.js';
import { KEEP_MS } from '../src/submit/outbox.js';
import { ENDPOINT, freshStart, log, outboxStore, plan, records } from './receiver-client.js';

// Delivery from the BUILT file (run `npm run build` first; `npm test` does), where schools run
// it: inside a sandboxed iframe with no storage at all, and on pages with no form.

interface Snapshot {
  origin: string;
  indexedDB: string | null;
  locks: string | null;
  state: string | null;
  stored: boolean | null;
  heading: string | null;
  status: string | null;
  save: boolean;
  leavePrompt: boolean;
  events: { type: string; willRetry: boolean | null }[];
}

beforeEach(async () => {
  await freshStart();
  await clear(outboxStore);
});

describe('a form in <iframe sandbox="allow-scripts allow-forms"> (no IndexedDB, no Web Locks)', () => {
  let frame: HTMLIFrameElement;
  let snapshots: Snapshot[];
  const onMessage = (m: MessageEvent) => {
    if (m.source === frame?.contentWindow && m.data?.snapshot) snapshots.push(m.data.snapshot);
  };
  const latest = async (when: (s: Snapshot) => boolean, what: string, timeout = 10000) => {
    let found: Snapshot | undefined;
    await waitUntil(
      () => {
        frame.contentWindow!.postMessage('snapshot', '*');
        return (found = [...snapshots].reverse().find(when));
      },
      what,
      { timeout, interval: 200 },
    );
    return found!;
  };
  /** The sandboxed page (`#concern`: the report form) in a frame, filled in and sent; snapshots of it arrive as messages. */
  const fillAndSend = async (hash: '' | '#concern') => {
    snapshots = [];
    addEventListener('message', onMessage);
    frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-forms');
    frame.src = `/test/fixtures/sandboxed-form.html${hash}`;
    const ready = new Promise<void>((ok) => addEventListener('message', function once(m) {
      if (m.source === frame.contentWindow && m.data?.ready) ok(), removeEventListener('message', once);
    }));
    document.body.append(frame);
    await ready;
    frame.contentWindow!.postMessage('fill-and-send', '*');
  };
  afterEach(() => {
    removeEventListener('message', onMessage);
    frame?.remove();
  });

  it('sends anyway, says honestly it is not saved on this device, asks before leaving, and is sent once on retry', async function () {
    this.timeout(30000);
    await plan({ status: 503, retryAfter: 1 });
    await fillAndSend('');
    const waiting = await latest((s) => s.state === 'waiting' && !!s.status, 'no waiting state (with its status line) in the frame');
    // It really is an opaque origin with storage and locks blocked …
    expect(waiting.origin).to.equal('null');
    expect(waiting.indexedDB).to.equal('SecurityError');
    expect(waiting.locks).to.equal('SecurityError');
    // … and the screen says so: never "Saved on this device".
    expect(waiting.heading).to.equal('Waiting to send');
    expect(waiting.stored).to.equal(false);
    expect(waiting.status).to.equal('Not saved on this device: we will keep trying while this page is open.');
    expect(waiting.save).to.equal(true);
    expect(waiting.leavePrompt).to.equal(true);
    expect(waiting.events).to.deep.equal([{ type: 'esafety-submit-failed', willRetry: true }]);
    expect((await log()).map((l) => [l.status, l.outcome])).to.deep.equal([[503, 'not stored']]);
    // The retry from memory goes through.
    const sent = await latest((s) => s.state === 'sent', 'not sent on retry');
    expect(sent.heading).to.equal('Thank you: your agreement has been sent');
    expect(sent.leavePrompt).to.equal(false);
    expect(sent.events.at(-1)).to.deep.equal({ type: 'esafety-submitted', willRetry: null });
    const got = await records();
    expect(got).to.have.length(1);
    expect(got[0].attempts).to.equal(2);
    expect(got[0].envelope).to.deep.include({ kind: 'agreement', audience: 'visitor' });
    expect(await entries(outboxStore)).to.deep.equal([]); // nothing leaked into this origin's storage either
  });

  it('<report-concern> with storeUnsent: it cannot keep the report here, so it never says "Saved on this device"', async function () {
    this.timeout(30000);
    await plan({ status: 503, retryAfter: 1 });
    await fillAndSend('#concern');
    const waiting = await latest((s) => s.state === 'waiting' && !!s.status, 'no waiting state (with its status line) in the frame');
    expect(waiting.heading).to.equal('Not sent yet');
    expect(waiting.status).to.equal('Your report has not reached the school yet. Not saved on this device: we will keep trying while this page is open.');
    expect(waiting.save).to.equal(true);
    expect(waiting.leavePrompt).to.equal(true);
    const sent = await latest((s) => s.state === 'sent', 'not sent on retry');
    expect(sent.heading).to.equal('Thank you: your report has been sent');
    expect(sent.leavePrompt).to.equal(false);
    const got = await records();
    expect(got.map((r) => [r.envelope.kind, r.attempts])).to.deep.equal([['concern', 2]]);
  });

  it('sent at once when the endpoint accepts it', async function () {
    this.timeout(20000);
    await fillAndSend('');
    const sent = await latest((s) => s.state === 'sent', 'not sent');
    expect(sent.heading).to.equal('Thank you: your agreement has been sent');
    expect(sent.events).to.deep.equal([{ type: 'esafety-submitted', willRetry: null }]);
    expect(await records()).to.have.length(1);
  });
});

describe('waiting submissions resume on a page with any element', () => {
  it('a page with only <esafety-policy> sends what an earlier page left, once, and empties the outbox', async function () {
    this.timeout(20000);
    const e = createEnvelope({ kind: 'agreement', audience: 'parent', locale: 'en-GB', startedAt: new Date().toISOString(), data: { name: 'Sam Example' } });
    await set(e.id, { envelope: e, dest: { endpoint: ENDPOINT, format: 'text', timeoutMs: 15000 }, persist: true, attempts: 1, nextAt: 0, expiresAt: Date.now() + KEEP_MS }, outboxStore);
    const f = document.createElement('iframe');
    f.src = '/test/fixtures/policy-only.html';
    document.body.append(f);
    try {
      await waitUntil(async () => (await records()).length > 0, 'the page with only a policy did not send it', { timeout: 10000, interval: 200 });
      await waitUntil(async () => (await entries(outboxStore)).length === 0, 'not deleted once sent');
      await new Promise((r) => setTimeout(r, 500));
      const got = await records();
      expect(got.map((r) => [r.envelope.id, r.attempts])).to.deep.equal([[e.id, 1]]);
      expect(f.contentDocument!.querySelector('esafety-policy')!.shadowRoot!.querySelector('article')).to.exist;
    } finally {
      f.remove();
    }
  });
});
