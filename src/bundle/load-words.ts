import { FETCH_TIMEOUT_MS } from './load.js';

// Why an element has no bundle to show, in a web admin's words: loaded only when it has none
// (load.ts), as most pages never do.

/** Why a bundle could not be had: none given, an address that is none, or the fetch failed. */
export type LoadFailure =
  | { kind: 'none' | 'address' | 'timeout' | 'network' | 'dropped' }
  | { kind: 'status'; status: number; statusText: string };

export function loadFailure(why: LoadFailure): string {
  switch (why.kind) {
    case 'none':
      return 'no policy bundle was given — add src="policy.json" to the tag, put the bundle inside the tag in a <script type="application/json">, or add <meta name="esafety-bundle" content="policy.json"> to the page';
    case 'address':
      return 'is not a web address that can be loaded — check it for typos';
    case 'timeout':
      return `could not be loaded: no answer within ${FETCH_TIMEOUT_MS / 1000} seconds — check the address and try again`;
    case 'network':
      return 'could not be loaded: the request failed. Check the address is right and the file is online; if it is on another website, that site must allow reading it from this one (CORS)';
    case 'dropped':
      return 'could not be loaded: the connection dropped while it was downloading — try again';
    case 'status':
      return `could not be loaded: the server answered ${why.status}${why.statusText ? ` ${why.statusText}` : ''}${why.status === 404 ? ' — there is no file at this address; check the spelling and where the file was uploaded' : ''}`;
  }
}
