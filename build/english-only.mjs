// The library build writes the modules in src/bundle/defaults/ that give part of a built-in list
// (named with a dot: guidance-topics.en.ts, quiz-questions.ks1.ts, quiz-questions.ks1.en.ts) as
// their list, computed at build time: data alone, so that the chunk of a part holds only that
// part, not the whole list it is taken from. The .en ones keep their English text only: each
// {"en": …, "cy": …} text keeps its English, and a page in English downloads half as much. In the
// source (dev server, tests) they give their list with both languages, which reads the same in English.
import { build } from 'esbuild';

const PART_MODULE = /[\\/]src[\\/]bundle[\\/]defaults[\\/][\w-]+\.[\w.]+\.ts$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A text in several languages ({"en": "…", "cy": "…"}) → the same with its English only. */
export function englishOnly(v) {
  if (Array.isArray(v)) return v.map(englishOnly);
  if (v === null || typeof v !== 'object') return v;
  const entries = Object.entries(v);
  const isEnglish = (k) => k === 'en' || k.startsWith('en-');
  const isText = entries.some(([k]) => isEnglish(k)) && entries.every(([k, x]) => LOCALE.test(k) && typeof x === 'string');
  if (isText) return Object.fromEntries(entries.filter(([k]) => isEnglish(k)));
  return Object.fromEntries(entries.map(([k, x]) => [k, englishOnly(x)]));
}

/**
 * A value as JavaScript: a short one as an object literal (its keys unquoted where they can be:
 * about 5 % smaller in gzip than the same as JSON text), a long one as JSON text that JSON.parse
 * reads (quicker to parse than a literal of that size in V8). Data alone, either way.
 */
export function dataExpression(value) {
  const json = JSON.stringify(value);
  // A "__proto__" key in a literal would set the object's prototype rather than make a field.
  if (json.length > LITERAL_MAX || json.includes('"__proto__"')) return `/* @__PURE__ */ JSON.parse(${JSON.stringify(json)})`;
  const lit = (v) => {
    if (Array.isArray(v)) return `[${v.map(lit).join(',')}]`;
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    return `{${Object.entries(v).map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}:${lit(x)}`).join(',')}}`;
  };
  return lit(value);
}

/** The longest JSON text (in characters) written as an object literal rather than read by JSON.parse. */
const LITERAL_MAX = 10_000;

/** The module's exports, computed at build time (with their English text only, for a .en module). */
async function dataModule(id) {
  const r = await build({ entryPoints: [id], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
  const text = id.endsWith('.en.ts') ? englishOnly : (v) => v;
  return Object.entries(mod)
    .map(([name, value]) => `export const ${name} = ${dataExpression(text(value))};`)
    .join('\n');
}

/** Vite plugin form, for the library builds. */
export const englishOnlyLists = () => ({
  name: 'esafety-english-only-lists',
  apply: 'build',
  enforce: 'pre',
  load(id) {
    return PART_MODULE.test(id) ? dataModule(id) : null;
  },
});
