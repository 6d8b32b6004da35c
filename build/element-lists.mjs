// The built-in lists each element loads on every page it is on (its `static builtIns`, see
// src/bundle/defaults/built-in.ts): on a page not in Welsh the list with its English only (the
// chunk named `<list>.en`), on a Welsh page the whole list (`<list>`) and the Welsh interface
// (`cy`). Used by `npm run size` (what a page loads) and build/preload-chunks.mjs (what the
// entry fetches beside an element's chunk); test/chunk-preload.test.ts checks them against what
// a page really fetches.
export const BUILT_IN_LISTS = {
  'esafety-quiz': ['quiz-questions'],
  'parent-guidance': ['guidance-topics'],
};
