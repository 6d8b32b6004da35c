// The demo receiver (`npm start`) and the test receiver (@web/test-runner): an endpoint that
// takes submission envelopes in the three formats the outbox sends (DESIGN.md, "Public
// contract"), de-duplicates them by id and lists what arrived. Node built-ins only.
//
//   createReceiver({ file })   durable: one JSON line per record, fsynced before the answer
//   createTestReceiver()       in memory, plus /__receiver/* to make it fail on demand
//   koaMiddleware(handler)     adapts either for @web/dev-server (Koa)
//
// Both return a connect-style `(req, res, next)` handler (Vite mounts it as is). A path it does
// not serve goes to `next()`. It also returns a promise that settles when it has finished with
// the request (true) or passed it on (false); connect ignores it, koaMiddleware waits for it.
//
// Everything a submission carries comes from the public internet: it is only ever written out
// escaped, and the inbox page runs no script at all (its CSP says so).

import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { MAX_BODY_BYTES, headerValue, parseEnvelope, readBody } from '../cli/receiver/envelope-parse.mjs';

// The parsing is shared with `esafety-elements receive`; re-exported for the existing importers.
export { MAX_BODY_BYTES, parseEnvelope, readBody, unflatten } from '../cli/receiver/envelope-parse.mjs';

// ---------------------------------------------------------------------------------------------
// The two receivers

/**
 * The demo receiver: stores every new envelope durably in `file` (JSON lines, appended and
 * fsynced before the answer), rebuilding its id index from that file on start-up.
 * @param {{ file: string }} options
 */
export function createReceiver({ file }) {
  if (!file) throw new TypeError('createReceiver: `file` is required');
  return makeHandler({ store: fileStore(resolve(file)), test: false });
}

/** The same endpoint in memory, plus the control API under /__receiver/ for browser tests. */
export function createTestReceiver() {
  return makeHandler({ store: memoryStore(), test: true });
}

/**
 * Adapts a receiver handler to Koa middleware (@web/dev-server, @web/test-runner): a request the
 * receiver serves is answered by it directly (`ctx.respond = false`); anything else goes on to
 * `next()`.
 */
export function koaMiddleware(handler) {
  return async (ctx, next) => {
    let passed = false;
    let passError;
    const done = handler(ctx.req, ctx.res, (err) => {
      passed = true;
      passError = err;
    });
    if (passed) {
      if (passError) throw passError;
      return next();
    }
    ctx.respond = false;
    await done;
    // No answer at all (a planned destroy, or the client gave up): Koa's default 404 would make
    // @web/test-runner report a "404 network request". 499: client closed request, as nginx logs it.
    if (!ctx.res.headersSent) ctx.res.statusCode = 499;
  };
}

// ---------------------------------------------------------------------------------------------
// Stores: records in arrival order and an index of ids. `add` is synchronous, so the check for
// a duplicate and the write can never interleave with another request.

function memoryStore() {
  const records = [];
  const ids = new Set();
  return {
    records,
    has: (id) => ids.has(id.toLowerCase()),
    add(record) {
      ids.add(record.envelope.id.toLowerCase());
      records.push(record);
    },
    clear() {
      records.length = 0;
      ids.clear();
    },
  };
}

function fileStore(file) {
  const mem = memoryStore();
  const dir = dirname(file);
  const fresh = !existsSync(file);
  mkdirSync(dir, { recursive: true });
  const fd = openSync(file, 'a+');
  if (fresh) syncDir(dir);

  // Rebuild the index. A line that does not parse (a torn write from a crash) is skipped, and a
  // missing final newline is added so the next record starts on its own line.
  const text = readFileSync(file, 'utf8');
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const record = JSON.parse(line);
      if (record && typeof record.envelope?.id === 'string' && !mem.has(record.envelope.id)) {
        mem.add(record);
      }
    } catch {
      skipped++;
    }
  }
  if (skipped) console.warn(`[receiver] ${file}: skipped ${skipped} unreadable line(s)`);
  if (fstatSync(fd).size > 0 && !endsWithNewline(fd)) {
    writeSync(fd, '\n');
    fsyncSync(fd);
  }

  return {
    ...mem,
    file,
    add(record) {
      writeSync(fd, JSON.stringify(record) + '\n');
      fsyncSync(fd);
      mem.add(record);
    },
    close: () => closeSync(fd),
  };
}

