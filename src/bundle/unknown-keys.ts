import { isObject } from './is-object.js';
import { formatPath } from './issues.js';
import type { BundleIssue } from './types.js';

/**
 * zod drops fields the schema does not know. Walking the input beside the parsed output finds
 * them: each is most likely a typo ("titel"), so it is reported as a warning, not an error.
 * `known`: the field names to suggest from (or what works them out); `suggest`: what finds the
 * likely one (suggest.ts's closest). Without it, each says to check the spelling: the elements
 * load it only for a bundle that has an unknown field (part-result.ts).
 */
export function unknownKeys(
  input: unknown,
  output: unknown,
  known: readonly string[] | (() => readonly string[]),
  suggest?: (word: string, known: readonly string[]) => string | undefined,
): BundleIssue[] {
  const out: BundleIssue[] = [];
  // The known names are for suggestions: worked out only once a key is unknown (most bundles have none).
  let names = typeof known === 'function' ? undefined : known;
  const path: PropertyKey[] = []; // one stack, pushed and popped: this walk visits every node
  const walk = (a: unknown, b: unknown) => {
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < a.length; i++) {
        path.push(i);
        walk(a[i], b[i]);
        path.pop();
      }
    } else if (isObject(a) && isObject(b)) {
      // Own keys only: "constructor" or "toString" are inherited by every object, and
      // JSON.parse makes "__proto__" an own key, so `k in b` would have hidden them.
      for (const k of Object.keys(a)) {
        path.push(k);
        if (Object.hasOwn(b, k)) walk(a[k], b[k]);
        else {
          // A suggestion costs a comparison with every known name: 100 are plenty (a megabyte
          // of unknown keys took 10 s when each got one).
          const near = suggest && out.length < 100 ? suggest(k, (names ??= (known as () => readonly string[])())) : undefined;
          out.push({
            path: formatPath(path),
            message: `is not a field the bundle knows, so it was ignored${near ? ` — did you mean "${near}"?` : ' — check the spelling'}`,
          });
        }
        path.pop();
      }
    }
  };
  walk(input, output);
  return out;
}
