import { expect } from '@open-wc/testing';
import { validateBundle } from '../src/bundle/validate.js';
import { submitDestination } from '../src/submit/destination.js';
import { createEnvelope, newId } from '../src/submit/envelope.js';
import { hashText } from '../src/submit/hash.js';
import { backoff } from '../src/submit/outbox.js';
import { encode, flatten, retryAfter } from '../src/submit/transport.js';

const bundle = (submit: object = {}) => {
  const r = validateBundle({ submit });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.bundle;
};
const env = () =>
  createEnvelope({ kind: 'agreement', audience: 'ks1', locale: 'en-GB', school: 'Larkspur Lane', policyVersion: '4.0', startedAt: '2026-11-21T09:00:00.000Z', data: { name: 'Ava', statements: ['a', 'b'], consents: { photos: true } } });

describe('envelope', () => {
  it('has a fresh UUID, the contract fields and the time of submission', () => {
    const e = env();
    expect(e.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(env().id).to.not.equal(e.id);
    expect(Object.keys(e)).to.deep.equal(['id', 'kind', 'locale', 'startedAt', 'submittedAt', 'data', 'audience', 'school', 'policyVersion']);
    expect(Date.parse(e.submittedAt)).to.be.closeTo(Date.now(), 5000);
    expect(newId()).to.match(/^[0-9a-f-]{36}$/);
  });

  it('fingerprints the agreed text with SHA-256', async () => {
    expect(await hashText('abc')).to.equal('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await hashText('abd')).to.not.equal(await hashText('abc'));
  });
});

describe('formats', () => {
  it('text: the envelope as JSON, text/plain, no custom header (a CORS simple request)', () => {
    const e = env();
    const { body, headers } = encode(e, 'text');
    expect(JSON.parse(body)).to.deep.equal(e);
    expect(headers).to.deep.equal({ 'Content-Type': 'text/plain;charset=UTF-8' });
  });

  it('json: application/json with the Idempotency-Key header', () => {
    const e = env();
    const { body, headers } = encode(e, 'json');
    expect(JSON.parse(body)).to.deep.equal(e);
    expect(headers).to.deep.equal({ 'Content-Type': 'application/json', 'Idempotency-Key': e.id });
  });

  it('form: flattened fields', () => {
    const e = env();
    const { body, headers } = encode(e, 'form');
    expect(headers['Content-Type']).to.equal('application/x-www-form-urlencoded');
    const p = new URLSearchParams(body);
    expect(p.get('id')).to.equal(e.id);
    expect(p.get('data.name')).to.equal('Ava');
    expect(p.get('data.statements.1')).to.equal('b');
    expect(p.get('data.consents.photos')).to.equal('true');
    expect(flatten({ a: { b: null, c: undefined } }).toString()).to.equal('a.b=');
  });
});

describe('retry timing', () => {
  it('backs off exponentially with jitter, capped, never before Retry-After', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((n) => backoff(n, 0, mid))).to.deep.equal([750, 1500, 3000, 6000]);
    expect(backoff(30, 0, () => 1)).to.equal(300000);
    expect(backoff(1, 0, () => 0)).to.equal(500);
    expect(backoff(1, 8000, mid)).to.equal(8000);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfter('3')).to.equal(3000);
    expect(retryAfter(new Date(Date.now() + 10_000).toUTCString())).to.be.within(8000, 10_000);
    expect(retryAfter('soon')).to.equal(undefined);
    expect(retryAfter(null)).to.equal(undefined);
    expect(retryAfter('999999')).to.equal(3600_000);
  });
});

describe('endpoint rules', () => {
  it('accepts https, loopback http, and a path on this site', () => {
    for (const e of ['https://forms.school.example/x', 'http://localhost:8080/in', 'http://127.0.0.1/in', 'http://[::1]:3000/', '/api/submissions']) {
      const r = submitDestination(bundle({ endpoint: e.startsWith('/') ? e : undefined }), e.startsWith('/') ? null : e);
      expect(r.ok, e).to.equal(true);
    }
    const r = submitDestination(bundle({ endpoint: 'https://a.example/in', format: 'json', timeoutMs: 5000 }));
    expect(r).to.deep.equal({ ok: true, dest: { endpoint: 'https://a.example/in', format: 'json', confirm: 'status', timeoutMs: 5000 } });
  });

  it('refuses other addresses with a clear message, before anyone types anything', () => {
    const bad = (attr: string | null, b = bundle(), fmt: string | null = null) => {
      const r = submitDestination(b, attr, fmt);
      if (r.ok) throw new Error(`accepted ${attr}`);
      return `${r.issues[0].path}: ${r.issues[0].message}`;
    };
    expect(bad('http://forms.school.example/in')).to.contain('the endpoint attribute').and.contain('must be an https:// address');
    expect(bad('ftp://x.example')).to.contain('must be an https:// address');
    // On an https page these resolve to https://elsewhere.example/x: another site, not a path here.
    for (const sneaky of ['//elsewhere.example/x', '/\\elsewhere.example/x', '\\\\elsewhere.example/x'])
      expect(bad(sneaky), sneaky).to.contain('the endpoint attribute').and.contain('must be an https:// address');
    expect(bad(null)).to.contain('submit.endpoint: is missing');
    expect(bad('https://ok.example', bundle(), 'xml')).to.contain('"xml" is not a format');
    expect(validateBundle({ submit: { endpoint: 'http://forms.example/in' } }).ok).to.equal(false);
  });

  it('the attribute wins over the bundle', () => {
    const r = submitDestination(bundle({ endpoint: 'https://bundle.example/in', format: 'form' }), 'https://attr.example/in', 'json');
    expect(r.ok && r.dest).to.deep.equal({ endpoint: 'https://attr.example/in', format: 'json', confirm: 'status', timeoutMs: 15000 });
  });

  it('confirm: the attribute wins over submit.confirm; default "status"; anything else is refused', () => {
    const dest = (b: Record<string, unknown>, attr: string | null) => {
      const r = submitDestination(bundle({ endpoint: 'https://a.example/in', ...b }), null, null, attr);
      return r.ok ? r.dest.confirm : `${r.issues[0].path}: ${r.issues[0].message}`;
    };
    expect(dest({}, null)).to.equal('status');
    expect(dest({ confirm: 'id' }, null)).to.equal('id');
    expect(dest({ confirm: 'id' }, 'status')).to.equal('status');
    expect(dest({}, 'id')).to.equal('id');
    expect(dest({}, 'ID')).to.contain('the confirm attribute: "ID" is not a confirmation rule');
    const v = validateBundle({ submit: { endpoint: 'https://a.example/in', confirm: 'echo' } });
    expect(v.ok).to.equal(false);
    expect(!v.ok && v.issues[0].path).to.equal('submit.confirm');
  });
});
