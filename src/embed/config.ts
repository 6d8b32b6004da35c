/**
 * Where embed.html's bundle and endpoint come from: only files beside the page, never its
 * address. `embed.json` beside embed.html, if there is one:
 *   { "bundle": "policy.json", "endpoint": "https://forms.example.org/esafety", "lang": "en-GB" }
 * (addresses relative to embed.json); the bundle, if embed.json names none, is `policy.json`
 * beside the page if there is one; else there is no bundle (the elements' built-in text).
 */
export interface EmbedConfig {
  bundle?: string;
  endpoint?: string;
  lang?: string;
  /** A problem with embed.json, shown to whoever set the page up. */
  problem?: string;
}

type Fetched = { ok: true; response: Response } | { ok: false; absent: boolean; message: string };

async function fetchFile(url: URL): Promise<Fetched> {
  try {
    const response = await fetch(url, { credentials: 'omit', cache: 'no-cache' });
    if (response.ok) return { ok: true, response };
    return { ok: false, absent: response.status === 404 || response.status === 410, message: `${url.href} answered ${response.status}` };
  } catch (e) {
    const sandboxed = self.origin === 'null' ? ' (in a sandboxed frame the server must send Access-Control-Allow-Origin: * for these files)' : '';
    return { ok: false, absent: false, message: `${url.href} could not be read${sandboxed}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export async function loadConfig(base: string): Promise<EmbedConfig> {
  const at = new URL('embed.json', base);
  const file = await fetchFile(at);
  let config: EmbedConfig = {};
  if (!file.ok) {
    if (!file.absent) return { problem: file.message };
  } else {
    let data: unknown;
    try {
      data = await file.response.json();
    } catch {
      return { problem: `${at.href} is not valid JSON.` };
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) return { problem: `${at.href} must be a JSON object.` };
    const d = data as Record<string, unknown>;
    const text = (k: string) => (typeof d[k] === 'string' && d[k] ? (d[k] as string) : undefined);
    const url = (k: string) => (text(k) ? new URL(text(k)!, at).href : undefined);
    config = { bundle: url('bundle'), endpoint: url('endpoint'), lang: text('lang') };
  }
  if (!config.bundle) {
    const policy = new URL('policy.json', base);
    const found = await fetchFile(policy);
    if (found.ok) config.bundle = policy.href;
    else if (!found.absent) config.problem = found.message;
  }
  return config;
}
