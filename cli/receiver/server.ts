// The receiver's HTTP server: intake at /api/submissions (the three formats, CORS only for the
// school's own site origins, size and rate limits, the acknowledgement {"ok":true,"id":…}),
// and the DSL's inbox under /inbox behind a login.

import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { csrfOk, login, logout, session, type Session } from './auth.js';
import { flatten } from '../../src/submit/transport.js';
import { toCsv } from './csv.js';
import type { Db } from './db.js';
import { MAX_BODY_BYTES, checkEnvelope, headerValue, parseEnvelope, readBody } from './envelope-parse.mjs';
import { page, STYLE } from './html.js';
import { RateLimit } from './limits.js';
import type { Notifier } from './notify.js';
import { auditBody, concernBody, concernsBody, loginBody, messageBody, recordsBody, signedBody, signers } from './pages.js';
import { parseRoster, RosterError, signedReport } from './roster.js';
import { audit, auditFor, concerns, distinct, getEnvelope, insertEnvelope, listEnvelopes, recentAudit, replaceRoster, roster, type Filter, type Kind } from './store.js';

export interface ServerOptions {
  db: Db;
  /** The school sites allowed to submit from a browser ("https://school.example"). */
  origins: string[];
  host: string;
  port: number;
  /** Behind a reverse proxy that terminates HTTPS: trust X-Forwarded-Proto and X-Forwarded-For (the last hop). */
  behindProxy?: boolean;
  tls?: { cert: Buffer; key: Buffer };
  /** Submissions a minute from one address. */
  ratePerMinute?: number;
  maxBodyBytes?: number;
  notifier?: Notifier;
  log?: (line: string) => void;
}

export interface Running {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export const isLoopback = (host: string): boolean => /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(host);

/** Why these network settings are refused, or null. https is required everywhere but on this machine. */
export function networkProblem(o: Pick<ServerOptions, 'host' | 'behindProxy' | 'tls' | 'origins'>): string | null {
  if (!isLoopback(o.host) && !o.behindProxy && !o.tls) {
    return `Refusing to listen on ${o.host} over plain http: records are personal data. Either put the receiver behind a reverse proxy that serves https (--behind-proxy, keeping --host 127.0.0.1), or give it a certificate (--tls-cert and --tls-key). Plain http is only for localhost.`;
  }
  for (const origin of o.origins) {
    let u: URL;
    try {
      u = new URL(origin);
    } catch {
      return `--origin "${origin}" is not a URL; give the school site's origin, like https://school.example`;
    }
    if (u.origin !== origin.replace(/\/$/, '')) return `--origin "${origin}" must be an origin only (scheme, host and port, no path), like ${u.origin}`;
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && isLoopback(u.hostname))) return `--origin "${origin}" must use https (http only for localhost).`;
  }
  return null;
}

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  // Not no-referrer: with it Chromium sends "Origin: null" on the inbox's own forms, and the
  // Origin check below would refuse them. same-origin still sends nothing to other sites.
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  // No script at all; styles only from the receiver's own stylesheet.
  'Content-Security-Policy': "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
};

