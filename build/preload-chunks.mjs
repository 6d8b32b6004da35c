// dist/esafety-elements.js loads an element's chunk with import() when the page uses it; that
// chunk imports the shared ones (core: lit, zod, the bundle checks …), which a browser asks for
// only once it has the element's chunk and has read it: one download after the other. This
// plugin writes, into each `withImports(() => import("./chunks/x.js"))` of the entry
// (src/cdn.ts), the big chunks x.js imports (at any level), which withImports fetches at the
// same time as x.js. Vite does this itself for apps, but not in library mode.
//
// Every chunk an element's chunk imports, at any level, however small: with 80 ms of latency
// a page with <aup-form> showed its form about one round trip (~75 ms) sooner than with only the
// big chunks listed. The lists' hashed names cost the entry, and so every page, about 0.35 KiB gzip.
import { BUILT_IN_LISTS } from './element-lists.mjs';

export const MIN_BYTES = 0;

/** The chunks `file` imports statically, at every level, but not `except`. */
function importsOf(bundle, file, except) {
  const out = new Set();
  const visit = (f) => {
    for (const i of bundle[f]?.imports ?? []) {
      if (i === except || out.has(i)) continue;
      out.add(i);
      visit(i);
    }
  };
  visit(file);
  return [...out];
}

/**
 * What an element loads for a page's language, beside its code: on a page not in Welsh its
 * built-in lists with their English only (`en`), on a Welsh page the Welsh interface and its
 * whole lists (`cy`); for the quiz, whose lists depend on its `age`, `enByAge` and `cyByAge`: for
 * each value of the attribute; for the guidance, `enTopic` and `cyTopic`: in place of its lists
 * when it shows one topic (its `topic` attribute).
 */
function languageLists(bundle, tag, plugin) {
  const lists = BUILT_IN_LISTS[tag] ?? [];
  const file = (name) => chunkNamed(bundle, name, plugin);
  const out = { en: [], cy: [file('cy')] };
  for (const [language, key] of [['en', 'english'], ['cy', 'whole']])
    for (const l of lists) {
      if (typeof l[key] === 'string') out[language].push(file(l[key]));
      else if (l[key])
        for (const [age, name] of Object.entries(l[key])) ((out[`${language}ByAge`] ??= {})[age] ??= []).push(file(name));
    }
  // In place of `en` or `cy`: the same with each list as it is when the element shows one topic.
  if (lists.some((l) => l.topic))
    for (const [language, key] of [['en', 'english'], ['cy', 'whole']])
      out[`${language}Topic`] = [...(language === 'cy' ? [file('cy')] : []), ...lists.map((l) => (l.topic ?? l)[key]).filter(Boolean).map(file)];
  return out;
}

/**
 * An element's lists as the entry has them (src/cdn.ts, `LISTS`): [English only, whole], each a
 * file from the entry, or one by the tag's variant (the quiz's `age`; the guidance's "topic" when
 * it has a `topic` attribute, else "").
 */
function entryLists(bundle, tag, plugin) {
  const at = (name) => `./${chunkNamed(bundle, name, plugin)}`;
  // `__proto__: null` (written so, not a key: JSON.stringify keeps it, and in the entry's object literal it
  // makes an object without a prototype, so an age attribute of "constructor" finds nothing).
  // None (the built-in defaults in English, which are in the element's chunk): 0, which finds no file.
  const files = (e) =>
    e === undefined ? 0 : typeof e === 'string' ? at(e) : { ['__proto__']: null, ...Object.fromEntries(Object.entries(e).map(([age, name]) => [age, at(name)])) };
  const variants = (l, key) => (l.topic ? { '': l[key], topic: l.topic[key] } : l[key]);
  return (BUILT_IN_LISTS[tag] ?? []).map((l) => [files(variants(l, 'english')), files(variants(l, 'whole'))]);
}

/** The file of the chunk named `name` (its module's name: "cy", "quiz-questions.en" …). */
function chunkNamed(bundle, name, plugin) {
  const found = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === name);
  if (!found) plugin.error(`preload-chunks: no chunk "${name}" (build/element-lists.mjs)`);
  return found.fileName;
}

