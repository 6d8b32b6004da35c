import { waitUntil } from '@open-wc/testing';

/** Wait until an element's shadow root shows its policy or its error box. */
export async function until(el: Element, what = 'article, .bundle-error'): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector(what), `no ${what} rendered`, { timeout: 5000 });
}

/** The first match in an element's shadow root (throws when missing). */
export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}
