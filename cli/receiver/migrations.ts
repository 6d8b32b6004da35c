// The receiver's schema, the same tables and columns on SQLite and PostgreSQL, built by numbered
// migrations recorded in `schema_migrations`. Add a migration at the end; never edit one that
// has shipped. Times are stored as ISO 8601 UTC text ("2026-11-30T14:05:00.000Z") in both
// databases: they sort as text, so every comparison below is the same SQL on both.

import type { Db, Dialect } from './db.js';

interface Migration {
  version: number;
  name: string;
  sql: (d: Dialect) => string;
}

const serial = (d: Dialect) => (d === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGSERIAL PRIMARY KEY');

/** The audit trail is append-only: the database itself refuses UPDATE and DELETE (and TRUNCATE). */
const appendOnly = (d: Dialect) =>
  d === 'sqlite'
    ? `CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed.'); END;
       CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed.'); END;`
    : `CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'The audit trail cannot be changed.'; END $$;
       CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();
       CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();`;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'envelopes, audit trail, users, sessions, roster',
    sql: (d) => `
      CREATE TABLE envelopes (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        audience TEXT,
        school TEXT,
        policy_version TEXT,
        locale TEXT,
        class TEXT,
        submitted_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        spam BOOLEAN NOT NULL DEFAULT FALSE,
        content_type TEXT,
        envelope TEXT NOT NULL,
        raw TEXT NOT NULL
      );
      CREATE INDEX envelopes_kind_received ON envelopes (kind, received_at);
      CREATE TABLE audit (
        seq ${serial(d)},
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        envelope_id TEXT,
        detail TEXT
      );
      CREATE INDEX audit_envelope ON audit (envelope_id);
      ${appendOnly(d)}
      CREATE TABLE users (
        name TEXT PRIMARY KEY,
        password TEXT NOT NULL,
        created_at TEXT NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT
      );
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_name TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
        csrf TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE TABLE roster (
        seq ${serial(d)},
        grp TEXT NOT NULL,
        name TEXT NOT NULL,
        class TEXT,
        uploaded_at TEXT NOT NULL
      );`,
  },
];

/** Brings the schema up to date; resolves with the versions it applied. Safe to run from two processes at once. */
export async function migrate(db: Db): Promise<number[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  return db.tx(async (t) => {
    if (t.dialect === 'postgres') await t.get('SELECT pg_advisory_xact_lock(16016016)');
    const done = new Set((await t.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
    const known = Math.max(...MIGRATIONS.map((m) => m.version));
    const newer = [...done].filter((v) => v > known);
    if (newer.length) throw new Error(`The database has schema version ${Math.max(...newer)}, newer than this esafety-elements knows (${known}): upgrade esafety-elements.`);
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await t.exec(m.sql(t.dialect));
      await t.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
      applied.push(m.version);
    }
    return applied;
  });
}
