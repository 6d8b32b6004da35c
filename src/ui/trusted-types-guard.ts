/**
 * Evaluated before Lit (it is the first import of every entry). A page whose
 * Content-Security-Policy enforces Trusted Types without allowing Lit's policy ("lit-html")
 * stops Lit from starting, so no element can render or explain itself. This notices the
 * refusal and has a plain message written where each element stands, with the
 * `esafety-bundle-error` event, instead of blank space (trusted-types-message.ts: its words and
 * that code load only then; Trusted Types do not govern import()). Should that file be missing
 * too, the console still says why.
 */
if (typeof window !== 'undefined' && 'trustedTypes' in window)
  document.addEventListener('securitypolicyviolation', (e) => {
    if (e.disposition === 'enforce' && e.effectiveDirective === 'trusted-types' && e.sample === 'lit-html')
      import('./trusted-types-message.js').then(
        (m) => m.explain(),
        () => console.error('esafety-elements: the page’s Content-Security-Policy does not allow the Trusted Types policy “lit-html”, so nothing can be shown'),
      );
  });
