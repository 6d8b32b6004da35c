/**
 * The checks of a bundle's parts without zod (fast-parts.ts, validate.ts), made from the compact
 * description of the zod schema that build/fast-checks.mjs writes into generated/fast-checks.ts,
 * each part's on its first use: each passes or refuses a value exactly as zod's parse would, and
 * returns the same copy (without the fields the schema does not know), or FAILED. No zod here.
 *
 * The description is words separated by white space: the whole bundle's node, an object whose
 * fields (the parts, all optional) are each on a line of their own ("o" and "." on lines of
 * theirs), then a line "policyVersion" and the node of a policy read only for its version. A
 * node is written first to last (a node inside another where it is used), after its checks,
 * each ">n" (at least n long) or "#n" (rule or pattern n of the list `x`); "=" first of all
 * gives it the next number, and a number is that node again.
 *   s  b  n                 text, true/false, a finite number
 *   e value… .              one of these texts ("#n": the texts of list n of `x`)
 *   a node                  an array of node
 *   o name node… .          an object with these fields, in this order ("name!": must be there)
 *   r keyNode valueNode     an object of any names (z.record)
 *   u node… .               the first of these that passes (z.union)
 *   d name text node… .     the node whose field `name` is the text before it (z.discriminatedUnion)
 *   q node                  node, or undefined (z.optional)
 */

import { isObject } from './is-object.js';

/** What a check returns for a value the schema refuses (zod then says why). */
export const FAILED: unique symbol = Symbol('failed');
const F = FAILED;

export type FastCheck = (v: any) => unknown;

/** A node: its check, and what it holds (with the field's name, for an object's fields) for the field names. */
interface Node {
  f: FastCheck;
  c: [string, Node][];
}

/** zod's test for a record: an object whose constructor, if any, is a plain object's. */
const isPlainObject = (v: unknown): boolean => {
  if (!isObject(v)) return false;
  const c = v.constructor;
  if (c === undefined || typeof c !== 'function') return true;
  const p = c.prototype;
  return isObject(p) && Object.prototype.hasOwnProperty.call(p, 'isPrototypeOf');
};

/** A node's check until it is made (never run: a node is made before any check runs). */
const F_NONE: FastCheck = () => F;

/** A node without tests: one function for all of them, not one each. */
const SAME: FastCheck = (o) => o;

/** What passes every one of `tests` (rules and patterns on a value of the right type), as it is. Without for…of, and without a loop for one or two: a fresh page runs these before the JIT. */
function passes(tests: readonly FastCheck[]): FastCheck {
  const [t0, t1] = tests;
  return !t0 ? SAME : !t1 ? (o) => (t0(o) ? o : F) : tests.length === 2 ? (o) => (t0(o) && t1(o) ? o : F) : (o) => (tests.every((test) => test(o)) ? o : F);
}

export interface FastChecks {
  /** The check of each top-level field of a bundle (and of a policy read only for its version). */
  partChecks: Record<string, FastCheck>;
  /** The check of a whole bundle (validate.ts). */
  checkBundle: FastCheck;
  /** The field names a top-level field brings to "did you mean" suggestions, in zod's order (as field-names.ts walks the schema). */
  partFields: (part: string) => string[];
}

