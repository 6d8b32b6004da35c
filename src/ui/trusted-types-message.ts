/**
 * What src/ui/trusted-types-guard.ts writes where each element stands when the page's
 * Content-Security-Policy refuses Lit's Trusted Types policy: loaded only then, as most pages
 * never need it. Plain DOM only: no Lit, no HTML parsing. The words are fixed here (English, and
 * Welsh under lang="cy"), as the localized strings need Lit.
 */
const TAGS = ['esafety-policy', 'aup-form', 'esafety-quiz', 'report-concern', 'parent-guidance'];

const EN =
  'This cannot be shown: the page’s Content-Security-Policy does not allow the Trusted Types policy “lit-html”. Please ask whoever looks after the website to add lit-html to its trusted-types list.';
const CY =
  'Does dim modd dangos hwn: nid yw Content-Security-Policy y dudalen yn caniatáu’r polisi Trusted Types “lit-html”. Gofynnwch i’r sawl sy’n gofalu am y wefan ychwanegu lit-html at ei restr trusted-types.';

/** A plain message in each element's place, in the console, and the `esafety-bundle-error` event. */
export function explain(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('p{border:2px solid #b3261e;padding:.75rem 1rem;margin:0}');
  for (const tag of TAGS) {
    if (customElements.get(tag)) continue; // registered after all (another copy of the library)
    for (const el of document.querySelectorAll(tag)) {
      if (el.shadowRoot) continue;
      const root = el.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      const p = document.createElement('p');
      p.setAttribute('part', 'error');
      p.textContent = el.closest('[lang]')?.getAttribute('lang')?.startsWith('cy') ? CY : EN;
      root.append(p);
      console.error(`<${tag}>: ${EN}`);
      el.dispatchEvent(
        new CustomEvent('esafety-bundle-error', { bubbles: true, composed: true, detail: { issues: [{ path: '(the page)', message: EN }], source: 'the page' } }),
      );
    }
  }
}
