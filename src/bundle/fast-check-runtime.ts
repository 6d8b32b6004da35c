/**
 * The checks of a bundle's parts without zod (fast-parts.ts, validate.ts), made from the compact
 * description of the zod schema that build/fast-checks.mjs writes into generated/fast-checks.ts:
 * each check passes or refuses a value exactly as zod's parse would, and returns the same copy
 * (without the fields the schema does not know), or FAILED. No zod here.
 *
 * The description (the generator's comments say more): one node a line, each a list of
 * words separated by " ", the first naming its kind. "3" is node 3, "?3" node 3 for a field
 * that may be left out; a check is ">n" (at least n long) or "#n" (rule or pattern n of `x`).
 *   s|b|n checks…           text, true/false, a finite number
 *   e value…                one of these texts
 *   a node checks…          an array of node
 *   o name node… checks…    an object with these fields, in this order
 *   r keyNode valueNode checks…   an object of any names (z.record)
 *   u node…                 the first of these that passes (z.union)
 *   d name node…            the object node whose field `name` is its text (z.discriminatedUnion)
 *   q node                  node, or undefined (z.optional)
 * Node 0 is the whole bundle (its fields are the parts), node 1 a policy read for its version.
 */

/** What a check returns for a value the schema refuses (zod then says why). */
export const FAILED: unique symbol = Symbol('failed');
const F = FAILED;

export type FastCheck = (v: any) => unknown;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** zod's test for a record: an object whose constructor, if any, is a plain object's. */
const isPlainObject = (v: unknown): boolean => {
  if (!isObject(v)) return false;
  const c = v.constructor;
  if (c === undefined || typeof c !== 'function') return true;
  const p = c.prototype;
  return isObject(p) && Object.prototype.hasOwnProperty.call(p, 'isPrototypeOf');
};

export interface FastChecks {
  /** The check of each top-level field of a bundle (and of a policy read only for its version). */
  partChecks: Record<string, FastCheck>;
  /** The check of a whole bundle (validate.ts). */
  checkBundle: FastCheck;
  /** The field names a top-level field brings to "did you mean" suggestions, in zod's order (field-names.ts). */
  partFields: (part: string) => string[];
}

/** The checks the description `d` (with the rules and patterns `x` it names) stands for. */
export function compile(d: string, x: readonly unknown[]): FastChecks {
  const nodes = d.split('\n').map((n) => n.split(' '));
  const fns: FastCheck[] = [];
  const at = (t: string): number => +t.replace('?', '');
  const isCheck = (t: string) => t[0] === '#' || t[0] === '>';
  /** The fields of an object node: [name, node] pairs (up to its checks). */
  const pairs = (t: string[]): [string, string][] => {
    const out: [string, string][] = [];
    for (let i = 1; i < t.length && !isCheck(t[i]); i += 2) out.push([t[i], t[i + 1]]);
    return out;
  };
  /** The check of node `i`: made on first use (a node that contains itself gets a stand-in). */
  const get = (t: string): FastCheck => {
    const i = at(t);
    if (!fns[i]) {
      let f: FastCheck;
      fns[i] = (v) => f(v);
      fns[i] = f = make(nodes[i]);
    }
    return fns[i];
  };
  const make = (t: string[]): FastCheck => {
    const kind = t[0];
    const tests = t.filter(isCheck).map((c): ((o: any) => unknown) => {
      const n = +c.slice(1);
      if (c[0] === '>') return (o) => o.length >= n;
      const r = x[n];
      return r instanceof RegExp ? (o) => r.test(o) : (r as (o: unknown) => boolean);
    });
    const done = tests.length
      ? (o: any) => {
          for (const test of tests) if (!test(o)) return F;
          return o;
        }
      : (o: any) => o;
    const refs = t.slice(1).filter((w) => !isCheck(w));
    if (kind === 's' || kind === 'b') return (v) => (typeof v === (kind === 's' ? 'string' : 'boolean') ? done(v) : F);
    if (kind === 'n') return (v) => (typeof v === 'number' && Number.isFinite(v) ? done(v) : F);
    if (kind === 'e') {
      const values = new Set(refs);
      return (v) => (values.has(v) ? v : F);
    }
    if (kind === 'q') {
      const inner = get(t[1]);
      return (v) => (v === undefined ? v : inner(v));
    }
    if (kind === 'a') {
      const item = get(t[1]);
      return (v) => {
        if (!Array.isArray(v)) return F;
        const n = v.length;
        const o = new Array(n);
        for (let i = 0; i < n; i++) if ((o[i] = item(v[i])) === F) return F;
        return done(o);
      };
    }
    if (kind === 'o') {
      // A field left out is not in the copy; one given as undefined is (as undefined), when it may be left out.
      const fields = pairs(t);
      const keys = fields.map(([k]) => k);
      const checks = fields.map(([, n]) => get(n));
      const required = fields.map(([, n]) => n[0] !== '?');
      return (v) => {
        if (!isObject(v)) return F;
        const o: any = {};
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          let y: unknown;
          if (required[i]) {
            if ((y = checks[i](v[k])) === F) return F;
          } else if (!(k in v)) continue;
          else if ((y = v[k]) !== undefined && (y = checks[i](y)) === F) return F;
          o[k] = y;
        }
        return done(o);
      };
    }
    if (kind === 'r') {
      const [key, value] = [get(t[1]), get(t[2])];
      // As zod: own enumerable keys (Reflect.ownKeys), never __proto__, each key and value checked.
      return (v) => {
        if (!isPlainObject(v)) return F;
        const o: any = {};
        for (const k of Reflect.ownKeys(v)) {
          if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, k)) continue;
          if (key(k) === F || (o[k] = value(v[k as string])) === F) return F;
        }
        return done(o);
      };
    }
    if (kind === 'u') {
      // The first option that takes the value gives the output, as in zod.
      const options = refs.map(get);
      return (v) => {
        for (const option of options) {
          const o = option(v);
          if (o !== F) return o;
        }
        return F;
      };
    }
    // 'd': each option is an object node whose field refs[0] is one text (an "e" node).
    const cases = new Map(refs.slice(1).map((n) => [nodes[at(pairs(nodes[at(n)]).find(([k]) => k === refs[0])![1])][1], get(n)]));
    return (v) => {
      if (!isObject(v)) return F;
      const option = cases.get(v[refs[0]] as string);
      return option ? option(v) : F;
    };
  };

  /** The field names of node `i` and all it contains, depth first, each once (as field-names.ts walks zod's schema). */
  const names = (t: string, out: Set<string>, seen: Set<number>): Set<string> => {
    const i = at(t);
    if (seen.has(i)) return out;
    seen.add(i);
    const n = nodes[i];
    if (n[0] === 'o')
      for (const [k, ref] of pairs(n)) {
        out.add(k);
        names(ref, out, seen);
      }
    else if ('aqrud'.includes(n[0])) for (const ref of n.slice(n[0] === 'r' || n[0] === 'd' ? 2 : 1)) if (!isCheck(ref)) names(ref, out, seen);
    return out;
  };

  const parts = pairs(nodes[0]);
  const partChecks: Record<string, FastCheck> = {};
  for (const [k, n] of parts) partChecks[k] = get(n);
  partChecks.policyVersion = get('1');
  return {
    partChecks,
    checkBundle: get('0'),
    partFields: (part) => {
      const top = part === 'policyVersion' ? 'policy' : part;
      return [...names(part === 'policyVersion' ? '1' : parts.find(([k]) => k === part)![1], new Set([top]), new Set())];
    },
  };
}
