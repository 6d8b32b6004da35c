// Retention (GDPR storage limitation): records older than the school's periods are deleted,
// each deletion written to the audit trail. A concern nobody has marked as actioned is never
// deleted automatically: it is listed as kept, so that nothing unread disappears.

import type { Db } from './db.js';
import { audit, type Kind } from './store.js';

/** Months to keep each kind, counted from when it was received. */
export type Keep = Record<Kind, number>;
export const DEFAULT_KEEP: Keep = { agreement: 24, quiz: 12, concern: 24 };

export interface Due {
  id: string;
  kind: Kind;
  receivedAt: string;
}

export interface RetentionResult {
  due: Due[];
  /** Concerns past their period that are kept because nobody has marked them as actioned. */
  keptUnactioned: Due[];
  deleted: number;
}

export const cutoff = (months: number, now: Date): string => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString();
};

export async function retention(db: Db, keep: Keep, opts: { dryRun: boolean; now?: Date }): Promise<RetentionResult> {
  const now = opts.now ?? new Date();
  const due: Due[] = [];
  const keptUnactioned: Due[] = [];
  for (const kind of ['concern', 'agreement', 'quiz'] as Kind[]) {
    const rows = await db.all<{ id: string; received_at: string; actioned: unknown }>(
      `SELECT id, received_at, (SELECT COUNT(*) FROM audit WHERE audit.envelope_id = envelopes.id AND audit.action = 'actioned') AS actioned
       FROM envelopes WHERE kind = ? AND received_at < ? ORDER BY received_at`,
      [kind, cutoff(keep[kind], now)],
    );
    for (const r of rows) {
      const item = { id: r.id, kind, receivedAt: r.received_at };
      if (kind === 'concern' && Number(r.actioned) === 0) keptUnactioned.push(item);
      else due.push(item);
    }
  }
  let deleted = 0;
  if (!opts.dryRun && due.length) {
    await db.tx(async (t) => {
      for (const d of due) {
        deleted += await t.run('DELETE FROM envelopes WHERE id = ?', [d.id]);
        await audit(t, 'retention', 'deleted', d.id, `${d.kind} received ${d.receivedAt}, past ${keep[d.kind]} months`, now);
      }
    });
  }
  return { due, keptUnactioned, deleted };
}