function endsWithNewline(fd) {
  const size = fstatSync(fd).size;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

/** Makes a new file's directory entry durable too (a no-op where directories cannot be opened). */
function syncDir(dir) {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* Windows */
  }
}

// ---------------------------------------------------------------------------------------------
// The handler

function makeHandler({ store, test }) {
  const plan = [];
  const log = [];
  const attempts = new Map();

  const state = { store, plan, log, attempts, test };

  const handler = (req, res, next) => {
    let path;
    try {
      path = new URL(req.url ?? '/', 'http://receiver').pathname;
    } catch {
      path = '';
    }
    const method = req.method ?? 'GET';
    let route;
    if (path === '/api/submissions') route = submissions;
    else if ((path === '/inbox' || path === '/inbox/') && (method === 'GET' || method === 'HEAD')) route = inbox;
    else if (test && path.startsWith('/__receiver/')) route = control;
    if (!route) {
      next();
      return Promise.resolve(false);
    }
    return route(state, req, res, path, method)
      .catch((err) => {
        console.error('[receiver]', err);
        if (!res.headersSent && !res.destroyed) sendJson(res, 500, { error: 'The receiver failed: ' + String(err?.message ?? err) }, CORS);
        else if (!res.writableEnded) res.destroy();
      })
      .then(() => true);
  };
  handler.records = () => store.records.slice();
  if (store.file) handler.file = store.file;
  if (store.close) handler.close = store.close;
  return handler;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  // Retry-After is not a CORS-safelisted response header: without this a cross-origin page
  // cannot read it.
  'Access-Control-Expose-Headers': 'Retry-After',
};

const PRIVATE = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

async function submissions(state, req, res, _path, method) {
  if (method === 'OPTIONS') {
    res.writeHead(204, {
      ...CORS,
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
      'Access-Control-Max-Age': '600',
      'Content-Length': '0',
    });
    res.end();
    return;
  }
  if (method === 'POST') return receive(state, req, res);
  // Reading back what arrived is for this origin only (no Access-Control-Allow-Origin): it is
  // personal data, and any other site open in the same browser could otherwise fetch it.
  if (method === 'GET' || method === 'HEAD') return sendJson(res, 200, state.store.records, PRIVATE, method === 'HEAD');
  sendJson(res, 405, { error: `${method} is not allowed here; POST an envelope.` }, { ...CORS, Allow: 'GET, HEAD, POST, OPTIONS' });
}

