import { waitUntil } from '@open-wc/testing';
import type { Envelope } from '../src/submit/types.js';

/** Wait until an element's shadow root shows its policy or its error box. */
export async function until(el: Element, what = 'article, .bundle-error', timeout = 5000): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector(what), `no ${what} rendered`, { timeout });
}

/**
 * A policy whose bundle has a mistake (its one section's `numbered` is the text "yes"), added to
 * the page (`doc`: this one, or a framed page's) with whatever defines <esafety-policy> there: the
 * text of the error box it shows, and its border (the box's styles join the element's only when it is shown).
 */
export async function policyMistakeShown(doc: Document = document): Promise<{ text: string; border: string }> {
  const el = doc.createElement('esafety-policy') as HTMLElement & { bundle?: unknown };
  el.bundle = JSON.parse('{"policy": {"title": "Online safety", "sections": [{"title": "Scope", "numbered": "yes"}]}}');
  doc.body.append(el);
  try {
    await until(el, '.bundle-error');
    const box = $(el, '.bundle-error');
    const css = doc.defaultView!.getComputedStyle(box);
    return { text: box.textContent ?? '', border: `${css.borderTopWidth} ${css.borderTopStyle}` };
  } finally {
    el.remove();
  }
}

/** Inside a describe(): the page's uncaught errors during the current test, read with the function it returns. */
export function pageErrors(): () => string[] {
  let errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));
  return () => errors;
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

/** An element in a shadow root by id (throws when missing). */
export const byId = (el: Element, id: string) => $(el, `[id="${id}"]`) as HTMLInputElement;

/** What has focus inside an element's shadow root. */
export const shadowFocus = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Type into a field by id, as a person would (an input event), and wait for the render. */
export async function typeIn(el: Element & { updateComplete: Promise<unknown> }, id: string, value: string) {
  const input = byId(el, id);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Click a control by id and wait for the render. */
export async function clickId(el: Element & { updateComplete: Promise<unknown> }, id: string) {
  byId(el, id).click();
  await el.updateComplete;
}

/** A live region's words once they are there: it appears empty and is filled a moment later (src/ui/announce.ts). */
export async function spoken(el: Element, selector: string): Promise<string> {
  const words = () => el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  await waitUntil(words, `${selector} stays empty`, { timeout: 3000 });
  return words()!;
}

/**
 * axe-core in another document (a frame's: an element of another document is beyond this page's
 * own axe), loaded once; resolves with a check of that whole document, which gives each
 * violation as "rule (nodes)". `options`: axe's run options (rules to leave out).
 */
export async function axeIn(doc: Document, options: object = {}): Promise<() => Promise<string[]>> {
  type Axe = { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
  const win = doc.defaultView as unknown as { axe?: Axe };
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((r) => script.addEventListener('load', r, { once: true }));
    doc.head.append(script);
    await loaded;
  }
  return async () => (await win.axe!.run(doc, options)).violations.map((v) => `${v.id} (${v.nodes.length})`);
}
