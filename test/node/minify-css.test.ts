import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssTemplates } from '../../build/minify-css.mjs';

/** The CSS text Lit would get from a css`…` template in `code` (the cooked string: undefined when an escape is not valid JavaScript). */
function cssOf(code: string): string | undefined {
  const css = (strings: TemplateStringsArray) => strings[0];
  return new Function('css', `return ${code}`)(css);
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
