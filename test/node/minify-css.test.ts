import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssTemplates } from '../../build/minify-css.mjs';

const IMPORT = "import { unsafeCSS as unsafeCSS$ } from 'lit';\n";

/**
 * The CSS text Lit would get from `code`: a minified template's unsafeCSS("…") after the import the
 * build adds, or a css`…` template left as it is (the cooked string: undefined when an escape is
 * not valid JavaScript).
 */
function cssOf(code: string): string | undefined {
  const css = (strings: TemplateStringsArray) => strings[0];
  const unsafeCSS = (text: string) => text;
  return new Function('css', 'unsafeCSS$', `return ${code.startsWith(IMPORT) ? code.slice(IMPORT.length) : code}`)(css, unsafeCSS);
}

test('minified styles keep characters beyond ASCII, so the template stays valid JavaScript (guidance’s ‹ back link)', () => {
  const out = minifyCssTemplates("css`.back::before { content: '‹' / ''; }\n[dir=rtl] .back::before { content: '›' / ''; }\n.card { display: block; }`");
  const text = cssOf(out);
  assert.ok(text, `no CSS text from ${out}`);
  assert.match(text, /‹/);
  assert.match(text, /›/);
  assert.match(text, /\.card\{display:block\}/);
});

test('a template with a backslash is left as it is; a plain one is minified to the same CSS', () => {
  const out = minifyCssTemplates('css`.a\\:b { color: red; }`');
  assert.equal(out, 'css`.a\\:b { color: red; }`', 'templates with escapes are left alone');
  const min = minifyCssTemplates('css`.x { content: "a b"; }  .y { color: red }`');
  assert.equal(cssOf(min), '.x{content:"a b"}.y{color:red}');
});

test('minified templates become unsafeCSS("…") of their text, imported from lit, so the css tag is left out of the page', () => {
  const out = minifyCssTemplates("import { css } from 'lit';\nexport const a = css`.a { color: red }`;\nexport const b = [a, css`.b { content: \"x\" }`];");
  assert.ok(out.startsWith(IMPORT), out);
  assert.doesNotMatch(out, /css`/);
  assert.match(out, /export const a = unsafeCSS\$\("\.a\{color:red\}"\);/);
  assert.match(out, /unsafeCSS\$\("\.b\{content:\\"x\\"\}"\)/);
  assert.equal(minifyCssTemplates('const x = 1;'), 'const x = 1;', 'a module without styles is left as it is');
});