/** The checks the description `d` (with the rules and patterns `x` it names) stands for. */
export function compile(d: string, x: readonly unknown[]): FastChecks {
  const words = d.split(/\s+/);
  /** Where each numbered node starts: at its "=" (always its first word), the n-th for number n. */
  const starts = words.flatMap((w, i) => (w === '=' ? [i] : []));
  const numbered: Node[] = [];
  let at = 0;
  /** The node whose words start at `from`, made now: a part on its first use, or a numbered node first met from another part. */
  const nodeAt = (from: number): Node => {
    const back = at;
    at = from;
    const n = node();
    at = back;
    return n;
  };
  /** What is read by `read` up to the next ".". */
  const until = <T>(read: () => T): T[] => {
    const out: T[] = [];
    while (words[at] !== '.') out.push(read());
    at++;
    return out;
  };
  // node() reads a node's number and checks, then hands its kind to a function of its own: a page
  // runs only the kinds its parts have, and V8 compiles (and keeps) machine code only for the
  // small ones it runs often, not one large function for every kind (issue 14: the heap).
  const node = (): Node => {
    const start = at;
    let w = words[at++];
    if (/^\d/.test(w)) return numbered[+w] ?? nodeAt(starts[+w]);
    const n: Node = { f: F_NONE, c: [] };
    const tests: FastCheck[] = [];
    let min = 0; // ">n" (text and arrays only): tested first, in the check itself (the verdict is the same)
    for (; w[0] === '#' || w[0] === '>' || w === '='; w = words[at++]) {
      const r = x[+w.slice(1)];
      // A node that holds itself (sections in sections) meets its number before its check is made.
      if (w === '=') {
        numbered[starts.indexOf(start)] = n;
        n.f = (v) => f(v);
      } else if (w[0] === '>') min = +w.slice(1);
      else tests.push(r instanceof RegExp ? (o) => r.test(o) : (r as FastCheck));
    }
    const f: FastCheck = (KINDS[w] ?? choice)(n.c, min, tests);
    n.f = f;
    return n;
  };
  /** The check of a node held in `c`'s node (a field's, named). */
  const held = (c: [string, Node][], name = ''): FastCheck => {
    const n = node();
    c.push([name, n]);
    return n.f;
  };
  /** Each kind of node's check, from what it holds (read from the words), its least length and its tests. */
  type Kind = (c: [string, Node][], min: number, tests: FastCheck[]) => FastCheck;
  // typeof against a literal: the quickest test there is.
  const text: Kind = (_, min, tests) => {
    const [t0] = tests;
    const done = passes(tests);
    return tests.length > 1
      ? (v) => (typeof v === 'string' && v.length >= min ? done(v) : F)
      : t0
        ? (v) => (typeof v === 'string' && v.length >= min && t0(v) ? v : F)
        : (v) => (typeof v === 'string' && v.length >= min ? v : F);
  };
  const array: Kind = (c, min, tests) => {
    const item = held(c);
    const done = passes(tests);
    return (v) => {
      if (!Array.isArray(v) || v.length < min) return F;
      const n = v.length;
      const o = new Array(n);
      for (let i = 0; i < n; i++) if ((o[i] = item(v[i])) === F) return F;
      return done(o);
    };
  };
  const object: Kind = (c, _, tests) => {
    // A field left out is not in the copy; one given as undefined is (as undefined), when it may be left out.
    const keys: string[] = [];
    const optional: boolean[] = [];
    const checks = until(() => {
      const k = words[at++];
      optional.push(!k.endsWith('!'));
      keys.push(k.replace('!', ''));
      return held(c, keys[keys.length - 1]);
    });
    const done = passes(tests);
    return (v) => {
      if (!isObject(v)) return F;
      const o: any = {};
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        let y: unknown;
        if (!optional[i]) {
          if ((y = checks[i](v[k])) === F) return F;
        } else if (!(k in v)) continue;
        else if ((y = v[k]) !== undefined && (y = checks[i](y)) === F) return F;
        o[k] = y;
      }
      return done(o);
    };
  };
  const KINDS: Record<string, Kind> = {
    s: text,
    a: array,
    o: object,
    b: (_, __, tests) => {
      const done = passes(tests);
      return (v) => (typeof v === 'boolean' ? done(v) : F);
    },
    n: (_, __, tests) => {
      const done = passes(tests);
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? done(v) : F);
    },
    e: () => {
      const values = new Set(until(() => words[at++]).flatMap((v) => (v[0] === '#' ? (x[+v.slice(1)] as string[]) : v)));
      return (v) => (values.has(v) ? v : F);
    },
    q: (c) => {
      const inner = held(c);
      return (v) => (v === undefined ? v : inner(v));
    },
    r: (c, _, tests) => {
      // As zod: own enumerable keys (Reflect.ownKeys), never __proto__, each key and value checked.
      const key = node().f;
      const value = held(c);
      const done = passes(tests);
      return (v) => {
        if (!isPlainObject(v)) return F;
        const o: any = {};
        const ks = Reflect.ownKeys(v);
        for (let i = 0; i < ks.length; i++) {
          const k = ks[i];
          if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, k)) continue;
          if (key(k) === F || (o[k] = value(v[k as string])) === F) return F;
        }
        return done(o);
      };
    },
    u: (c) => {
      // The first option that takes the value gives the output, as in zod.
      const options = until(() => held(c));
      const [a, b] = options;
      return options.length === 2
        ? (v) => {
            const o = a(v);
            return o !== F ? o : b(v);
          }
        : (v) => {
            for (let i = 0; i < options.length; i++) {
              const o = options[i](v);
              if (o !== F) return o;
            }
            return F;
          };
    },
  };
  /** 'd': the option whose field `name` is the text before it (z.discriminatedUnion). */
  const choice: Kind = (c) => {
    const name = words[at++];
    const options = new Map(until(() => [words[at++], held(c)] as const));
    return (v) => {
      if (!isObject(v)) return F;
      const option = options.get(v[name] as string);
      return option ? option(v) : F;
    };
  };

  // Where each part's node starts, so that its checks are made on its first use (an element makes
  // only those of the parts it checks): each part is a line, its name and then its node.
  const partAt: Record<string, number> = {};
  let i = 0;
  for (const line of d.split('\n')) {
    const w = line.split(' ');
    if (w[1]) partAt[w[0]] = i + 1;
    i += w.length;
  }
  /** The field names in a node, depth first, each once (as field-names.ts walks zod's schema). */
  const names = (n: Node, out: Set<string>, seen: Set<Node>): Set<string> => {
    if (!seen.has(n)) {
      seen.add(n);
      for (const [k, held] of n.c) {
        if (k) out.add(k);
        names(held, out, seen);
      }
    }
    return out;
  };
  const made: Record<string, Node> = {};
  const part = (k: string): Node => (made[k] ??= nodeAt(partAt[k]));
  const partChecks: Record<string, FastCheck> = {};
  for (const k in partAt) partChecks[k] = (v) => part(k).f(v);
  let whole: FastCheck | undefined;
  return {
    partChecks,
    checkBundle: (v) => (whole ??= nodeAt(0).f)(v),
    partFields: (k) => [...names(part(k), new Set([k === 'policyVersion' ? 'policy' : k]), new Set())],
  };
}