const KINDS: Kind[] = ['agreement', 'quiz', 'concern'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SESSION_COOKIE = 'esafety_session';

export async function startServer(o: ServerOptions): Promise<Running> {
  const problem = networkProblem(o);
  if (problem) throw new Error(problem);
  const origins = new Set(o.origins.map((x) => x.replace(/\/$/, '')));
  const intakeLimit = new RateLimit(o.ratePerMinute ?? 600);
  const loginLimit = new RateLimit(20);
  const maxBody = o.maxBodyBytes ?? MAX_BODY_BYTES;
  const log = o.log ?? (() => {});
  const db = o.db;
  const pending = new Set<Promise<unknown>>();

  const secure = (req: IncomingMessage) => !!o.tls || (!!o.behindProxy && headerValue(req.headers['x-forwarded-proto'])?.split(',')[0].trim() === 'https');
  const clientIp = (req: IncomingMessage) => {
    const fwd = o.behindProxy ? headerValue(req.headers['x-forwarded-for']) : null;
    return fwd ? fwd.split(',').pop()!.trim() : (req.socket.remoteAddress ?? '?');
  };
  const selfOrigin = (req: IncomingMessage) => `${secure(req) ? 'https' : 'http'}://${headerValue(req.headers.host) ?? ''}`;
  const common = (req: IncomingMessage): Record<string, string> => (secure(req) ? { 'Strict-Transport-Security': 'max-age=31536000' } : {});

  const json = (res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) => {
    const body = JSON.stringify(value);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
    res.end(body);
  };
  const html = (req: IncomingMessage, res: ServerResponse, status: number, content: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { ...PAGE_HEADERS, ...common(req), 'Content-Length': String(Buffer.byteLength(content)), ...headers });
    res.end(req.method === 'HEAD' ? undefined : content);
  };
  const redirect = (req: IncomingMessage, res: ServerResponse, to: string, headers: Record<string, string> = {}) => {
    res.writeHead(303, { Location: to, 'Cache-Control': 'no-store', ...common(req), ...headers });
    res.end();
  };

  // ------------------------------------------------------------------------------------------
  // Intake

  async function intake(req: IncomingMessage, res: ServerResponse) {
    const origin = headerValue(req.headers.origin);
    const allowed = origin !== null && origins.has(origin);
    // A browser on another site gets no CORS headers, so it cannot read the answer either.
    if (origin !== null && !allowed) {
      req.resume();
      return json(res, 403, { ok: false, error: `Submissions from ${origin} are not accepted here: the receiver takes them only from ${[...origins].join(', ') || 'no site (none configured)'}.` });
    }
    const cors: Record<string, string> = allowed ? { 'Access-Control-Allow-Origin': origin!, Vary: 'Origin', 'Access-Control-Expose-Headers': 'Retry-After' } : { Vary: 'Origin' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key', 'Access-Control-Max-Age': '600', 'Content-Length': '0' });
      return res.end();
    }
    if (req.method !== 'POST') {
      req.resume();
      return json(res, 405, { ok: false, error: `${req.method} is not allowed here: POST an envelope.` }, { ...cors, Allow: 'POST, OPTIONS' });
    }
    const wait = intakeLimit.take(clientIp(req));
    if (wait) {
      req.resume();
      return json(res, 429, { ok: false, error: `Too many submissions from one address: try again in ${wait} s.` }, { ...cors, 'Retry-After': String(wait) });
    }
    const body = await readBody(req, maxBody);
    if (body.aborted) return;
    if (body.tooLarge) return json(res, 413, { ok: false, error: `The body is larger than ${Math.round(maxBody / 1024)} KiB.` }, { ...cors, Connection: 'close' });
    const raw = body.buf.toString('utf8');
    const contentType = headerValue(req.headers['content-type']);
    const parsed = parseEnvelope(raw, contentType, headerValue(req.headers['idempotency-key']));
    if (!parsed.envelope) return json(res, parsed.status, { ok: false, error: parsed.error }, cors);
    const wrong = checkEnvelope(parsed.envelope);
    if (wrong) return json(res, 422, { ok: false, error: wrong }, cors);
    const id = parsed.envelope.id.toLowerCase();
    const isNew = await insertEnvelope(db, parsed.envelope, raw, contentType);
    json(res, isNew ? 201 : 200, { ok: true, id }, cors);
    if (isNew) log(`stored ${parsed.envelope.kind} ${id}`);
    if (isNew && parsed.envelope.kind === 'concern' && o.notifier) {
      const p = (async () => {
        const stored = await getEnvelope(db, id);
        if (stored) await o.notifier!.concern(stored);
      })()
        .catch(async (e) => {
          log(`could not email the DSL about concern ${id}: ${(e as Error).message}`);
          await audit(db, 'receiver', 'notify-failed', id, (e as Error).message.slice(0, 500)).catch(() => {});
        })
        .finally(() => pending.delete(p));
      pending.add(p);
    }
  }

  // ------------------------------------------------------------------------------------------
  // The inbox

  const cookies = (req: IncomingMessage) =>
    Object.fromEntries((headerValue(req.headers.cookie) ?? '').split(';').map((c) => c.trim().split('=')).filter((p) => p.length === 2)) as Record<string, string>;

  const sessionCookie = (req: IncomingMessage, value: string, maxAge: number) =>
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure(req) ? '; Secure' : ''}`;

  /** The body of a POST form (urlencoded or multipart), up to `limit` bytes. */
  async function form(req: IncomingMessage, limit: number): Promise<FormData | null> {
    const body = await readBody(req, limit);
    if (body.aborted || body.tooLarge) return null;
    const type = headerValue(req.headers['content-type']) ?? '';
    if (/^multipart\/form-data/i.test(type)) {
      try {
        return await new Request('http://receiver/', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(body.buf) }).formData();
      } catch {
        return null;
      }
    }
    const fd = new FormData();
    for (const [k, v] of new URLSearchParams(body.buf.toString('utf8'))) fd.append(k, v);
    return fd;
  }

  /** A POST from another site is refused before anything else (SameSite=Strict already keeps the cookie off it). */
  const sameOrigin = (req: IncomingMessage) => {
    const origin = headerValue(req.headers.origin);
    return origin === null || origin === selfOrigin(req);
  };

  async function loginRoute(req: IncomingMessage, res: ServerResponse) {
    if (req.method === 'GET' || req.method === 'HEAD') return html(req, res, 200, page({ title: 'Sign in', body: loginBody() }));
    if (req.method !== 'POST') return html(req, res, 405, page({ title: 'Not allowed', body: messageBody('Not allowed', 'Use the sign-in form.') }), { Allow: 'GET, POST' });
    if (!sameOrigin(req)) return html(req, res, 403, page({ title: 'Refused', body: messageBody('Refused', 'This form was sent from another site.') }));
    const wait = loginLimit.take(clientIp(req));
    if (wait) {
      req.resume();
      return html(req, res, 429, page({ title: 'Sign in', body: loginBody(`Too many attempts from this address: wait ${wait} seconds and try again.`) }), { 'Retry-After': String(wait) });
    }
    const f = await form(req, 16 * 1024);
    const name = String(f?.get('name') ?? '').trim();
    const password = String(f?.get('password') ?? '');
    if (!name || !password) return html(req, res, 400, page({ title: 'Sign in', body: loginBody('Fill in your user name and password.', name) }));
    const r = await login(db, name, password);
    if (!r.ok) {
      const msg = r.locked
        ? `Too many wrong passwords: this account is locked until ${r.locked.slice(11, 16)} UTC. Ask another administrator, or wait.`
        : 'The user name or password is wrong.';
      log(`failed sign-in for "${name.slice(0, 64)}" from ${clientIp(req)}${r.locked ? ' (locked)' : ''}`);
      return html(req, res, r.locked ? 423 : 401, page({ title: 'Sign in', body: loginBody(msg, name) }));
    }
    return redirect(req, res, '/inbox', { 'Set-Cookie': sessionCookie(req, r.token, 8 * 3600) });
  }

  async function inbox(req: IncomingMessage, res: ServerResponse, url: URL, s: Session) {
    const path = url.pathname.replace(/\/$/, '') || '/inbox';
    const get = req.method === 'GET' || req.method === 'HEAD';
    const show = (status: number, title: string, current: string | undefined, body: ReturnType<typeof loginBody>) =>
      html(req, res, status, page({ title, current, user: s.user, csrf: s.csrf, body }));
    const notFound = () => show(404, 'Not found', undefined, messageBody('Not found', 'There is no such page or record (records are deleted after their retention period).'));

    if (!get) {
      if (req.method !== 'POST') return show(405, 'Not allowed', undefined, messageBody('Not allowed', 'That is not something this page does.'));
      if (!sameOrigin(req)) return show(403, 'Refused', undefined, messageBody('Refused', 'This form was sent from another site.'));
      const f = await form(req, path === '/inbox/roster' ? 2 * 1024 * 1024 : 16 * 1024);
      if (!f) return show(413, 'Too large', undefined, messageBody('Not accepted', 'The form could not be read, or the file is larger than 2 MB.'));
      if (!csrfOk(s, f.get('csrf'))) return show(403, 'Refused', undefined, messageBody('Refused', 'The form’s security token is missing or out of date: go back, reload the page and try again.'));
      const mark = /^\/inbox\/concerns\/([0-9a-f-]{36})\/mark$/.exec(path);
      if (mark) {
        const action = f.get('action');
        if (action !== 'seen' && action !== 'actioned') return show(400, 'Not accepted', undefined, messageBody('Not accepted', 'Mark a concern as seen or actioned.'));
        const c = await getEnvelope(db, mark[1]);
        if (!c || c.kind !== 'concern') return notFound();
        await audit(db, s.user, action, c.id);
        return redirect(req, res, `/inbox/concerns/${c.id}`);
      }
      if (path === '/inbox/roster') {
        const file = f.get('roster');
        const text = typeof file === 'string' ? file : file ? await file.text() : '';
        const rep = await signedPage(s);
        try {
          const people = parseRoster(text);
          await replaceRoster(db, people, s.user);
          return redirect(req, res, '/inbox/signed');
        } catch (e) {
          if (!(e instanceof RosterError)) throw e;
          return show(400, 'Who has signed', 'Who has signed', signedBody(rep.report, rep.versions, rep.uploadedAt, s.csrf, { error: e.message }));
        }
      }
      return notFound();
    }

    if (path === '/inbox') return show(200, 'Concerns', 'Concerns', concernsBody(await concerns(db)));
    const one = /^\/inbox\/concerns\/([0-9a-f-]{36})$/.exec(path);
    if (one) {
      const c = await getEnvelope(db, one[1]);
      if (!c || c.kind !== 'concern') return notFound();
      return show(200, 'Concern', 'Concerns', concernBody(c, await auditFor(db, c.id), s.csrf));
    }
    if (path === '/inbox/records' || path === '/inbox/records.csv') {
      const q = url.searchParams;
      const kind = (KINDS.includes(q.get('kind') as Kind) ? q.get('kind') : 'agreement') as Kind;
      const f: Filter = { kind };
      for (const k of ['audience', 'class', 'school'] as const) if (q.get(k)) f[k] = q.get(k)!.slice(0, 200);
      for (const k of ['from', 'to'] as const) if (q.get(k) && DATE.test(q.get(k)!)) f[k] = q.get(k)!;
      const list = await listEnvelopes(db, f);
      if (path.endsWith('.csv')) {
        await audit(db, s.user, 'exported', null, `${list.length} ${kind} records (${url.search})`);
        const csv = toCsvRecords(list);
        res.writeHead(200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${kind}-records.csv"`,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          ...common(req),
        });
        return res.end('\uFEFF' + csv);
      }
      const choices = { audience: await distinct(db, kind, 'audience'), class: await distinct(db, kind, 'class'), school: await distinct(db, kind, 'school') };
      const title = { agreement: 'Agreements', quiz: 'Quiz results', concern: 'Concerns' }[kind];
      return show(200, title, kind === 'concern' ? undefined : title, recordsBody(kind, f, list, choices, q.toString()));
    }
    if (path === '/inbox/signed') {
      const rep = await signedPage(s, url.searchParams.get('version'));
      return show(200, 'Who has signed', 'Who has signed', signedBody(rep.report, rep.versions, rep.uploadedAt, s.csrf));
    }
    if (path === '/inbox/audit') return show(200, 'Audit trail', 'Audit trail', auditBody(await recentAudit(db)));
    return notFound();
  }

  /** The roster report for a version (by default the version of the newest agreement received). */
  async function signedPage(_s: Session, asked?: string | null) {
    const agreements = await listEnvelopes(db, { kind: 'agreement' });
    const versions = await distinct(db, 'agreement', 'policy_version');
    const version = asked === '' ? null : asked && versions.includes(asked) ? asked : (agreements.find((e) => e.policyVersion)?.policyVersion ?? null);
    const r = await roster(db);
    return { report: signedReport(r.people, agreements, version), versions, uploadedAt: r.uploadedAt };
  }

  // ------------------------------------------------------------------------------------------
  // Routing

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://receiver');
    const path = url.pathname;
    if (o.behindProxy && !secure(req) && path !== '/healthz') {
      req.resume();
      return json(res, 403, { ok: false, error: 'This receiver is only served over https.' });
    }
    if (path === '/api/submissions') return intake(req, res);
    if (path === '/healthz') return json(res, 200, { ok: true });
    if (path === '/' ) return redirect(req, res, '/inbox');
    if (path === '/inbox/style.css') {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600', 'X-Content-Type-Options': 'nosniff' });
      return res.end(STYLE);
    }
    if (path === '/login') return loginRoute(req, res);
    const token = cookies(req)[SESSION_COOKIE];
    if (path === '/logout' && req.method === 'POST') {
      const s = await session(db, token);
      const f = await form(req, 16 * 1024);
      if (s && sameOrigin(req) && csrfOk(s, f?.get('csrf'))) await logout(db, token!);
      return redirect(req, res, '/login', { 'Set-Cookie': sessionCookie(req, '', 0) });
    }
    if (path === '/inbox' || path.startsWith('/inbox/')) {
      const s = await session(db, token);
      if (!s) {
        req.resume();
        return redirect(req, res, '/login');
      }
      return inbox(req, res, url, s);
    }
    req.resume();
    json(res, 404, { ok: false, error: `Nothing at ${path}. Submissions go to POST /api/submissions; the inbox is at /inbox.` });
  }

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((e) => {
      log(`error on ${req.method} ${req.url}: ${(e as Error).stack ?? e}`);
      if (!res.headersSent) json(res, 500, { ok: false, error: 'The receiver failed to store or show this; nothing was saved if this was a submission. Try again.' });
      else res.destroy();
    });
  };
  const server = o.tls ? createHttps({ cert: o.tls.cert, key: o.tls.key }, onRequest) : createHttp(onRequest);
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    server,
    url: `${o.tls ? 'https' : 'http'}://${host}:${addr.port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections?.();
      });
      await Promise.allSettled([...pending]);
    },
  };
}

/** Records as CSV: the envelope's fields, then its data flattened into one column per path ("data.signatures.pupil.first-name"). */
export function toCsvRecords(list: import('./store.js').Stored[]): string {
  const flat = list.map((e) => Object.fromEntries(flatten(e.envelope.data)) as Record<string, unknown>);
  const cols: string[] = [];
  const seen = new Set<string>();
  for (const f of flat) for (const k of Object.keys(f)) if (!seen.has(k)) (seen.add(k), cols.push(k));
  const head = ['id', 'kind', 'audience', 'class', 'school', 'policy_version', 'locale', 'submitted_at', 'received_at', 'possibly_automated', 'signed_by', ...cols.map((c) => `data.${c}`)];
  return toCsv([
    head,
    ...list.map((e, i) => [e.id, e.kind, e.audience, e.class, e.school, e.policyVersion, e.locale, e.submittedAt, e.receivedAt, e.spam ? 'yes' : '', e.kind === 'agreement' ? signers(e) : '', ...cols.map((c) => flat[i][c])]),
  ]);
}