/** POST /api/submissions, with the test plan applied when there is one. */
async function receive(state, req, res) {
  const { store, test } = state;
  const behaviour = test && state.plan.length ? state.plan.shift() : null;

  const body = await readBody(req, MAX_BODY_BYTES);
  if (body.aborted) return;

  const contentType = headerValue(req.headers['content-type']);
  const idempotencyKey = headerValue(req.headers['idempotency-key']);
  const parsed = body.tooLarge
    ? { status: 413, error: `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.` }
    : parseEnvelope(body.buf.toString('utf8'), contentType, idempotencyKey);
  const id = parsed.envelope?.id ?? null;

  let entry;
  if (test) {
    if (id) state.attempts.set(id.toLowerCase(), (state.attempts.get(id.toLowerCase()) ?? 0) + 1);
    entry = {
      id,
      at: new Date().toISOString(),
      behaviour,
      contentType,
      idempotencyKey,
      credentials: Boolean(req.headers.cookie || req.headers.authorization),
      referer: headerValue(req.headers.referer),
      status: null,
      outcome: null,
    };
    state.log.push(entry);
  }
  const finish = (status, outcome) => {
    if (entry) Object.assign(entry, { status, outcome });
  };

  const record = () => ({
    receivedAt: new Date().toISOString(),
    contentType,
    idempotencyKey,
    envelope: parsed.envelope,
    ...(test ? { rawBody: body.buf.toString('utf8') } : {}),
  });
  /** Stores the envelope unless its id is already stored; true when it was new. */
  const keep = () => {
    if (!parsed.envelope) return false;
    if (store.has(parsed.envelope.id)) return false;
    store.add(record());
    return true;
  };

  if (behaviour) {
    if (behaviour.delayMs) {
      const aborted = await delay(behaviour.delayMs, res);
      if (aborted) return finish(null, 'aborted');
    }
    if (behaviour.destroy) {
      const stored = behaviour.store ? keep() : false;
      finish(null, stored ? 'stored, then destroyed' : 'destroyed');
      return destroy(req, res);
    }
    if (behaviour.body !== undefined) {
      // A planned answer body (with any status, 200 by default): a 2xx saying it failed, an
      // HTML page, an answer without the id …
      const stored = behaviour.store ? keep() : false;
      const status = behaviour.status ?? 200;
      finish(status, stored ? 'stored, then answered' : 'answered, not stored');
      const text = typeof behaviour.body === 'string' ? behaviour.body : JSON.stringify(behaviour.body);
      const type = behaviour.contentType ?? (typeof behaviour.body === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8');
      res.writeHead(status, { ...CORS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
      return res.end(text);
    }
    if (behaviour.status && !(behaviour.status >= 200 && behaviour.status < 300)) {
      const stored = behaviour.store ? keep() : false;
      const headers = { ...CORS };
      if (behaviour.retryAfter !== undefined) headers['Retry-After'] = String(behaviour.retryAfter);
      finish(behaviour.status, stored ? 'stored, then failed' : 'not stored');
      return sendJson(res, behaviour.status, { error: `Planned ${behaviour.status} (test receiver).`, planned: true, stored }, headers);
    }
  }

  if (!parsed.envelope) {
    finish(parsed.status, 'rejected');
    const headers = parsed.status === 413 ? { ...CORS, Connection: 'close' } : CORS;
    return sendJson(res, parsed.status, { error: parsed.error }, headers);
  }
  const isNew = keep();
  const status = isNew ? (behaviour?.status ?? 201) : 200;
  finish(status, isNew ? 'stored' : 'duplicate');
  sendJson(res, status, isNew ? { ok: true, id: parsed.envelope.id, stored: true } : { ok: true, id: parsed.envelope.id, stored: false, duplicate: true }, CORS);
}

/**
 * Closes the connection without an answer: to the page, a network error (fetch rejects with a
 * TypeError).
 *
 * Chromium silently RESENDS a request when a reused keep-alive connection closes before any
 * response bytes arrive, so a bare destroy would be retried by the browser behind fetch's back
 * (the page would get the next behaviour's answer; the log shows two POSTs). One byte that is
 * not HTTP first makes Chromium give up instead (ERR_INVALID_HTTP_RESPONSE, never resent). That
 * holds on any port but 80/443, where a browser may still accept a headerless HTTP/0.9 answer.
 */
function destroy(req, res) {
  const socket = req.socket;
  return new Promise((done) => {
    const kill = () => {
      socket?.destroy();
      res.destroy();
      done();
    };
    if (!socket || socket.destroyed) return kill();
    socket.write('X', () => setTimeout(kill, 10));
  });
}

/** Waits `ms`; resolves true early if the client goes away first. */
function delay(ms, res) {
  return new Promise((done) => {
    const timer = setTimeout(() => {
      res.off('close', onClose);
      done(res.destroyed && !res.writableEnded);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      done(true);
    };
    res.once('close', onClose);
  });
}

// ---------------------------------------------------------------------------------------------
// The test control API

async function control(state, req, res, path, method) {
  const headers = { ...CORS, 'Cache-Control': 'no-store' };
  const route = `${method} ${path}`;
  switch (route) {
    case 'POST /__receiver/plan': {
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body.aborted) return;
      let input;
      try {
        input = JSON.parse(body.buf.toString('utf8'));
      } catch {
        return sendJson(res, 400, { error: 'Send JSON: { "responses": [ … ] }' }, headers);
      }
      const responses = Array.isArray(input) ? input : input?.responses;
      const problem = checkPlan(responses);
      if (problem) return sendJson(res, 400, { error: problem }, headers);
      state.plan.push(...responses.map((r) => ({ ...r })));
      return sendJson(res, 200, { queued: state.plan.length }, headers);
    }
    case 'GET /__receiver/plan':
      return sendJson(res, 200, state.plan, headers);
    case 'GET /__receiver/records':
      return sendJson(
        res,
        200,
        state.store.records.map((r) => ({ ...r, attempts: state.attempts.get(r.envelope.id.toLowerCase()) ?? 0 })),
        headers,
      );
    case 'GET /__receiver/log':
      return sendJson(res, 200, state.log, headers);
    case 'POST /__receiver/reset':
      req.resume();
      state.store.clear();
      state.plan.length = 0;
      state.log.length = 0;
      state.attempts.clear();
      return sendJson(res, 200, { reset: true }, headers);
    default:
      return sendJson(res, 404, { error: `No ${route}. Try POST /__receiver/plan, GET /__receiver/plan, GET /__receiver/records, GET /__receiver/log, POST /__receiver/reset.` }, headers);
  }
}

const PLAN_KEYS = new Set(['status', 'retryAfter', 'store', 'delayMs', 'destroy', 'body', 'contentType']);

function checkPlan(responses) {
  if (!Array.isArray(responses)) return 'Send { "responses": [ … ] }: a list of behaviours, one per coming POST.';
  for (const [i, r] of responses.entries()) {
    const where = `responses[${i}]`;
    if (!r || typeof r !== 'object' || Array.isArray(r)) return `${where} must be an object.`;
    for (const k of Object.keys(r)) if (!PLAN_KEYS.has(k)) return `${where}.${k} is not a behaviour; use ${[...PLAN_KEYS].join(', ')}.`;
    if (r.status !== undefined && !(Number.isInteger(r.status) && r.status >= 200 && r.status <= 599)) return `${where}.status must be an HTTP status (200–599).`;
    if (r.retryAfter !== undefined && !(typeof r.retryAfter === 'string' || (typeof r.retryAfter === 'number' && r.retryAfter >= 0))) return `${where}.retryAfter must be seconds (a number) or an HTTP date (a string).`;
    if (r.delayMs !== undefined && !(typeof r.delayMs === 'number' && r.delayMs >= 0 && r.delayMs <= 60000)) return `${where}.delayMs must be 0–60000.`;
    for (const k of ['store', 'destroy']) if (r[k] !== undefined && typeof r[k] !== 'boolean') return `${where}.${k} must be true or false.`;
    if (r.contentType !== undefined && typeof r.contentType !== 'string') return `${where}.contentType must be a string.`;
    if (r.contentType !== undefined && r.body === undefined) return `${where}.contentType needs a body.`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Responses

function sendJson(res, status, value, headers = {}, headOnly = false) {
  const body = JSON.stringify(value, null, 2) + '\n';
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(headOnly ? undefined : body);
}

/** Everything user-supplied goes through here before it reaches HTML. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

async function inbox(state, _req, res, _path, method) {
  const html = inboxPage(state.store.records);
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    ...PRIVATE,
    // No script of any kind, nothing fetched: even markup that slipped through could do nothing.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  });
  res.end(method === 'HEAD' ? undefined : html);
}

function inboxPage(records) {
  const items = records.slice().reverse();
  const count = items.length === 1 ? '1 submission' : `${items.length} submissions`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inbox (${count}) – esafety-elements demo receiver</title>
<link rel="icon" href="data:,">
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0 auto; padding: 1rem; max-width: 60rem; }
  a { color: LinkText; }
  a:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
  article { border: 1px solid GrayText; border-radius: 0.5rem; padding: 0 1rem 1rem; margin: 1rem 0; overflow-wrap: anywhere; }
  h2 { font-size: 1.15rem; margin: 1rem 0 0.5rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
  dt { font-weight: 600; }
  dd { margin: 0; white-space: pre-wrap; min-width: 0; }
  dd dl, dd ol { white-space: normal; }
  dd dl { margin: 0; padding-left: 0.75rem; border-left: 3px solid GrayText; }
  ol { margin: 0; padding-left: 1.5rem; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; background: Canvas; border: 1px solid GrayText; padding: 0.5rem; margin: 0.5rem 0 0; }
  summary { cursor: pointer; padding: 0.25rem 0; }
  .empty { font-style: italic; }
  @media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dt { margin-top: 0.25rem; } }
</style>
</head>
<body>
<header>
<h1>Inbox</h1>
<p>What the demo receiver at <code>/api/submissions</code> has stored: ${escapeHtml(count)}, newest first.
Each id is stored once; a retry of the same submission is not stored again.
<a href="/inbox">Refresh</a> · <a href="/demo/">Demo site</a> · <a href="/api/submissions">As JSON</a></p>
</header>
<main>
${items.length ? items.map(submission).join('\n') : '<p class="empty">Nothing has arrived yet. Submit a form on the demo site, then refresh this page.</p>'}
</main>
</body>
</html>
`;
}

function submission(record, i) {
  const env = record.envelope ?? {};
  const headingId = `s${i}`;
  const title = `${text(env.kind) || 'submission'}${env.audience !== undefined ? ` – ${text(env.audience)}` : ''}`;
  const meta = [
    ['Received', time(record.receivedAt)],
    ['Kind', escapeHtml(text(env.kind))],
    ['Audience', escapeHtml(text(env.audience))],
    ['School', escapeHtml(text(env.school))],
    ['Locale', escapeHtml(text(env.locale))],
    ['Policy version', escapeHtml(text(env.policyVersion))],
    ['Started', time(env.startedAt)],
    ['Submitted', time(env.submittedAt)],
    ['Id', `<code>${escapeHtml(text(env.id))}</code>`],
    ['Sent as', escapeHtml(text(record.contentType))],
  ].filter(([, v]) => v !== '');
  return `<article aria-labelledby="${headingId}">
<h2 id="${headingId}">${escapeHtml(title)}</h2>
<dl>${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<h3>Data</h3>
${value(env.data, 0)}
<details><summary>The envelope as JSON</summary><pre>${escapeHtml(JSON.stringify(env, null, 2))}</pre></details>
</article>`;
}

function text(v) {
  if (v === undefined || v === null) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function time(v) {
  if (typeof v !== 'string' || !v) return '';
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return escapeHtml(v);
  const shown = d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return `<time datetime="${escapeHtml(d.toISOString())}">${escapeHtml(shown)}</time>`;
}

/** A value as HTML: objects as definition lists, arrays as numbered lists, the rest as text. */
function value(v, level) {
  if (v === undefined) return '<p class="empty">(none)</p>';
  if (v === null || typeof v !== 'object') return `<p>${escapeHtml(String(v))}</p>`;
  return structured(v, level);
}

function structured(v, level) {
  if (level > 6) return `<pre>${escapeHtml(JSON.stringify(v, null, 2))}</pre>`;
  if (Array.isArray(v)) {
    if (!v.length) return '<span class="empty">(empty list)</span>';
    return `<ol>${v.map((x) => `<li>${leaf(x, level)}</li>`).join('')}</ol>`;
  }
  const keys = Object.keys(v);
  if (!keys.length) return '<span class="empty">(empty)</span>';
  return `<dl>${keys.map((k) => `<dt>${escapeHtml(k)}</dt><dd>${leaf(v[k], level)}</dd>`).join('')}</dl>`;
}

function leaf(x, level) {
  if (x === null || x === undefined) return '<span class="empty">(none)</span>';
  if (typeof x === 'object') return structured(x, level + 1);
  if (x === '') return '<span class="empty">(blank)</span>';
  return escapeHtml(String(x));
}
