// The inbox's users and sessions. Passwords: scrypt (node:crypto) with a random salt, compared
// in constant time. Sessions: a random token in an HttpOnly SameSite=Strict cookie; the database
// keeps only its SHA-256, with a per-session CSRF token for the POST forms. After MAX_FAILURES
// wrong passwords in a row an account is locked for LOCK_MINUTES.

import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Db } from './db.js';
import { audit } from './store.js';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number, opts: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;
const COST = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
export const SESSION_HOURS = 8;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, 64, COST);
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, key] = stored.split('$');
  if (alg !== 'scrypt' || !key) return false;
  const want = Buffer.from(key, 'base64');
  const got = await scrypt(password, Buffer.from(salt, 'base64'), want.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: COST.maxmem });
  return timingSafeEqual(got, want);
}

/** A password to hand to a new user: 20 random characters, no look-alikes. */
export function newPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(20)].map((b) => alphabet[b % alphabet.length]).join('');
}

export function checkUserName(name: string): void {
  if (!NAME.test(name)) throw new Error(`"${name}" cannot be a user name: use 1–64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit.`);
}

export async function addUser(db: Db, name: string, password: string, by: string): Promise<void> {
  checkUserName(name);
  if (password.length < 12) throw new Error('The password must be at least 12 characters long.');
  const hash = await hashPassword(password);
  const added = await db.run('INSERT INTO users (name, password, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING', [name, hash, new Date().toISOString()]);
  if (!added) throw new Error(`There is already a user called "${name}".`);
  await audit(db, by, 'user-added', null, name);
}

/** Removes a user and ends their sessions. */
export async function removeUser(db: Db, name: string, by: string): Promise<void> {
  const removed = await db.run('DELETE FROM users WHERE name = ?', [name]);
  if (!removed) throw new Error(`There is no user called "${name}".`);
  await audit(db, by, 'user-removed', null, name);
}

export async function listUsers(db: Db): Promise<{ name: string; createdAt: string; lockedUntil: string | null }[]> {
  const rows = await db.all<{ name: string; created_at: string; locked_until: string | null }>('SELECT name, created_at, locked_until FROM users ORDER BY name');
  return rows.map((r) => ({ name: r.name, createdAt: r.created_at, lockedUntil: r.locked_until }));
}

export type LoginResult = { ok: true; token: string } | { ok: false; locked?: string };

// A hash to check against when the name is unknown, so that both cases take as long.
let dummy: Promise<string> | undefined;

/** Checks a name and password; on success opens a session and resolves with its token (for the cookie). */
export async function login(db: Db, name: string, password: string, now = new Date()): Promise<LoginResult> {
  const user = await db.get<{ name: string; password: string; failures: number; locked_until: string | null }>(
    'SELECT name, password, failures, locked_until FROM users WHERE name = ?',
    [name],
  );
  if (!user) {
    await verifyPassword(password, await (dummy ??= hashPassword(newPassword())));
    return { ok: false };
  }
  if (user.locked_until && user.locked_until > now.toISOString()) return { ok: false, locked: user.locked_until };
  if (!(await verifyPassword(password, user.password))) {
    // Counted in the database (not read-modify-write), so parallel guesses are all counted.
    await db.run('UPDATE users SET failures = failures + 1 WHERE name = ?', [name]);
    const failures = Number((await db.get<{ failures: number }>('SELECT failures FROM users WHERE name = ?', [name]))?.failures ?? 0);
    if (failures < MAX_FAILURES) return { ok: false };
    const lock = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
    await db.run('UPDATE users SET failures = 0, locked_until = ? WHERE name = ?', [lock, name]);
    return { ok: false, locked: lock };
  }
  await db.run('UPDATE users SET failures = 0, locked_until = NULL WHERE name = ?', [name]);
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  await db.run('INSERT INTO sessions (id, user_name, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)', [
    digest(token),
    name,
    randomBytes(24).toString('base64url'),
    now.toISOString(),
    expires,
  ]);
  return { ok: true, token };
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Session {
  user: string;
  csrf: string;
}

export async function session(db: Db, token: string | undefined, now = new Date()): Promise<Session | undefined> {
  if (!token || token.length > 100) return undefined;
  const r = await db.get<{ user_name: string; csrf: string }>('SELECT user_name, csrf FROM sessions WHERE id = ? AND expires_at > ?', [digest(token), now.toISOString()]);
  return r && { user: r.user_name, csrf: r.csrf };
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE id = ?', [digest(token)]);
}

/** Constant-time comparison of the form's CSRF token with the session's. */
export function csrfOk(s: Session, sent: unknown): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(s.csrf);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function purgeSessions(db: Db, now = new Date()): Promise<void> {
  await db.run('DELETE FROM sessions WHERE expires_at <= ?', [now.toISOString()]);
}
