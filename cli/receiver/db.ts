// One small interface over the two databases the receiver runs on: SQLite (better-sqlite3, a
// file in the data folder) and PostgreSQL (pg). SQL is written once with `?` placeholders;
// for PostgreSQL they become $1, $2 … Both drivers are optional dependencies, loaded only when
// used, with a clear message when one is missing.

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Dialect = 'sqlite' | 'postgres';
export type Row = Record<string, unknown>;

export interface Db {
  dialect: Dialect;
  /** Where the records are, for messages (a file path, or the database URL without its password). */
  where: string;
  all<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: unknown[]): Promise<T | undefined>;
  /** Runs one statement; resolves with the number of rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /**
   * Runs one statement like `run`, but on SQLite together with the other statements queued in
   * the same turn of the event loop, in one transaction (one disk sync for all: group commit).
   * Resolves only after that transaction is committed.
   */
  runBatched(sql: string, params?: unknown[]): Promise<number>;
  /** Runs a script of statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction (on one connection). */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Thrown when a driver package is not installed: the CLI prints it as it is. */
export class MissingDriver extends Error {}

export async function loadDriver<T>(name: string, why: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new MissingDriver(
        `${why} needs the "${name}" package, which is not installed (it is an optional dependency of esafety-elements). ` +
          `Install it with: npm install ${name === 'better-sqlite3' ? 'better-sqlite3@12' : name}`,
      );
    }
    if (name === 'better-sqlite3') {
      throw new MissingDriver(`better-sqlite3 is installed but did not load (${(e as Error).message}). Rebuild it for this Node with: npm rebuild better-sqlite3`);
    }
    throw e;
  }
}

/** The database for `--database` (a postgres:// URL) or, without one, SQLite in the data folder. */
export async function openDb(opts: { database?: string; data: string }): Promise<Db> {
  if (opts.database) {
    if (!/^postgres(ql)?:\/\//i.test(opts.database)) throw new Error(`--database must be a postgres:// URL; it is "${opts.database}". Without --database the records go to SQLite in the --data folder.`);
    return openPostgres(opts.database);
  }
  const dir = resolve(opts.data);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return openSqlite(join(dir, 'esafety-records.sqlite'));
}

export async function openSqlite(file: string): Promise<Db> {
  type Sqlite = typeof import('better-sqlite3');
  const mod = await loadDriver<{ default: Sqlite }>('better-sqlite3', 'Storing records in SQLite (the default)');
  const Database = mod.default;
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  // FULL: a record acknowledged to a browser survives a power cut, not only a crash.
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  const cache = new Map<string, import('better-sqlite3').Statement>();
  const prep = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = raw.prepare(sql)));
    return s;
  };
  const norm = (params: unknown[]) => params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
  type Queued = { sql: string; params: unknown[]; resolve: (n: number) => void; reject: (e: unknown) => void };
  let queue: Queued[] = [];
  const flush = () => {
    // A transaction of `tx` is open (it awaits between statements): wait for it to end.
    if (raw.inTransaction) return void setImmediate(flush);
    const batch = queue;
    queue = [];
    try {
      const results = raw.transaction(() => batch.map((q) => prep(q.sql).run(...norm(q.params)).changes))();
      batch.forEach((q, i) => q.resolve(results[i]));
    } catch {
      // One statement failed and took the batch with it: run each on its own to find which.
      for (const q of batch) {
        try {
          q.resolve(prep(q.sql).run(...norm(q.params)).changes);
        } catch (e) {
          q.reject(e);
        }
      }
    }
  };
  const db: Db = {
    dialect: 'sqlite',
    where: file,
    all: async <T>(sql: string, params: unknown[] = []) => prep(sql).all(...norm(params)) as T[],
    get: async <T>(sql: string, params: unknown[] = []) => prep(sql).get(...norm(params)) as T | undefined,
    run: async (sql, params = []) => prep(sql).run(...norm(params)).changes,
    runBatched: (sql, params = []) =>
      new Promise<number>((resolve, reject) => {
        if (!queue.length) setImmediate(flush);
        queue.push({ sql, params, resolve, reject });
      }),
    exec: async (sql) => void raw.exec(sql),
    async tx(fn) {
      // better-sqlite3 is synchronous: nothing else runs on this connection between the
      // statements of `fn` as long as `fn` awaits only this database.
      raw.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(db);
        raw.exec('COMMIT');
        return out;
      } catch (e) {
        if (raw.inTransaction) raw.exec('ROLLBACK');
        throw e;
      }
    },
    close: async () => void raw.close(),
  };
  return db;
}

/** `?` → `$1`, `$2` … (the receiver's SQL has no `?` inside string literals). */
export const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export async function openPostgres(url: string): Promise<Db> {
  type Pg = typeof import('pg');
  const mod = await loadDriver<{ default: Pg }>('pg', 'Storing records in PostgreSQL (--database)');
  const pool = new mod.default.Pool({ connectionString: url, max: 10 });
  const where = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  try {
    await pool.query('SELECT 1');
  } catch (e) {
    await pool.end();
    throw new Error(`Cannot connect to PostgreSQL at ${where}: ${(e as Error).message}`);
  }
  type Q = { query: (sql: string, params?: unknown[]) => Promise<{ rows: Row[]; rowCount: number | null }> };
  const over = (q: Q, isTx: boolean): Db => {
    const db: Db = {
      dialect: 'postgres',
      where,
      all: async <T>(sql: string, params: unknown[] = []) => (await q.query(numbered(sql), params)).rows as T[],
      get: async <T>(sql: string, params: unknown[] = []) => (await q.query(numbered(sql), params)).rows[0] as T | undefined,
      run: async (sql, params = []) => (await q.query(numbered(sql), params)).rowCount ?? 0,
      // PostgreSQL commits concurrent transactions together by itself.
      runBatched: (sql, params = []) => db.run(sql, params),
      exec: async (sql) => void (await q.query(sql)),
      async tx(fn) {
        if (isTx) return fn(db);
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const out = await fn(over(client as unknown as Q, true));
          await client.query('COMMIT');
          return out;
        } catch (e) {
          await client.query('ROLLBACK').catch(() => {});
          throw e;
        } finally {
          client.release();
        }
      },
      close: async () => (isTx ? undefined : pool.end()),
    };
    return db;
  };
  return over(pool as unknown as Q, false);
}
