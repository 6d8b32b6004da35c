import type { Confirm, Destination, Envelope, Format } from './types.js';

/**
 * How one attempt ended. `retry` says whether trying again later could help; `answered` marks a
 * 2xx whose body said it failed (retried only a few times: a broken script keeps saying so).
 */
export type SendResult =
  | { ok: true; status: number }
  | { ok: false; retry: boolean; status?: number; error: string; retryAfterMs?: number; answered?: boolean };

/** `data.a.b=1&data.list.0=x`: nested fields flattened for form services. */
export function flatten(value: unknown, prefix = '', out = new URLSearchParams()): URLSearchParams {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (value !== undefined) {
    out.append(prefix, value === null ? '' : String(value));
  }
  return out;
}

/**
 * The request body and headers for a format. `text` and `form` stay CORS "simple requests"
 * (no preflight, which Google Apps Script and most form services never answer), so the id
 * travels only in the body there; `json` servers answer preflight and also get the
 * Idempotency-Key header.
 */
export function encode(env: Envelope, format: Format): { body: string; headers: Record<string, string> } {
  switch (format) {
    case 'json':
      return { body: JSON.stringify(env), headers: { 'Content-Type': 'application/json', 'Idempotency-Key': env.id } };
    case 'form':
      return { body: flatten(env).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
    default:
      return { body: JSON.stringify(env), headers: { 'Content-Type': 'text/plain;charset=UTF-8' } };
  }
}

/** Retry-After in milliseconds (seconds or an HTTP date), capped at an hour. */
export function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const ms = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 3600_000) : undefined;
}

/** POST one envelope: no cookies or credentials, no referrer, with a timeout. */
export async function send(env: Envelope, dest: Destination): Promise<SendResult> {
  const { body, headers } = encode(env, dest.format);
  let res: Response;
  try {
    res = await fetch(dest.endpoint, {
      method: 'POST',
      body,
      headers,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: AbortSignal.timeout(dest.timeoutMs),
    });
  } catch (e) {
    const timeout = e instanceof DOMException && e.name === 'TimeoutError';
    return { ok: false, retry: true, error: timeout ? `no answer within ${dest.timeoutMs / 1000} s` : 'the network request failed' };
  }
  if (res.ok) {
    let body = '';
    try {
      body = await res.text();
    } catch {
      return { ok: false, retry: true, error: 'the answer was cut off' };
    }
    const refused = refusal(body, env.id, dest.confirm);
    return refused === undefined
      ? { ok: true, status: res.status }
      : { ok: false, retry: true, answered: true, status: res.status, error: `the server answered ${res.status} but ${refused}` };
  }
  const retry = res.status === 408 || res.status === 429 || res.status >= 500;
  return {
    ok: false,
    retry,
    status: res.status,
    error: `the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
    retryAfterMs: retryAfter(res.headers.get('Retry-After')),
  };
}

/**
 * Why a 2xx answer is not an acceptance, or undefined when it is. A JSON object body that says
 * it failed (`ok: false`, `result: "error"`, `status: "error"`, an `error` member other than
 * null or false) always fails; with `confirm: "id"` only a JSON body echoing the id succeeds
 * (so the HTML page a Google Apps Script serves when it throws is a failure).
 */
export function refusal(body: string, id: string, confirm: Confirm = 'status'): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    /* not JSON: an HTML page, plain text or nothing */
  }
  const o = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  const isError = (v: unknown) => typeof v === 'string' && v.toLowerCase() === 'error';
  if (o && (o.ok === false || isError(o.result) || isError(o.status) || (o.error != null && o.error !== false))) {
    const why = [o.error, o.message].find((v) => typeof v === 'string' && v);
    return `said it failed${why ? `: ${String(why).slice(0, 200)}` : ''}`;
  }
  if (confirm === 'id' && String(o?.id ?? '').toLowerCase() !== id.toLowerCase())
    return o ? 'its answer does not confirm this submission’s id' : 'its answer is not the JSON confirmation expected (for example an error page)';
  return undefined;
}
