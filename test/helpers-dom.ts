import { waitUntil } from '@open-wc/testing';
import type { Envelope } from '../src/submit/types.js';

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

/** The envelope of the element's next submission, taken over by the test (preventDefault), so nothing is sent. */
export function intercept<D = Record<string, unknown>>(el: Element): Promise<Envelope<D>> {
  return new Promise((resolve) =>
    el.addEventListener(
      'esafety-submit',
      (e) => {
        e.preventDefault();
        resolve((e as CustomEvent).detail.envelope);
      },
      { once: true },
    ),
  );
}
