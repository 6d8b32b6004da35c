// Reading and writing the receiver's records. Every function takes the Db, so the same code
// runs on SQLite and PostgreSQL.

import type { Db, Row } from './db.js';

export type Kind = 'agreement' | 'concern' | 'quiz';

export interface Stored {
  id: string;
  kind: Kind;
  audience: string | null;
  school: string | null;
  policyVersion: string | null;
  locale: string | null;
  class: string | null;
  submittedAt: string;
  receivedAt: string;
  spam: boolean;
  contentType: string | null;
  envelope: Record<string, unknown> & { id: string; data: Record<string, unknown> };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The class an envelope is about, for filtering: a signature field whose id says "class", or a pupil reporter's class. */
export function classOf(env: Record<string, unknown>): string | null {
  const data = (env.data ?? {}) as Record<string, unknown>;
  if (env.kind === 'agreement' && data.signatures && typeof data.signatures === 'object') {
    for (const block of Object.values(data.signatures as Record<string, unknown>)) {
      if (!block || typeof block !== 'object') continue;
      for (const [field, value] of Object.entries(block)) if (/class/i.test(field) && str(value)) return String(value).trim().slice(0, 100);
    }
  }
  if (env.kind === 'concern' && data.reporter === 'pupil' && str(data.contact)) return String(data.contact).trim().slice(0, 100);
  return null;
}

/** Stores an envelope unless its id is already stored; resolves true when it was new. Atomic in both databases. */
export async function insertEnvelope(db: Db, env: Record<string, unknown> & { id: string }, raw: string, contentType: string | null, now = new Date()): Promise<boolean> {
  // Form-encoded envelopes carry every value as a string: "false" is not a flag.
  const spam = !!(env.spam && typeof env.spam === 'object' && Object.values(env.spam).some((v) => v === true || v === 'true'));
  const changed = await db.runBatched(
    `INSERT INTO envelopes (id, kind, audience, school, policy_version, locale, class, submitted_at, received_at, spam, content_type, envelope, raw)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    [
      env.id.toLowerCase(),
      env.kind,
      str(env.audience),
      str(env.school),
      str(env.policyVersion),
      str(env.locale),
      classOf(env),
      new Date(String(env.submittedAt)).toISOString(),
      now.toISOString(),
      spam,
      contentType,
      JSON.stringify(env),
      raw,
    ],
  );
  return changed > 0;
}

const COLUMNS = 'id, kind, audience, school, policy_version, locale, class, submitted_at, received_at, spam, content_type, envelope';

function fromRow(r: Row): Stored {
  return {
    id: String(r.id),
    kind: r.kind as Kind,
    audience: (r.audience as string) ?? null,
    school: (r.school as string) ?? null,
    policyVersion: (r.policy_version as string) ?? null,
    locale: (r.locale as string) ?? null,
    class: (r.class as string) ?? null,
    submittedAt: String(r.submitted_at),
    receivedAt: String(r.received_at),
    spam: r.spam === true || r.spam === 1,
    contentType: (r.content_type as string) ?? null,
    envelope: JSON.parse(String(r.envelope)),
  };
}

export interface Filter {
  kind?: Kind;
  audience?: string;
  class?: string;
  school?: string;
  /** YYYY-MM-DD, inclusive, by the day it was submitted (UTC). */
  from?: string;
  to?: string;
  policyVersion?: string;
  limit?: number;
}

/** Envelopes matching the filter, newest first. */
export async function listEnvelopes(db: Db, f: Filter): Promise<Stored[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const eq = (col: string, v: string | undefined) => {
    if (v) {
      where.push(`${col} = ?`);
      params.push(v);
    }
  };
  eq('kind', f.kind);
  eq('audience', f.audience);
  eq('class', f.class);
  eq('school', f.school);
  eq('policy_version', f.policyVersion);
  if (f.from) {
    where.push('submitted_at >= ?');
    params.push(`${f.from}T00:00:00.000Z`);
  }
  if (f.to) {
    where.push('submitted_at < ?');
    params.push(new Date(Date.parse(`${f.to}T00:00:00.000Z`) + 86400_000).toISOString());
  }
  let sql = `SELECT ${COLUMNS} FROM envelopes${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY submitted_at DESC, id`;
  if (f.limit) sql += ` LIMIT ${Math.floor(f.limit)}`;
  return (await db.all(sql, params)).map(fromRow);
}

export async function getEnvelope(db: Db, id: string): Promise<Stored | undefined> {
  const r = await db.get(`SELECT ${COLUMNS} FROM envelopes WHERE id = ?`, [id.toLowerCase()]);
  return r && fromRow(r);
}

export async function countEnvelopes(db: Db): Promise<number> {
  const r = await db.get<{ n: unknown }>('SELECT COUNT(*) AS n FROM envelopes');
  return Number(r?.n ?? 0);
}

/** The values present in a column for one kind, for the filter menus. */
export async function distinct(db: Db, kind: Kind, col: 'audience' | 'class' | 'policy_version' | 'school'): Promise<string[]> {
  const rows = await db.all<{ v: string }>(`SELECT DISTINCT ${col} AS v FROM envelopes WHERE kind = ? AND ${col} IS NOT NULL ORDER BY ${col}`, [kind]);
  return rows.map((r) => r.v);
}

// ---------------------------------------------------------------------------------------------
// The audit trail (append-only: the database refuses UPDATE and DELETE on it)

export type Action = 'seen' | 'actioned' | 'deleted' | 'user-added' | 'user-removed' | 'roster-uploaded' | 'exported' | 'notify-failed';

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: Action;
  envelopeId: string | null;
  detail: string | null;
}

export async function audit(db: Db, actor: string, action: Action, envelopeId: string | null = null, detail: string | null = null, now = new Date()): Promise<void> {
  await db.run('INSERT INTO audit (at, actor, action, envelope_id, detail) VALUES (?, ?, ?, ?, ?)', [now.toISOString(), actor, action, envelopeId, detail]);
}

const auditRow = (r: Row): AuditEntry => ({
  seq: Number(r.seq),
  at: String(r.at),
  actor: String(r.actor),
  action: r.action as Action,
  envelopeId: (r.envelope_id as string) ?? null,
  detail: (r.detail as string) ?? null,
});

export async function auditFor(db: Db, envelopeId: string): Promise<AuditEntry[]> {
  return (await db.all('SELECT seq, at, actor, action, envelope_id, detail FROM audit WHERE envelope_id = ? ORDER BY seq', [envelopeId.toLowerCase()])).map(auditRow);
}

export async function recentAudit(db: Db, limit = 200): Promise<AuditEntry[]> {
  return (await db.all(`SELECT seq, at, actor, action, envelope_id, detail FROM audit ORDER BY seq DESC LIMIT ${Math.floor(limit)}`)).map(auditRow);
}

/** Concerns, newest first, each with its latest "seen" and "actioned" entries. */
export async function concerns(db: Db, limit = 500): Promise<(Stored & { seen?: AuditEntry; actioned?: AuditEntry })[]> {
  const list = await listEnvelopes(db, { kind: 'concern', limit });
  if (!list.length) return [];
  const marks = (
    await db.all(
      `SELECT seq, at, actor, action, envelope_id, detail FROM audit WHERE action IN ('seen', 'actioned') AND envelope_id IN (${list.map(() => '?').join(', ')}) ORDER BY seq`,
      list.map((e) => e.id),
    )
  ).map(auditRow);
  return list.map((e) => {
    const mine = marks.filter((m) => m.envelopeId === e.id);
    return { ...e, seen: mine.find((m) => m.action === 'seen'), actioned: mine.find((m) => m.action === 'actioned') };
  });
}

// ---------------------------------------------------------------------------------------------
// The roster (replaced as a whole on each upload)

import type { Person } from './roster.js';

export async function replaceRoster(db: Db, people: Person[], by: string, now = new Date()): Promise<void> {
  await db.tx(async (t) => {
    await t.run('DELETE FROM roster');
    for (const p of people) await t.run('INSERT INTO roster (grp, name, class, uploaded_at) VALUES (?, ?, ?, ?)', [p.group, p.name, p.class, now.toISOString()]);
    await audit(t, by, 'roster-uploaded', null, `${people.length} people`, now);
  });
}

export async function roster(db: Db): Promise<{ people: Person[]; uploadedAt: string | null }> {
  const rows = await db.all<{ grp: Person['group']; name: string; class: string | null; uploaded_at: string }>('SELECT grp, name, class, uploaded_at FROM roster ORDER BY seq');
  return { people: rows.map((r) => ({ group: r.grp, name: r.name, class: r.class })), uploadedAt: rows[0]?.uploaded_at ?? null };
}
