// Load on the receiver: `count` envelopes from `clients` concurrent clients on localhost, in the
// three formats, every tenth one sent a second time by another client (as an outbox retry
// would). Afterwards every id must be stored exactly once.

import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import type { Db } from '../../cli/receiver/db.js';
import { flatten } from '../../src/submit/transport.js';
import { SITE, concernData, envelope } from './receiver-helpers.js';

export interface LoadResult {
  count: number;
  requests: number;
  seconds: number;
  perSecond: number;
}

export async function load(url: string, db: Db, count: number, clients = 32): Promise<LoadResult> {
  const envs = Array.from({ length: count }, (_, i) =>
    i % 3 === 0 ? envelope('concern', concernData({ what: `Report ${i}` })) : i % 3 === 1 ? envelope('agreement', { signatures: { pupil: { 'first-name': `P${i}`, class: '4 Ash' } }, textHash: 'sha256:x' }) : envelope('quiz', { score: i % 9, total: 9 }),
  );
  const jobs = envs.flatMap((e, i) => (i % 10 === 0 ? [e, e] : [e]));
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  let next = 0;
  const failures: string[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < jobs.length) {
        const e = jobs[next++];
        const format = ['text', 'json', 'form'][next % 3];
        const init: { headers: Record<string, string>; body: string } =
          format === 'json'
            ? { headers: { 'Content-Type': 'application/json', 'Idempotency-Key': e.id }, body: JSON.stringify(e) }
            : format === 'form'
              ? { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: flatten(e).toString() }
              : { headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: JSON.stringify(e) };
        const res = await post(agent, `${url}/api/submissions`, { ...init.headers, Origin: SITE }, init.body);
        const body = JSON.parse(res.text) as { ok: boolean; id: string };
        if (!body.ok || body.id !== e.id) failures.push(`${res.status} ${res.text}`);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  assert.deepEqual(failures.slice(0, 5), [], `${failures.length} requests were not acknowledged`);
  const rows = await db.all<{ id: string; n: unknown }>('SELECT id, COUNT(*) AS n FROM envelopes GROUP BY id');
  assert.equal(rows.length, count, 'every envelope stored');
  assert.ok(rows.every((r) => Number(r.n) === 1), 'none stored twice');
  const stored = new Set(rows.map((r) => r.id));
  assert.ok(envs.every((e) => stored.has(e.id)), 'the stored ids are the ones sent');
  return { count, requests: jobs.length, seconds, perSecond: jobs.length / seconds };
}

function post(agent: Agent, url: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
