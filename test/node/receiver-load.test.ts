import { after, test } from 'node:test';
import { DIALECTS, closeAll, freshDb, receiver } from './receiver-helpers.js';
import { load } from './receiver-load.js';

after(closeAll);

// A smaller run than `npm run bench:receiver` (10,000) keeps the suite quick on a shared machine.
const COUNT = Number(process.env.RECEIVER_LOAD ?? 2000);

for (const dialect of DIALECTS) {
  test(`${COUNT} envelopes from 32 concurrent clients on ${dialect}, a tenth sent twice: none lost, none doubled`, async (t) => {
    const db = await freshDb(dialect);
    const r = await receiver(db);
    const result = await load(r.url, db, COUNT);
    t.diagnostic(`${dialect}: ${result.requests} requests in ${result.seconds.toFixed(1)} s, ${Math.round(result.perSecond)} a second`);
  });
}
