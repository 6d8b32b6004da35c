// The library build writes src/bundle/defaults/*.en.ts (the built-in guidance topics, and the
// built-in quiz questions of each age set, for pages not in Welsh) as their list with its English
// text only: each {"en": …, "cy": …} text keeps its English. A page in English then downloads
// half as much of them; a Welsh page loads the full list. In the source (dev server, tests) the
// .en modules give their list with both languages, which reads the same in English.
import { build } from 'esbuild';

const EN_MODULE = /[\\/]src[\\/]bundle[\\/]defaults[\\/][\w.-]+\.en\.ts$/;
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

/** The module's exports, computed at build time, with their English text only. */
async function englishModule(id) {
  const r = await build({ entryPoints: [id], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
  return Object.entries(mod)
    .map(([name, value]) => `export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(englishOnly(value)))});`)
    .join('\n');
}

/** Vite plugin form, for the library builds. */
export const englishOnlyLists = () => ({
  name: 'esafety-english-only-lists',
  apply: 'build',
  enforce: 'pre',
  load(id) {
    return EN_MODULE.test(id) ? englishModule(id) : null;
  },
});
