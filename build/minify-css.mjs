// Minifies the CSS inside Lit's css`…` templates at build time with esbuild's CSS minifier
// (already a dependency). Only templates with no ${…} and no escapes are touched, so what is
// minified is plain CSS. Every visitor downloads these styles; this saves about 0.5 KiB gzip.
// Each becomes unsafeCSS("…") of that text: the same CSSResult, and the css tag's code (with its
// check of the values put in a template, which these have none of) is then left out of the
// files a page loads. The text is the project's own stylesheet, never content from a bundle.
import { transformSync } from 'esbuild';

const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;
const UNSAFE_CSS = 'unsafeCSS$';

export function minifyCssTemplates(code) {
  let found = 0;
  const out = code.replace(CSS_TEMPLATE, (whole, body) => {
    // utf8: keep characters such as ‹ as they are (esbuild would write the CSS escape \2039).
    const { code: min } = transformSync(body, { loader: 'css', minify: true, charset: 'utf8', logLevel: 'silent' });
    found++;
    return `${UNSAFE_CSS}(${JSON.stringify(min.trim())})`;
  });
  return found ? `import { unsafeCSS as ${UNSAFE_CSS} } from 'lit';\n${out}` : out;
}

/** Vite plugin form, for the library builds. */
export const minifyCss = () => ({
  name: 'esafety-minify-css',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    return { code: minifyCssTemplates(code), map: null };
  },
});