/** The five elements' tags, as their chunks are named (vite.config.ts: after the element's folder). */
const ELEMENT_TAGS = ['esafety-policy', 'aup-form', 'esafety-quiz', 'report-concern', 'parent-guidance'];

/** `entry`: the file name of the entry whose dynamic imports get their lists. */
export function preloadChunks(entry = 'esafety-elements.js', minBytes = MIN_BYTES) {
  return {
    name: 'esafety-preload-chunks',
    apply: 'build',
    generateBundle(_, bundle) {
      const main = bundle[entry];
      if (!main || main.type !== 'chunk') return;
      let seen = 0;
      /** Each element's chunk and the chunks it imports, by tag: written to preload.json (below). */
      const byTag = {};
      // `withImports(() => import("./chunks/x.js"))`, however the minifier spelled it, with the
      // `.then((m) => m.x)` rolldown adds when the chunk's exports are renamed, or the
      // `.then(() => {})` of an element's chunk, loaded for its side effect (src/cdn.ts).
      const call = /(\(\)\s*=>\s*import\(\s*(["'`])\.\/([^"'`]+)\2\s*\)(?:\.then\(\s*(?:\(?\s*\w+\s*\)?\s*=>\s*\w+\.\w+|\(\s*\)\s*=>\s*\{\s*\})\s*\))?)(\s*\))/g;
      main.code = main.code.replace(call, (all, arrow, _q, file, close) => {
        if (!bundle[file]) return all;
        seen++;
        const list = importsOf(bundle, file, entry)
          .filter((f) => Buffer.byteLength(bundle[f].code) >= minBytes)
          .map((f) => `./${f}`);
        const tag = /[\\/]src[\\/]([\w-]+)[\\/]index\.ts$/.exec(bundle[file].facadeModuleId ?? '')?.[1];
        if (tag && ELEMENT_TAGS.includes(tag)) byTag[tag] = { files: [file, ...list.map((f) => f.slice(2))], ...languageLists(bundle, tag, this) };
        return list.length ? `${arrow},${JSON.stringify(list)}${close}` : all;
      });
      // The files each element loads for the page's language (the Welsh interface, the built-in
      // lists), which it asks for only once its code has run: the entry fetches them beside its
      // chunk when the page says its language (src/cdn.ts, `LISTS`). Written as an object (not
      // escaped JSON text), as every page pays these bytes: `cy`, the Welsh interface; for each
      // element with built-in lists, [English only, whole] of each list (by `age` for the quiz).
      const marker = /\{\s*(["'`]?)esafety-lists\1\s*:\s*\[\s*\]\s*\}/;
      if (Object.keys(byTag).length) {
        const lists = { cy: `./${chunkNamed(bundle, 'cy', this)}` };
        for (const tag of Object.keys(byTag)) if (BUILT_IN_LISTS[tag]) lists[tag] = entryLists(bundle, tag, this);
        if (!marker.test(main.code)) this.error(`preload-chunks: no { "esafety-lists": [] } in ${entry} to write the language lists in place of (src/cdn.ts)`);
        main.code = main.code.replace(marker, JSON.stringify(lists));
      }
      // preload.json beside the entry: for a server that knows which elements a page has (the
      // WordPress plugin does) to print <link rel="modulepreload"> for their files (`files`, and
      // `en` or `cy` for the page's language, and `enByAge` or `cyByAge` for the `age` of each
      // of the element's tags, the quiz's; `enTopic` or `cyTopic` for a guidance showing one
      // topic, in place of `en` or `cy`), so that the browser fetches them while it fetches
      // the entry, not only once the entry has run.
      if (Object.keys(byTag).length) this.emitFile({ type: 'asset', fileName: 'preload.json', source: `${JSON.stringify(byTag, null, 2)}\n` });
      // Every dynamic import of a chunk that imports others goes through withImports (a chunk that
      // imports nothing, such as the Trusted Types message, has nothing to fetch beside it).
      const expected = main.dynamicImports.filter((f) => importsOf(bundle, f, entry).length).length;
      if (seen !== expected)
        this.error(`preload-chunks: found ${seen} withImports(() => import(…)) in ${entry} for its ${expected} dynamic imports of chunks that import others — src/cdn.ts and build/preload-chunks.mjs disagree`);
    },
  };
}
