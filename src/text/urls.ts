/** Link schemes a bundle may use. Anything else (javascript:, data:, vbscript:, file: …) is refused. */
export const SAFE_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

// Browsers ignore ASCII tabs/newlines inside URLs and trim control characters and spaces,
// so "java\tscript:" is still javascript:. Strip them before reading the scheme.
const IGNORED = /[\u0000-\u0020\u007f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The scheme of a URL as a browser would read it ("https:"), or '' for a relative URL. */
export function urlScheme(url: string): string {
  const m = SCHEME.exec(url.replace(IGNORED, ''));
  return m ? `${m[1].toLowerCase()}:` : '';
}

/** True for https/http/mailto/tel links and for relative links (no scheme). */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === '' || (SAFE_SCHEMES as readonly string[]).includes(scheme);
}

/** True when the link leaves the page's site (opened with rel="noopener noreferrer"). */
export function isExternalUrl(url: string): boolean {
  const scheme = urlScheme(url);
  // "//host/x" and "\\host/x" (browsers read \ as /) are other sites too.
  return scheme === 'https:' || scheme === 'http:' || /^[\\/]{2}/.test(url.replace(IGNORED, ''));
}
