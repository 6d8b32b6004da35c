// Reading a submission envelope from a request body in the three formats the elements send
// (DESIGN.md, "Public contract"): text/plain and application/json carry the envelope as JSON,
// application/x-www-form-urlencoded carries it as flattened fields (`data.name=…`).
// Node built-ins only: shared by the demo receiver (build/receiver.mjs, plain Node) and the
// receiver of `esafety-elements receive` (cli/receiver/, bundled by esbuild).

export const MAX_BODY_BYTES = 64 * 1024;
const MAX_DEPTH = 32;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FORMATS = {
  'text/plain': 'text',
  'application/json': 'json',
  'application/x-www-form-urlencoded': 'form',
};

/**
 * Reads the request body up to `limit` bytes. Beyond that it stops keeping the bytes (and says
 * so), drains what is still coming so the client can read the 413, and gives up on the
 * connection after a much larger amount.
 */
export function readBody(req, limit) {
  return new Promise((done) => {
    const declared = Number(req.headers['content-length']);
    const chunks = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    if (tooLarge && declared > limit * 16) {
      done({ tooLarge: true, buf: Buffer.alloc(0) });
      req.resume();
      return;
    }
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      if (size > limit * 16) req.destroy();
    });
    req.on('end', () => done({ tooLarge, buf: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks) }));
    req.on('error', () => done({ aborted: true }));
    req.on('close', () => {
      if (!req.complete) done({ aborted: true });
    });
  });
}

export function headerValue(v) {
  if (Array.isArray(v)) v = v[0];
  return typeof v === 'string' ? v : null;
}

// ---------------------------------------------------------------------------------------------
// Parsing the three formats

/**
 * The envelope in `body`, or why it was refused: `{ envelope }` or `{ status, error }`.
 * @param {string} body
 * @param {string | null} contentType
 * @param {string | null} idempotencyKey
 */
export function parseEnvelope(body, contentType, idempotencyKey) {
  const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const format = FORMATS[mime];
  if (!format) {
    return {
      status: 415,
      error: `Unsupported Content-Type ${JSON.stringify(contentType ?? '')}: send text/plain or application/json (the envelope as JSON) or application/x-www-form-urlencoded (flattened fields).`,
    };
  }
  let envelope;
  if (format === 'form') {
    envelope = unflatten(new URLSearchParams(body));
  } else {
    try {
      envelope = JSON.parse(body);
    } catch (err) {
      return { status: 400, error: `The body is not valid JSON (${err.message}).` };
    }
  }
  if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope)) {
    return { status: 400, error: 'The body must be an envelope object.' };
  }
  if (depth(envelope) > MAX_DEPTH) return { status: 400, error: `The envelope is nested more than ${MAX_DEPTH} levels deep.` };
  if (typeof envelope.id !== 'string' || !UUID.test(envelope.id)) {
    return { status: 400, error: 'The envelope needs an `id` that is a UUID.' };
  }
  if (idempotencyKey !== null && idempotencyKey.trim().toLowerCase() !== envelope.id.toLowerCase()) {
    return { status: 400, error: 'The Idempotency-Key header does not match the envelope id.' };
  }
  return { envelope };
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const INDEX = /^(0|[1-9]\d{0,5})$/;

/**
 * Rebuilds an envelope from flattened form fields: `data.name=…` → `{ data: { name } }`,
 * `data.statements.0=…` → `{ data: { statements: [ … ] } }`. A level becomes an array only when
 * its keys are exactly 0…n-1. A repeated field collects its values into an array. Values stay
 * strings: the format carries no types.
 * @param {URLSearchParams} params
 */
export function unflatten(params) {
  const root = Object.create(null);
  for (const [key, value] of params) {
    const parts = key.split('.');
    if (parts.length > MAX_DEPTH || parts.some((p) => UNSAFE_KEYS.has(p))) continue;
    let node = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const next = node[parts[i]];
      if (next === undefined || typeof next !== 'object' || next === null || Array.isArray(next)) {
        // A value already here (`a=1&a.b=2`) keeps its place under the key "".
        const fresh = Object.create(null);
        if (next !== undefined) fresh[''] = next;
        node[parts[i]] = fresh;
      }
      node = node[parts[i]];
    }
    const last = parts[parts.length - 1];
    const existing = node[last];
    if (existing === undefined) node[last] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else if (typeof existing === 'string') node[last] = [existing, value];
    // else: an object is already here (`a.b=1&a=2`); the bare value is dropped.
  }
  return arrays(root);
}

function arrays(node) {
  if (Array.isArray(node)) return node;
  if (node === null || typeof node !== 'object') return node;
  const keys = Object.keys(node);
  const out = {};
  for (const k of keys) Object.defineProperty(out, k, { value: arrays(node[k]), enumerable: true, writable: true, configurable: true });
  if (keys.length && keys.every((k) => INDEX.test(k))) {
    const sorted = keys.map(Number).sort((a, b) => a - b);
    if (sorted.every((n, i) => n === i)) return sorted.map((n) => out[n]);
  }
  return out;
}

function depth(value) {
  // Iterative, so a hostile body cannot overflow the stack.
  let max = 0;
  const stack = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > MAX_DEPTH) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}


const KINDS = ['agreement', 'concern', 'quiz'];
const SHORT = 200;

/**
 * The stricter checks of a receiver that files envelopes by kind (`esafety-elements receive`):
 * null when the parsed envelope can be stored, else why not (answered 422). The demo receiver
 * keeps anything with an id, so that tests can send odd envelopes on purpose.
 * @param {Record<string, unknown>} env
 */
export function checkEnvelope(env) {
  if (!KINDS.includes(/** @type {string} */ (env.kind))) {
    return `\`kind\` must be one of ${KINDS.join(', ')}; it is ${JSON.stringify(env.kind ?? null)}.`;
  }
  for (const key of ['submittedAt', 'startedAt']) {
    const v = env[key];
    if (v !== undefined && (typeof v !== 'string' || Number.isNaN(Date.parse(v)))) return `\`${key}\` must be an ISO date-time.`;
  }
  if (typeof env.submittedAt !== 'string') return '`submittedAt` is missing.';
  for (const key of ['audience', 'school', 'policyVersion', 'locale']) {
    const v = env[key];
    if (v !== undefined && (typeof v !== 'string' || v.length > SHORT)) return `\`${key}\` must be text of at most ${SHORT} characters.`;
  }
  if (!env.data || typeof env.data !== 'object' || Array.isArray(env.data)) return '`data` must be an object.';
  return null;
}
