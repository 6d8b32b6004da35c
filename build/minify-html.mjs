// Strips the indentation out of Lit's html`…` and svg`…` templates at build time (as
// minify-css.mjs does for css`…`): fewer bytes, and fewer whitespace-only text nodes for the
// browser to clone and Lit to walk on every render.
//
// Only runs of white space that contain a line break are touched (the source's indentation),
// never a space written on one line. Such a run is dropped where it cannot show: at the start
// or end of a template, or beside the tag of a block element (<p>, <li>, <section> …, custom
// elements, SVG shapes), where CSS would not render it either. Anywhere else (beside inline
// elements, text and bindings) it becomes one space, which renders the same.
import { readFileSync } from 'node:fs';
import { minifyCssTemplates } from './minify-css.mjs';

const BLOCK = new Set(
  (
    'address article aside blockquote br caption col colgroup dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main nav ol option p section select summary table ' +
    'tbody td tfoot th thead tr ul style template svg g path circle rect line polyline polygon ellipse defs use symbol title'
  ).split(' '),
);
const isBlockTag = (name) => !!name && (BLOCK.has(name) || name.includes('-'));

/**
 * The element name of the tag that `text` ends with (`…<li class="x">` → li), if any. Bindings
 * are \0 in `text`; a tag whose name is a binding (lit/static-html's <${h}>) is one of the
 * elements' headings here, so it counts as h2.
 */
const tagBefore = (text) => {
  if (!text.endsWith('>')) return undefined;
  const open = text.lastIndexOf('<');
  if (open < 0) return undefined;
  if (/^<\/?\0/.test(text.slice(open))) return 'h2';
  return /^<\/?([a-zA-Z][\w-]*)/.exec(text.slice(open))?.[1]?.toLowerCase();
};
/** The element name of the tag that `text` starts with (`</ul>…` → ul), if any. */
const tagAfter = (text) => /^<\/?([a-zA-Z][\w-]*)/.exec(text)?.[1]?.toLowerCase();

/**
 * One literal piece of a template; `first`/`last`: it starts/ends the template (else a binding);
 * `earlier`: the template's text before it (bindings as \0), to find the tag a piece ends.
 */
function squeeze(piece, first, last, earlier) {
  return piece.replace(/[ \t]*[\r\n]\s*/g, (run, at) => {
    const before = earlier + piece.slice(0, at);
    const after = piece.slice(at + run.length);
    if ((first && at === 0) || (last && after === '')) return '';
    if (isBlockTag(tagBefore(before)) || isBlockTag(tagAfter(after)) || (!last && /^<\/?$/.test(after))) return '';
    return ' ';
  });
}

/**
 * Find html`…`/svg`…` templates in TypeScript or JavaScript source and squeeze their literal
 * pieces. A small scanner: it follows strings, comments, template literals and ${…} nesting
 * (templates inside bindings included), which is all Lit templates need.
 */
export function minifyHtmlTemplates(code) {
  if (!/\b(html|svg)`/.test(code)) return code;
  let out = '';
  let i = 0;
  const n = code.length;

  // Copy an ordinary template literal or an html one (starting after its backtick).
  const template = (squeezeIt) => {
    let piece = '';
    let first = true;
    let earlier = '';
    while (i < n) {
      const c = code[i];
      if (c === '\\') {
        piece += code.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        out += squeezeIt ? squeeze(piece, first, true, earlier) : piece;
        out += '`';
        i++;
        return;
      } else if (c === '$' && code[i + 1] === '{') {
        out += (squeezeIt ? squeeze(piece, first, false, earlier) : piece) + '${';
        earlier += `${piece}\0`;
        piece = '';
        first = false;
        i += 2;
        expression('}');
      } else {
        piece += c;
        i++;
      }
    }
    out += piece;
  };

  // Copy code up to (and including) the closing `end` at depth 0, or to the end of the file.
  const expression = (end) => {
    let depth = 0;
    while (i < n) {
      const c = code[i];
      if (c === "'" || c === '"') {
        const j = skipString(c);
        out += code.slice(i, j);
        i = j;
      } else if (c === '/' && code[i + 1] === '/') {
        const j = code.indexOf('\n', i);
        const k = j < 0 ? n : j;
        out += code.slice(i, k);
        i = k;
      } else if (c === '/' && code[i + 1] === '*') {
        const j = code.indexOf('*/', i + 2);
        const k = j < 0 ? n : j + 2;
        out += code.slice(i, k);
        i = k;
      } else if (c === '`') {
        const tagged = /(?:^|[^\w$])(html|svg)$/.test(code.slice(Math.max(0, i - 5), i));
        out += '`';
        i++;
        template(tagged);
      } else if (c === '{') {
        depth++;
        out += c;
        i++;
      } else if (c === '}') {
        out += c;
        i++;
        if (depth === 0 && end === '}') return;
        depth--;
      } else {
        out += c;
        i++;
      }
    }
  };

  const skipString = (q) => {
    let j = i + 1;
    while (j < n && code[j] !== q) j += code[j] === '\\' ? 2 : 1;
    return j + 1;
  };

  expression(undefined);
  return out;
}

/** Vite plugin form, for the library builds. */
export const minifyHtml = () => ({
  name: 'esafety-minify-html',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
    return { code: minifyHtmlTemplates(code), map: null };
  },
});

/** esbuild plugin form (bench, size breakdown): the library's sources with both minifiers, as the build ships them. */
export const minifyTemplatesEsbuild = () => ({
  name: 'esafety-minify-templates',
  setup: (b) =>
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (a) => ({
      contents: minifyHtmlTemplates(minifyCssTemplates(readFileSync(a.path, 'utf8'))),
      loader: 'ts',
    })),
});
