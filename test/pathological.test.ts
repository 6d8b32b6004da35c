import { expect, waitUntil } from '@open-wc/testing';

// Hostile or broken text must not freeze the page: each of these is one 1 MB paragraph, given
// to the BUILT element as JSON text, timed from setting it to the policy (or error box) on screen.
// Run `node build/build.mjs` first (`npm test` does).
const MB = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const PATHOLOGICAL: Record<string, string> = {
  'plain words (for comparison)': fill('word '),
  'open brackets [': fill('['),
  'stars *': fill('*'),
  'double stars **': fill('**a'),
  'bold pairs **a**': fill('**a** '),
  'link closers ](': fill(']('),
  'footnote openers [^': fill('[^'),
  'backslashes \\': fill('\\'),
  'nested brackets [[[…](': fill('[').slice(0, MB / 2) + fill('](').slice(0, MB / 2),
  'links [a](b)': fill('[a](/b) '),
  'italic *a': fill('*a '),
  'underscores _a': fill(' _a'),
  'brackets and parens [(': fill('[(]'),
};

const bundleText = (text: string) =>
  JSON.stringify({ policy: { title: 'Big paragraph', sections: [{ title: 'One', blocks: [{ type: 'paragraph', text }] }] } });

describe('1 MB of pathological inline markup', () => {
  before(async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/esafety-elements.js`);
  });

  for (const [name, text] of Object.entries(PATHOLOGICAL)) {
    it(`validates and renders ${name} quickly`, async () => {
      const json = bundleText(text);
      const el = document.createElement('esafety-policy') as HTMLElement & { bundle: unknown };
      const t0 = performance.now();
      el.bundle = json;
      document.body.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('article, .bundle-error'), 'never rendered', { timeout: 20000, interval: 2 });
      const ms = performance.now() - t0;
      console.log(`1 MB ${name}: ${ms.toFixed(0)} ms`);
      el.remove();
      expect(ms).to.be.below(1000);
    });
  }
});
