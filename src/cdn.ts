/**
 * dist/esafety-elements.js, the one script a school's page (or CMS) includes. It is small: each
 * element's code loads from dist/chunks/ when the page first uses that element — when a tag
 * appears in the document (there at load, or added later), when a script creates one with
 * document.createElement, or waits for one with customElements.whenDefined. Then the chunk
 * defines the real element and the browser upgrades every such tag on the page, keeping any
 * properties set before (Lit re-applies them). Loading this script twice does no harm.
 */

// First, before any chunk brings Lit: explains a Trusted Types refusal in each element's place (see the file).
import './ui/trusted-types-guard.js';

/**
 * Why an element's code is missing, in the words the built-in lists use (defaults/built-in.ts).
 * Here, not imported: this file must load on its own, even from a server without the chunks.
 */
const couldNotLoad = (what: string, e: unknown) =>
  `${what} could not be loaded (${e instanceof Error ? e.message : String(e)}) — put the whole dist folder on the server, not only esafety-elements.js`;

/**
 * Load a chunk, and fetch the chunks it imports beside it rather than after it: a page then
 * waits one round trip for an element's code instead of one per level (its chunk, then the
 * shared core). The build writes each chunk's list in (build/preload-chunks.mjs); from the
 * source there is none. A list's chunk that fails to load is reported by `load`, which needs it.
 */
const withImports = <T>(load: () => Promise<T>, imports: readonly string[] = []): Promise<T> => {
  // The chunk itself first: over HTTP/1.1 a browser opens six connections to a server, and the
  // rest wait their turn.
  const loaded = load();
  for (const url of imports) import(/* @vite-ignore */ url).catch(() => {});
  return loaded;
};

// Each element's module is loaded for what it does (it defines the element), not for its exports:
// `.then(() => {})` says so to the bundler, which otherwise builds the module's namespace with a
// helper in a chunk of its own (one more file before the form's first render).
const ELEMENTS = {
  'esafety-policy': () => withImports(() => import('./esafety-policy/index.js').then(() => {})),
  'aup-form': () => withImports(() => import('./aup-form/index.js').then(() => {})),
  'esafety-quiz': () => withImports(() => import('./esafety-quiz/index.js').then(() => {})),
  'report-concern': () => withImports(() => import('./report-concern/index.js').then(() => {})),
  'parent-guidance': () => withImports(() => import('./parent-guidance/index.js').then(() => {})),
} satisfies Record<string, () => Promise<void>>;

/**
 * What each element loads for the page's language once its code has run (the Welsh interface,
 * its built-in lists: build/element-lists.mjs), by tag: fetched beside its chunk instead, when
 * the page says its language. The build writes them in (build/preload-chunks.mjs) in place of
 * this object (its one key a marker a minifier leaves alone); from the source there are none.
 * A list is one file, or one by the tag's variant, in an object without a prototype
 * (`__proto__: null`), so that no attribute finds anything else: the quiz's questions by its
 * `age` attribute; <aup-form>'s symbols and "Read aloud" by its `audience` (else `age`); the guidance's topics by whether it shows one topic (its `topic` attribute:
 * "topic", the whole list; else "", the cards). 0: none (the English of the built-in defaults,
 * which is in the element's own chunk).
 */
type List = string | Record<string, string> | 0;
type Lists = { cy?: string } & { [tag: string]: [english: List, whole: List][] | string | undefined };
const LISTS: Lists = { 'esafety-lists': [] };

/**
 * The language files of an element, for the language its first tag on the page is in (as the
 * element will find it: the nearest `lang`): in Welsh the interface's strings and its whole
 * built-in lists, else the lists' English (the quiz's: its age's set). None when the page does
 * not say: the element may then take its bundle's language, and a guess could fetch a list for nothing.
 */
