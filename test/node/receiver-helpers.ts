// Shared by the receiver tests: a throwaway PostgreSQL 15 cluster from Debian's binaries, fresh
// databases on SQLite and PostgreSQL, a running receiver, envelopes and an HTTP client that
// keeps the session cookie.

import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, openPostgres, type Db } from '../../cli/receiver/db.js';
import { migrate } from '../../cli/receiver/migrations.js';
import { startServer, type Running, type ServerOptions } from '../../cli/receiver/server.js';

const PG_BIN = '/usr/lib/postgresql/15/bin';

const cleanups: (() => unknown)[] = [];
/** Closes everything the helpers opened, newest first: each test file calls it once, in after(). */
export async function closeAll(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!();
}
const later = (fn: () => unknown) => void cleanups.push(fn);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

let cluster: Promise<{ url: (db: string) => string; admin: Db }> | undefined;

/**
 * A PostgreSQL 15 cluster for this test process, stopped and deleted when it ends. As root the
 * server runs as the postgres user (it refuses to run as root).
 */
export function postgres() {
  return (cluster ??= (async () => {
    if (!existsSync(`${PG_BIN}/initdb`)) {
      throw new Error(`The receiver tests need PostgreSQL 15's server binaries in ${PG_BIN} (they start a throwaway cluster). Install them with: apt-get install -y postgresql`);
    }
    const root = process.getuid?.() === 0;
    const dir = mkdtempSync(join(tmpdir(), 'esafety-pg-'));
    chmodSync(dir, 0o700);
    if (root) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      chownSync(dir, uid, gid);
    }
    const as = (cmd: string, args: string[]) => {
      const r = root ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' }) : spawnSync(cmd, args, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
    };
    const port = await freePort();
    as(`${PG_BIN}/initdb`, ['-D', `${dir}/data`, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    as(`${PG_BIN}/pg_ctl`, ['-D', `${dir}/data`, '-l', `${dir}/log`, '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`, 'start']);
    later(() => {
      try {
        as(`${PG_BIN}/pg_ctl`, ['-D', `${dir}/data`, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
    const url = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
    const admin = await openPostgres(url('postgres'));
    later(() => admin.close());
    return { url, admin };
  })());
}

let n = 0;
export type Dialect = 'sqlite' | 'postgres';
export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

/** A fresh, migrated database of the dialect, closed (and deleted) after the test file. */
export async function freshDb(dialect: Dialect): Promise<Db> {
  let db: Db;
  if (dialect === 'postgres') {
    const pg = await postgres();
    const name = `t${process.pid}_${++n}`;
    await pg.admin.exec(`CREATE DATABASE ${name}`);
    db = await openDb({ database: pg.url(name), data: '' });
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'esafety-sqlite-'));
    db = await openDb({ data: dir });
    later(() => rmSync(dir, { recursive: true, force: true }));
  }
  await migrate(db);
  later(() => db.close());
  return db;
}

export const SITE = 'http://localhost:8111';

export async function receiver(db: Db, extra: Partial<ServerOptions> = {}): Promise<Running> {
  const r = await startServer({ db, origins: [SITE], host: '127.0.0.1', port: 0, ratePerMinute: 100_000, ...extra });
  later(() => r.close());
  return r;
}

export function envelope(kind: 'agreement' | 'concern' | 'quiz', data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    kind,
    locale: 'en-GB',
    school: 'Larkspur Lane Primary School',
    policyVersion: '2026.1',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    submittedAt: new Date().toISOString(),
    data,
    ...extra,
  };
}

export const concernData = (extra: Record<string, unknown> = {}) => ({
  reporter: 'pupil',
  category: 'unkind',
  categoryLabel: 'Someone was unkind online',
  what: 'A message in the class chat called me names.',
  anonymous: false,
  name: 'Robin Ash',
  contact: '5 Willow',
  ...extra,
});

/** POST an envelope as text/plain from the school site. */
export async function submit(url: string, env: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: SITE, ...headers },
    body: typeof env === 'string' ? env : JSON.stringify(env),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { ok: boolean; id?: string; error?: string } };
}

/** A browser-like client for the inbox: keeps the session cookie, sends the Origin of the receiver. */
export class Client {
  cookie = '';
  constructor(readonly base: string) {}
  async get(path: string) {
    const res = await fetch(this.base + path, { headers: { Cookie: this.cookie }, redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location'), text: await res.text(), headers: res.headers };
  }
  async post(path: string, fields: Record<string, string> | FormData, headers: Record<string, string> = {}) {
    const body = fields instanceof FormData ? fields : new URLSearchParams(fields);
    const res = await fetch(this.base + path, { method: 'POST', body, headers: { Cookie: this.cookie, Origin: this.base, ...headers }, redirect: 'manual' });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0];
    return { status: res.status, location: res.headers.get('location'), text: await res.text(), headers: res.headers };
  }
  async login(name: string, password: string) {
    return this.post('/login', { name, password });
  }
  /** The CSRF token on the last page that had a form. */
  static csrf(html: string): string {
    const m = /name="csrf" value="([^"]+)"/.exec(html);
    if (!m) throw new Error('no CSRF token on the page');
    return m[1];
  }
}
