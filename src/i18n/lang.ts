/**
 * Which language an element speaks: its own `lang`, else the closest ancestor's (across shadow
 * roots), else the document's, else the bundle's default.
 */
export function langOf(el: Element, bundleDefault?: string): string {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const value = found?.getAttribute('lang');
    if (value) return value;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return bundleDefault ?? 'en-GB';
}

/** Whether an element speaking `lang` needs the Welsh text of the built-in lists (defaults/built-in.ts). */
export const needsWelsh = (lang: string) => lang.toLowerCase().split('-')[0] === 'cy';

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Call `fn` whenever any `lang` attribute in the document changes. One observer serves every
 * element on the page; returns the function that stops listening.
 */
export function onLangChange(fn: Listener): () => void {
  listeners.add(fn);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(fn);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
