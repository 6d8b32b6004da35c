// Minifies the CSS inside Lit's css`…` templates at build time with esbuild's CSS minifier
// (already a dependency). Only templates with no ${…} and no escapes are touched, so what is
// minified is plain CSS. Every visitor downloads these styles; this saves about 0.5 KiB gzip.
import { transformSync } from 'esbuild';

const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

/** Text as the inside of a JS template literal (a CSS escape such as \2039 is not a valid JS one). */
const asTemplate = (s) => s.replace(/[\\`]|\$\{/g, (c) => `\\${c}`);

export function minifyCssTemplates(code) {
  return code.replace(CSS_TEMPLATE, (whole, body) => {
    // utf8: keep characters such as ‹ as they are (esbuild would write the CSS escape \2039).
    const { code: min } = transformSync(body, { loader: 'css', minify: true, charset: 'utf8', logLevel: 'silent' });
    return `css\`${asTemplate(min.trim())}\``;
  });
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