const languageFiles = (tag: string): string[] => {
  const el = document.querySelector(tag);
  const lang = (el?.closest('[lang]') ?? document.documentElement).getAttribute('lang')?.trim().toLowerCase();
  const own = LISTS[tag];
  if (!lang || !LISTS.cy) return [];
  const welsh = /^cy(-|$)/.test(lang);
  // A list by variant only for a tag in the page: one not added yet may still be given its age.
  const files = (l: List) => (typeof l == 'string' ? l : (el && l && l[el.getAttribute('audience') || (el.getAttribute('age') ?? (el.hasAttribute('topic') ? 'topic' : ''))]) || []);
  return [...(welsh ? [LISTS.cy] : []), ...(Array.isArray(own) ? own.flatMap(([english, whole]) => files(welsh ? whole : english)) : [])];
};

/** The five tags. */
export type ElementTag = keyof typeof ELEMENTS;
const TAGS = Object.keys(ELEMENTS) as ElementTag[];
const isTag = (name: string): name is ElementTag => name in ELEMENTS;

const loading = new Map<ElementTag, Promise<CustomElementConstructor>>();

/**
 * Load an element's code now and resolve with its class once it is defined. Pages that put the
 * tags inside their own components' shadow roots (which this script cannot see) call it first.
 */
export function loadElement(tag: ElementTag): Promise<CustomElementConstructor> {
  let p = loading.get(tag);
  if (!p) {
    const element = ELEMENTS[tag]();
    // Once the task that made the tag is done: a script sets its attributes (the quiz's `age`) and
    // adds it to the page after document.createElement, which started this.
    queueMicrotask(() => {
      for (const url of languageFiles(tag)) import(/* @vite-ignore */ url).catch(() => {}); // the element reports a missing one
    });
    p = element
      .then(() => customElements.whenDefined(tag))
      .catch((e: unknown) => {
        loading.delete(tag); // the next use tries again (e.g. once the chunks are uploaded)
        const message = couldNotLoad(`the code of <${tag}>`, e);
        console.error(`esafety-elements: ${message}`);
        // Said where the element would be, in its light DOM: a defined element's shadow root hides it.
        // (Not where the Trusted Types guard has already said why, in a shadow root of its own.)
        for (const el of document.querySelectorAll(tag))
          if (!el.shadowRoot && !el.querySelector(':scope > [data-esafety-missing]')) {
            const p = document.createElement('p');
            p.setAttribute('role', 'alert');
            p.dataset.esafetyMissing = '';
            p.textContent = `This part of the page could not be shown: ${message}.`;
            el.append(p);
          }
        throw e;
      });
    loading.set(tag, p);
  }
  return p;
}

/** Load the code of all five elements (e.g. before creating them where this script cannot see). */
export function loadAllElements(): Promise<CustomElementConstructor[]> {
  return Promise.all(TAGS.map(loadElement));
}

/**
 * The whole-bundle check (the same as `npx esafety-elements validate`), loaded on first use:
 * `(await loadValidator()).parseBundleText(text)`. For pages that check a bundle as it is typed,
 * such as the WordPress plugin's settings page; elements check only the parts they use.
 */
export const loadValidator = () => withImports(() => import('./bundle/validate.js'));

const use = (tag: string) => {
  if (isTag(tag) && !customElements.get(tag)) loadElement(tag).catch(() => {}); // reported in loadElement
};

/** Load the elements used in (or as) `node`. */
const scan = (node: Node) => {
  if (!(node instanceof Element)) return;
  use(node.localName);
  for (const tag of TAGS) if (!customElements.get(tag) && node.getElementsByTagName(tag).length) use(tag);
};

if (!(window as { esafetyLazy?: boolean }).esafetyLazy) {
  (window as { esafetyLazy?: boolean }).esafetyLazy = true;
  scan(document.documentElement);
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) scan(n);
    if (TAGS.every((t) => customElements.get(t))) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  // Scripts that make an element before it is in the page, or wait for its definition.
  const create = document.createElement;
  document.createElement = function (this: Document, name: string, options?: ElementCreationOptions) {
    use(String(name).toLowerCase());
    return create.call(this, name, options);
  } as typeof document.createElement;
  const whenDefined = customElements.whenDefined;
  customElements.whenDefined = function (this: CustomElementRegistry, name: string) {
    use(name);
    return whenDefined.call(this, name);
  };
}
