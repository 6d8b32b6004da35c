/**
 * Register a custom element once. Loading the script twice on a page (a CMS plugin plus a
 * hand-pasted tag, say) must not throw "already defined".
 */
export function define(tag: string, cls: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, cls);
}
