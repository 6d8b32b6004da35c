// npm run bench:receiver: 10,000 envelopes (plus a tenth sent twice) from 32 concurrent clients
// into the receiver on SQLite and on a throwaway PostgreSQL 15 cluster; prints the throughput.
import { DIALECTS, closeAll, freshDb, receiver } from './receiver-helpers.js';
import { load } from './receiver-load.js';

const count = Number(process.argv[2] ?? 10_000);
try {
  for (const dialect of DIALECTS) {
    const db = await freshDb(dialect);
    const r = await receiver(db);
    const x = await load(r.url, db, count);
    console.log(`${dialect}: ${x.count} envelopes (${x.requests} requests) in ${x.seconds.toFixed(1)} s = ${Math.round(x.perSecond)} requests/s; every id stored exactly once`);
  }
} finally {
  await closeAll();
}
