/**
 * Where embed.html's bundle and endpoint come from: only files beside the page, never its
 * address. `embed.json` beside embed.html, if there is one:
 *   { "bundle": "policy.json", "endpoint": "https://forms.example.org/esafety", "lang": "en-GB" }
 * (`bundle` relative to embed.json); else `policy.json` beside the page, if there is one; else
 * no bundle (the elements' built-in text).
 */
export interface EmbedConfig {
  bundle?: string;
  endpoint?: string;
  lang?: string;
  /** A problem with embed.json, shown to whoever set the page up. */
  problem?: string;
}

const fetchOk = async (url: URL) => {
  try {
    const r = await fetch(url, { credentials: 'omit', cache: 'no-cache' });
    return r.ok ? r : undefined;
  } catch {
    return undefined;
  }
};

export async function loadConfig(base: string): Promise<EmbedConfig> {
  const at = new URL('embed.json', base);
  const file = await fetchOk(at);
  if (file) {
    let data: unknown;
    try {
      data = await file.json();
    } catch {
      return { problem: `${at.href} is not valid JSON.` };
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) return { problem: `${at.href} must be a JSON object.` };
    const d = data as Record<string, unknown>;
    const text = (k: string) => (typeof d[k] === 'string' && d[k] ? (d[k] as string) : undefined);
    const bundle = text('bundle');
    return {
      bundle: bundle ? new URL(bundle, at).href : undefined,
      endpoint: text('endpoint') ? new URL(text('endpoint')!, at).href : undefined,
      lang: text('lang'),
    };
  }
  const policy = new URL('policy.json', base);
  return (await fetchOk(policy)) ? { bundle: policy.href } : {};
}
