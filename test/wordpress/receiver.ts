import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestReceiver } from '../../build/receiver.mjs';

/** A local receiver for the forms the WordPress pages send: its endpoint, and a wait for the n-th envelope. */
export async function startReceiver() {
  const inbox = createTestReceiver();
  const server = createServer((req, res) => void inbox(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/submissions`,
    /** How many envelopes have arrived. */
    count: () => inbox.records().length,
    /** Waits for `n` envelopes in all, and returns the n-th. */
    async received(n: number): Promise<Record<string, any>> {
      const end = Date.now() + 15000;
      while (inbox.records().length < n && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      assert.equal(inbox.records().length, n, 'envelopes at the receiver');
      return inbox.records()[n - 1].envelope as Record<string, any>;
    },
    close: () => server.close(),
  };
}
