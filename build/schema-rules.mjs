// Build-only: what the generated JSON Schema needs beyond what zod can say in JSON Schema
// (zod's refine() checks are code, so they vanish from the export). build/schema.mjs tags the
// nodes it recognises with "x-kind" (by the identity of the zod schema), and refineSchema()
// below turns each kind into patterns, formats and ranges, adds the descriptions in
// build/schema-descriptions.mjs by path, and removes the tags. None of this reaches the browser.
import { describe } from './schema-descriptions.mjs';

/** Characters a browser ignores inside a URL (tabs, new lines, spaces, control characters). */
const I = '[\\u0000-\\u0020\\u007f]*';
/** A word matched in any case, letter by letter, with ignorable characters between letters. */
const ci = (w, gap = I) => [...w].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join(gap);
const SAFE = `(?:${ci('https')}|${ci('http')}|${ci('mailto')}|${ci('tel')})${I}:`;
const SCHEME = `[a-zA-Z]${I}(?:[a-zA-Z0-9+.\\-]${I})*:`;

export const PATTERNS = {
  /** A real calendar date YYYY-MM-DD (no 30 February; 29 February only in leap years). */
  date:
    '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
    '|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$',
  /** A link target: https/http/mailto/tel or a relative address, never javascript:, data: … */
  url: `^(?!${I}(?!${SAFE})${SCHEME})`,
  /** Text whose markup links ([text](address)) use only the allowed schemes. */
  rich: `^(?![\\s\\S]*\\]\\(${I}(?!${SAFE})${SCHEME})`,
  /** Where forms go: https, plain http only on this machine, or a path on the school's site. */
  endpoint: `^(?:${ci('https', '')}://[^\\s/]+|${ci('http', '')}://(?:${ci('localhost', '')}|127\\.\\d+\\.\\d+\\.\\d+|\\[::1\\])(?::\\d+)?(?:/|$)|/(?!/))`,
};

/** Whole-number ranges the runtime checks (IntRange in src/bundle/schema), by the field's path. */
const RANGES = {
  'submit.timeoutMs': [1000, 120000],
  'concern.maxLength': [100, 20000],
  'quiz.count': [1],
  'quiz.passMark': [0],
  'agreements[].renewalMonths': [1],
  'policy.reviewCycleMonths': [1, 120],
};

/** zod drops a regex's flags in JSON Schema: make a case-insensitive pattern's letter ranges take both cases. */
export const caseless = (pattern) => pattern.replace(/a-z(?!A-Z)/g, 'a-zA-Z');

/**
 * Apply the kinds, ranges and descriptions to a generated schema, in place. Returns the paths
 * of nodes that still have no description (the build fails on any).
 */
export function refineSchema(schema) {
  const missing = [];
  const visit = (node, path, field) => {
    if (!node || typeof node !== 'object') return;
    const kind = node['x-kind'];
    delete node['x-kind'];
    if (kind === 'date') {
      node.pattern = PATTERNS.date;
      node.format = 'date';
    } else if (kind === 'url' || kind === 'rich' || kind === 'endpoint') {
      if (node.pattern && kind !== 'endpoint') node.allOf = [{ pattern: node.pattern }, ...(node.allOf ?? [])];
      node.pattern = PATTERNS[kind];
    } else if (kind === 'int') {
      node.type = 'integer';
      const range = RANGES[path];
      if (range) {
        node.minimum = range[0];
        if (range[1] !== undefined) node.maximum = range[1];
      }
    } else if (kind === 'langs') node.minProperties = 1;
    else if (kind === 'caseless' && node.pattern) node.pattern = caseless(node.pattern);
    if (field !== undefined && !node.description) {
      const d = describe(path, field, node);
      if (d) node.description = d;
      else missing.push(path);
    }
    for (const [k, v] of Object.entries(node.properties ?? {})) visit(v, path ? `${path}.${k}` : k, k);
    if (node.items) visit(node.items, `${path}[]`, `${field}[]`);
    // A block's fields are described per kind of block: "blocks[]<clause>.text".
    const variant = (v) => v?.properties?.type?.const ?? (v?.properties?.type?.enum?.length === 1 ? v.properties.type.enum[0] : undefined);
    for (const key of ['anyOf', 'oneOf', 'allOf']) node[key]?.forEach((v) => visit(v, variant(v) ? `${path}<${variant(v)}>` : path, undefined));
    if (node.additionalProperties && typeof node.additionalProperties === 'object') visit(node.additionalProperties, `${path}{}`, undefined);
    if (node.propertyNames) visit(node.propertyNames, `${path}{key}`, undefined);
  };
  for (const [name, def] of Object.entries(schema.$defs ?? {})) visit(def, defName(name, def), defName(name, def));
  visit(schema, '', undefined);
  // An agreement names who it is for once: "audience" or "audiences" — not both, not neither.
  const agreement = schema.properties?.agreements?.items;
  if (agreement?.properties?.audience) agreement.oneOf = [{ required: ['audience'] }, { required: ['audiences'] }];
  return missing;
}

/** Name zod's shared (recursive) definitions for the descriptions: a section, or blocks. */
function defName(name, def) {
  if (def.properties?.title && def.properties?.sections) return 'Section';
  const branches = def.anyOf ?? def.oneOf;
  if (branches?.some((b) => b.properties?.type?.const !== undefined || b.properties?.type?.enum?.length === 1)) return 'blocks[]';
  return name;
}
