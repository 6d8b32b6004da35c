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

/**
 * True for "//host/x", and for "\\host", "/\host" and "\/host", which browsers read the same way:
 * an address on another site with the scheme left out, not a path on this one.
 */
export function isSchemeRelative(url: string): boolean {
  return /^[\\/]{2}/.test(url.replace(IGNORED, ''));
}

/** True for https/http/mailto/tel links and for relative links (no scheme, not "//host"). */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === '' ? !isSchemeRelative(url) : (SAFE_SCHEMES as readonly string[]).includes(scheme);
}

/** Why a link is refused, for the bundle's error messages (isSafeUrl is false). */
export function unsafeUrlReason(url: string): string {
  if (isSchemeRelative(url)) {
    const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
    return `"${shown}" is another site's address without its https: — write it in full (https://…), or start a path on this site with a single /`;
  }
  return `"${urlScheme(url)}" links are not allowed — use https:, http:, mailto: or tel:`;
}

/** True when the link leaves the page's site (opened with rel="noopener noreferrer"). */
export function isExternalUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === 'https:' || scheme === 'http:' || isSchemeRelative(url);
}
