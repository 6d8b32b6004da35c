import { explainLater, unexplainedJson } from './explain.js';
import type { LoadFailure } from './load-words.js';
import { parseWith } from './json-text.js';
import type { BundleResult } from './validate.js';

/** How a parsed bundle is checked: the whole bundle (validateBundle) or an element's parts (fast-parts.ts). */
export type Check = ((input: unknown) => BundleResult) & {
  /**
   * An element's check with its built-in defaults' Welsh text, for an element in Welsh: its
   * chunk has them in English only, and it loads this then (partsCheck, fast-parts.ts).
   */
  welsh?: () => Promise<Check>;
};

/** Where an element's bundle comes from, in order of precedence. */
export type BundleSource =
  | { kind: 'property'; value: unknown }
  | { kind: 'url'; url: string; from: 'src' | 'meta' }
  | { kind: 'inline'; text: string; from: 'script' | 'meta' }
  | { kind: 'none' };

const META = 'meta[name="esafety-bundle"]';

/**
 * Pick an element's bundle: the `bundle` property, else its `src` attribute, else an inline
 * <script type="application/json"> child, else the page-wide <meta name="esafety-bundle">.
 */
export function findSource(host: Element, property: unknown, src: string | null | undefined): BundleSource {
  if (property !== undefined && property !== null) return { kind: 'property', value: property };
  if (src) return { kind: 'url', url: absolute(src), from: 'src' };
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (script) return { kind: 'inline', text: script.textContent ?? '', from: 'script' };
  const meta = document.querySelector(META)?.getAttribute('content')?.trim();
  if (meta) {
    return meta.startsWith('{')
      ? { kind: 'inline', text: meta, from: 'meta' }
      : { kind: 'url', url: absolute(meta), from: 'meta' };
  }
  return { kind: 'none' };
}

/** The full address of `src`, or `src` as written when it is no address at all ("http://[" — reported when loaded). */
const absolute = (src: string): string => (URL.canParse(src, document.baseURI) ? new URL(src, document.baseURI).href : src);

/** A short, human description of a source, for messages ("policy.json", "the inline bundle"). */
export function describeSource(s: BundleSource): string {
  switch (s.kind) {
    case 'property':
      return 'the bundle property';
    case 'url':
      return s.url;
    case 'inline':
      return s.from === 'script' ? 'the <script type="application/json"> inside the tag' : 'the page’s <meta name="esafety-bundle">';
    case 'none':
      return 'no bundle';
  }
}

const byUrl = new Map<string, Promise<string | BundleResult>>();
/** Results per check (elements checking the same parts share them), per bundle object and per text. */
const results = new WeakMap<Check, { byObject: WeakMap<object, BundleResult>; byText: Map<string, BundleResult> }>();
const cacheOf = (check: Check) => {
  let c = results.get(check);
  if (!c) results.set(check, (c = { byObject: new WeakMap(), byText: new Map() }));
  return c;
};

/** Fetch timeout for a bundle URL. */
export const FETCH_TIMEOUT_MS = 15000;

/** The bundle checked by `check` at once, for every source but a URL (undefined for a URL). */
export function loadNow(s: BundleSource, check: Check): BundleResult | undefined {
  const { byObject, byText } = cacheOf(check);
  switch (s.kind) {
    case 'property': {
      if (typeof s.value === 'string') return cached(byText, s.value, check);
      if (typeof s.value !== 'object') return check(s.value);
      let r = byObject.get(s.value as object);
      if (!r) byObject.set(s.value as object, (r = check(s.value)));
      return r;
    }
    case 'inline':
      return cached(byText, s.text, check);
    case 'none':
      return failed('(the page)', { kind: 'none' });
  }
}

/** Load a bundle and check it with `check`. Each URL is fetched once per page, whatever the number of elements. */
export async function loadWith(s: BundleSource, check: Check): Promise<BundleResult> {
  if (s.kind !== 'url') return loadNow(s, check)!;
  let p = byUrl.get(s.url);
  if (!p) {
    p = fetchBundle(s.url);
    byUrl.set(s.url, p);
    // A failed load is not kept, so a later element (or a fixed file) tries again.
    p.then((r) => typeof r !== 'string' && byUrl.delete(s.url));
  }
  const r = await p;
  return typeof r === 'string' ? cached(cacheOf(check).byText, r, check) : r;
}

/**
 * No bundle, or one that could not be loaded (`transient`: worth trying again): in short until
 * explained, then in the words of load-words.ts, which loads only then (most pages never fail).
 */
function failed(path: string, why: LoadFailure, transient?: true): BundleResult {
  const short = why.kind === 'none' ? 'no policy bundle was given' : `could not be loaded (${why.kind === 'status' ? `the server answered ${why.status}` : why.kind})`;
  const r: BundleResult = {
    ok: false,
    ...(transient && { transient }),
    warnings: [],
    issues: [{ path, message: `${short}; the words that say more could not be loaded — check that the whole dist folder was uploaded` }],
  };
  return explainLater(r, () => import('./load-words.js').then((m) => ({ ...r, issues: [{ path, message: m.loadFailure(why) }] })));
}

function cached(map: Map<string, BundleResult>, text: string, check: Check): BundleResult {
  let r = map.get(text);
  if (!r) map.set(text, (r = parseWith(text, check, unexplainedJson)));
  return r;
}

/** The bundle's text, or why it could not be loaded (worth trying again). */
async function fetchBundle(url: string): Promise<string | BundleResult> {
  const fail = (why: LoadFailure): BundleResult => failed(url, why, true);
  if (!URL.canParse(url)) return failed(url, { kind: 'address' });
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (e) {
    return fail({ kind: e instanceof DOMException && e.name === 'TimeoutError' ? 'timeout' : 'network' });
  }
  if (!res.ok) return fail({ kind: 'status', status: res.status, statusText: res.statusText });
  let text: string;
  try {
    text = await res.text();
  } catch {
    return fail({ kind: 'dropped' });
  }
  return text;
}
